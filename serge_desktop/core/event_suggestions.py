"""Propose timeline events from an article's dated sentences, with the sentence as evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from serge_desktop.core.date_phrases import DatePhrase, find_date_phrases
from serge_desktop.core.fuzzy_date import FuzzyDate

LABEL_WORDS = 6
# A sentence ends at . ? or ! (and any closing quotes) before a capital or an opening quote, or
# at a paragraph break. Requiring the capital keeps "c. 1936" and "No. 1929" in one sentence.
_SENTENCE_END = re.compile(r"[.?!][\"”’')]*\s+(?=[A-Z“\"‘'])|\n\s*\n")
# Clauses are where a label comes from: commas, semicolons, colons, dashes and brackets.
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s")
_WORD = re.compile(r"[\w’'-]+")
# Words that start a subordinate clause or end a cut-off one; a label reads better without them.
_LEADING = {"and", "but", "once", "when", "while", "though", "although", "since", "as", "so"}
_TRAILING = {"that", "and", "of", "the", "to", "in", "a", "an", "by", "for", "with", "at", "on"}
_RELATIVE_WORDS = ("shortly", "just", "soon", "not long")
_PRONOUNS = {"he", "she", "they", "we", "i", "it"}


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


def split_sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``body``, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(body):
        # Keep the full stop (and closing quotes) with its sentence; drop the whitespace.
        end = match.start() + len(match.group().rstrip())
        _add_span(body, start, end, spans)
        start = match.end()
    _add_span(body, start, len(body), spans)
    return spans


def _add_span(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    text = body[start:end]
    stripped = text.strip()
    if stripped:
        lead = len(text) - len(text.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def suggest_events(body: str) -> list[SuggestedEvent]:
    """One suggestion per date phrase, in text order; "that year" reads the previous date."""
    suggestions: list[SuggestedEvent] = []
    context: FuzzyDate | None = None
    for start, end in split_sentences(body):
        sentence = body[start:end]
        phrases = find_date_phrases(sentence, context)
        for phrase in phrases:
            suggestions.append(
                SuggestedEvent(
                    date_edtf=phrase.edtf,
                    date_text=phrase.text,
                    date=phrase.date,
                    label=draft_label(sentence, phrase),
                    evidence=sentence,
                    start=start,
                    end=end,
                    guessed=phrase.guessed,
                )
            )
            if not phrase.guessed:
                context = phrase.date
    return suggestions


def draft_label(sentence: str, phrase: DatePhrase) -> str:
    """A few words from the clause around the date, without the date's own words."""
    clauses = _clauses(sentence)
    home = _clause_at(clauses, phrase.start)
    # A phrase may cross a clause break ("May 3, 1919"), so its right side ends with its own clause.
    right_end = clauses[_clause_at(clauses, max(phrase.end - 1, phrase.start))][1]
    left = sentence[clauses[home][0] : phrase.start]
    right = sentence[phrase.end : max(right_end, phrase.end)]
    # After "shortly before" comes the other event, not this one: keep only what precedes it.
    relative = phrase.text.lower().startswith(_RELATIVE_WORDS)
    words = _trim(_words(left) if relative else _words(left) + _words(right))
    if len(words) < 2:
        # The clause was only the date ("In 1947, ... he died"): use a clause with a subject.
        others = [_trim(_words(sentence[s:e])) for i, (s, e) in enumerate(clauses) if i != home]
        with_subject = [w for w in others if w and w[0].lower() in _PRONOUNS]
        fallback = with_subject or [w for w in others if w]
        if fallback:
            words = fallback[0]
    if not words:
        return phrase.text
    label = " ".join(_trim(words[:LABEL_WORDS]) or words[:LABEL_WORDS])
    return label[0].upper() + label[1:]


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


def _trim(words: list[str]) -> list[str]:
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]
    return words
