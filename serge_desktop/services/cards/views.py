"""Frozen values the cards services hand to the window and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from serge_desktop.core.cards_cloze import Cloze
from serge_desktop.core.cards_scheduling import Grade

# The states the card browser filters by, Anki's: never studied, in its first steps (or
# relearning), in review, due now (learning or review), and suspended (by the reader, or
# because its source is in the trash, deleted, or no longer makes a card).
CARD_STATES = ("new", "learning", "review", "due", "suspended")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The passage a card comes from, for "Open passage": offsets into the current text."""

    article_id: int
    article_slug: str
    quote: str
    start: int
    end: int
    is_placed: bool  # False: not found in the current text (the quote is all there is)
    note_id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class EventChoice:
    """One of the two events of a "Which came first?" card."""

    event_id: int
    label: str
    edtf: str
    date_words: str  # the date in English words; the window says it in the reader's language
    came_first: bool


@dataclass(frozen=True, slots=True)
class CardFace:
    """What a card asks and answers, read from its source when it is shown.

    ``kind`` says which fields matter: "cloze" (``cloze``; the note's text in ``extra``),
    "question" (``prompt``, ``answer``), "recall" (``prompt`` is what the note is about,
    ``answer`` the note), "when" (``prompt`` the event, ``answer`` its date in words, ``edtf``,
    and what is said of the event in ``extra``)
    and "order" (``choices``). Texts are as the reader wrote them (notes are Markdown).
    """

    kind: str
    prompt: str
    answer: str
    extra: str = ""
    cloze: Cloze | None = None
    edtf: str | None = None
    choices: tuple[EventChoice, ...] = ()
    evidence: Evidence | None = None
    article_headline: str = ""
    author: str | None = None  # who wrote the note, for a card from a class pack


@dataclass(frozen=True, slots=True)
class GradeOption:
    """What one grade button would do: the card next due after ``interval``."""

    grade: Grade
    interval: dt.timedelta
    due: dt.datetime


@dataclass(frozen=True, slots=True)
class StudyCard:
    """The card to study now, with the four grades' intervals for the buttons."""

    card_id: int
    guid: str
    state: str  # new, learning or review
    face: CardFace
    options: tuple[GradeOption, ...]

    def option(self, grade: Grade) -> GradeOption:
        return next(option for option in self.options if option.grade is grade)


@dataclass(frozen=True, slots=True)
class GradeOutcome:
    """A grade given: ``review_id`` is what undo takes back."""

    review_id: int
    card_id: int
    grade: Grade
    due: dt.datetime
    interval: dt.timedelta


@dataclass(frozen=True, slots=True)
class DueCount:
    """Cards to study now in one article or series: new (within today's limit), learning, review.

    ``title`` is the article's headline or the series' name.
    """

    scope: str  # "article" or "series"
    key: str  # the article's slug, or the series' name
    title: str
    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True, slots=True)
class CardRow:
    """One line of the card browser."""

    id: int
    guid: str
    kind: str
    state: str  # new, learning, review or suspended
    article_id: int
    article_slug: str
    title: str  # the question, the hidden words, or the event: one line to know it by
    due: dt.datetime
    reps: int
    lapses: int
    is_suspended: bool  # suspended by the reader
    source_state: str  # ok, trashed, gone or retired
    created_at: dt.datetime
    stability: float | None
    difficulty: float | None
    note_id: int | None
    event_id: int | None
