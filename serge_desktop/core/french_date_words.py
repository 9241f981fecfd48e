"""Say a date's shape in French: "vers 1936", "au début des années 1920", "de 1933 à 1936".

French needs more than templates: the article and preposition depend on what follows ("en 1936",
"en mars 1936", "le 3 mars 1936", "au XXe siècle", "dans les années 1920"), "de" and "à" fold
into the article ("du 3 mars", "aux années 1930") and "de" elides before a vowel ("d’avril").
A point (a year, a month, a day) is said bare, as French timelines print it ("1936", "mars
1936", "3 mars 1936"); a period is said as when it happened ("au XXe siècle", "au début des
années 1920"). Apostrophes are typographic (’).
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
)

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# The thirds of a decade or of a year, as an article and a noun.
_PARTS = {"early": ("le", "début"), "mid": ("le", "milieu"), "late": ("la", "fin")}
_SEASONS = {
    "spring": "au printemps {0}",
    "summer": "à l’été {0}",
    "autumn": "à l’automne {0}",
    "winter": "à l’hiver {0}",
}
_VOWELS = tuple("aeiouyàâéèêëîïôœùûAEIOUYÀÂÉÈÊÎÔŒ")
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


@dataclass(frozen=True, slots=True)
class _Noun:
    """A date as a noun: its words, and the article they start with ("le", "la", "les" or "")."""

    article: str
    rest: str

    def bare(self) -> str:
        return f"{self.article} {self.rest}" if self.article else self.rest

    def after_de(self) -> str:
        """After "de": "du XXe siècle", "des années 1920", "d’avril 1933", "de 1933"."""
        if self.article == "le":
            return f"du {self.rest}"
        if self.article == "les":
            return f"des {self.rest}"
        if self.article == "la":
            return f"de la {self.rest}"
        return f"d’{self.rest}" if self.rest.startswith(_VOWELS) else f"de {self.rest}"

    def after_a(self) -> str:
        """After "à": "au 5 mai 1936", "aux années 1930", "à la fin …", "à 1936"."""
        if self.article == "le":
            return f"au {self.rest}"
        if self.article == "les":
            return f"aux {self.rest}"
        return f"à {self.bare()}"


def french_date_words(shape: Shape) -> str:
    """The date in French words."""
    match shape:
        case Single(point):
            return _single(point)
        case DecadePart(decade, part):
            article, noun = _PARTS[part]
            return _Noun(article, f"{noun} des années {int(decade)}").after_a()
        case YearPart(year, part):
            article, noun = _PARTS[part]
            return _Noun(article, f"{noun} de {year}").after_a()
        case SeasonOf(year, season):
            return _SEASONS[season].format(year)
        case Before(end, open=True):
            return _perhaps(end, f"avant {_noun(end).bare()}{_about(end)}")
        case Before(end):
            return _perhaps(end, _until(end))
        case After(start):
            return _perhaps(start, f"à partir {_noun(start).after_de()}{_about(start)}")
        case Span(start, end):
            return f"{_noun(start).after_de()}{_marks(start)} {_noun(end).after_a()}{_marks(end)}"


def _single(point: Point) -> str:
    noun = _noun(point)
    if point.qualifier == "~":
        return f"vers {noun.bare()}"
    if point.qualifier == "%":
        return f"peut-être vers {noun.bare()}"
    said = _when(point, noun)
    return f"peut-être {said}" if point.qualifier == "?" else said


def _when(point: Point, noun: _Noun) -> str:
    """A point said bare ("1936", "3 mars 1936"), a period as when ("au XXe siècle")."""
    if point.unknown_digits == 1:
        return f"dans {noun.bare()}"
    if point.unknown_digits:
        return noun.after_a()
    return noun.rest


def _until(point: Point) -> str:
    """Up to a date: "jusqu’en 1936", "jusqu’au 3 mars 1936", "jusque vers 1936"."""
    noun = _noun(point)
    if point.qualifier in ("~", "%"):
        return f"jusque vers {noun.bare()}"
    if noun.article:
        return "jusqu’" + noun.after_a()
    return f"jusqu’en {noun.rest}"


def _perhaps(point: Point, said: str) -> str:
    """An uncertain end puts the whole phrase in doubt: "peut-être avant 1936"."""
    return f"peut-être {said}" if point.qualifier in ("?", "%") else said


def _about(point: Point) -> str:
    return " environ" if point.qualifier in ("~", "%") else ""


def _marks(point: Point) -> str:
    """Each end of a span says its own doubt: "de 1933 environ à 1936 peut-être"."""
    return {"~": " environ", "?": " peut-être", "%": " environ peut-être"}.get(point.qualifier, "")


def _noun(point: Point) -> _Noun:
    unknown = point.unknown_digits
    if unknown == 1:
        return _Noun("les", f"années {int(point.year.replace('X', '0'))}")
    if unknown == 2:
        return _Noun("le", f"{_ordinal(int(point.year[:2]) + 1)} siècle")
    if unknown:
        return _Noun("le", f"{_ordinal(int(point.year[:1]) + 1)} millénaire")
    if point.month is None:
        return _Noun("", point.year)
    month = f"{FRENCH_MONTHS[point.month - 1]} {point.year}"
    if point.day is None:
        return _Noun("", month)
    return _Noun("le", f"{'1er' if point.day == 1 else point.day} {month}")


def _ordinal(number: int) -> str:
    """A century or millennium in roman numerals: "XXe", "Ier"."""
    roman = ""
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        roman += letters * count
    return roman + ("er" if roman == "I" else "e")
