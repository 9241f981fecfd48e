"""Read English date phrases ("in May that year", "the early 1920s") into EDTF fuzzy dates."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from serge_desktop.core.errors import SergeError
from serge_desktop.core.fuzzy_date import OPEN_START, FuzzyDate, FuzzyDateError, parse_edtf
from serge_desktop.core.historical_events import ANY_EVENT, historical_event_in

_YEAR = r"(?P<y>1[0-9]{3}|20[0-9]{2})"
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
_NUMBERS = [
    "a",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
# "early", "mid" and "late" thirds of a decade, as (first, last) year digits; documented bounds.
_DECADE_PARTS = {None: None, "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_HINT = "try 'in 1919', 'May 1919', 'the early 1920s', 'about 1936', 'before 1936' or EDTF '1936~'"


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


# A rule turns a match (and the date the text last gave, if any) into EDTF, or None.
_Build = Callable[[re.Match[str], FuzzyDate | None], str | None]


def _year(match: re.Match[str]) -> int:
    return int(match.group("y"))


def _month(match: re.Match[str]) -> int:
    return ENGLISH_MONTHS.index(match.group("m")) + 1


def _anchor(context: FuzzyDate | None) -> tuple[int, int] | None:
    """(year, month) where a relative phrase starts: the context's start, else its known end."""
    if context is None:
        return None
    day = context.latest if context.earliest == OPEN_START else context.earliest
    return day.year, day.month


def _qualifier(context: FuzzyDate) -> str:
    if context.approximate and context.uncertain:
        return "%"
    return "~" if context.approximate else "?" if context.uncertain else ""


def _decade(match: re.Match[str], _: FuzzyDate | None) -> str:
    decade = int(match.group("d")) * 10
    part = _DECADE_PARTS[match.group("part") and match.group("part").lower()]
    if part is None:
        return f"{decade // 10:03d}X"
    return f"{decade + part[0]:04d}~/{decade + part[1]:04d}~"


def _that_month(match: re.Match[str], context: FuzzyDate | None) -> str | None:
    anchor = _anchor(context)
    return None if anchor is None else f"{anchor[0]:04d}-{_month(match):02d}"


def _that_year(match: re.Match[str], context: FuzzyDate | None) -> str | None:
    anchor = _anchor(context)
    if anchor is None:
        return None
    step = 0 if match.group("which").lower() == "that" else 1
    return f"{anchor[0] + step:04d}"


def _range(match: re.Match[str], _: FuzzyDate | None) -> str:
    end = match.group("y2")
    # "1936–38" means 1938: the missing century comes from the first year.
    end_year = int(match.group("y")[:2] + end) if len(end) == 2 else int(end)
    return f"{_year(match):04d}/{end_year:04d}"


def _duration(match: re.Match[str], context: FuzzyDate | None) -> str | None:
    # A duration is a period that starts where the text last was: "the early 1920s ... He spent
    # four years" runs from the context's start (1920~) for four years. It inherits the
    # context's approximate/uncertain flags, since its start is only as good as the context.
    anchor = _anchor(context)
    if anchor is None or context is None:
        return None
    word = match.group("n").lower()
    # "a"/"an" year is one; _NUMBERS puts "a" at index 0 so the words line up with their values.
    count = 1 if word in ("a", "an") else _NUMBERS.index(word) if word in _NUMBERS else int(word)
    q = _qualifier(context)
    year, month = anchor
    if match.group("unit").lower().startswith("year"):
        return f"{year:04d}{q}/{year + count:04d}{q}"
    end_year, end_month = divmod(month - 1 + count, 12)
    return f"{year:04d}-{month:02d}{q}/{year + end_year:04d}-{end_month + 1:02d}{q}"


def _relative(match: re.Match[str], context: FuzzyDate | None) -> str | None:
    before = match.group("dir").lower() == "before"
    if match.group("y") is not None:
        return _shortly(match.group("y"), before=before)
    named = historical_event_in(match.group("what") or "")
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


