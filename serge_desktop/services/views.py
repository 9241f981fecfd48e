"""Frozen values the services hand to the UI and the command line (never peewee rows)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import NamedTuple

from serge_desktop.core.article import Paragraph
from serge_desktop.services.changes import NO_CHANGES, Changes


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of the library list: the article's metadata and what it holds."""

    id: int
    slug: str
    headline: str  # its title
    publication: str | None
    revisions: int
    events: int
    notes: int  # the reader's own notes, not those in the trash
    layer_notes: int = 0  # other authors' notes from class packs (read-only layers)
    series: str | None = None  # the series' name
    series_id: int | None = None
    series_position: int | None = None  # the series' place among all series, from 1
    part: int | None = None  # the article's part number in its series
    author: str | None = None
    published: str | None = None  # its date, as the source gives it or the reader set it
    words: int = 0  # in its current text
    last_read_at: dt.datetime | None = None  # when it was last opened; None if never
    language: str | None = None  # a BCP 47 tag ("en", "fr"); None: unknown
    standfirst: str | None = None

    @property
    def title(self) -> str:
        return self.headline


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article's current revision, ready to be shown."""

    id: int
    slug: str
    revision_id: int
    revision_number: int
    headline: str
    standfirst: str | None
    publication: str | None
    issue: str | None
    series: str | None  # the series' name
    subject: str | None
    author: str | None
    published: str | None
    body: str
    paragraphs: tuple[Paragraph, ...]
    quotation_spans: tuple[tuple[int, int], ...]
    part: int | None = None  # its part number in the series
    source: str | None = None  # where it came from (a URL or a citation)
    language: str | None = None  # a BCP 47 tag; None: unknown


@dataclass(frozen=True, slots=True)
class TimelineEventView:
    """A dated point or period with its evidence passage (offsets into the article body)."""

    id: int
    edtf: str
    date_text: str
    label: str
    category: str  # the name of one of the library's categories (the seed's: "life"…)
    is_context: bool  # the date comes from outside the article
    earliest: dt.date  # bounds of the (possibly fuzzy) date, for placing it on an axis
    latest: dt.date
    is_period: bool  # an interval with a start and an end, drawn as a bar
    quote: str
    start: int
    end: int
    is_placed: bool = True  # found in the current revision; else drawn without a passage
    placement: str = "exact"  # how re-anchoring found it: exact, moved, approximate, unplaced
    note_count: int = 0  # the reader's notes about this event (not in the trash), for its badge
    # What is said of it beyond its label (plain text; "" for nothing): for its details and
    # tooltip.
    description: str = ""
    # Its category's colour, "#rrggbb" (3:1 on the timeline's light background); None when
    # the category is not one of the library's.
    category_color: str | None = None


class HighlightView(NamedTuple):
    """A note as the reader draws its highlight: read before the note list, in a fifth the time."""

    id: int
    start: int
    end: int
    color: str | None
    body: str  # shown when the pointer rests on the highlight


@dataclass(frozen=True, slots=True)
class NoteView:
    """A note on a passage, on a timeline event, or on the article as a whole (no quote)."""

    id: int
    article_id: int
    is_placed: bool  # anchored in the current revision; else its passage was not found there
    quote: str
    start: int
    end: int
    body: str
    color: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    placement: str = "exact"  # how re-anchoring found it: exact, moved, approximate, unplaced
    tags: tuple[str, ...] = ()  # sorted ignoring case
    deleted_at: dt.datetime | None = None  # when it went to the trash; None while it is not there
    event_id: int | None = None  # the timeline event the note is about, if any
    event_label: str | None = None
    # Who wrote it: None for the reader's own notes; a name for a note that came in a class pack
    # (a teacher's or a student's layer), which the reader can see and copy but not change.
    author: str | None = None
    makes_card: bool = False  # the reader marked it "Make a card"

    @property
    def is_read_only(self) -> bool:
        return self.author is not None

    @property
    def about(self) -> str:
        """What the note is about: "passage", "event" or "article"."""
        if self.event_id is not None:
            return "event"
        return "passage" if self.quote else "article"

    @property
    def marks_text(self) -> bool:
        """Whether the note highlights words of the text shown (placed, on a passage)."""
        return self.is_placed and self.about == "passage"


@dataclass(frozen=True, slots=True)
class NoteColorChange:
    """A note recoloured; undo sets ``before`` again (None is no highlight colour)."""

    note_id: int
    before: str | None
    after: str | None
    note: NoteView

    @property
    def changes(self) -> Changes:
        return Changes(notes=True, note_id=self.note_id)


@dataclass(frozen=True, slots=True)
class NoteVersionView:
    """A text the note had earlier, as it stood at ``saved_at``."""

    id: int
    note_id: int
    body: str
    saved_at: dt.datetime


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Where quoted words first occur in an article's current revision."""

    revision_id: int
    start: int
    end: int
    is_unique: bool  # False when the words occur again further on


class ImportStatus(enum.Enum):
    ADDED = "added"
    NEW_REVISION = "new_revision"
    UNCHANGED = "unchanged"
    RESTORED = "restored"  # the same file's article was in the trash: it is back


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What one import did; ``used_fallback`` asks the caller to show the cp1252 notice."""

    status: ImportStatus
    article: ArticleSummary
    source_name: str
    encoding: str
    used_fallback: bool
    # A new revision's notes (those in the trash left out) counted by how each was placed:
    # {"exact": n, "moved": n, "approximate": n, "unplaced": n}; empty for other outcomes.
    placements: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        """A new article with its timeline, or a new revision whose notes were placed again."""
        if self.status is ImportStatus.UNCHANGED:
            return NO_CHANGES
        return Changes(articles=True, events=True, notes=self.status is ImportStatus.NEW_REVISION)
