"""Say an EDTF date in words, uncertainty included: "about 1936", "the early 1920s", "before 1936".

The words come from a ``DateVocabulary`` of templates ({0}, {1} are filled in), English by default;
the interface hands in a translated one, so this module stays free of Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from serge_desktop.core.date_phrases import ENGLISH_MONTHS
from serge_desktop.core.fuzzy_date import parse_edtf

_SINGLE = re.compile(
    r"(?P<year>[0-9X]{4})(?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?(?P<q>[~?%])?"
)
# "1920~/1923~": the thirds of a decade that core.date_phrases reads "the early 1920s" as.
_DECADE_PART = re.compile(r"(?P<d>[0-9]{3})(?P<a>[0-9])~/(?P=d)(?P<b>[0-9])~")


@dataclass(frozen=True, slots=True)
class DateVocabulary:
    """The templates a date is said with; ``months`` are the twelve month names."""

    months: tuple[str, ...] = ENGLISH_MONTHS
    month_year: str = "{0} {1}"  # month, year
    day_month_year: str = "{0} {1} {2}"  # day, month, year
    decade: str = "the {0}s"  # "1920" -> "the 1920s"
    early_decade: str = "the early {0}s"
    mid_decade: str = "the mid-{0}s"
    late_decade: str = "the late {0}s"
    about: str = "about {0}"
    perhaps: str = "perhaps {0}"
    perhaps_about: str = "perhaps about {0}"
    span: str = "{0} to {1}"
    before: str = "before {0}"
    from_: str = "from {0}"


ENGLISH = DateVocabulary()


def date_in_words(edtf: str, words: DateVocabulary = ENGLISH) -> str:
    """The date said in words; raises FuzzyDateError for what ``parse_edtf`` cannot read."""
    parse_edtf(edtf)  # the same refusals as everywhere else, before any wording
    text = edtf.strip()
    part = _DECADE_PART.fullmatch(text)
    if part is not None:
        thirds = {(0, 3): words.early_decade, (4, 6): words.mid_decade, (7, 9): words.late_decade}
        template = thirds.get((int(part.group("a")), int(part.group("b"))))
        if template is not None:
            return template.format(part.group("d") + "0")
    if "/" not in text:
        return _single(text, words)
    start, _, end = text.partition("/")
    if start in ("", ".."):
        return words.before.format(_single(end, words))
    if end in ("", ".."):
        return words.from_.format(_single(start, words))
    return words.span.format(_single(start, words), _single(end, words))


def _single(text: str, words: DateVocabulary) -> str:
    match = _SINGLE.fullmatch(text)
    if match is None:  # parse_edtf has accepted it, so this cannot happen; say it as written
        return text
    year, month, day, qualifier = match.group("year", "month", "day", "q")
    said = _plain(year, month, day, words)
    if qualifier == "~":
        return words.about.format(said)
    if qualifier == "?":
        return words.perhaps.format(said)
    if qualifier == "%":
        return words.perhaps_about.format(said)
    return said


def _plain(year: str, month: str | None, day: str | None, words: DateVocabulary) -> str:
    if "X" in year:
        # "192X" is the 1920s, "19XX" the 1900s: the known digits, then zeros.
        return words.decade.format(year.replace("X", "0"))
    if month is None or month == "XX":
        return year
    month_name = words.months[int(month) - 1]
    if day is None or day == "XX":
        return words.month_year.format(month_name, year)
    return words.day_month_year.format(str(int(day)), month_name, year)
