"""An article's language: kept tags, detection on import, and French suggestions for French."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.core.languages import Language
from serge_desktop.services.article_language import import_language, reading_language
from serge_desktop.services.workspace import Workspace

FRENCH_ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "victor-serge-fr.md"


def test_a_french_article_imported_gets_french_suggestions(workspace: Workspace) -> None:
    outcome = workspace.importer.import_file(FRENCH_ARTICLE)
    article = workspace.library.article_view(outcome.article.slug)
    assert workspace.timeline.reading_language(article.id) is Language.FRENCH
    found = {s.date_text: s for s in workspace.timeline.open_suggestions(article.id)}
    assert found["En mai de la même année"].date_edtf == "1919-05"
    assert found["Au début des années 1920"].label == "Il comprend que la révolution"
    every = workspace.timeline.all_suggestions(article.id)
    assert [s.date_text for s in every] == [s.date_text for s in found.values()]


def test_the_seed_is_still_read_in_english(workspace: Workspace) -> None:
    seed = workspace.library.list_articles()[0]
    assert workspace.timeline.reading_language(seed.id) is Language.ENGLISH


@pytest.mark.parametrize(
    ("declared", "body", "tag"),
    [
        ("fr-CA", "He left.", "fr-CA"),
        ("pt_BR", "", "pt-BR"),
        (None, "Il est parti pour Paris avec sa famille.", "fr"),
        ("not a tag!", "He left for Paris with his family in 1908.", "en"),
        (None, "1890–1947", None),
    ],
)
def test_the_tag_kept_on_import(declared: str | None, body: str, tag: str | None) -> None:
    assert import_language(body, declared) == tag


def test_a_stored_tag_wins_over_detection() -> None:
    french = "Il est parti pour Paris avec sa famille."
    assert reading_language(french) is Language.FRENCH
    assert reading_language(french, stored="en") is Language.ENGLISH
    assert reading_language(french, stored="de") is Language.ENGLISH  # not ours: as before
    assert reading_language("He left for Paris with his family.", stored="fr") is Language.FRENCH
