"""The timeline: dated events anchored to passages, and the library's event categories."""

from __future__ import annotations

import peewee as pw

from serge_desktop.storage.models.base import BaseModel, placement_field, utc_now
from serge_desktop.storage.models.library import Article, Revision


class TimelineEvent(BaseModel):
    """A dated point or period, anchored to the passage that supports it."""

    article = pw.ForeignKeyField(Article, backref="events", on_delete="CASCADE")
    revision = pw.ForeignKeyField(Revision, on_delete="CASCADE")
    edtf = pw.TextField()  # e.g. "1919-01", "192X", "1923/1926", "1936~"
    date_text = pw.TextField()  # the date as worded
    label = pw.TextField()
    category = pw.TextField()  # the name of one of the library's EventCategory rows
    is_context = pw.BooleanField(default=False)  # date from outside the article
    quote = pw.TextField()
    prefix = pw.TextField()
    suffix = pw.TextField()
    start = pw.IntegerField()
    end = pw.IntegerField()
    position = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=utc_now)
    placement = placement_field()  # exact, moved, approximate or unplaced
    # What is said of the event beyond its label (schema 8); '' when nothing is. The DEFAULT
    # is in the SQL, as migration 8 wrote it.
    description = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])

    article_id: int  # the foreign keys' raw values, added by peewee
    revision_id: int


class EventCategory(BaseModel):
    """A timeline category of this library: its name and the colour its events are drawn in."""

    name = pw.TextField(unique=True, collation="NOCASE")
    color = pw.TextField()  # "#rrggbb"
    position = pw.IntegerField()  # the legend's order
