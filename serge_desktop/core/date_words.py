"""Say an EDTF date in words, uncertainty included: "about 1936", "the early 1920s", "before 1936".

English words come from a ``DateVocabulary`` of templates ({0}, {1} are filled in); French has its
own grammar (``core.french_date_words``), since its prepositions change with what follows them
("en 1936", "au XXe siècle", "du 3 mars"). The caller chooses the language.
"""

from __future__ import annotations

from dataclasses import dataclass

from serge_desktop.core.date_shapes import (
    After,
    Before,
    DecadePart,
    Point,
    SeasonOf,
    Shape,
    Single,
    Span,
    YearPart,
    date_shape,
)
from serge_desktop.core.english_date_phrases import ENGLISH_MONTHS
from serge_desktop.core.french_date_words import french_date_words
from serge_desktop.core.languages import Language


@dataclass(frozen=True, slots=True)
class DateVocabulary:
    """The templates an English-shaped date is said with; ``months`` are the month names."""

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
    early_year: str = "early {0}"
    mid_year: str = "mid-{0}"
    late_year: str = "late {0}"
    spring: str = "spring {0}"
    summer: str = "summer {0}"
    autumn: str = "autumn {0}"
    winter: str = "winter {0}"


ENGLISH = DateVocabulary()


def date_in_words(edtf: str, language: Language | DateVocabulary = Language.ENGLISH) -> str:
    """The date said in words; raises FuzzyDateError for what ``parse_edtf`` cannot read.

    ``language`` is one of ours, or English-shaped templates the caller has translated.
    """
    shape = date_shape(edtf)
    if language == Language.FRENCH:
        return french_date_words(shape)
    return _english(shape, language if isinstance(language, DateVocabulary) else ENGLISH)


def _english(shape: Shape, words: DateVocabulary) -> str:
    match shape:
        case Single(point):
            return _single(point, words)
        case DecadePart(decade, part):
            templates = {"early": words.early_decade, "mid": words.mid_decade}
            return templates.get(part, words.late_decade).format(decade)
        case YearPart(year, part):
            templates = {"early": words.early_year, "mid": words.mid_year}
            return templates.get(part, words.late_year).format(year)
        case SeasonOf(year, season):
            seasons = {"spring": words.spring, "summer": words.summer, "autumn": words.autumn}
            return seasons.get(season, words.winter).format(year)
        case Before(end):
            return words.before.format(_single(end, words))
        case After(start):
            return words.from_.format(_single(start, words))
        case Span(start, end):
            return words.span.format(_single(start, words), _single(end, words))


def _single(point: Point, words: DateVocabulary) -> str:
    said = _plain(point, words)
    if point.qualifier == "~":
        return words.about.format(said)
    if point.qualifier == "?":
        return words.perhaps.format(said)
    if point.qualifier == "%":
        return words.perhaps_about.format(said)
    return said


def _plain(point: Point, words: DateVocabulary) -> str:
    if point.unknown_digits:
        # "192X" is the 1920s, "19XX" the 1900s: the known digits, then zeros.
        return words.decade.format(point.year.replace("X", "0"))
    if point.month is None:
        return point.year
    month_name = words.months[point.month - 1]
    if point.day is None:
        return words.month_year.format(month_name, point.year)
    return words.day_month_year.format(str(point.day), month_name, point.year)
