"""The Library table's columns: their titles, what each shows and how each sorts."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from serge_desktop.services.library_listing import LibrarySort
from serge_desktop.services.views import ArticleSummary


class Column(enum.IntEnum):
    TITLE = 0
    PUBLICATION = 1
    SERIES = 2
    PART = 3
    AUTHOR = 4
    DATE = 5
    WORDS = 6
    NOTES = 7
    EVENTS = 8
    LAST_READ = 9


SORT_OF = {
    Column.TITLE: LibrarySort.TITLE,
    Column.PUBLICATION: LibrarySort.PUBLICATION,
    Column.SERIES: LibrarySort.SERIES,
    Column.PART: LibrarySort.SERIES,
    Column.AUTHOR: LibrarySort.AUTHOR,
    Column.DATE: LibrarySort.DATE,
    Column.WORDS: LibrarySort.WORDS,
    Column.NOTES: LibrarySort.NOTES,
    Column.EVENTS: LibrarySort.EVENTS,
    Column.LAST_READ: LibrarySort.LAST_READ,
}
NUMERIC = frozenset({Column.PART, Column.WORDS, Column.NOTES, Column.EVENTS})


def column_title(column: Column) -> str:
    return {
        Column.TITLE: QCoreApplication.translate("LibraryColumns", "Title"),
        Column.PUBLICATION: QCoreApplication.translate("LibraryColumns", "Publication"),
        Column.SERIES: QCoreApplication.translate("LibraryColumns", "Series"),
        Column.PART: QCoreApplication.translate("LibraryColumns", "Part"),
        Column.AUTHOR: QCoreApplication.translate("LibraryColumns", "Author"),
        Column.DATE: QCoreApplication.translate("LibraryColumns", "Date"),
        Column.WORDS: QCoreApplication.translate("LibraryColumns", "Words"),
        Column.NOTES: QCoreApplication.translate("LibraryColumns", "Notes"),
        Column.EVENTS: QCoreApplication.translate("LibraryColumns", "Events"),
        Column.LAST_READ: QCoreApplication.translate("LibraryColumns", "Last read"),
    }[column]


def cell_text(row: ArticleSummary, column: Column, locale: QLocale) -> str:
    """What the cell shows; "" for a value not known."""
    if column is Column.TITLE:
        return row.headline
    if column is Column.PUBLICATION:
        return row.publication or ""
    if column is Column.SERIES:
        return row.series or ""
    if column is Column.PART:
        return locale.toString(row.part) if row.part is not None else ""
    if column is Column.AUTHOR:
        return row.author or ""
    if column is Column.DATE:
        return row.published or ""
    if column is Column.WORDS:
        return locale.toString(row.words)
    if column is Column.NOTES:
        return notes_text(row, locale)
    if column is Column.EVENTS:
        return locale.toString(row.events)
    return last_read_text(row.last_read_at, locale)


def notes_text(row: ArticleSummary, locale: QLocale) -> str:
    """The reader's notes; class packs' notes counted apart, as "12 + 30"."""
    own = locale.toString(row.notes)
    return f"{own} + {locale.toString(row.layer_notes)}" if row.layer_notes else own


def last_read_text(when: dt.datetime | None, locale: QLocale) -> str:
    """Today's time in the reader's short format, or the day; "" for never."""
    if when is None:
        return ""
    local = when.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    day = QDate(local.year, local.month, local.day)
    # The month in words: the short format's "3/12/26" reads either way round.
    return locale.toString(day, QCoreApplication.translate("LibraryColumns", "d MMM yyyy"))
