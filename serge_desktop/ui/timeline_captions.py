"""How the timeline words an event: its compact date caption and its tooltip."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from serge_desktop.services.views import TimelineEventView

MAX_QUOTE = 400  # characters of evidence in a tooltip; the reader shows the rest
_UNCERTAIN = re.compile(r"[~?%X]")
_DECADE = re.compile(r"(\d{3})X")


def is_uncertain(edtf: str) -> bool:
    """Whether the date is approximate, uncertain or has unspecified digits."""
    return bool(_UNCERTAIN.search(edtf))


def date_caption(event: TimelineEventView) -> str:
    """Word the date compactly from its bounds: "1919", "May 1919", "1920s", "c. 1936"."""
    first, last = event.earliest, event.latest
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
    if quote:
        lines.append(f"<i>“{html.escape(quote)}”</i>")
    return "<qt>" + "<br>".join(lines) + "</qt>"
