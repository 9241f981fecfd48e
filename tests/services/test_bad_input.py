"""Issue 3's bad input: each refused with its own error type, and nothing written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from serge_desktop.services.errors import (
    EmptyQuoteError,
    EmptyTagError,
    InvalidSpanError,
    NoteTooLongError,
    QuoteNotFoundError,
    UnknownColorError,
)
from serge_desktop.services.notes import MAX_NOTE_CHARS
from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import SEED_SLUG, note_on, seed_id, table_count

FIVE_MB = "x" * (5 * 1024 * 1024)
TABLES = ("note", "tag", "note_tag", "note_version")


@pytest.fixture
def unchanged(workspace: Workspace) -> Iterator[None]:
    """The library after the test holds exactly what it held before (one tagged note)."""
    note = note_on(workspace, "he reached Petrograd", body="Winter", color="green", tags=["exile"])
    before = {table: table_count(table) for table in TABLES}
    yield
    assert {table: table_count(table) for table in TABLES} == before
    assert workspace.notes.get_note(note.id) == note


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("quote", ["", "   ", "\n\t"])
def test_an_empty_quote(workspace: Workspace, quote: str) -> None:
    with pytest.raises(EmptyQuoteError):
        workspace.notes.find_quote(article_id=seed_id(workspace), quote=quote)
    view = workspace.library.article_view(SEED_SLUG)
    space = view.body.index(" ")
    with pytest.raises(InvalidSpanError):  # a passage of only spaces, chosen by offsets
        workspace.notes.create_note(
            article_id=view.id, revision_id=view.revision_id, start=space, end=space + 1
        )


@pytest.mark.usefixtures("unchanged")
def test_a_quote_not_in_the_text(workspace: Workspace) -> None:
    with pytest.raises(QuoteNotFoundError) as raised:
        workspace.notes.find_quote(article_id=seed_id(workspace), quote="  he reached Moscow ")
    assert raised.value.quote == "he reached Moscow"
    assert isinstance(raised.value, InvalidSpanError)


@pytest.mark.usefixtures("unchanged")
def test_a_five_megabyte_note(workspace: Workspace) -> None:
    with pytest.raises(NoteTooLongError) as raised:
        note_on(workspace, "he joined the Communist Party", body=FIVE_MB)
    assert (raised.value.length, raised.value.limit) == (len(FIVE_MB), MAX_NOTE_CHARS)
    [note] = workspace.notes.list_notes(seed_id(workspace))
    with pytest.raises(NoteTooLongError):
        workspace.notes.update_body(note_id=note.id, body=FIVE_MB)


@pytest.mark.usefixtures("unchanged")
def test_a_tag_of_only_spaces(workspace: Workspace) -> None:
    with pytest.raises(EmptyTagError):
        note_on(workspace, "he joined the Communist Party", tags=["party", "   "])
    [note] = workspace.notes.list_notes(seed_id(workspace))
    with pytest.raises(EmptyTagError):
        workspace.tags.add_tags(note_id=note.id, names=["\u00a0 \u2003"])  # no-break, em spaces
    with pytest.raises(EmptyTagError):
        workspace.tags.rename_tag(name="exile", new_name=" ")


@pytest.mark.usefixtures("unchanged")
def test_an_unknown_colour(workspace: Workspace) -> None:
    with pytest.raises(UnknownColorError):
        note_on(workspace, "he joined the Communist Party", color="red")
    [note] = workspace.notes.list_notes(seed_id(workspace))
    with pytest.raises(UnknownColorError):
        workspace.notes.set_color(note_id=note.id, color="Yellow")  # the names are exact
