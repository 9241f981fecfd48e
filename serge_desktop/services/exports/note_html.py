"""A note's Markdown as an HTML fragment of an export, which refers to nothing outside it.

The rendering is the app's one (core/note_markdown.py), with the rules of a file: links to
notes in the same export go to their anchors, other in-app links keep their words, web links
their words with the address after them, images their description.
"""

from __future__ import annotations

from collections.abc import Collection

from serge_desktop.core.note_markdown import WebLinks
from serge_desktop.core.note_markdown import note_html as render_note_html
from serge_desktop.services.exports.note_links import note_anchor


def note_html(markdown: str, exported: Collection[int]) -> str:
    """The note as HTML; ``exported`` are the ids of the notes that have an anchor."""

    def in_document(scheme: str, target: int) -> str | None:
        if scheme == "note" and target in exported:
            return f"#{note_anchor(target)}"
        return None  # not in this file, and "note:12" means nothing outside the app

    return render_note_html(markdown, web_links=WebLinks.AS_TEXT, in_app_links=in_document)
