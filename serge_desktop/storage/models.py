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


class Series(BaseModel):
    """Articles that belong together in a numbered order (schema 10)."""

    name = pw.TextField(unique=True, collation="NOCASE")
    position = pw.IntegerField()  # the series' place among all series, from 1
    created_at = pw.DateTimeField(default=utc_now)

    articles: pw.ModelSelect[Article]


class Article(BaseModel):
    """An imported article; its text lives in revisions."""

    slug = pw.TextField(unique=True)
    headline = pw.TextField()  # the title the library shows; the reader may change it
    standfirst = pw.TextField(null=True)
    publication = pw.TextField(null=True)
    issue = pw.TextField(null=True)
    subject = pw.TextField(null=True)
    author = pw.TextField(null=True)
    published = pw.TextField(null=True)  # the date as the source gives it, or as the reader set it
    source = pw.TextField(null=True)
    created_at = pw.DateTimeField(default=utc_now)
    # Where the reader last was, as an offset into the current body; NULL until first opened.
    reading_position = pw.IntegerField(null=True)
    # Schema 10: the series it belongs to and its part number in it, its language (a BCP 47
    # tag such as "en" or "fr"; NULL: unknown), when it was last opened, and when it went to
    # the trash (NULL while it is not there).
    series = pw.ForeignKeyField(Series, null=True, on_delete="SET NULL", backref="articles")
    # The headline as its source gives it, kept when the reader renames the article so that a
    # new version of the same file still finds it (schema 10).
    source_headline = pw.TextField(null=True)
    part = pw.IntegerField(null=True)
    language = pw.TextField(null=True)
    last_read_at = pw.DateTimeField(null=True)
    deleted_at = pw.DateTimeField(null=True, index=True)

    # Back-references peewee adds from the foreign keys below, declared for the type checker.
    revisions: pw.ModelSelect[Revision]
    events: pw.ModelSelect[TimelineEvent]
    notes: pw.ModelSelect[Note]
    series_id: int | None


def count_field() -> pw.IntegerField:
    """A count kept by the triggers of schema 10; its DEFAULT is in the SQL, as they wrote it."""
    return pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])


class ArticleStats(BaseModel):
    """What the library list counts of each article, kept current by triggers (schema 10).

    Never written by the app's code: the triggers on articles, revisions, notes and events do.
    """

    article = pw.ForeignKeyField(Article, primary_key=True, on_delete="CASCADE")
    revisions = count_field()
    words = count_field()  # in the newest revision
    notes = count_field()  # the reader's own, not in the trash
    events = count_field()
    layer_notes = count_field()  # other authors', from class packs


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
    words = count_field()  # schema 10

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

    article_id: int  # the foreign keys' raw values, added by peewee
    revision_id: int


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


def kind_field() -> pw.TextField:
    """An entity's kind (schema 11); the CHECK is in the SQL, as the migration wrote it."""
    return pw.TextField(
        constraints=[pw.Check("\"kind\" IN ('person', 'place', 'organisation', 'work')")]
    )


class Entity(BaseModel):
    """A person, place, organisation or work that someone confirmed (schema 11).

    ``origin`` says who: the reader, the curator of a bundled article ("curated"), or a teacher
    whose class pack brought it ("pack"). Places keep where they are, from the gazetteer.
    """

    kind = kind_field()
    name = pw.TextField()
    note = pw.TextField(default="")  # the reader's own note on the entity (Markdown)
    origin = pw.TextField()
    latitude = pw.FloatField(null=True)
    longitude = pw.FloatField(null=True)
    country_code = pw.TextField(null=True)  # ISO 3166-1 alpha-2, for places
    created_at = pw.DateTimeField(default=utc_now)
    updated_at = pw.DateTimeField(default=utc_now)

    aliases: pw.ModelSelect[EntityAlias]


class EntityAlias(BaseModel):
    """A name of an entity; the texts are searched for every alias (schema 11)."""

    entity = pw.ForeignKeyField(Entity, backref="aliases", on_delete="CASCADE")
    name = pw.TextField()
    key = pw.TextField(unique=True)  # core.entities.names.name_key: one entity per name

    entity_id: int


class EntityDecision(BaseModel):
    """What was decided about a suggested name, so it is never asked again (schema 11)."""

    key = pw.TextField(unique=True)
    name = pw.TextField()
    verdict = pw.TextField(constraints=[pw.Check("\"verdict\" IN ('confirmed', 'rejected')")])
    # The entity a confirmed name went to; NULL for a rejected one.
    entity = pw.ForeignKeyField(Entity, null=True, on_delete="SET NULL")
    origin = pw.TextField()  # reader, curated or pack
    decided_at = pw.DateTimeField(default=utc_now)

    entity_id: int | None


class EntityMention(BaseModel):
    """A name found in an article's current text: derived, rebuilt when the text changes.

    Confirmed or not: a mention belongs to an entity through its key (an alias's key), so a
    decision changes no mention row.
    """

    article = pw.ForeignKeyField(Article, on_delete="CASCADE")
    revision = pw.ForeignKeyField(Revision, on_delete="CASCADE")
    paragraph = pw.IntegerField()  # the paragraph's position in the revision (0-based)
    start = pw.IntegerField()
    end = pw.IntegerField()
    key = pw.TextField(index=True)
    surface = pw.TextField()  # the words as the text has them
    kind_guess = pw.TextField(null=True)
    source = pw.TextField()  # known, gazetteer, title or capitalised

    article_id: int
    revision_id: int

    class Meta:
        """Mentions are read by paragraph (keyword in context, the co-occurrence graph)."""

        indexes = ((("revision", "paragraph"), False),)


class EntityIndexState(BaseModel):
    """Which revision of each article its mentions were found in (schema 11)."""

    article = pw.ForeignKeyField(Article, primary_key=True, on_delete="CASCADE")
    revision = pw.ForeignKeyField(Revision, on_delete="CASCADE")
    indexed_at = pw.DateTimeField(default=utc_now)

    revision_id: int


class Setting(BaseModel):
    """A value the library itself must remember (the command line reads it too, without Qt)."""

    key = pw.TextField(primary_key=True)
    value = pw.TextField()


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Series,
    Article,
    ArticleStats,
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
    Entity,
    EntityAlias,
    EntityDecision,
    EntityMention,
    EntityIndexState,
    Setting,
)
