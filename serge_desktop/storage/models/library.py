"""The library's articles: series, articles and their counts, revisions and their paragraphs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

from serge_desktop.storage.models.base import BaseModel, utc_now

if TYPE_CHECKING:
    from serge_desktop.storage.models.notes import Note
    from serge_desktop.storage.models.timeline import TimelineEvent


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
