"""Places on the world map: where each confirmed place is drawn, sized by its mentions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

import peewee as pw

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.core.entities.world_map import world_map
from serge_desktop.services.entities.reading import list_entities
from serge_desktop.services.entities.views import EntitySummary
from serge_desktop.storage import models as m


@dataclass(frozen=True, slots=True)
class MapPlace:
    """A place at a point of the map (SVG coordinates of ``PlaceMap.svg_path``)."""

    entity_id: int
    name: str
    x: float
    y: float
    mentions: int
    articles: int
    country_code: str | None
    is_country: bool  # drawn by its shape (shaded), the point being inside it


@dataclass(frozen=True, slots=True)
class PlaceMap:
    """Everything the map draws. Its borders are today's: the window's caption says so."""

    svg_path: Path
    view_box: tuple[float, float, float, float]
    places: tuple[MapPlace, ...]  # most mentioned first
    unplaced: tuple[EntitySummary, ...]  # places the gazetteer does not know (or no shape)


def place_map(db: pw.SqliteDatabase, *, article_id: int | None = None) -> PlaceMap:
    """The confirmed places (named in ``article_id``, or anywhere), each where it is."""
    shapes = world_map()
    summaries = list_entities(db, article_id=article_id, kind=EntityKind.PLACE)
    where = {
        row.id: row
        for row in m.Entity.select(
            m.Entity.id, m.Entity.latitude, m.Entity.longitude, m.Entity.country_code
        ).where(cast("pw.AutoField", m.Entity.id).in_([s.id for s in summaries]))
    }
    placed: list[MapPlace] = []
    unplaced: list[EntitySummary] = []
    for summary in summaries:
        row = where[summary.id]
        code = row.country_code
        if row.latitude is not None and row.longitude is not None:
            x, y = shapes.project(row.latitude, row.longitude)
            country = False
        elif code is not None and code in shapes.countries:
            (x, y), country = shapes.countries[code], True
        else:
            unplaced.append(summary)
            continue
        placed.append(
            MapPlace(summary.id, summary.name, x, y, summary.mentions, summary.articles,
                     code, country)
        )  # fmt: skip
    placed.sort(key=lambda p: (-p.mentions, p.name))
    return PlaceMap(shapes.svg_path, shapes.view_box, tuple(placed), tuple(unplaced))
