"""Frozen values a search returns: hits grouped by kind, each with a marked snippet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

# The snippet's match markers: control characters no search box types, so the UI can turn them
# into highlighting and the command line into «», without parsing HTML or guessing.
MATCH_START = "\x02"
MATCH_END = "\x03"
H = TypeVar("H")


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short passage around the matches: ``text`` is plain, ``matches`` are spans in it."""

    marked: str  # the text with each match between MATCH_START and MATCH_END
    text: str
    matches: tuple[tuple[int, int], ...]

    @classmethod
    def from_marked(cls, marked: str) -> Snippet:
        # Whitespace runs (paragraph breaks in a body) become one space: a snippet is one line.
        marked = " ".join(marked.split())
        # Cut at the start markers: each piece after the first opens with a match, which runs
        # to its end marker (a piece without one was never closed and marks nothing).
        pieces = marked.split(MATCH_START)
        text = [pieces[0].replace(MATCH_END, "")]
        length = len(text[0])
        matches: list[tuple[int, int]] = []
        for piece in pieces[1:]:
            inside, closed, after = piece.partition(MATCH_END)
            inside = inside if closed else inside.replace(MATCH_END, "")
            after = after.replace(MATCH_END, "")
            if closed and inside:
                matches.append((length, length + len(inside)))
            text += (inside, after)
            length += len(inside) + len(after)
        return cls(marked=marked, text="".join(text), matches=tuple(matches))

    def with_brackets(self, left: str = "«", right: str = "»") -> str:
        """The plain text with each match between ``left`` and ``right``."""
        parts: list[str] = []
        done = 0
        for start, end in self.matches:
            parts += [self.text[done:start], left, self.text[start:end], right]
            done = end
        parts.append(self.text[done:])
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class ArticleHit:
    """An article whose headline, standfirst or current text matches."""

    article_id: int
    slug: str
    headline: str
    body_offset: int | None  # where the first match starts in the body; None if not in it
    snippet: Snippet
    rank: float | None  # FTS5 bm25, lower is better; None: too many matches, newest first


@dataclass(frozen=True, slots=True)
class NoteHit:
    """A note (not in the trash) whose quote, text or tags match."""

    note_id: int
    article_id: int
    slug: str
    headline: str  # the article's title, for people (the slug is for the command line)
    snippet: Snippet  # the note's rendered words (no Markdown marks), or its quote or tags
    rank: float | None


@dataclass(frozen=True, slots=True)
class EventHit:
    """A timeline event whose label, worded date or evidence quote matches."""

    event_id: int
    article_id: int
    slug: str
    headline: str  # the article's title
    date_text: str
    label: str
    snippet: Snippet
    rank: float | None


@dataclass(frozen=True, slots=True)
class EntityHit:
    """A person, place, organisation or work one of whose names matches (issue 17)."""

    entity_id: int
    name: str
    kind: str  # person, place, organisation or work
    snippet: Snippet  # the names that matched, marked
    rank: float


@dataclass(frozen=True, slots=True)
class SearchResults:
    """Each kind's hits, best (or, past RANK_WINDOW matches, newest) first; none for ""."""

    query: str
    articles: tuple[ArticleHit, ...] = ()
    notes: tuple[NoteHit, ...] = ()
    events: tuple[EventHit, ...] = ()
    entities: tuple[EntityHit, ...] = ()

    @property
    def total(self) -> int:
        return len(self.articles) + len(self.notes) + len(self.events) + len(self.entities)

    def followed_by(self, rest: SearchResults) -> SearchResults:
        """These hits, then the next page's, each hit once.

        The pages are read apart, and a note saved in between can move a hit across the page's
        edge: shown on this page, it would be listed again on the next.
        """
        return SearchResults(
            query=self.query,
            articles=_then(self.articles, rest.articles, lambda hit: hit.article_id),
            notes=_then(self.notes, rest.notes, lambda hit: hit.note_id),
            events=_then(self.events, rest.events, lambda hit: hit.event_id),
            entities=_then(self.entities, rest.entities, lambda hit: hit.entity_id),
        )


def _then(first: tuple[H, ...], rest: tuple[H, ...], key: Callable[[H], int]) -> tuple[H, ...]:
    seen = {key(hit) for hit in first}
    return first + tuple(hit for hit in rest if key(hit) not in seen)
