"""What one export writes: its format, which notes, what content, and the page size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from serge_desktop.services.scope import Scope

# The formats an export writes, with the file extension each one gets. "print" writes no file.
FORMAT_EXTENSIONS: dict[str, str] = {
    "markdown": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "odt": ".odt",
    "docx": ".docx",
    "csv": ".csv",
    "w3c": ".jsonld",
    "anki": ".apkg",
}
FILE_FORMATS: tuple[str, ...] = tuple(FORMAT_EXTENSIONS)
# Formats laid out by Qt's text engine (QTextDocument): they need the drawing code of the ui.
DOCUMENT_FORMATS: tuple[str, ...] = ("pdf", "odt", "print")
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
# What a file of each format holds besides notes ("timeline", "article", "index"); a format not
# named holds all three. A spreadsheet row is a note; an Anki deck makes cards of notes and
# events; W3C annotations identify the index's names, but hold no timeline or article text.
EXTRA_PARTS: dict[str, tuple[str, ...]] = {"csv": (), "w3c": ("index",), "anki": ("timeline",)}
# The colour filter's name for notes without a highlight colour.
NO_COLOR = "none"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """One export's choices; the dialog and the command line both build one of these.

    Empty ``tags`` or ``colors`` filter nothing; a note passes when it carries any of the tags
    (ignoring case) and has any of the colours (``NO_COLOR`` for none).
    """

    format: str
    article_slugs: tuple[str, ...] | None = None  # None: every article in the library
    # An article, a series or the library; when given it decides the articles, not the slugs.
    scope: Scope | None = None
    tags: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()
    changed_since: dt.datetime | None = None  # notes created or edited at or after this time
    include_notes: bool = True
    include_timeline: bool = False
    include_article: bool = False
    page_size: str = "A4"
    title: str | None = None  # None: the article's headline, or a name for several
    # Notes that came in class packs (a teacher's or students' layers) are left out unless
    # asked for: an export is the reader's own work.
    include_layers: bool = False
    # An "Index of names" after the notes: the confirmed people, places, organisations and
    # works the articles name, with their paragraphs (and, in W3C, identifying annotations).
    include_index: bool = False

    @property
    def extension(self) -> str:
        return FORMAT_EXTENSIONS.get(self.format, "")

    def holds(self, part: str) -> bool:
        """Whether this format's file holds `part` ("timeline", "article" or "index")."""
        return part in EXTRA_PARTS.get(self.format, ("timeline", "article", "index"))

    @property
    def has_extra_parts(self) -> bool:
        """Whether the export holds something besides notes, in a format that can hold it."""
        asked = {
            "timeline": self.include_timeline,
            "article": self.include_article,
            "index": self.include_index,
        }
        return any(wanted and self.holds(part) for part, wanted in asked.items())
