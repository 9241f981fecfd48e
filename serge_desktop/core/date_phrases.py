"""Read date phrases ("in May that year", "au début des années 1920") into EDTF fuzzy dates.

The language decides the rule table (``core.english_date_phrases``, ``core.french_date_phrases``);
``core.date_phrase_engine`` reads with either.
"""

from __future__ import annotations

from serge_desktop.core.date_phrase_engine import (
    DatePhrase,
    DatePhraseError,
    PhraseRules,
    find_phrases,
    read_whole,
)
from serge_desktop.core.english_date_phrases import ENGLISH_RULES, HINT
from serge_desktop.core.french_date_phrases import FRENCH_RULES
from serge_desktop.core.fuzzy_date import FuzzyDate
from serge_desktop.core.languages import Language

__all__ = ["DatePhrase", "DatePhraseError", "find_date_phrases", "read_date_phrase"]

_TABLES: dict[Language, PhraseRules] = {
    Language.ENGLISH: ENGLISH_RULES,
    Language.FRENCH: FRENCH_RULES,
}


def find_date_phrases(
    text: str, context: FuzzyDate | None = None, language: Language = Language.ENGLISH
) -> list[DatePhrase]:
    """Every date phrase in ``text`` in order; ``context`` is the date the text last gave.

    Each phrase read becomes the context for the next ("In January 1919 ... In May that
    year"), except guesses. Phrases that need a context and have none are left out.
    """
    return find_phrases(text, context, _TABLES[language])


def read_date_phrase(
    text: str, context: FuzzyDate | None = None, language: Language = Language.ENGLISH
) -> DatePhrase:
    """Read all of ``text`` as one date (a phrase or EDTF); raise DatePhraseError otherwise.

    What someone types may be in the interface's language rather than the article's, so the
    other languages are tried after ``language``: "vers 1936" is read in an English article too.
    """
    order = [language, *(other for other in Language if other != language)]
    for each in order:
        found = read_whole(text, context, _TABLES[each])
        if found is not None:
            return found
    raise DatePhraseError(f"cannot read {text.strip()[:60]!r} as a date; {HINT}")
