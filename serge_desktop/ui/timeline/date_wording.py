"""Dates in words and event categories as the interface says and shows them (translated)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from serge_desktop.core.date_words import DateVocabulary, date_in_words
from serge_desktop.core.fuzzy_date import FuzzyDateError
from serge_desktop.core.languages import Language
from serge_desktop.services.timeline_edits import EVENT_CATEGORIES


def vocabulary() -> DateVocabulary:
    """The templates core.date_words fills in, in the interface's language."""
    return DateVocabulary(
        months=(
            QCoreApplication.translate("DateWords", "January"),
            QCoreApplication.translate("DateWords", "February"),
            QCoreApplication.translate("DateWords", "March"),
            QCoreApplication.translate("DateWords", "April"),
            QCoreApplication.translate("DateWords", "May"),
            QCoreApplication.translate("DateWords", "June"),
            QCoreApplication.translate("DateWords", "July"),
            QCoreApplication.translate("DateWords", "August"),
            QCoreApplication.translate("DateWords", "September"),
            QCoreApplication.translate("DateWords", "October"),
            QCoreApplication.translate("DateWords", "November"),
            QCoreApplication.translate("DateWords", "December"),
        ),
        month_year=QCoreApplication.translate("DateWords", "{0} {1}", "month, year"),
        day_month_year=QCoreApplication.translate("DateWords", "{0} {1} {2}", "day, month, year"),
        decade=QCoreApplication.translate("DateWords", "the {0}s"),
        early_decade=QCoreApplication.translate("DateWords", "the early {0}s"),
        mid_decade=QCoreApplication.translate("DateWords", "the mid-{0}s"),
        late_decade=QCoreApplication.translate("DateWords", "the late {0}s"),
        about=QCoreApplication.translate("DateWords", "about {0}"),
        perhaps=QCoreApplication.translate("DateWords", "perhaps {0}"),
        perhaps_about=QCoreApplication.translate("DateWords", "perhaps about {0}"),
        span=QCoreApplication.translate("DateWords", "{0} to {1}"),
        before=QCoreApplication.translate("DateWords", "before {0}"),
        from_=QCoreApplication.translate("DateWords", "from {0}"),
    )


def say_date(edtf: str) -> str:
    """The date in words; a date the app cannot read is shown as written.

    A French interface speaks French grammar ("vers 1936", "de 1933 à 1936"), which templates
    cannot: its prepositions change with what follows. The interface's locale is the default
    QLocale (ui.startup.translations sets it with the catalogue).
    """
    try:
        if QLocale().language() == QLocale.Language.French:
            return date_in_words(edtf, Language.FRENCH)
        return date_in_words(edtf, vocabulary())
    except FuzzyDateError:
        return edtf


def category_name(name: str) -> str:
    """A category as the interface names it: the seed's four in the reader's language.

    A library's categories are the user's own words, shown as written; the four the library
    starts with (life, politics, writing, exile) are translated until the user renames them.
    """
    seed = {
        "life": QCoreApplication.translate("DateWords", "Life"),
        "politics": QCoreApplication.translate("DateWords", "Politics"),
        "writing": QCoreApplication.translate("DateWords", "Writing"),
        "exile": QCoreApplication.translate("DateWords", "Exile"),
    }
    return seed.get(name, name)


def category_order(names: Iterable[str]) -> list[str]:
    """Categories without a library's order to follow: the seed's first, then by name."""
    seed = {name: i for i, name in enumerate(EVENT_CATEGORIES)}
    return sorted(set(names), key=lambda n: (seed.get(n, len(seed)), n.casefold(), n))
