"""How the timeline words an event: its compact date caption and its tooltip."""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.date_wording import say_date

MAX_QUOTE = 400  # characters of evidence in a tooltip; the reader shows the rest
_UNCERTAIN = re.compile(r"[~?%X]")
_DECADE = re.compile(r"(\d{3})X")


def is_uncertain(edtf: str) -> bool:
    """Whether the date is approximate, uncertain or has unspecified digits."""
    return bool(_UNCERTAIN.search(edtf))


def date_caption(event: TimelineEventView) -> str:
    """Word the date compactly from its bounds: "1919", "May 1919", "1920s", "c. 1936"."""
    first, last = event.earliest, event.latest
    if last == dt.date.max:
        return QCoreApplication.translate("TimelineView", "from {0}").format(first.year)
    if first == dt.date.min:
        return QCoreApplication.translate("TimelineView", "until {0}").format(last.year)
    if event.is_period:
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    decade = _DECADE.fullmatch(event.edtf)
    if decade:
        return QCoreApplication.translate("TimelineView", "{0}0s").format(decade.group(1))
    if "X" in event.edtf:
        return f"{first.year}–{last.year}"
    if is_uncertain(event.edtf):
        return QCoreApplication.translate("TimelineView", "c. {0}").format(
            (first.year + last.year) // 2
        )
    locale = QLocale()
    if first == last:
        return locale.toString(
            QDate(first.year, first.month, first.day),
            QCoreApplication.translate("TimelineView", "d MMM yyyy"),
        )
    if (first.year, first.month) == (last.year, last.month):
        return locale.toString(
            QDate(first.year, first.month, 1),
            QCoreApplication.translate("TimelineView", "MMM yyyy"),
        )
    return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"


def event_tooltip(event: TimelineEventView) -> str:
    quote = event.quote if len(event.quote) <= MAX_QUOTE else event.quote[:MAX_QUOTE] + "…"
    lines = [
        f"<b>{html.escape(event.date_text)}</b>",
        html.escape(event.label),
        html.escape(
            QCoreApplication.translate("TimelineView", "Date (EDTF): {0}").format(event.edtf)
        ),
    ]
    if event.is_context:
        context = QCoreApplication.translate(
            "TimelineView", "Context: date from outside the article"
        )
        lines.append(f"<i>{html.escape(context)}</i>")
    if event.note_count:
        lines.append(html.escape(notes_words(event.note_count)))
    if quote:
        lines.append(f"<i>“{html.escape(quote)}”</i>")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def notes_words(count: int) -> str:
    """What an event's badge means, said in full: "1 note", "3 notes"."""
    if count == 1:
        return QCoreApplication.translate("TimelineView", "1 note")
    return QCoreApplication.translate("TimelineView", "{0} notes").format(count)


def spoken_date(event: TimelineEventView) -> str:
    """The date in words with its uncertainty ("about 1936"), else the words it came from."""
    said = say_date(event.edtf)
    return said if said and said != event.edtf else event.date_text


def accessible_name(event: TimelineEventView) -> str:
    """What a screen reader says of an event: its date in words, its label and its notes."""
    text = f"{spoken_date(event)}: {event.label}"
    return text + (", " + notes_words(event.note_count) if event.note_count else "")


def accessible_description(event: TimelineEventView) -> str:
    """The event with its date as the article words it."""
    text = f"{event.date_text}: {event.label}"
    return text + (", " + notes_words(event.note_count) if event.note_count else "")


def tick_text(unit: str, year: int, month: int, day: int) -> str:
    """A tick's label: the year where a year starts, the month where a month does, else the day."""
    if unit == "year" or (month == 1 and day == 1):
        return str(year)
    if unit == "month" or day == 1:
        return QLocale().monthName(month, QLocale.FormatType.ShortFormat)
    return str(day)


def range_words(first: dt.date, last: dt.date) -> str:
    """The dates a view shows, as briefly as they read well: "1919 – 1926", "May – Aug 1919"."""
    locale = QLocale()
    if last.year - first.year >= 2 or (last - first).days > 700:
        return f"{first.year} – {last.year}" if first.year != last.year else str(first.year)
    month_year = QCoreApplication.translate("TimelineView", "MMM yyyy")
    if (last - first).days > 45:
        if first.year == last.year:
            start = locale.monthName(first.month, QLocale.FormatType.ShortFormat)
        else:
            start = locale.toString(QDate(first.year, first.month, 1), month_year)
        end = locale.toString(QDate(last.year, last.month, 1), month_year)
        return end if start == end else f"{start} – {end}"
    day_month = QCoreApplication.translate("TimelineView", "d MMM")
    start = locale.toString(QDate(first.year, first.month, first.day), day_month)
    day_month_year = QCoreApplication.translate("TimelineView", "d MMM yyyy")
    end = locale.toString(QDate(last.year, last.month, last.day), day_month_year)
    return f"{start} – {end}"
