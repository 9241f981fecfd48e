"""Split an article's body into sentences, with offsets, the way its language punctuates.

English sentences end at . ? or ! (and closing quotes) before a capital or an opening quote.
French adds « guillemets » (often with a space inside them), the ellipsis, capitals with accents,
the dialogue dash, and abbreviations whose full stop ends no sentence: "M. Dupont", "Mme",
"av. J.-C.", "au XIXe s.", "p. 12", and an initial ("V. Serge").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from serge_desktop.core.languages import Language

_FRENCH_CAPITALS = "A-ZÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸ"


@dataclass(frozen=True, slots=True)
class SentenceRules:
    """Where a language's sentences end, and the abbreviations whose full stop ends none."""

    end: re.Pattern[str]
    abbreviations: frozenset[str] = frozenset()
    initials: bool = False  # a single capital before a full stop is an initial ("V. Serge")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Requiring the capital keeps "c. 1936" and "No. 1929" in one sentence.
ENGLISH_SENTENCES = SentenceRules(re.compile(r"[.?!][\"”’')]*\s+(?=[A-Z“\"‘'])|\n\s*\n"))
FRENCH_SENTENCES = SentenceRules(
    re.compile(
        r"(?:[.?!…]+(?:[\s\u00a0\u202f]*[»”\"’')])*\s+"
        rf"(?=[«“\"‘'—–]|[{_FRENCH_CAPITALS}])|\n\s*\n)"
    ),
    abbreviations=_words(
        "M MM Mme Mmes Mlle Mlles Mgr Me Dr Pr St Ste av apr env ca cf p pp s ss t chap éd "
        "coll trad fig op ibid n no"
    ),
    initials=True,
)
_RULES = {Language.ENGLISH: ENGLISH_SENTENCES, Language.FRENCH: FRENCH_SENTENCES}
_LAST_WORD = re.compile(r"(\w+)$")


def split_sentences(body: str, language: Language = Language.ENGLISH) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``body``, without surrounding whitespace."""
    rules = _RULES[language]
    spans: list[tuple[int, int]] = []
    start = 0
    for match in rules.end.finditer(body):
        if match.group().startswith(".") and _abbreviated(body, match.start(), rules):
            continue
        # Keep the full stop (and closing quotes) with its sentence; drop the whitespace.
        end = match.start() + len(match.group().rstrip())
        _add_span(body, start, end, spans)
        start = match.end()
    _add_span(body, start, len(body), spans)
    return spans


def _abbreviated(body: str, stop: int, rules: SentenceRules) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial."""
    word = _LAST_WORD.search(body, max(0, stop - 12), stop)
    if word is None:
        return False
    text = word.group()
    return text in rules.abbreviations or (rules.initials and len(text) == 1 and text.isupper())


def _add_span(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    text = body[start:end]
    stripped = text.strip()
    if stripped:
        lead = len(text) - len(text.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
