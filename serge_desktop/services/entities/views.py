"""Frozen values the index of names hands to the window and the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from serge_desktop.core.entities.names import EntityKind


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One line of the index: a confirmed entity and how often the texts name it."""

    id: int
    name: str
    kind: EntityKind
    origin: str  # "reader", "curated" (an article's curator) or "pack" (a teacher's pack)
    aliases: tuple[str, ...]  # every name, the display name included
    mentions: int  # in the articles the listing covers
    articles: int


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A name found in the texts that nobody has decided about yet: never shown as certain."""

    key: str
    name: str  # as the texts write it most often
    kind: EntityKind | None  # a guess
    source: str  # why it was found: gazetteer, title or capitalised
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class Passage:
    """Where a mention is: enough for the window to open and select it."""

    article_id: int
    slug: str
    headline: str
    revision_id: int
    paragraph: int  # 0-based position in the revision ("¶ paragraph + 1")
    start: int  # offsets into the revision's body
    end: int


@dataclass(frozen=True, slots=True)
class KwicLine:
    """A mention in context: the words before, the name as written, the words after."""

    passage: Passage
    before: str
    keyword: str
    after: str


@dataclass(frozen=True, slots=True)
class EntityEvent:
    """A timeline event that involves the entity: its evidence or its label names it."""

    event_id: int
    article_id: int
    slug: str
    edtf: str
    date_text: str
    label: str
    is_context: bool


@dataclass(frozen=True, slots=True)
class EntityNote:
    """One of the reader's notes that mentions the entity, in its passage or its text."""

    note_id: int
    article_id: int
    slug: str
    quote: str
    body: str


@dataclass(frozen=True, slots=True)
class EntityPage:
    """Everything an entity's page shows."""

    entity: EntitySummary
    note: str  # the reader's own note on the entity (Markdown)
    latitude: float | None
    longitude: float | None
    country_code: str | None
    mentions: Sequence[KwicLine]  # made line by line as they are read (see page.KwicLines)
    events: tuple[EntityEvent, ...]
    notes: tuple[EntityNote, ...]


@dataclass(frozen=True, slots=True)
class IndexRun:
    """What a run of the indexer did."""

    articles: int  # articles indexed
    mentions: int  # mentions found in them
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class ConfirmedMention:
    """A mention of a confirmed entity, as exports list them."""

    entity_id: int
    name: str
    kind: EntityKind
    article_id: int
    revision_id: int
    paragraph: int  # 0-based
    start: int
    end: int
