"""Which notes highlight which paragraph, flattened into runs of one look and kept per change.

The reader asks two things of its notes many times a second: what to draw in the paragraphs
on screen, and which note lies under the pointer. Both are answered here from buckets, one per
paragraph, that a change of notes updates only where it touches: a note recoloured, added or
moved dirties its own paragraphs, and the reader redraws just those. Overlapping highlights are
flattened into runs (the note being edited wins, else the shortest, most specific note, else the
newer), so a passage under ten highlights is drawn once, a little deeper, and stays legible.

Pure Python, so it is tested without Qt.
"""

from __future__ import annotations

import bisect
import enum
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A highlight as the index keeps it: (start, end, colour name), offsets into the body.
Span = tuple[int, int, str | None]


class Strength(enum.IntEnum):
    """How deep a run is drawn."""

    PLAIN = 0
    NESTED = 1  # more than one note covers it
    ACTIVE = 2  # the note being edited


@dataclass(frozen=True, slots=True)
class Run:
    """Characters ``[start, end)`` of one paragraph (offsets within it) drawn in one look."""

    start: int
    end: int
    note_id: int  # the note whose colour is drawn there
    colour: str | None
    strength: Strength


class HighlightIndex:
    """The highlights of the text shown, bucketed by paragraph, with each paragraph's runs."""

    def __init__(self, paragraphs: Sequence[tuple[int, int]]) -> None:
        """``paragraphs``: each paragraph's (start, end) in the body, in order."""
        self._starts = [start for start, _ in paragraphs]
        self._ends = [end for _, end in paragraphs]
        self._spans: dict[int, Span] = {}
        self._buckets: list[dict[int, Span]] = [{} for _ in paragraphs]
        self._runs: dict[int, tuple[Run, ...]] = {}
        self._active: int | None = None

    def __len__(self) -> int:
        return len(self._spans)

    def update(self, spans: Iterable[tuple[int, Span]], active: int | None) -> set[int]:
        """Take the highlights now shown, as (note id, span); returns the paragraphs changed."""
        new = dict(spans)
        old = self._spans
        dirty: set[int] = set()
        for note_id, span in old.items():
            if new.get(note_id) != span:
                dirty |= self._remove(note_id, span)
        for note_id, span in new.items():
            if old.get(note_id) != span:
                dirty |= self._add(note_id, span)
        if active != self._active:
            for changed in (self._active, active):
                shown = new.get(changed) if changed is not None else None
                if shown is not None:
                    dirty |= self._paragraphs_of(shown)
            self._active = active
        self._spans = new
        for index in dirty:
            self._runs.pop(index, None)
        return dirty

    def paragraph_count(self) -> int:
        return len(self._starts)

    def runs(self, index: int) -> tuple[Run, ...]:
        """The runs of paragraph ``index``, in text order (worked out once per change)."""
        runs = self._runs.get(index)
        if runs is None:
            bucket = self._buckets[index]
            runs = flatten(bucket.items(), self._active, self._starts[index], self._ends[index])
            self._runs[index] = runs
        return runs

    def note_at(self, offset: int) -> int | None:
        """The note drawn at this body offset, if any."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self._ends[index]:
            return None
        inside = offset - self._starts[index]
        for run in self.runs(index):
            if run.start <= inside < run.end:
                return run.note_id
        return None

    def _add(self, note_id: int, span: Span) -> set[int]:
        paragraphs = self._paragraphs_of(span)
        for index in paragraphs:
            self._buckets[index][note_id] = span
        return paragraphs

    def _remove(self, note_id: int, span: Span) -> set[int]:
        paragraphs = self._paragraphs_of(span)
        for index in paragraphs:
            self._buckets[index].pop(note_id, None)
        return paragraphs

    def _paragraphs_of(self, span: Span) -> set[int]:
        start, end, _ = span
        if not self._starts:
            return set()
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        if end <= self._ends[first]:  # the usual case: within one paragraph
            overlaps = self._starts[first] < end and start < self._ends[first]
            return {first} if overlaps else set()
        last = bisect.bisect_left(self._starts, end) - 1
        return {
            i for i in range(first, last + 1) if self._starts[i] < end and start < self._ends[i]
        }


def flatten(
    spans: Iterable[tuple[int, Span]], active: int | None, start: int, end: int
) -> tuple[Run, ...]:
    """The runs that the spans make within the paragraph ``[start, end)`` of the body."""
    clipped: dict[int, Span] = {}
    boundaries: list[tuple[int, int, int]] = []  # (offset, 1 for a start / 0 for an end, id)
    for note_id, (a, b, colour) in spans:
        a, b = max(a, start), min(b, end)
        if a < b:
            clipped[note_id] = (a, b, colour)
            boundaries += ((a, 1, note_id), (b, 0, note_id))
    if not boundaries:
        return ()
    boundaries.sort()
    runs: list[Run] = []
    covering: set[int] = set()
    # The covering notes by (length, newest first): the top, once ended notes are dropped from
    # it, is the shortest, which wins. Ended notes leave the heap lazily.
    shortest: list[tuple[int, int]] = []
    for (offset, is_start, note_id), following in zip(
        boundaries, [*boundaries[1:], None], strict=True
    ):
        if is_start:
            covering.add(note_id)
            a, b, _ = clipped[note_id]
            heapq.heappush(shortest, (b - a, -note_id))
        else:
            covering.discard(note_id)
        if following is None or following[0] == offset or not covering:
            continue
        while -shortest[0][1] not in covering:
            heapq.heappop(shortest)
        winner = active if active is not None and active in covering else -shortest[0][1]
        strength = (
            Strength.ACTIVE
            if winner == active
            else Strength.NESTED
            if len(covering) > 1
            else Strength.PLAIN
        )
        last = runs[-1] if runs else None
        if (
            last
            and last.end == offset - start
            and (last.note_id, last.strength)
            == (
                winner,
                strength,
            )
        ):
            runs[-1] = Run(last.start, following[0] - start, winner, last.colour, strength)
        else:
            colour = clipped[winner][2]
            runs.append(Run(offset - start, following[0] - start, winner, colour, strength))
    return tuple(runs)
