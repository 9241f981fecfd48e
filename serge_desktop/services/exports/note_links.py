"""Links between notes (``[words](note:12)``) turned into links inside one exported document."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from serge_desktop.services.exports.records import ExportedNote

from serge_desktop.core.link_targets import MARKDOWN_APP_LINK, LinkKind, parse_app_link


def note_anchor(note_id: int) -> str:
    """The anchor name of a note in an exported document."""
    return f"note-{note_id}"


def linked_notes(notes: Iterable[ExportedNote]) -> set[int]:
    """The ids of the notes that any of ``notes`` links to."""
    found = (
        parse_app_link(m["url"]) for note in notes for m in MARKDOWN_APP_LINK.finditer(note.body)
    )
    return {link.target_id for link in found if link is not None and link.kind is LinkKind.NOTE}


def rewrite_note_links(
    markdown: str,
    exported: Collection[int],
    link: Callable[[str, str], str] = lambda words, anchor: f"[{words}](#{anchor})",
) -> str:
    """Point links to exported notes at their anchors; links to others keep only their words.

    A note left out of the export (another article, filtered out) has no anchor to go to, and
    ``note:12`` or ``event:6`` mean nothing outside the app; an ill-formed id is no link at all.
    """

    def replace(match: re.Match[str]) -> str:
        target = parse_app_link(match["url"])
        if target is not None and target.kind is LinkKind.NOTE and target.target_id in exported:
            return link(match["words"], note_anchor(target.target_id))
        return match["words"]

    return MARKDOWN_APP_LINK.sub(replace, markdown)
