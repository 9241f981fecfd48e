"""French date phrases ("en mai de la même année", "au XXe siècle"): the rule table for French.

Each reading gives the EDTF that the English table gives for the same words in English: "vers
1936" and "about 1936" are both 1936~, "pendant quatre ans" and "for four years" both a period
from the date the text last gave.
"""

from __future__ import annotations

import re

from serge_desktop.core.date_phrase_engine import (
    YEAR,
    Lexicon,
    PhraseRules,
    Rule,
    build_about,
    build_after,
    build_before,
    build_century,
    build_day,
    build_decade,
    build_duration,
    build_month,
    build_range,
    build_relative,
    build_season,
    build_that_month,
    build_that_year,
    build_year,
    build_year_part,
)
from serge_desktop.core.french_date_words import FRENCH_MONTHS
from serge_desktop.core.french_historical_events import FRENCH_HISTORICAL_EVENTS
from serge_desktop.core.historical_events import any_event

_A = r"['’]\s*"  # an apostrophe, straight or curly: "l'année", "jusqu’en"
_MONTHS = {name: number for number, name in enumerate(FRENCH_MONTHS, 1)} | {
    "fevrier": 2,
    "aout": 8,
    "decembre": 12,
}
_MONTH = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "vingt": 20,
}
_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True))
FRENCH_LEXICON = Lexicon(
    months=_MONTHS,
    numbers={name.replace("-", " "): value for name, value in _NUMBERS.items()},
    parts={"début": "early", "milieu": "mid", "mi": "mid", "fin": "late"},
    seasons={"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"},
    year_steps={
        "cette année": 0,
        "cette année là": 0,
        "cette même année": 0,
        "la même année": 0,
        "l'année suivante": 1,
        "l'année d'après": 1,
        "l'année précédente": -1,
        "l'année d'avant": -1,
    },
    year_units=frozenset({"an", "ans", "année", "années"}),
    before=frozenset({"avant"}),
    events=FRENCH_HISTORICAL_EVENTS,
)
# "en", "durant" …: the little words before a date that belong to the phrase.
_EN = r"(?:\b(?:en|durant|pendant)\s+)?"
_THAT_YEAR = (
    rf"cette\s+(?:même\s+)?année(?:[-\s]là)?|la\s+même\s+année"
    rf"|l{_A}année\s+(?:suivante|précédente|d{_A}après|d{_A}avant)"
)
FRENCH_RULES = PhraseRules(
    rules=(
        Rule(
            re.compile(
                r"\b(?:peu|juste|bien\s+peu|peu\s+de\s+temps|quelque\s+temps)"
                r"\s+(?P<dir>avant|après)\b"
                rf"(?:\s+(?:en\s+)?{YEAR}\b"
                # ... or the well-known event it names, within its clause.
                rf"|\s+(?P<what>[^.;:!?()—–«»]{{0,60}}?(?:{any_event(FRENCH_HISTORICAL_EVENTS)})))?",
                re.I,
            ),
            build_relative,
            relative=True,
        ),
        Rule(
            re.compile(
                rf"\b(?:de|entre)\s+{YEAR}\s+(?:à|et|jusqu{_A}en)\s+(?P<y2>[0-9]{{4}})\b", re.I
            ),
            build_range,
        ),
        Rule(
            re.compile(rf"{_EN}\b{YEAR}\s*[–-]\s*(?P<y2>[0-9]{{2}}|[0-9]{{4}})\b", re.I),
            build_range,
        ),
        Rule(
            re.compile(
                rf"(?:\b(?:le|du|au)\s+)?\b(?P<day>[0-9]{{1,2}}|1er)\s+{_MONTH}\s+{YEAR}\b", re.I
            ),
            build_day,
        ),
        Rule(
            re.compile(
                rf"(?:\b(?:en|courant)\s+|\bau\s+mois\s+(?:de\s+|d{_A}))?"
                rf"\b{_MONTH}\s+(?:de\s+l{_A}année\s+|de\s+)?{YEAR}\b",
                re.I,
            ),
            build_month,
        ),
        Rule(
            re.compile(
                rf"(?:\ben\s+|\bau\s+mois\s+(?:de\s+|d{_A}))?"
                rf"\b{_MONTH}\s+(?:de\s+)?(?:{_THAT_YEAR})",
                re.I,
            ),
            build_that_month,
        ),
        Rule(
            re.compile(
                rf"(?:\b(?:en|dans|durant|pendant)\s+|\bau\s+cours\s+de\s+)?\b(?P<which>{_THAT_YEAR})",
                re.I,
            ),
            build_that_year,
        ),
        Rule(
            re.compile(
                r"(?:\b(?:dans|durant|pendant)\s+|\bau\s+cours\s+)?"
                r"(?:(?:\bau\s+|\bà\s+la\s+|\bdu\s+|\bde\s+la\s+|\bla\s+|\ble\s+)?"
                r"\b(?P<part>début|milieu|fin)\s+)?"
                r"(?:\b(?:les|des|aux)\s+)?\bannées\s+(?P<d>1[0-9]{2}|20[0-9])0\b",
                re.I,
            ),
            build_decade,
        ),
        Rule(
            re.compile(
                r"(?:\b(?:au|à\s+la|du|de\s+la)\s+)?\b(?P<part>début|milieu|fin)\s+"
                rf"(?:de\s+l{_A}année\s+|de\s+|d{_A})?{YEAR}\b",
                re.I,
            ),
            build_year_part,
        ),
        Rule(re.compile(rf"(?:\bà\s+la\s+)?\b(?P<part>mi)-{YEAR}\b", re.I), build_year_part),
        Rule(
            re.compile(
                r"(?:\b(?:au|en|à|durant|pendant)\s+)?"
                rf"(?:\bl{_A})?\b(?P<season>printemps|été|automne|hiver)\s+"
                rf"(?:de\s+l{_A}année\s+|de\s+)?{YEAR}\b",
                re.I,
            ),
            build_season,
        ),
        # "au XXe siècle" is a time; "les écrivains du XXe siècle" is not an event.
        Rule(
            re.compile(
                r"\b(?:au|durant\s+le|pendant\s+le|tout\s+au\s+long\s+du)\s+"
                r"(?P<c>(?-i:[IVXLC]+)|[0-9]{1,2})"
                r"(?:e|ᵉ|ème|eme)\s+(?:siècle\b|s\.)",
                re.I,
            ),
            build_century,
        ),
        Rule(
            re.compile(
                rf"{_EN}(?:\bvers|\baux\s+alentours\s+de|\bautour\s+de|\benviron|\bcirca"
                rf"|\bca\.|\bc\.)\s*{YEAR}\b",
                re.I,
            ),
            build_about,
        ),
        Rule(re.compile(rf"(?:\ben\s+)?\b{YEAR}\s+environ\b", re.I), build_about),
        Rule(
            re.compile(
                rf"\b(?:avant|jusqu{_A}(?:en|à)|au\s+plus\s+tard\s+en|d{_A}ici)\s+{YEAR}\b", re.I
            ),
            build_before,
        ),
        Rule(
            re.compile(
                rf"\b(?:après|depuis|dès|à\s+partir\s+de|à\s+compter\s+de)\s+{YEAR}\b", re.I
            ),
            build_after,
        ),
        Rule(
            re.compile(
                r"\b(?:pendant|durant|passe|passa|passé|passèrent|passent|resta|reste|resté"
                r"|restèrent|dura|dure|duré)\s+(?:(?:près\s+de|environ|presque|plus\s+de)\s+)?"
                rf"(?P<span>(?P<n>{_NUMBER}|[0-9]{{1,2}})\s+(?P<unit>ans?|années?|mois))\b",
                re.I,
            ),
            build_duration,
        ),
        # A bare year last; "n° 1929" is a number and "p. 1936" a page, not dates.
        Rule(
            re.compile(
                rf"(?:\b(?:en|durant|pendant|de|dans)\s+|\bl{_A}an\s+|\bl{_A}année\s+)?"
                r"(?<!n°)(?<!n°\s)(?<!no\s)(?<!no\.\s)(?<!p\.\s)(?<!pp\.\s)(?<!numéro\s)(?<!#)"
                rf"\b{YEAR}\b",
                re.I,
            ),
            build_year,
        ),
    ),
    lexicon=FRENCH_LEXICON,
)
