"""PNG and SVG of the seed's whole timeline: real files, readable labels, nothing half-written."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from serge_desktop.services.views import TimelineEventView
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.timeline.image_export import (
    ExportFailedError,
    OutputExistsError,
    Window,
    export_png,
    export_svg,
)

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder of its own (the workspace's data folder is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def events(workspace: Workspace) -> list[TimelineEventView]:
    return workspace.timeline.list_events(workspace.library.article_view(SEED_SLUG).id)


def test_png_is_a_crisp_image_of_the_whole_span(
    qtbot: QtBot, events: list[TimelineEventView], out: Path
) -> None:
    target = out / "timeline.png"
    size = export_png(events, target, width=1200)
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (size.width(), size.height())
    assert image.width() == 2400  # twice the width asked for
    assert image.height() > 200  # lanes of labels above the axis, and the legend
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert QColor("white").rgb() in colours
    assert len(colours) > 20  # text, markers and category colours, not a blank page
    assert [p.name for p in out.iterdir()] == ["timeline.png"]  # no temporary file left


def test_svg_keeps_the_labels_as_text(
    qtbot: QtBot, events: list[TimelineEventView], out: Path
) -> None:
    target = out / "timeline.svg"
    export_svg(events, target, title="Victor Serge", description="The whole life")
    root = ET.parse(target).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.findtext(f"{ns}title") == "Victor Serge"
    assert root.findtext(f"{ns}desc") == "The whole life"
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
    for e in events:
        assert e.label in texts
    assert "1910" in texts  # the axis' years too


def test_an_existing_file_is_refused_without_force(
    qtbot: QtBot, events: list[TimelineEventView], out: Path
) -> None:
    target = out / "timeline.png"
    target.write_bytes(b"mine")
    with pytest.raises(OutputExistsError, match="already exists"):
        export_png(events, target)
    assert target.read_bytes() == b"mine"
    with pytest.raises(OutputExistsError, match="already exists"):
        export_svg(events, target, title="t")
    assert target.read_bytes() == b"mine"
    export_png(events, target, force=True)
    assert target.read_bytes().startswith(PNG_SIGNATURE)
    assert [p.name for p in out.iterdir()] == ["timeline.png"]


def test_a_width_out_of_range_is_refused(
    qtbot: QtBot, events: list[TimelineEventView], out: Path
) -> None:
    with pytest.raises(ExportFailedError, match="width"):
        export_png(events, out / "tiny.png", width=10)
    assert list(out.iterdir()) == []


def test_a_stretch_of_time_exports_only_what_is_in_it(
    qtbot: QtBot, events: list[TimelineEventView], out: Path
) -> None:
    zoomed = Window(1918.9, 1927.1)
    png = out / "zoomed.png"
    size = export_png(events, png, width=1000, window=zoomed)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (size.width(), size.height())
    assert image.width() == 2000
    assert (
        len(
            {
                image.pixelColor(x, y).rgb()
                for x in range(0, 2000, 7)
                for y in range(0, image.height(), 7)
            }
        )
        > 20
    )
    svg = out / "zoomed.svg"
    export_svg(events, svg, title="1919–1926", width=1000, window=zoomed)
    ns = "{http://www.w3.org/2000/svg}"
    texts = [("".join(t.itertext())) for t in ET.parse(svg).getroot().iter(f"{ns}text")]
    labels = {e.label for e in events}
    shown = labels & {t.strip() for t in texts}
    assert any("Petrograd" in label for label in shown)
    assert not any("Brussels" in label or "heart attack" in label for label in shown)
    assert {"1919", "1922", "1926"} <= set(texts)  # the axis, in years
    assert "1910" not in texts
