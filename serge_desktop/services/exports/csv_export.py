"""Notes as CSV (RFC 4180): one row per note, for spreadsheets.

The file is UTF-8 with a byte order mark. LibreOffice, Numbers and Google Sheets read UTF-8
either way, but Excel takes a CSV without the mark for the local ANSI code page and garbles every
accented letter ("Ã©" for "é"); with the mark every one of them opens it right. Rows end in CRLF
and fields are quoted when they hold a comma, a quote or a line break, as RFC 4180 says.
Times are the exporting computer's local time, "YYYY-MM-DD HH:MM:SS", which spreadsheets read
as dates.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import write_atomically

COLUMNS = (
    "article", "quote", "note", "tags", "colour", "created", "updated", "paragraph", "author",
)  # fmt: skip
TAG_SEPARATOR = "; "
# A cell starting like a formula would be run by a spreadsheet ("=HYPERLINK(…)" in a note that
# came from someone else's pack): such cells get a leading apostrophe, which spreadsheets show
# as text. A Markdown list item ("- point") is not a formula and is left alone.
_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def write_csv(notes: Iterable[ExportedNote], path: Path, *, force: bool = False) -> None:
    """Write the notes to ``path`` whole or not at all; an existing file needs ``force``."""
    rows = [_row(note) for note in notes]

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, dialect="excel", lineterminator="\r\n")
            writer.writerow(COLUMNS)
            writer.writerows(rows)

    write_atomically(path, write, force=force)


def _row(note: ExportedNote) -> list[str]:
    return [
        safe_cell(note.article_headline),
        safe_cell(note.quote),
        safe_cell(note.body),
        safe_cell(TAG_SEPARATOR.join(note.tags)),
        note.color or "",
        local_time(note.created),
        local_time(note.updated),
        "" if note.paragraph is None else str(note.paragraph),
        safe_cell(note.author or ""),
    ]


def safe_cell(text: str) -> str:
    """The text, made inert for spreadsheets when it would start a formula."""
    risky = text.startswith(_FORMULA_STARTS) or (text.startswith("-") and text[1:2] not in " ")
    return f"'{text}" if risky else text


def local_time(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S")
