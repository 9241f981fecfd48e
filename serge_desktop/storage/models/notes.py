"""Notes on passages: the reader's own and other authors' layers, their tags and past texts."""

from __future__ import annotations

import peewee as pw

from serge_desktop.storage.models.base import BaseModel, placement_field, utc_now
from serge_desktop.storage.models.library import Article, Revision
from serge_desktop.storage.models.timeline import TimelineEvent


class Layer(BaseModel):
    """One author's notes from one class pack, shown read-only beside the reader's (schema 7)."""

    pack_id = pw.TextField()  # the pack's own id (its manifest's), the same in every copy
    author = pw.TextField()
    source_name = pw.TextField()  # the pack file's name, when it was imported
    imported_at = pw.DateTimeField(default=utc_now)
    is_visible = pw.BooleanField(default=True)

    notes: pw.ModelSelect[Note]

    class Meta:
        """Importing the same pack again replaces its layer's notes rather than adding a layer."""

        indexes = ((("pack_id", "author"), True),)


class Note(BaseModel):
    """A note on a passage, anchored like a W3C annotation (quote, context, offsets).

    The reader's own notes have no layer; notes from a class pack belong to one and are
    read-only.
    """

    article = pw.ForeignKeyField(Article, backref="notes", on_delete="CASCADE")
    revision = pw.ForeignKeyField(Revision, on_delete="CASCADE")
    quote = pw.TextField()
    prefix = pw.TextField()
    suffix = pw.TextField()
    start = pw.IntegerField()
    end = pw.IntegerField()
    body = pw.TextField(default="")
    color = pw.TextField(null=True)
    created_at = pw.DateTimeField(default=utc_now)
    updated_at = pw.DateTimeField(default=utc_now)
    deleted_at = pw.DateTimeField(null=True, index=True)  # set while in the trash
    placement = placement_field()  # exact, moved, approximate or unplaced
    # A note about an event belongs to it; a note with no quote is about the whole article.
    event = pw.ForeignKeyField(TimelineEvent, null=True, on_delete="SET NULL", backref="notes")
    layer = pw.ForeignKeyField(Layer, null=True, on_delete="CASCADE", backref="notes")
    # Schema 11: the reader asked for a review card of this note ("Make a card").
    makes_card = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT 0")])
    # The foreign keys' raw values, added by peewee, declared for the type checker.
    article_id: int
    revision_id: int
    event_id: int | None
    layer_id: int | None

    class Meta:
        """Notes by passage (schema 11), for an entity's page to find them from the index."""

        indexes = ((("revision", "start", "end"), False),)


# The notes the library list counts per article (schema 10): a partial index the count reads
# without touching the notes themselves.
Note.add_index(
    Note.index(
        Note.article,
        name="note_own_live_article",
        where=Note.deleted_at.is_null() & Note.layer.is_null(),
        safe=False,
    )
)


class Tag(BaseModel):
    name = pw.TextField(unique=True, collation="NOCASE")


class NoteTag(BaseModel):
    note = pw.ForeignKeyField(Note, backref="note_tags", on_delete="CASCADE")
    tag = pw.ForeignKeyField(Tag, backref="note_tags", on_delete="CASCADE")

    class Meta:
        """A tag is on a note at most once."""

        primary_key = pw.CompositeKey("note", "tag")


class NoteVersion(BaseModel):
    """A text the note had before a later save replaced it (schema 5)."""

    note = pw.ForeignKeyField(Note, backref="versions", on_delete="CASCADE")
    body = pw.TextField()
    saved_at = pw.DateTimeField(default=utc_now)  # when the note's text was this

    note_id: int


class LayerTag(BaseModel):
    """A tag on a layer note, kept apart from the reader's own tags (schema 7)."""

    note = pw.ForeignKeyField(Note, backref="layer_tags", on_delete="CASCADE")
    name = pw.TextField()

    note_id: int
