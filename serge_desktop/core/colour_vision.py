"""How colours look to readers with the common colour-vision deficiencies, and how far apart.

Protanopia and deuteranopia (the red-green deficiencies, together about one man in twelve) are
simulated with Machado, Oliveira and Fernandes's matrices (2009) at full severity, applied in
linear RGB. The distance between two colours is CIE76 ΔE in CIELAB (D65): about 2.3 is a just
noticeable difference, and marks that must be told apart at a glance want ten or more.
"""

from __future__ import annotations

from itertools import combinations

from serge_desktop.core.contrast import normal_colour

Matrix = tuple[tuple[float, float, float], ...]

# Machado et al. 2009, severity 1.0, for linear RGB.
DEFICIENCIES: dict[str, Matrix] = {
    "normal": ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
}

_WHITE = (0.95047, 1.0, 1.08883)  # D65


def _linear(colour: str) -> tuple[float, float, float]:
    rgb = normal_colour(colour)[1:]
    channels = [int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return r, g, b


def seen_as(colour: str, deficiency: str) -> tuple[float, float, float]:
    """``colour`` in linear RGB as a reader with ``deficiency`` sees it (clipped to 0..1)."""
    r, g, b = _linear(colour)
    seen = [
        min(max(row[0] * r + row[1] * g + row[2] * b, 0.0), 1.0) for row in DEFICIENCIES[deficiency]
    ]
    return seen[0], seen[1], seen[2]


def lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIELAB (D65) of a colour given in linear RGB."""
    r, g, b = linear
    xyz = (
        0.4124 * r + 0.3576 * g + 0.1805 * b,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        0.0193 * r + 0.1192 * g + 0.9505 * b,
    )
    f = [
        t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29
        for t in (value / white for value, white in zip(xyz, _WHITE, strict=True))
    ]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def distance(first: str, second: str, deficiency: str = "normal") -> float:
    """CIE76 ΔE between two colours as a reader with ``deficiency`` sees them."""
    a = lab(seen_as(first, deficiency))
    b = lab(seen_as(second, deficiency))
    return float(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5)


def closest_pair(colours: list[str], deficiency: str) -> tuple[float, str, str]:
    """The two of ``colours`` that look most alike under ``deficiency``, and how far apart."""
    return min((distance(a, b, deficiency), a, b) for a, b in combinations(colours, 2))
