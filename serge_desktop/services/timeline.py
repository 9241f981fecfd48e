"""Reading an article's timeline events, with their fuzzy dates turned into bounds."""

from __future__ import annotations

import peewee as pw

from serge_desktop.core.fuzzy_date import parse_edtf
from serge_desktop.core.reanchoring import PlacementKind
from serge_desktop.services.library import current_revision
from serge_desktop.services.views import TimelineEventView
from serge_desktop.storage import models as m


class TimelineService:
    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_events(self, article_id: int) -> list[TimelineEventView]:
        """The article's events in time order (earliest bound, then curated position)."""
        views = []
        current = current_revision(article_id).id
        query = m.TimelineEvent.select().where(m.TimelineEvent.article == article_id)
        for event in query.order_by(m.TimelineEvent.position):
            date = parse_edtf(event.edtf)
            views.append(
                TimelineEventView(
                    id=event.id,
                    edtf=event.edtf,
                    date_text=event.date_text,
                    label=event.label,
                    category=event.category,
                    is_context=event.is_context,
                    earliest=date.earliest,
                    latest=date.latest,
                    is_period=date.is_interval,
                    quote=event.quote,
                    start=event.start,
                    end=event.end,
                    is_placed=event.revision_id == current,
                    placement=event.placement
                    if event.revision_id == current
                    else PlacementKind.UNPLACED.value,
                )
            )
        views.sort(key=lambda v: v.earliest)
        return views
