"""A PDF's text layer as lines with their place, size and fonts; running heads and folios gone.

pypdf hands over the text a piece at a time with the matrix that places it and the font it is
set in; pieces on one baseline make a line. A line at the top or bottom of its page that comes
back on most pages (the digits in it aside), or that is only a page number, is the page's
furniture rather than the text, and is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pypdf import PageObject

from serge_desktop.core.article import InlineStyle

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC_FONT = re.compile(r"italic|oblique|slanted", re.IGNORECASE)
_FOLIO = re.compile(
    r"^(?:page\s+)?(?:\d{1,5}|[ivxlcdm]{1,8})(?:\s*(?:of|/)\s*\d{1,5})?$|^[-–—]\s*\d{1,5}\s*[-–—]$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_EDGE_LINES = 2  # lines at each end of a page that may be its running head or foot


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    styles: tuple[InlineStyle, ...]


@dataclass
class Line:
    """One baseline of text on a page."""

    page: int
    x: float
    y: float
    size: float
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs).strip()

    @property
    def is_all(self) -> frozenset[InlineStyle]:
        """The styles every visible run of the line is set in (an all-italic subtitle)."""
        visible = [set(run.styles) for run in self.runs if run.text.strip()]
        return frozenset(set.intersection(*visible)) if visible else frozenset()


def page_lines(page: PageObject, number: int) -> list[Line]:
    """The lines of one page, in the order the page draws them."""
    lines: list[Line] = []
    current: Line | None = None

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        nonlocal current
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or 1.0
        height = size * scale
        for part in text.split("\n"):
            if part and (current is None or abs(current.y - y) > max(height, 1.0) * 0.5):
                current = Line(number, x, y, round(height, 1))
                lines.append(current)
            if part and current is not None:
                current.runs.append(Run(part, _styles(font)))
                current.x = min(current.x, x)
        if text.endswith("\n"):
            current = None

    page.extract_text(visitor_text=visit)
    return [line for line in lines if line.text]


def _styles(font: Any) -> tuple[InlineStyle, ...]:
    name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
    styles = []
    if _ITALIC_FONT.search(name):
        styles.append(InlineStyle.ITALIC)
    if _BOLD_FONT.search(name):
        styles.append(InlineStyle.BOLD)
    return tuple(styles)


def without_page_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Each page's lines without running heads, running feet and page numbers."""
    edges = Counter(
        key for lines in pages for key in {_furniture_key(line) for line in _edge_lines(lines)}
    )
    repeated = {key for key, count in edges.items() if count >= max(2, len(pages) // 2)}
    kept = []
    for lines in pages:
        edge = {id(line) for line in _edge_lines(lines)}
        kept.append(
            [
                line
                for line in lines
                if id(line) not in edge
                or not (_FOLIO.match(line.text) or _furniture_key(line) in repeated)
            ]
        )
    return kept


def _edge_lines(lines: list[Line]) -> list[Line]:
    # By height on the page, not drawing order: a footer may be drawn first.
    ordered = sorted(lines, key=lambda line: -line.y)
    return ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]


def _furniture_key(line: Line) -> str:
    # "Chapter 3 · 17" and "Chapter 3 · 18" are the same running head.
    return _DIGITS.sub("#", line.text.casefold())
