"""Editing metadata: values checked and normalised, before and after returned for undo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from serge_desktop.services.article_metadata import ArticleMetadata
from serge_desktop.services.library_errors import ArticleInTrashError, InvalidMetadataError
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace
from tests.services.library_helpers import SEED_SLUG, SERIES, add_article

SEED_FILE = Path(__file__).resolve().parents[2] / "seeds" / "socialist-worker-1929-victor-serge.txt"


def seed_id(workspace: Workspace) -> int:
    return workspace.library.get_summary(SEED_SLUG).id


def test_an_edit_returns_before_and_after_and_undo_puts_it_back(workspace: Workspace) -> None:
    article_id = seed_id(workspace)
    before = workspace.metadata.metadata(article_id)
    assert before.series == SERIES and before.part == 2 and before.title.startswith("He found")
    assert before.language == "en"  # found from its words on import
    wanted = dataclasses.replace(
        before, title="  Serge:\nseeds of hope ", author="Chris Harman", language="en-GB"
    )
    change = workspace.metadata.set_metadata(article_id=article_id, metadata=wanted)
    assert change.before == before
    assert change.after.title == "Serge: seeds of hope"  # one line, spaces trimmed
    assert set(change.changed_fields) == {"title", "author", "language"}
    assert workspace.library.get_summary(SEED_SLUG).headline == "Serge: seeds of hope"
    assert workspace.search.search("Harman").total == 0  # authors are not searched…
    assert [hit.slug for hit in workspace.search.search("seeds hope").articles] == [SEED_SLUG]
    undo = workspace.metadata.set_metadata(article_id=article_id, metadata=change.before)
    assert undo.after == before
    assert workspace.metadata.metadata(article_id) == before


def test_text_is_stored_nfc(workspace: Workspace) -> None:
    article_id = seed_id(workspace)
    decomposed = "Cafe\u0301 society"
    current = workspace.metadata.metadata(article_id)
    change = workspace.metadata.set_metadata(
        article_id=article_id, metadata=dataclasses.replace(current, publication=decomposed)
    )
    assert change.after.publication == "Café society"


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"title": "   "}, "title", "empty"),
        ({"title": "x" * 1001}, "title", "too_long"),
        ({"part": 0}, "part", "below_one"),
        ({"series": None, "part": 3}, "part", "needs_series"),
        ({"language": "English!"}, "language", "not_a_language"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    workspace: Workspace, changes: dict[str, object], field: str, problem: str
) -> None:
    article_id = seed_id(workspace)
    before = workspace.metadata.metadata(article_id)
    with pytest.raises(InvalidMetadataError) as raised:
        workspace.metadata.set_metadata(
            article_id=article_id,
            metadata=dataclasses.replace(before, **changes),  # type: ignore[arg-type]
        )
    assert (raised.value.field, raised.value.problem) == (field, problem)
    assert workspace.metadata.metadata(article_id) == before


def test_a_new_series_comes_last_and_an_emptied_one_goes(workspace: Workspace) -> None:
    other = add_article(workspace, "Kronstadt", series="Anarchists", part=1)
    assert [(s.name, s.position) for s in workspace.series.list_series()] == [
        (SERIES, 1), ("Anarchists", 2),
    ]  # fmt: skip
    current = workspace.metadata.metadata(other)
    workspace.metadata.set_metadata(
        article_id=other, metadata=dataclasses.replace(current, series="anarchists ", part=2)
    )
    assert [s.name for s in workspace.series.list_series()] == [SERIES, "Anarchists"]
    workspace.metadata.set_metadata(article_id=other, metadata=ArticleMetadata(title="Kronstadt"))
    assert [s.name for s in workspace.series.list_series()] == [SERIES]


def test_an_article_in_the_trash_cannot_be_edited(workspace: Workspace) -> None:
    article_id = seed_id(workspace)
    workspace.article_trash.delete_article(article_id=article_id)
    with pytest.raises(ArticleInTrashError):
        workspace.metadata.set_metadata(
            article_id=article_id, metadata=ArticleMetadata(title="New")
        )


def test_a_renamed_article_still_takes_a_new_version_of_its_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    article_id = seed_id(workspace)
    current = workspace.metadata.metadata(article_id)
    workspace.metadata.set_metadata(
        article_id=article_id, metadata=dataclasses.replace(current, title="Victor Serge")
    )
    changed = SEED_FILE.read_text(encoding="utf-8").replace("Petrograd", "Leningrad", 1)
    revised = tmp_path / "revised.txt"
    revised.write_text(changed, encoding="utf-8")
    outcome = workspace.importer.update_file(revised)
    assert outcome.status is ImportStatus.NEW_REVISION and outcome.article.id == article_id
    assert outcome.article.headline == "Victor Serge"  # the reader's title stays
