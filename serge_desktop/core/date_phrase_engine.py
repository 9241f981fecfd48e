"""The one engine that reads date phrases, whatever the language: rules, lexicon, context.

A language gives a table (``PhraseRules``): regular expressions whose named groups follow the
conventions below, each with the builder that turns a match into EDTF, and a ``Lexicon`` that
says what its words mean. ``core.english_date_phrases`` and ``core.french_date_phrases`` are the
two tables; everything else (choosing among overlapping readings, the context that "that year"
leans on, guesses, dates from well-known events) is here, once.

Named groups: ``y`` a year, ``y2`` a range's end, ``m`` a month name, ``day`` a day ("3",
"1er"), ``d`` a decade's first three digits, ``part`` early/mid/late, ``season``, ``c`` a century
(roman or arabic), ``which`` a year relative to the context, ``n`` and ``unit`` a duration,
``dir`` before/after and ``what`` the well-known event named; ``span`` marks the words a phrase
covers when the match takes more.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from serge_desktop.core.date_shapes import SEASON_MONTHS, YEAR_THIRDS, Part, Season, winter_edtf
from serge_desktop.core.errors import SergeError
from serge_desktop.core.fuzzy_date import OPEN_START, FuzzyDate, FuzzyDateError, parse_edtf
from serge_desktop.core.historical_events import HistoricalEvent, historical_event_in

YEAR = r"(?P<y>1[0-9]{3}|20[0-9]{2})"
# "early", "mid" and "late" thirds of a decade, as (first, last) year digits; documented bounds.
_DECADE_THIRDS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


class DatePhraseError(SergeError):
    """Text that should be a date (the event editor's date field) is not one we can read."""


@dataclass(frozen=True, slots=True)
class DatePhrase:
    """A date read from words: the words themselves, where they are, and the EDTF reading."""

    text: str
    start: int
    end: int
    edtf: str
    date: FuzzyDate
    # A guess from text order ("shortly before" an undated event), not a date the words state.
    guessed: bool = False
    # Read from a well-known event the words name ("shortly before Stalin unleashed a bloody
    # purge"): the date comes from outside the text, and this says where from.
    outside_note: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What a language's words mean to the builders; keys are as ``word_key`` gives them."""

    months: Mapping[str, int]
    numbers: Mapping[str, int]  # "four" -> 4, "a" -> 1
    parts: Mapping[str, Part]  # "early", "début" -> "early"; "fin" -> "late"
    seasons: Mapping[str, Season]  # "printemps" -> "spring"
    year_steps: Mapping[str, int]  # "that" -> 0, "the following" -> 1
    year_units: frozenset[str]  # "year", "ans": a duration in years (else in months)
    before: frozenset[str]  # "before", "avant": the direction of "shortly before"
    events: tuple[HistoricalEvent, ...]


# A builder turns a match (and the date the text last gave, if any) into EDTF, or None.
Builder = Callable[[re.Match[str], FuzzyDate | None, Lexicon], str | None]


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    build: Builder
    # "shortly before ...": read from a year or a named event, else a guess from the context.
    relative: bool = False


@dataclass(frozen=True, slots=True)
class PhraseRules:
    """One language's rules, earlier rules winning ties, and what its words mean."""

    rules: tuple[Rule, ...]
    lexicon: Lexicon


def word_key(words: str) -> str:
    """Words as a lexicon knows them: folded case, one space, a straight apostrophe.

    Hyphens count as spaces ("cette année-là", "dix-sept") and nothing follows an apostrophe.
    """
    spaced = " ".join(words.casefold().replace("’", "'").replace("-", " ").split())
    return spaced.replace("' ", "'")


def find_phrases(text: str, context: FuzzyDate | None, table: PhraseRules) -> list[DatePhrase]:
    """Every date phrase of ``table``'s language in ``text``, in order (see find_date_phrases)."""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for index, rule in enumerate(table.rules):
        for match in rule.pattern.finditer(text):
            start, end = match.span("span") if "span" in rule.pattern.groupindex else match.span()
            candidates.append((start, -(end - start), index, match))
    # Leftmost, then longest, then the earlier rule wins; overlapping readings are dropped.
    candidates.sort(key=lambda c: c[:3])
    phrases: list[DatePhrase] = []
    taken_to = 0
    for start, negative_length, index, match in candidates:
        end = start - negative_length
        if start < taken_to:
            continue
        rule = table.rules[index]
        edtf = rule.build(match, context, table.lexicon)
        if edtf is None:
            continue
        try:
            fuzzy = parse_edtf(edtf)
        except FuzzyDateError:
            continue  # e.g. "between 1950 and 1920": not a date, so not a phrase
        relative = rule.relative and match.group("y") is None
        named = _named_event(match, table.lexicon) if relative else None
        guessed = relative and named is None
        outside = named.note if named is not None else None
        phrases.append(DatePhrase(text[start:end], start, end, edtf, fuzzy, guessed, outside))
        taken_to = end
        if not guessed:
            context = fuzzy
    return phrases


def read_whole(text: str, context: FuzzyDate | None, table: PhraseRules) -> DatePhrase | None:
    """All of ``text`` as one phrase of ``table``'s language (or EDTF), else None."""
    # EDTF first, with only the spaces around it trimmed: its open ends are dots ("../1936",
    # "1933/.."), which the trimming of a phrase's punctuation below would cut to "/1936", an
    # unknown start rather than an open one.
    edtf = text.strip()
    with contextlib.suppress(FuzzyDateError):  # not EDTF: perhaps a phrase
        fuzzy = parse_edtf(edtf)
        offset = text.find(edtf)
        return DatePhrase(edtf, offset, offset + len(edtf), fuzzy.edtf, fuzzy)
    words = text.strip(" \t\n.,;")
    offset = text.find(words) if words else 0
    phrases = find_phrases(words, context, table)
    if len(phrases) == 1 and phrases[0].text == words:
        found = phrases[0]
        return DatePhrase(
            found.text, offset, offset + len(words), found.edtf, found.date, found.guessed,
            found.outside_note,
        )  # fmt: skip
    return None


def _named_event(match: re.Match[str], lexicon: Lexicon) -> HistoricalEvent | None:
    return historical_event_in(match.group("what") or "", lexicon.events)


# --- Builders, shared by every language's table.


def year_of(match: re.Match[str]) -> int:
    return int(match.group("y"))


def month_of(match: re.Match[str], lexicon: Lexicon) -> int:
    return lexicon.months[word_key(match.group("m"))]


def build_year(match: re.Match[str], _: FuzzyDate | None, __: Lexicon) -> str:
    return f"{year_of(match):04d}"


def build_about(match: re.Match[str], _: FuzzyDate | None, __: Lexicon) -> str:
    return f"{year_of(match):04d}~"


def build_before(match: re.Match[str], _: FuzzyDate | None, __: Lexicon) -> str:
    return f"../{year_of(match):04d}"


def build_after(match: re.Match[str], _: FuzzyDate | None, __: Lexicon) -> str:
    return f"{year_of(match):04d}/.."


def build_month(match: re.Match[str], _: FuzzyDate | None, lexicon: Lexicon) -> str:
    return f"{year_of(match):04d}-{month_of(match, lexicon):02d}"


def build_day(match: re.Match[str], _: FuzzyDate | None, lexicon: Lexicon) -> str:
    day = int(re.sub(r"[^0-9]", "", match.group("day")))  # "3", "1er"
    return f"{year_of(match):04d}-{month_of(match, lexicon):02d}-{day:02d}"


def build_range(match: re.Match[str], _: FuzzyDate | None, __: Lexicon) -> str:
    end = match.group("y2")
    # "1936–38" means 1938: the missing century comes from the first year.
    end_year = int(match.group("y")[:2] + end) if len(end) == 2 else int(end)
    return f"{year_of(match):04d}/{end_year:04d}"


def build_decade(match: re.Match[str], _: FuzzyDate | None, lexicon: Lexicon) -> str:
    decade = int(match.group("d")) * 10
    part = match.group("part")
    if part is None:
        return f"{decade // 10:03d}X"
    first, last = _DECADE_THIRDS[lexicon.parts[word_key(part)]]
    return f"{decade + first:04d}~/{decade + last:04d}~"


def build_year_part(match: re.Match[str], _: FuzzyDate | None, lexicon: Lexicon) -> str:
    """A third of the year ("late 1947", "à la fin de 1947"), its months approximate."""
    first, last = YEAR_THIRDS[lexicon.parts[word_key(match.group("part"))]]
    year = year_of(match)
    return f"{year:04d}-{first}~/{year:04d}-{last}~"


def build_season(match: re.Match[str], _: FuzzyDate | None, lexicon: Lexicon) -> str:
    season = lexicon.seasons[word_key(match.group("season"))]
    year = year_of(match)
    if season == "winter":
        return winter_edtf(year)
    first, last = SEASON_MONTHS[season]
    return f"{year:04d}-{first}~/{year:04d}-{last}~"


def build_century(match: re.Match[str], _: FuzzyDate | None, __: Lexicon) -> str | None:
    """A century ("au XXe siècle", "in the 20th century" are 19XX)."""
    written = match.group("c")
    number = int(written) if written.isdigit() else _roman(written)
    if number is None or not 2 <= number <= 100:
        return None  # the first century has no EDTF year to start from (no year 0)
    return f"{number - 1:02d}XX"


def _roman(text: str) -> int | None:
    values = [_ROMAN[letter] for letter in text.upper() if letter in _ROMAN]
    if len(values) != len(text):
        return None
    # A numeral smaller than the next one is taken away from it: IX is 9, XIX is 19.
    signed = [-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True)]
    return sum(signed) if sum(signed) > 0 else None


