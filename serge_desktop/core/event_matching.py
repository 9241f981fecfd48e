"""The same event told by several articles: matching by close dates and similar labels.

Two events match when they come from different articles, their dates are close, and their
labels are alike. How alike depends on how close: the same stretch of time needs less of the
label to agree than dates years apart ("Goes to Paris" in 1908 and "Moves to Paris" in 1909 are
one move; "Joins the party" and "Leaves the party" are not, unless their dates overlap, which
is why opposite words keep labels apart whatever their score). A name in one label that the
other lacks, while the other has one of its own ("Arrested in Paris" / "Arrested in
Leningrad"), keeps them apart too. A name can only be told from the capital every label starts
with when it is not the first word: "Trotsky expelled" and "Serge expelled" in the same year
do match, and the merged event shows both labels and both passages, so nothing is hidden.

Pure: no database, no Qt. rapidfuzz scores the labels (0 to 100).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Label score needed, by how far apart the two dates are (days between their ranges; 0 when
# they overlap). Chosen on the cases in tests/core/test_event_matching.py: overlapping dates
# with the same place or object ("Reaches Petrograd" / "Arrives in Petrograd", 72) match;
# a year apart needs the wording to agree more ("Goes to Paris" / "Moves to Paris", 89); three
# years apart only a near-identical label ("Dies in Mexico City" / "Dies in Mexico City").
# Sources that disagree by more than that are rarely telling the same event, and each further
# year would put more of a dense series' events in reach of each other (benchmarks/library.py).
THRESHOLDS: tuple[tuple[int, float], ...] = ((0, 70.0), (731, 80.0), (3 * 366, 92.0))
MAX_GAP_DAYS = THRESHOLDS[-1][0]

# Words that say nothing about which event it is: left out before scoring.
_STOPWORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "from", "for", "and", "or", "by", "with",
    "his", "her", "their", "its", "he", "she", "they",
    "le", "la", "les", "de", "du", "des", "un", "une", "et", "en", "au", "aux",
))  # fmt: skip
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# Pairs of words that make two otherwise alike labels opposite events ("Joins the party" /
# "Leaves the party"): a label with one and a label with the other never match. Stems, so
# that "joins", "joined" and "joining" all count.
_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("join", "leav"),
    ("join", "left"),
    ("arriv", "leav"),
    ("arriv", "left"),
    ("born", "die"),
    ("birth", "death"),
    ("arrest", "releas"),
    ("imprison", "releas"),
    ("enter", "leav"),
    ("marri", "divorc"),
    ("open", "clos"),
    ("start", "end"),
    ("begin", "end"),
    ("wins", "loses"),
    ("won", "lost"),
    ("expel", "readmit"),
    ("adher", "quitt"),
    ("naissance", "mort"),
    ("arriv", "depart"),
)


LOWEST_SCORE = THRESHOLDS[0][1]


def _index_stems() -> dict[str, tuple[tuple[int, int], ...]]:
    """Each stem of _OPPOSITES with the (pair, side) places it takes there."""
    places: dict[str, list[tuple[int, int]]] = {}
    for pair, stems in enumerate(_OPPOSITES):
        for side, stem in enumerate(stems):
            places.setdefault(stem, []).append((pair, side))
    return {stem: tuple(found) for stem, found in places.items()}


_SIDES_BY_STEM = _index_stems()


@dataclass(frozen=True, slots=True)
class EventClaim:
    """One article's telling of an event: its label and its dates (inclusive bounds)."""

    key: int  # the event's id
    source: int  # the article's id: claims of one article never merge with each other
    label: str
    earliest: dt.date
    latest: dt.date


def gap_days(a: EventClaim, b: EventClaim) -> int:
    """Days between two claims' date ranges; 0 when they overlap or touch."""
    if a.latest < b.earliest:
        return max((b.earliest - a.latest).days - 1, 0)
    if b.latest < a.earliest:
        return max((a.earliest - b.latest).days - 1, 0)
    return 0


def required_score(gap: int) -> float | None:
    """The label score two claims this far apart need; None when they are too far apart."""
    for limit, score in THRESHOLDS:
        if gap <= limit:
            return score
    return None


def label_score(a: str, b: str) -> float:
    """How alike two labels are, 0 to 100, their filler words and case set aside."""
    # rapidfuzz (41 modules) loads on the first match, not with every window's start.
    from rapidfuzz import fuzz

    return float(fuzz.token_set_ratio(_content(a), _content(b)))


def names_differ(a: str, b: str) -> bool:
    """Whether each label names something (a capitalised word after the first) the other lacks."""
    names_a, names_b = _names(a), _names(b)
    only_a = {n for n in names_a if not _has_like(n, names_b | _words(b))}
    only_b = {n for n in names_b if not _has_like(n, names_a | _words(a))}
    return bool(only_a) and bool(only_b)


def opposite(a: str, b: str) -> bool:
    """Whether one label says the opposite of the other ("joins" / "leaves")."""
    sides_b = _opposite_sides(b)
    return any((pair, 1 - side) in sides_b for pair, side in _opposite_sides(a))


@cache
def _opposite_sides(label: str) -> frozenset[tuple[int, int]]:
    """Which side of which pair of _OPPOSITES the label's words take: (pair, 0 or 1)."""
    found: set[tuple[int, int]] = set()
    for word in _words(label):
        for start in range(1, len(word) + 1):
            found.update(_SIDES_BY_STEM.get(word[:start], ()))
    return frozenset(found)


def compatible(a: EventClaim, b: EventClaim) -> bool:
    """Whether two claims could be one event: other articles, near enough, nothing opposed."""
    return (
        a.source != b.source
        and gap_days(a, b) <= MAX_GAP_DAYS
        and not names_differ(a.label, b.label)
        and not opposite(a.label, b.label)
    )


def same_event(a: EventClaim, b: EventClaim, score: float | None = None) -> bool:
    """Whether two claims from different articles tell the same event.

    ``score`` is their label_score when the caller has it already.
    """
    if not compatible(a, b):
        return False
    needed = required_score(gap_days(a, b))
    if needed is None:
        return False
    return (label_score(a.label, b.label) if score is None else score) >= needed


def content(label: str) -> str:
    """The words of a label that are scored: folded, without filler words."""
    return _content(label)


@cache
def _content(label: str) -> str:
    words = [w for w in _folded_words(label) if w not in _STOPWORDS]
    return " ".join(words) if words else " ".join(_folded_words(label))


def _folded_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _TOKEN.findall(plain)


@cache
def _names(label: str) -> frozenset[str]:
    tokens = _TOKEN.findall(label)
    return frozenset(_folded_words(token)[0] for token in tokens[1:] if token[:1].isupper())


@cache
def _words(label: str) -> frozenset[str]:
    return frozenset(_folded_words(label))


def _has_like(name: str, words: frozenset[str]) -> bool:
    from rapidfuzz import fuzz

    return any(fuzz.ratio(name, word) >= 85 for word in words)
