"""The index of names: confirmed entities, their aliases, decisions and the mentions found."""

from __future__ import annotations

import peewee as pw

from serge_desktop.storage.models.base import BaseModel, utc_now
from serge_desktop.storage.models.library import Article, Revision


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