def anchor(context: FuzzyDate | None) -> tuple[int, int] | None:
    """(year, month) where a relative phrase starts: the context's start, else its known end."""
    if context is None:
        return None
    day = context.latest if context.earliest == OPEN_START else context.earliest
    return day.year, day.month


def _qualifier(context: FuzzyDate) -> str:
    if context.approximate and context.uncertain:
        return "%"
    return "~" if context.approximate else "?" if context.uncertain else ""


def build_that_month(
    match: re.Match[str], context: FuzzyDate | None, lexicon: Lexicon
) -> str | None:
    start = anchor(context)
    return None if start is None else f"{start[0]:04d}-{month_of(match, lexicon):02d}"


def build_that_year(
    match: re.Match[str], context: FuzzyDate | None, lexicon: Lexicon
) -> str | None:
    start = anchor(context)
    if start is None:
        return None
    return f"{start[0] + lexicon.year_steps[word_key(match.group('which'))]:04d}"


def build_duration(match: re.Match[str], context: FuzzyDate | None, lexicon: Lexicon) -> str | None:
    # A duration is a period that starts where the text last was: "the early 1920s ... He spent
    # four years" runs from the context's start (1920~) for four years. It inherits the
    # context's approximate/uncertain flags, since its start is only as good as the context.
    start = anchor(context)
    if start is None or context is None:
        return None
    word = word_key(match.group("n"))
    count = int(word) if word.isdigit() else lexicon.numbers[word]
    q = _qualifier(context)
    year, month = start
    if word_key(match.group("unit")) in lexicon.year_units:
        return f"{year:04d}{q}/{year + count:04d}{q}"
    end_year, end_month = divmod(month - 1 + count, 12)
    return f"{year:04d}-{month:02d}{q}/{year + end_year:04d}-{end_month + 1:02d}{q}"


