"""peewee models of the study database by domain; their tables are built by the migrations.

Code reads them as ``from serge_desktop.storage import models as m`` and ``m.Note``: this
package gathers every domain's models under one name, and ALL_MODELS lists them in the order
their tables depend on one another.
"""

from __future__ import annotations

from serge_desktop.storage.models.base import BaseModel, database_proxy, utc_now
from serge_desktop.storage.models.cards import CARD_KINDS, CARD_SOURCE_STATES, Card, CardReview
from serge_desktop.storage.models.library import (
    Article,
    ArticleStats,
    InlineMark,
    Paragraph,
    Quotation,
    Revision,
    Series,
)
from serge_desktop.storage.models.names import (
    Entity,
    EntityAlias,
    EntityDecision,
    EntityIndexState,
    EntityMention,
)
from serge_desktop.storage.models.notes import Layer, LayerTag, Note, NoteTag, NoteVersion, Tag
from serge_desktop.storage.models.settings import Setting
from serge_desktop.storage.models.timeline import EventCategory, TimelineEvent

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
    Card,
    CardReview,
    Setting,
)

__all__ = [
    "ALL_MODELS",
    "CARD_KINDS",
    "CARD_SOURCE_STATES",
    "Article",
    "ArticleStats",
    "BaseModel",
    "Card",
    "CardReview",
    "Entity",
    "EntityAlias",
    "EntityDecision",
    "EntityIndexState",
    "EntityMention",
    "EventCategory",
    "InlineMark",
    "Layer",
    "LayerTag",
    "Note",
    "NoteTag",
    "NoteVersion",
    "Paragraph",
    "Quotation",
    "Revision",
    "Series",
    "Setting",
    "Tag",
    "TimelineEvent",
    "database_proxy",
    "utc_now",
]