_RELATIVE = 0  # the index of the "shortly before ..." rule in _RULES
_IN = r"(?:\b(?:in|during|on)\s+)?"
_RULES: list[tuple[re.Pattern[str], _Build]] = [
    (
        re.compile(
            r"\b(?:shortly|just|soon|not\s+long)\s+(?P<dir>before|after)\b"
            rf"(?:\s+(?:in\s+)?{_YEAR}\b"
            # ... or the well-known event it names, within its clause.
            rf"|\s+(?P<what>[^.;:!?()—–]{{0,60}}?(?:{ANY_EVENT})))?",
            re.I,
        ),
        _relative,
    ),
    (
        re.compile(
            rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|until)\s+(?P<y2>[0-9]{{4}})\b", re.I
        ),
        _range,
    ),
    (re.compile(rf"{_IN}\b{_YEAR}\s*[–-]\s*(?P<y2>[0-9]{{2}}|[0-9]{{4}})\b", re.I), _range),
    (
        re.compile(rf"{_IN}\b(?P<day>[0-9]{{1,2}})\s+{_MONTH},?\s+{_YEAR}\b", re.I),
        lambda m, _: f"{_year(m):04d}-{_month(m):02d}-{int(m.group('day')):02d}",
    ),
    (
        re.compile(rf"{_IN}\b{_MONTH}\s+(?P<day>[0-9]{{1,2}}),\s+{_YEAR}\b", re.I),
        lambda m, _: f"{_year(m):04d}-{_month(m):02d}-{int(m.group('day')):02d}",
    ),
    (
        re.compile(rf"{_IN}\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I),
        lambda m, _: f"{_year(m):04d}-{_month(m):02d}",
    ),
    (re.compile(rf"{_IN}\b{_MONTH}\s+(?:of\s+)?that\s+year\b", re.I), _that_month),
    (
        re.compile(
            r"(?:\b(?:in|during)\s+)?\b(?P<which>that|the\s+following|the\s+next)\s+year\b", re.I
        ),
        _that_year,
    ),
    (
        re.compile(
            rf"{_IN}\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<d>1[0-9]{{2}}|20[0-9])0s\b",
            re.I,
        ),
        _decade,
    ),
    (
        re.compile(
            rf"{_IN}(?:\bc\.|\bca\.|\b(?:circa|about|around|approximately|roughly))\s*{_YEAR}\b",
            re.I,
        ),
        lambda m, _: f"{_year(m):04d}~",
    ),
    (
        re.compile(rf"\b(?:by|before|until|till)\s+{_YEAR}\b", re.I),
        lambda m, _: f"../{_year(m):04d}",
    ),
    (re.compile(rf"\b(?:after|since|from)\s+{_YEAR}\b", re.I), lambda m, _: f"{_year(m):04d}/.."),
    (
        re.compile(
            r"\b(?:spent|spend|spends|spending|for|lasting|lasted)\s+"
            rf"(?P<span>(?P<n>{'|'.join(_NUMBERS)}|an|[0-9]{{1,2}})\s+(?P<unit>years?|months?))\b",
            re.I,
        ),
        _duration,
    ),
    # A bare year last; "Issue No. 1929" is a number, not a date.
    (
        re.compile(rf"(?:\b(?:in|during|of)\s+)?(?<!No\. )(?<!no\. )(?<!#)\b{_YEAR}\b", re.I),
        lambda m, _: f"{_year(m):04d}",
    ),
]


def find_date_phrases(text: str, context: FuzzyDate | None = None) -> list[DatePhrase]:
    """Every date phrase in ``text`` in order; ``context`` is the date the text last gave.

    Each phrase read becomes the context for the next ("In January 1919 ... In May that
    year"), except guesses. Phrases that need a context and have none are left out.
    """
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for index, (pattern, _) in enumerate(_RULES):
        for match in pattern.finditer(text):
            start, end = match.span("span") if "span" in pattern.groupindex else match.span()
            candidates.append((start, -(end - start), index, match))
    # Leftmost, then longest, then the earlier rule wins; overlapping readings are dropped.
    candidates.sort(key=lambda c: c[:3])
    phrases: list[DatePhrase] = []
    taken_to = 0
    for start, negative_length, index, match in candidates:
        end = start - negative_length
        if start < taken_to:
            continue
        edtf = _RULES[index][1](match, context)
        if edtf is None:
            continue
        try:
            fuzzy = parse_edtf(edtf)
        except FuzzyDateError:
            continue  # e.g. "between 1950 and 1920": not a date, so not a phrase
        relative = index == _RELATIVE and match.group("y") is None
        named = historical_event_in(match.group("what") or "") if relative else None
        guessed = relative and named is None
        outside = named.note if named is not None else None
        phrases.append(DatePhrase(text[start:end], start, end, edtf, fuzzy, guessed, outside))
        taken_to = end
        if not guessed:
            context = fuzzy
    return phrases


def read_date_phrase(text: str, context: FuzzyDate | None = None) -> DatePhrase:
    """Read all of ``text`` as one date (a phrase or EDTF); raise DatePhraseError otherwise."""
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
    phrases = find_date_phrases(words, context)
    if len(phrases) == 1 and phrases[0].text == words:
        found = phrases[0]
        return DatePhrase(
            found.text, offset, offset + len(words), found.edtf, found.date, found.guessed,
            found.outside_note,
        )  # fmt: skip
    raise DatePhraseError(f"cannot read {text.strip()[:60]!r} as a date; {_HINT}")
