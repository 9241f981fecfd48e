"""A series timeline as TimelineJS 3 JSON: a group per article, an event told twice once."""

from __future__ import annotations

import html

from serge_desktop.services.series_timeline import MergedEvent, SeriesTimeline, TimelineBand
from serge_desktop.services.timelinejs import date_object, display_date


def series_timelinejs_document(title: str, timeline: SeriesTimeline) -> dict[str, object]:
    """One slide per event; an event several articles tell quotes each, with its own date."""
    bands = {band.article_id: band for band in timeline.bands}
    slides = [_slide(event, bands) for event in timeline.events]
    return {"title": {"text": {"headline": html.escape(title)}}, "events": slides}


def _slide(event: MergedEvent, bands: dict[int, TimelineBand]) -> dict[str, object]:
    first = event.claims[0].event
    start_text, _, end_text = first.edtf.partition("/")
    paragraphs = []
    for claim in event.claims:
        told = claim.event
        source = html.escape(bands[claim.article_id].title)
        date = html.escape(display_date(told))
        quote = f" “{html.escape(told.quote)}”" if told.quote else ""
        context = " (date from outside the article)" if told.is_context else ""
        paragraphs.append(f"<p><strong>{source}</strong>, {date}{context}:{quote}</p>")
        if told.description:
            paragraphs.append(f"<p>{html.escape(told.description)}</p>")
    if event.is_conflict:
        paragraphs.insert(0, "<p><em>The articles date this differently.</em></p>")
    slide: dict[str, object] = {
        "start_date": date_object(start_text) or {"year": first.earliest.year},
        "display_date": " / ".join(dict.fromkeys(display_date(c.event) for c in event.claims)),
        "text": {"headline": html.escape(event.label), "text": "".join(paragraphs)},
        # TimelineJS draws a row per group: the article that tells it (the first, if several).
        "group": bands[event.claims[0].article_id].title,
        "unique_id": "event-" + "-".join(str(c.event.id) for c in event.claims),
    }
    end = date_object(end_text) if first.is_period else None
    if end is not None:
        slide["end_date"] = end
    return slide
