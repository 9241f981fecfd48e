"""One article's names: where each occurs, paragraph by paragraph, and what it may be.

The reader's earlier decisions come first: names of confirmed entities are found wherever
they occur (as ``known``), rejected names are never offered again, and what is left of the
name-shaped words becomes suggestions, each with a guess of its kind and why it was made.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from serge_desktop.core.entities.candidates import Candidate, find_candidates, split_candidate
from serge_desktop.core.entities.gazetteer import Gazetteer
from serge_desktop.core.entities.matcher import NameMatch, NameMatcher, without_overlaps
from serge_desktop.core.entities.names import EntityKind, fold_for_matching, name_key

# Why a name was found, from the most to the least trusted.
SOURCES = ("known", "gazetteer", "title", "capitalised")


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A paragraph of the text: its 0-based position and offsets."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A name in the text; ``source`` "known" means it names a confirmed entity."""

    start: int
    end: int
    paragraph: int
    key: str
    surface: str  # the words as the text has them
    kind: EntityKind | None  # the entity's kind when known, else a guess (None: no guess)
    source: str  # one of SOURCES


@dataclass(frozen=True, slots=True)
class KnownNames:
    """What the library already knows: confirmed names (with their kinds) and rejected ones."""

    matcher: NameMatcher
    kinds: Mapping[str, EntityKind]  # alias key -> the kind of its entity
    rejected: Collection[str]  # keys the reader said are not names


def index_article(
    body: str, paragraphs: Sequence[TextSpan], known: KnownNames, gazetteer: Gazetteer | None
) -> list[Occurrence]:
    """Every occurrence of a confirmed or suggested name in ``body``, in text order."""
    lone = gazetteer.names_a_place_alone if gazetteer is not None else None
    candidates: dict[str, Candidate] = {}
    guesses: dict[str, tuple[EntityKind | None, str]] = {}
    for paragraph in paragraphs:
        pending = find_candidates(body, paragraph.start, paragraph.end, accept_lone=lone)
        while pending:
            candidate = pending.pop(0)
            key = name_key(candidate.surface)
            if key in known.rejected:
                pending[:0] = split_candidate(body, candidate)  # names inside a rejected one
                continue
            if key in known.kinds:
                continue
            candidates.setdefault(key, candidate)
            guesses[key] = _better(guesses.get(key), _guess(candidate, gazetteer))
    article = NameMatcher(candidate.surface for candidate in candidates.values())
    folded = fold_for_matching(body)
    occurrences: list[Occurrence] = []
    for paragraph in paragraphs:
        # Known names are listed first, so they win ties against a suggestion of equal length.
        span = (body, paragraph.start, paragraph.end)
        found: list[NameMatch] = known.matcher.find(*span, folded=folded)
        found += article.find(*span, folded=folded)
        for match in without_overlaps(found):
            if match.key in known.rejected:
                continue
            kind: EntityKind | None
            if match.key in known.kinds:
                kind, source = known.kinds[match.key], "known"
            else:
                kind, source = guesses.get(match.key, (None, "capitalised"))
            surface = body[match.start : match.end]
            occurrences.append(
                Occurrence(
                    match.start, match.end, paragraph.index, match.key, surface, kind, source
                )
            )
    return occurrences


def _guess(candidate: Candidate, gazetteer: Gazetteer | None) -> tuple[EntityKind | None, str]:
    if gazetteer is not None and gazetteer.lookup(candidate.surface) is not None:
        return EntityKind.PLACE, "gazetteer"
    return candidate.kind, candidate.source


def _better(
    old: tuple[EntityKind | None, str] | None, new: tuple[EntityKind | None, str]
) -> tuple[EntityKind | None, str]:
    """The guess from the more trusted source; a guess of a kind beats none."""
    if old is None:
        return new
    if (old[0] is None) != (new[0] is None):
        return old if old[0] is not None else new
    return old if SOURCES.index(old[1]) <= SOURCES.index(new[1]) else new
