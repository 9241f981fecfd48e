"""An article's language: kept tags, detection on import, and French suggestions for French."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from serge_desktop.core.languages import Language
from serge_desktop.services.article_language import import_language, reading_language
from serge_desktop.services.workspace import Workspace

FRENCH_ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "victor-serge-fr.md"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_a_french_article_imported_gets_french_suggestions(workspace: Workspace) -> None:
    outcome = workspace.importer.import_file(FRENCH_ARTICLE)
    article = workspace.library.article_view(outcome.article.slug)
    assert workspace.timeline.reading_language(article.id) is Language.FRENCH
    found = {s.date_text: s for s in workspace.timeline.open_suggestions(article.id)}
    assert found["En mai de la même année"].date_edtf == "1919-05"
    assert found["Au début des années 1920"].label == "Il comprend que la révolution"
    every = workspace.timeline.all_suggestions(article.id)
    assert [s.date_text for s in every] == [s.date_text for s in found.values()]


def test_the_language_is_stored_on_import_and_then_decides(workspace: Workspace) -> None:
    outcome = workspace.importer.import_file(FRENCH_ARTICLE)
    article = workspace.library.article_view(outcome.article.slug)
    assert article.language == "fr"  # detected: the Markdown file declares none
    assert workspace.library.get_summary(article.slug).language == "fr"
    # The reader says it is English: its dates are read as English ones from then on.
    metadata = workspace.metadata.metadata(article.id)
    workspace.metadata.set_metadata(
        article_id=article.id, metadata=replace(metadata, language="en")
    )
    assert workspace.timeline.reading_language(article.id) is Language.ENGLISH
    dates = {s.date_text for s in workspace.timeline.open_suggestions(article.id)}
    assert "En mai de la même année" not in dates
    assert "Au début des années 1920" not in {
        s.date_text for s in workspace.timeline.all_suggestions(article.id)
    }


@pytest.mark.parametrize(
    ("sample", "tag"),
    [
        ("news-article.html", "en"),  # <html lang="en">
        ("voices-from-the-margins.epub", "en-GB"),  # dc:language
        ("letters-from-exile.docx", "en-US"),  # the document's core properties
        ("letters-from-exile.odt", "en"),  # it declares none: detected from its text
    ],
)
def test_the_language_a_file_declares_is_kept(workspace: Workspace, sample: str, tag: str) -> None:
    outcome = workspace.importer.import_file(SAMPLES / sample)
    assert workspace.library.get_summary(outcome.article.slug).language == tag


def test_a_declared_language_wins_over_the_text(workspace: Workspace, tmp_path: Path) -> None:
    page = (SAMPLES / "news-article.html").read_text(encoding="utf-8")
    french_page = tmp_path / "page.html"
    french_page.write_text(page.replace('<html lang="en">', '<html lang="fr-CA">', 1), "utf-8")
    outcome = workspace.importer.import_file(french_page)
    assert workspace.library.get_summary(outcome.article.slug).language == "fr-CA"
    assert workspace.timeline.reading_language(outcome.article.id) is Language.FRENCH


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
