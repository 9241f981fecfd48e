"""Propose timeline events from an article's dated sentences, with the sentence as evidence.

The article's language decides how sentences end (``core.sentence_splitting``), which date
phrases are read (``core.date_phrases``) and which little words a drafted label leaves out
(``core.label_words``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from serge_desktop.core.date_phrases import DatePhrase, find_date_phrases
from serge_desktop.core.fuzzy_date import FuzzyDate
from serge_desktop.core.label_words import LABEL_WORDS, LabelWords
from serge_desktop.core.languages import Language
from serge_desktop.core.sentence_splitting import split_sentences

__all__ = [
    "LABEL_CHARS",
    "PassageDraft",
    "SuggestedEvent",
    "draft_for_passage",
    "draft_label",
    "split_sentences",
    "suggest_events",
]

LABEL_CHARS = 60  # a title that fits on the timeline; cut on a word boundary
# Clauses are where a label comes from: commas, semicolons, colons, dashes and brackets.
_CLAUSE_BREAK = re.compile(r"[,;:—–()«»]|\s-\s")
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True, slots=True)
class SuggestedEvent:
    """An event the reader may accept, edit or dismiss; offsets are into the article body."""

    date_edtf: str
    date_text: str
    date: FuzzyDate
    label: str
    evidence: str
    start: int
    end: int
    guessed: bool = False
    # The date comes from outside the article (a well-known event the sentence names), and
    # ``description`` says where from: accepting the suggestion keeps both with the event.
    is_context: bool = False
    description: str = ""


def suggest_events(body: str, language: Language = Language.ENGLISH) -> list[SuggestedEvent]:
    """One suggestion per date phrase, in text order; "that year" reads the previous date."""
    suggestions: list[SuggestedEvent] = []
    context: FuzzyDate | None = None
    for start, end in split_sentences(body, language):
        sentence = body[start:end]
        phrases = find_date_phrases(sentence, context, language)
        for phrase in phrases:
            suggestions.append(
                SuggestedEvent(
                    date_edtf=phrase.edtf,
                    date_text=phrase.text,
                    date=phrase.date,
                    label=draft_label(sentence, phrase, language),
                    evidence=sentence,
                    start=start,
                    end=end,
                    guessed=phrase.guessed,
                    is_context=phrase.outside_note is not None,
                    description=phrase.outside_note or "",
                )
            )
            if not phrase.guessed:
                context = phrase.date
    return suggestions


def draft_label(sentence: str, phrase: DatePhrase, language: Language = Language.ENGLISH) -> str:
    """A short event title from the clause around the date, without the date's own words.

    "In the early 1920s he realised that, unless the revolution spread across Europe, it would
    be crushed" gives "He realised that unless the revolution spread across Europe": a clause
    cut short at its first comma carries on into the next ones, up to LABEL_CHARS.
    """
    words_of = LABEL_WORDS[language]
    clauses = _clauses(sentence)
    home = _clause_at(clauses, phrase.start)
    # A phrase may cross a clause break ("May 3, 1919"), so its right side ends with its own clause.
    right_end = clauses[_clause_at(clauses, max(phrase.end - 1, phrase.start))][1]
    left = _words(sentence[clauses[home][0] : phrase.start])
    if language == Language.FRENCH:
        left = _restriction_lifted(left)
    trim = _trimmer(words_of)
    right = sentence[phrase.end : max(right_end, phrase.end)]
    # "He spent four years in Germany": a duration is part of what happened, so it stays.
    own = _words(phrase.text) if words_of.duration.fullmatch(phrase.text) else []
    # After "shortly before" comes the other event, not this one: keep only what precedes it.
    relative = phrase.text.lower().startswith(words_of.relative)
    words = trim(left if relative else left + own + _words(right))
    if 0 < len(words) < 3 and not relative:
        # "He realised that," is a subject and a verb without their object: read on.
        words = trim(left + own + _words(sentence[phrase.end :])) or words
    if len(words) < 2:
        # The clause was only the date ("In 1947, ... he died"): use a clause with a subject.
        others = [trim(_words(sentence[s:e])) for i, (s, e) in enumerate(clauses) if i != home]
        with_subject = [w for w in others if w and _subject(w[0]) in words_of.pronouns]
        fallback = with_subject or [w for w in others if w]
        if fallback:
            words = fallback[0]
    if not words:
        return phrase.text
    label = " ".join(_shorten(words, trim))
    return label[0].upper() + label[1:]


def _shorten(words: list[str], trim: Callable[[list[str]], list[str]]) -> list[str]:
    """As many words as fit in LABEL_CHARS (at least one), without a dangling "of the"."""
    kept: list[str] = []
    length = -1
    for word in words:
        length += len(word) + 1
        if kept and length > LABEL_CHARS:
            break
        kept.append(word)
    return trim(kept) or kept


def _clauses(sentence: str) -> list[tuple[int, int]]:
    bounds = [0]
    for match in _CLAUSE_BREAK.finditer(sentence):
        bounds += [match.start(), match.end()]
    bounds.append(len(sentence))
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _clause_at(clauses: list[tuple[int, int]], offset: int) -> int:
    return next((i for i, (_, end) in enumerate(clauses) if offset < end), len(clauses) - 1)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _trimmer(words_of: LabelWords) -> Callable[[list[str]], list[str]]:
    """Drops the words that lead into a clause or dangle at the end of a cut-off one."""

    def trim(words: list[str]) -> list[str]:
        while words and words[0].lower() in words_of.leading:
            words = words[1:]
        while words and (words[-1].lower() in words_of.trailing or words[-1][-1] in "'’"):
            words = words[:-1]
        return words

    return trim


def _restriction_lifted(words: list[str]) -> list[str]:
    """The words before a date after "ne … que", without the "ne": it says when, not that not.

    Cut before its date, "il n’arrive à Petrograd qu’en janvier 1919" would say the opposite
    ("Il n’arrive à Petrograd"), so the "ne" goes with the "que": "Il arrive à Petrograd".
    """
    if not words or _subject(words[-1]) not in ("qu", "que"):
        return words
    kept = words[:-1]
    for i, word in enumerate(kept):
        lowered = word.lower()
        if lowered == "ne":
            return kept[:i] + kept[i + 1 :]
        if lowered.startswith(("n’", "n'")) and len(word) > 2:
            return [*kept[:i], word[2:], *kept[i + 1 :]]
    return words


def _subject(word: str) -> str:
    """The pronoun a word starts with: "il", or "j" of "j’étais"."""
    return re.split(r"['’]", word.lower(), maxsplit=1)[0]


@dataclass(frozen=True, slots=True)
class PassageDraft:
    """What "Add to timeline" offers for a passage: the evidence, dates read there, the context.

    ``context`` is the date the text gave last before the passage, for reading "that year".
    """

    start: int
    end: int
    evidence: str
    suggestions: tuple[SuggestedEvent, ...]
    context: FuzzyDate | None


def draft_for_passage(
    body: str, start: int, end: int, language: Language = Language.ENGLISH
) -> PassageDraft:
    """The event a reader's passage offers: a selection (start < end) or the sentence at start.

    Dates come from the sentences the passage touches, read in the order of the whole text as
    ``suggest_events`` reads them, so "In May that year" knows which year.
    """
    sentences = split_sentences(body, language)
    touched = [(s, e) for s, e in sentences if s < max(end, start + 1) and e > start]
    if not touched:  # between sentences (a paragraph break): the next sentence, else the last
        after = [(s, e) for s, e in sentences if s >= start]
        touched = after[:1] or sentences[-1:]
    if not touched:
        return PassageDraft(start, start, "", (), None)
    first, last = touched[0][0], touched[-1][1]
    span = (start, end) if start < end else (first, last)
    found = suggest_events(body, language)
    inside = tuple(s for s in found if first <= s.start and s.end <= last)
    earlier = [s.date for s in found if s.end <= first and not s.guessed]
    return PassageDraft(
        span[0], span[1], body[span[0] : span[1]], inside, earlier[-1] if earlier else None
    )