def build_relative(match: re.Match[str], context: FuzzyDate | None, lexicon: Lexicon) -> str | None:
    before = word_key(match.group("dir")) in lexicon.before
    if match.group("y") is not None:
        return _shortly(match.group("y"), before=before)
    named = _named_event(match, lexicon)
    if named is not None:
        # The sentence says what it comes shortly before (or after): that event's date, not
        # the date the text last gave, which may lie years earlier.
        first, _, last = named.edtf.partition("/")
        return _shortly(first if before else last or first, before=before)
    # No date to lean on: the event comes after what the text last dated, and that is a guess.
    if context is None or context.latest.year >= 9999:
        return None
    return f"{context.latest.year:04d}?/.."


def _shortly(when: str, *, before: bool) -> str:
    """The year up to (or from) ``when``, at its precision ("1936-08" gives 1935-08 to 1936-08)."""
    year, rest = int(when[:4]), when[4:]
    other = f"{year - 1 if before else year + 1:04d}{rest}"
    with contextlib.suppress(FuzzyDateError):  # 29 February has no twin a year away
        parse_edtf(other)
        return f"{other}~/{when}~" if before else f"{when}~/{other}~"
    return f"{year - 1:04d}~/{year:04d}~" if before else f"{year:04d}~/{year + 1:04d}~"
