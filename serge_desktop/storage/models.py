"""peewee models of the study database; their tables are built by the numbered migrations."""

from __future__ import annotations

import datetime as dt

import peewee as pw

# Models are bound to a real database by ``storage.database.open_database``; the proxy lets the
# classes be declared before any file is chosen (peewee's deferred initialisation).
database_proxy = pw.DatabaseProxy()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def placement_field() -> pw.TextField:
    """How an anchored row was placed in its article's current text (schema 4).

    The DEFAULT and CHECK are in the SQL, as migration 4 wrote them, so a table peewee creates
    from these models matches the migrated one.
    """
    return pw.TextField(
        default="exact",
        constraints=[
            pw.SQL("DEFAULT 'exact'"),
            pw.Check("\"placement\" IN ('exact', 'moved', 'approximate', 'unplaced')"),
        ],
    )


class BaseModel(pw.Model):
    # Declared for the type checker only: peewee adds the implicit primary key at class creation.
    id: int

    class Meta:
        """Every model goes through the proxy, so one open_database call binds them all."""

        database = database_proxy
        legacy_table_names = False


class Article(BaseModel):
    """An imported article; its text lives in revisions."""

    slug = pw.TextField(unique=True)
    headline = pw.TextField()
    standfirst = pw.TextField(null=True)
    publication = pw.TextField(null=True)
    issue = pw.TextField(null=True)
    series = pw.TextField(null=True)
    subject = pw.TextField(null=True)
    author = pw.TextField(null=True)
    published = pw.TextField(null=True)
    source = pw.TextField(null=True)
    created_at = pw.DateTimeField(default=utc_now)
    # Where the reader last was, as an offset into the current body; NULL until first opened.
    reading_position = pw.IntegerField(null=True)

    # Back-references peewee adds from the foreign keys below, declared for the type checker.
    revisions: pw.ModelSelect[Revision]
    events: pw.ModelSelect[TimelineEvent]
    notes: pw.ModelSelect[Note]


class Revision(BaseModel):
    """One imported version of an article: the raw source unchanged, the body derived from it."""

    article = pw.ForeignKeyField(Article, backref="revisions", on_delete="CASCADE")
    number = pw.IntegerField()
    content_hash = pw.TextField(index=True)  # SHA-256 of the raw bytes
    source_name = pw.TextField()  # the file name it came from
    source_format = pw.TextField()
    encoding = pw.TextField()
    raw_source = pw.BlobField()
    body = pw.TextField()
    imported_at = pw.DateTimeField(default=utc_now)

    paragraphs: pw.ModelSelect[Paragraph]
    quotations: pw.ModelSelect[Quotation]
    article_id: int  # the foreign key's raw value, added by peewee

    class Meta:
        """Revision numbers count up within each article."""

        indexes = ((("article", "number"), True),)


class Paragraph(BaseModel):
    revision = pw.ForeignKeyField(Revision, backref="paragraphs", on_delete="CASCADE")
    position = pw.IntegerField()
    start = pw.IntegerField()
    end = pw.IntegerField()
    text = pw.TextField()
    is_quotation = pw.BooleanField(default=False)
    # Schema 9 of the plan: what the paragraph is, and a heading's level (0 for the others).
    kind = pw.TextField(
        default="paragraph",
        constraints=[
            pw.SQL("DEFAULT 'paragraph'"),
            pw.Check("\"kind\" IN ('paragraph', 'heading', 'block_quote')"),
        ],
    )
    level = pw.IntegerField(
        default=0, constraints=[pw.SQL("DEFAULT 0"), pw.Check('"level" BETWEEN 0 AND 6')]
    )

    marks: pw.ModelSelect[InlineMark]

    class Meta:
        """One paragraph per position in a revision."""

        indexes = ((("revision", "position"), True),)


class InlineMark(BaseModel):
    """An italic or bold span of a paragraph; offsets within the paragraph's text (schema 9)."""

    paragraph = pw.ForeignKeyField(Paragraph, backref="marks", on_delete="CASCADE")
    start = pw.IntegerField()
    end = pw.IntegerField()
    style = pw.TextField(constraints=[pw.Check("\"style\" IN ('italic', 'bold')")])

    paragraph_id: int


class Quotation(BaseModel):
    revision = pw.ForeignKeyField(Revision, backref="quotations", on_delete="CASCADE")
    start = pw.IntegerField()
    end = pw.IntegerField()
    text = pw.TextField()


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

    revision_id: int  # the foreign key's raw value, added by peewee


class EventCategory(BaseModel):
    """A timeline category of this library: its name and the colour its events are drawn in."""

    name = pw.TextField(unique=True, collation="NOCASE")
    color = pw.TextField()  # "#rrggbb"
    position = pw.IntegerField()  # the legend's order


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
    # The foreign keys' raw values, added by peewee, declared for the type checker.
    article_id: int
    revision_id: int
    event_id: int | None
    layer_id: int | None


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


class Setting(BaseModel):
    """A value the library itself must remember (the command line reads it too, without Qt)."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Article,
    Revision,
    Paragraph,
    InlineMark,
    Quotation,
    TimelineEvent,
    EventCategory,
    Layer,
    Note,
    Tag,
    NoteTag,
    NoteVersion,
    LayerTag,
    Setting,
)
