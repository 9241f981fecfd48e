"""English date phrases ("in May that year", "the early 1920s"): the rule table for English."""

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
from serge_desktop.core.historical_events import ANY_EVENT, HISTORICAL_EVENTS

# Month names stay case-sensitive so the modal verb "may" is never read as a month.
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH = r"(?-i:(?P<m>" + "|".join(ENGLISH_MONTHS) + r"))"
_NUMBERS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    *("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"),
    *("nineteen", "twenty"),
)
ENGLISH_LEXICON = Lexicon(
    months={name.casefold(): number for number, name in enumerate(ENGLISH_MONTHS, 1)},
    numbers={"a": 1, "an": 1} | {word: number for number, word in enumerate(_NUMBERS, 1)},
    parts={
        "early": "early",
        "beginning": "early",
        "mid": "mid",
        "middle": "mid",
        "late": "late",
        "end": "late",
    },
    seasons={
        "spring": "spring",
        "summer": "summer",
        "autumn": "autumn",
        "fall": "autumn",
        "winter": "winter",
    },
    year_steps={"that": 0, "the following": 1, "the next": 1},
    year_units=frozenset({"year", "years"}),
    before=frozenset({"before"}),
    events=HISTORICAL_EVENTS,
)
_IN = r"(?:\b(?:in|during|on)\s+)?"
ENGLISH_RULES = PhraseRules(
    rules=(
        Rule(
            re.compile(
                r"\b(?:shortly|just|soon|not\s+long)\s+(?P<dir>before|after)\b"
                rf"(?:\s+(?:in\s+)?{YEAR}\b"
                # ... or the well-known event it names, within its clause.
                rf"|\s+(?P<what>[^.;:!?()—–]{{0,60}}?(?:{ANY_EVENT})))?",
                re.I,
            ),
            build_relative,
            relative=True,
        ),
        Rule(
            re.compile(
                rf"\b(?:from|between)\s+{YEAR}\s+(?:to|and|until)\s+(?P<y2>[0-9]{{4}})\b", re.I
            ),
            build_range,
        ),
        Rule(
            re.compile(rf"{_IN}\b{YEAR}\s*[–-]\s*(?P<y2>[0-9]{{2}}|[0-9]{{4}})\b", re.I),
            build_range,
        ),
        Rule(
            re.compile(rf"{_IN}\b(?P<day>[0-9]{{1,2}})\s+{_MONTH},?\s+{YEAR}\b", re.I),
            build_day,
        ),
        Rule(re.compile(rf"{_IN}\b{_MONTH}\s+(?P<day>[0-9]{{1,2}}),\s+{YEAR}\b", re.I), build_day),
        Rule(re.compile(rf"{_IN}\b{_MONTH}\s+(?:of\s+)?{YEAR}\b", re.I), build_month),
        Rule(re.compile(rf"{_IN}\b{_MONTH}\s+(?:of\s+)?that\s+year\b", re.I), build_that_month),
        Rule(
            re.compile(
                r"(?:\b(?:in|during)\s+)?\b(?P<which>that|the\s+following|the\s+next)\s+year\b",
                re.I,
            ),
            build_that_year,
        ),
        Rule(
            re.compile(
                rf"{_IN}\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
                r"(?P<d>1[0-9]{2}|20[0-9])0s\b",
                re.I,
            ),
            build_decade,
        ),
        Rule(
            re.compile(rf"(?:\b(?:in|during)\s+)?\b(?P<part>early|mid|late)[\s-]+{YEAR}\b", re.I),
            build_year_part,
        ),
        Rule(
            re.compile(
                r"(?:\b(?:in|at|during|towards?)\s+)?\bthe\s+(?P<part>beginning|middle|end)\s+of\s+"
                rf"{YEAR}\b",
                re.I,
            ),
            build_year_part,
        ),
        Rule(
            re.compile(
                r"(?:\b(?:in|during)\s+)?(?:\bthe\s+)?"
                rf"\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR}\b",
                re.I,
            ),
            build_season,
        ),
        # "in the 20th century" is a time; "the writers of the 20th century" is not an event.
        Rule(
            re.compile(
                r"\b(?:in|during|throughout)\s+the\s+"
                r"(?P<c>[0-9]{1,2})(?:st|nd|rd|th)[\s-]+century\b",
                re.I,
            ),
            build_century,
        ),
        Rule(
            re.compile(
                rf"{_IN}(?:\bc\.|\bca\.|\b(?:circa|about|around|approximately|roughly))\s*{YEAR}\b",
                re.I,
            ),
            build_about,
        ),
        Rule(re.compile(rf"\b(?:by|before|until|till)\s+{YEAR}\b", re.I), build_before),
        Rule(re.compile(rf"\b(?:after|since|from)\s+{YEAR}\b", re.I), build_after),
        Rule(
            re.compile(
                r"\b(?:spent|spend|spends|spending|for|lasting|lasted)\s+"
                rf"(?P<span>(?P<n>{'|'.join(_NUMBERS)}|a|an|[0-9]{{1,2}})\s+"
                r"(?P<unit>years?|months?))\b",
                re.I,
            ),
            build_duration,
        ),
        # A bare year last; "Issue No. 1929" is a number, not a date.
        Rule(
            re.compile(rf"(?:\b(?:in|during|of)\s+)?(?<!No\. )(?<!no\. )(?<!#)\b{YEAR}\b", re.I),
            build_year,
        ),
    ),
    lexicon=ENGLISH_LEXICON,
)
HINT = "try 'in 1919', 'May 1919', 'the early 1920s', 'about 1936', 'before 1936' or EDTF '1936~'"
