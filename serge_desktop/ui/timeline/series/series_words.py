"""How the series chart words its events: captions, tooltips, details and accessible names."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject

from serge_desktop.services.series_timeline import EventClaimView, TimelineBand
from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.captions import MAX_QUOTE, date_caption, notes_words, spoken_date
from serge_desktop.ui.timeline.date_wording import category_name, say_date
from serge_desktop.ui.timeline.series.chart_data import ChartData, SeriesItem


class SeriesCounts(QObject):
    """The chart's counted phrases: lupdate gives plural forms only to a class's tr()."""

    def told_by(self, count: int) -> str:
        return self.tr("Told by %n article(s).", "", count)

    def told_by_lower(self, count: int) -> str:
        return self.tr("told by %n article(s)", "", count)


CLAIM_LINK = "claim:"  # a details link's scheme: "claim:<event id>" opens that passage


# Each string goes to QCoreApplication.translate with its context, "SeriesTimeline", written out
# each time: lupdate cannot see through a helper function or a constant.


def band_title(band: TimelineBand) -> str:
    """The band's title with its part ("Part 2 · He found…"); the title alone for no part."""
    if band.part is None:
        return band.title
    return (
        QCoreApplication.translate("SeriesTimeline", "Part %1 · %2")
        .replace("%1", str(band.part))
        .replace("%2", band.title)
    )


def shared_title() -> str:
    return QCoreApplication.translate("SeriesTimeline", "Told by more than one article")


def item_caption(item: SeriesItem) -> str:
    """The date as a label shows it; both dates for tellings that disagree ("1908 / 1909")."""
    if item.conflict:
        return " / ".join(dict.fromkeys(date_caption(c.event) for c in item.claims))
    return date_caption(item.claims[0].event)


def summary(data: ChartData) -> str:
    """What is shown, in counts: "Articles: 3 · Events: 41 · Told by several: 2 · …"."""
    articles = sum(1 for band in data.bands if band.slug)
    shared = sum(1 for item in data.items.values() if item.is_shared)
    parts = [
        QCoreApplication.translate("SeriesTimeline", "Articles: %1").replace("%1", str(articles)),
        QCoreApplication.translate("SeriesTimeline", "Events: %1").replace(
            "%1", str(len(data.items))
        ),
        QCoreApplication.translate("SeriesTimeline", "Told by several: %1").replace(
            "%1", str(shared)
        ),
        QCoreApplication.translate("SeriesTimeline", "Dates disagree: %1").replace(
            "%1", str(len(data.conflicts))
        ),
    ]
    return " · ".join(parts)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE].rstrip() + "…"


def claim_date(told: TimelineEventView) -> str:
    """The date in words, its EDTF, and as the article words it: "Date: February 1919 · …"."""
    words = say_date(told.edtf)
    text = (
        QCoreApplication.translate("SeriesTimeline", "Date: %1 · EDTF %2")
        .replace("%1", words or told.edtf)
        .replace("%2", told.edtf)
    )
    if told.date_text and told.date_text != words:
        text += " · " + QCoreApplication.translate(
            "SeriesTimeline", "the article says “%1”"
        ).replace("%1", told.date_text)
    return text


def _claim_html(claim: EventClaimView, title: str, *, link: bool) -> str:
    told = claim.event
    lines = [f"<b>{html.escape(title)}</b>", html.escape(claim_date(told))]
    if told.label:
        lines.append(html.escape(told.label))
    if told.is_context:
        lines.append(
            "<i>"
            + html.escape(
                QCoreApplication.translate(
                    "SeriesTimeline", "Context: the date comes from outside the article"
                )
            )
            + "</i>"
        )
    if told.quote:
        lines.append(f"<i>“{html.escape(_cut(told.quote))}”</i>")
    elif not told.is_placed:
        lines.append(
            html.escape(
                QCoreApplication.translate(
                    "SeriesTimeline", "Its passage is not in the current text."
                )
            )
        )
    if link:
        opening = QCoreApplication.translate("SeriesTimeline", "Open this passage in its article")
        lines.append(f'<a href="{CLAIM_LINK}{told.id}">{html.escape(opening)}</a>')
    return "<p>" + "<br>".join(lines) + "</p>"


def item_html(item: SeriesItem, titles: Mapping[int, str], *, links: bool) -> str:
    """The event in full: each article's telling, date in words, EDTF and evidence.

    With `links`, each telling ends with a link that opens its passage (the details panel).
    """
    first = item.claims[0].event
    head = [f"<b>{html.escape(first.label)}</b>"]
    if item.conflict:
        warning = QCoreApplication.translate(
            "SeriesTimeline", "The articles date this event differently."
        )
        head.append(f"<b><font color='#c0262d'>{html.escape(warning)}</font></b>")
    elif item.is_shared:
        # Always two or more: the English needs no singular; %n lets a translation decline it.
        head.append(html.escape(SeriesCounts().told_by(len(item.claims))))
    category = QCoreApplication.translate("SeriesTimeline", "Category: %1").replace(
        "%1", category_name(first.category)
    )
    head.append(html.escape(category))
    if first.description:
        head.append(html.escape(first.description).replace("\n", "<br>"))
    if item.event.note_count:
        head.append(html.escape(notes_words(item.event.note_count)))
    claims = "".join(_claim_html(c, titles.get(c.article_id, ""), link=links) for c in item.claims)
    return "<qt><p>" + "<br>".join(head) + "</p>" + claims + "</qt>"


def accessible_name(item: SeriesItem, band: str) -> str:
    """What a screen reader says of an event: date in words, label, and who tells it."""
    if item.conflict:
        dates = QCoreApplication.translate("SeriesTimeline", "dates disagree: %1").replace(
            "%1", " / ".join(dict.fromkeys(spoken_date(c.event) for c in item.claims))
        )
        return f"{item.event.label}, {dates}"
    text = f"{spoken_date(item.claims[0].event)}: {item.event.label}"
    if item.is_shared:
        text += ", " + SeriesCounts().told_by_lower(len(item.claims))
    return text + ", " + band


def accessible_description(item: SeriesItem, titles: Mapping[int, str]) -> str:
    """Each telling: its article and the date as the article words it."""
    return "; ".join(
        f"{titles.get(c.article_id, '')}: {c.event.date_text}, {c.event.label}" for c in item.claims
    )
