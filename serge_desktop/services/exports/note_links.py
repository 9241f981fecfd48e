"""Links between notes (``[words](note:12)``) turned into links inside one exported document."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from serge_desktop.services.exports.records import ExportedNote

# How the notes pane writes a link to another note (ui/features/note_editing.py copies one).
NOTE_LINK = re.compile(r"\[(?P<words>[^\]\n]*)\]\(note:(?P<id>\d+)\)")


def note_anchor(note_id: int) -> str:
    """The anchor name of a note in an exported document."""
    return f"note-{note_id}"


def linked_notes(notes: Iterable[ExportedNote]) -> set[int]:
    """The ids of the notes that any of ``notes`` links to."""
    return {int(match["id"]) for note in notes for match in NOTE_LINK.finditer(note.body)}


def rewrite_note_links(
    markdown: str,
    exported: Collection[int],
    link: Callable[[str, str], str] = lambda words, anchor: f"[{words}](#{anchor})",
) -> str:
    """Point links to exported notes at their anchors; links to others keep only their words.

    A note left out of the export (another article, filtered out) has no anchor to go to, and
    ``note:12`` means nothing outside the app.
    """

    def replace(match: re.Match[str]) -> str:
        note_id = int(match["id"])
        if note_id in exported:
            return link(match["words"], note_anchor(note_id))
        return match["words"]

    return NOTE_LINK.sub(replace, markdown)
