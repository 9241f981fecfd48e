"""Names found by their shape: runs of capitalised words outside sentence starts, and titles.

Nothing here knows any name: these are the reader's suggestions when no gazetteer, sidecar or
earlier decision knows the words. A capitalised word at the start of a sentence says nothing
(every sentence starts with one), so a lone one is skipped; the same word elsewhere in the text
makes it a candidate, and the matcher then finds it at sentence starts too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from serge_desktop.core.entities.cue_words import (
    ARTICLES,
    CONNECTORS,
    FUNCTION_WORDS,
    IDEA_SUFFIXES,
    MONTHS_AND_DAYS,
    ORGANISATION_CUES,
    TITLES,
    WORK_CUES,
)
from serge_desktop.core.entities.names import EntityKind, starts_upper

# A word: a letter, then letters, digits or marks, with apostrophes or hyphens inside
# ("Saint-Pétersbourg", "O’Brien", "Trotsky’s").
_WORD = re.compile(r"[^\W\d_]\w*(?:['’\-‐]\w+)*")
_POSSESSIVE = ("’s", "'s")
# French elision before a name: "d’Orléans", "l’Humanité" (the name is what follows).
_ELISION = re.compile(r"^[cdjlmnst]['’](?=[^\W\d_])")
_SENTENCE_END = frozenset(".!?…:")
# Lower-case words that matter around names: joining words and titles ("comrade Tulayev").
_SIGNIFICANT = CONNECTORS | ARTICLES | TITLES
_OPENERS = frozenset('“"‘«([{')


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of ``text`` that may be a name, with what its shape suggests it is."""

    start: int
    end: int
    surface: str
    kind: EntityKind | None  # a guess; None when the shape says nothing
    source: str  # "title" (after an honorific) or "capitalised"


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    sentence_start: bool
    joined: bool  # only spaces since the previous word, which did not end in a possessive


def find_candidates(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    accept_lone: Callable[[str], bool] | None = None,
) -> list[Candidate]:
    """The name-shaped runs of words in ``text[start:end]`` (offsets are into ``text``).

    ``accept_lone`` may still accept a lone capitalised word that opens a sentence (a gazetteer
    that knows "Paris" for sure).
    """
    stop = len(text) if end is None else end
    words = list(_words(text, start, stop))
    found: list[Candidate] = []
    index = 0
    while index < len(words):
        run, index = _run(words, index)
        if run:
            candidate = _candidate(text, words, run, accept_lone)
            if candidate is not None:
                found.append(candidate)
    return found


def _words(text: str, start: int, stop: int) -> Iterator[_Word]:
    """The words that can be part of a name or say something about one, in order.

    Most words of a text are plain lower-case words: they are skipped without a _Word (they
    only break a run), which keeps a long text fast to read.
    """
    previous_end = start
    joinable = False  # the previous word can continue a run (not plain, no possessive)
    for match in _WORD.finditer(text, start, stop):
        word = match.group()
        if not word[0].isupper() and word.lower() not in _SIGNIFICANT and word[1:2] not in "'’":
            previous_end, joinable = match.end(), False
            continue
        word_start, word_end = match.start(), match.end()
        gap = text[previous_end:word_start]
        elision = _ELISION.match(word)
        if elision:
            word_start += elision.end()
            word = word[elision.end() :]
        sentence_start = previous_end == start or _starts_sentence(gap)
        joined = joinable and not elision and gap.strip() == ""
        joinable = True
        for ending in _POSSESSIVE:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                word, word_end, joinable = word[: -len(ending)], word_end - len(ending), False
                break
        previous_end = match.end()
        yield _Word(word_start, word_end, word, sentence_start, joined)


def _starts_sentence(gap: str) -> bool:
    marks = gap.strip()
    return bool(marks) and (marks[-1] in _OPENERS or any(c in _SENTENCE_END for c in marks))


def _run(words: list[_Word], index: int) -> tuple[list[int], int]:
    """The capitalised run starting at ``index`` (word indexes), and where to look next."""
    if not starts_upper(words[index].text):
        return [], index + 1
    run = [index]
    pending: list[int] = []  # connectors seen since the last capitalised word
    at = index + 1
    while at < len(words) and words[at].joined:
        word = words[at].text
        lowered = word.casefold()
        if starts_upper(word):
            run += [*pending, at]
            pending = []
        elif lowered in CONNECTORS and not pending:
            # "the Independent Labour Party of Fenner Brockway": an organisation's name ends
            # at its cue word; what follows "of" is someone else.
            if words[run[-1]].text.casefold() in ORGANISATION_CUES:
                break
            pending.append(at)
        elif lowered in ARTICLES and pending and words[pending[-1]].text.casefold() in CONNECTORS:
            pending.append(at)
        else:
            break
        at += 1
    return run, run[-1] + 1


def _candidate(
    text: str, words: list[_Word], run: list[int], accept_lone: Callable[[str], bool] | None
) -> Candidate | None:
    first = words[run[0]]
    if first.sentence_start:
        # "In January", "When the Nazis…": the sentence's own first word is not part of a name.
        while run and words[run[0]].text.casefold() in FUNCTION_WORDS | CONNECTORS | ARTICLES:
            run = run[1:]
        if not run:
            return None
        lone = words[run[0]]
        sure = accept_lone is not None and accept_lone(lone.text)
        if len(run) == 1 and lone.sentence_start and not sure:
            return None
    lowered = [words[i].text.casefold() for i in run]
    if len(run) == 1 and _not_a_name(words[run[0]].text):
        return None
    if all(word in MONTHS_AND_DAYS | FUNCTION_WORDS for word in lowered):
        return None
    start, end = words[run[0]].start, words[run[-1]].end
    kind, source = _guess(words, run, lowered)
    return Candidate(start, end, text[start:end], kind, source)


def _not_a_name(word: str) -> bool:
    lowered = word.casefold()
    return (
        len(word) < 2
        or lowered in MONTHS_AND_DAYS
        or lowered in FUNCTION_WORDS
        or lowered.endswith(IDEA_SUFFIXES)
    )


def _guess(words: list[_Word], run: list[int], lowered: list[str]) -> tuple[EntityKind | None, str]:
    before = words[run[0] - 1] if run[0] > 0 and words[run[0]].joined else None
    if (before is not None and before.text.casefold() in TITLES) or (
        len(run) > 1 and lowered[0] in TITLES
    ):
        return EntityKind.PERSON, "title"
    if lowered[-1] in ORGANISATION_CUES or (len(run) > 1 and lowered[0] in ORGANISATION_CUES):
        return EntityKind.ORGANISATION, "capitalised"
    if len(run) >= 3 and lowered[0] in WORK_CUES and CONNECTORS.intersection(lowered[1:]):
        return EntityKind.WORK, "capitalised"
    return None, "capitalised"


def split_candidate(text: str, candidate: Candidate) -> list[Candidate]:
    """The names inside a rejected run, cut at its joining words.

    "The Case of Comrade Tulayev" rejected as a whole may still hold "Comrade Tulayev". The
    joining words become commas (same length, so offsets hold) and the run is read again.
    """
    span = text[candidate.start : candidate.end]
    joiners = CONNECTORS | ARTICLES
    masked = _WORD.sub(
        lambda word: (
            "," * len(word.group()) if word.group().casefold() in joiners else word.group()
        ),
        span,
    )
    if masked == span:
        return []
    rewritten = text[: candidate.start] + masked + text[candidate.end :]
    return [
        piece
        for piece in find_candidates(rewritten, candidate.start, candidate.end)
        if piece.surface.casefold() not in FUNCTION_WORDS
    ]
