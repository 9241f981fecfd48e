"""Timeline images under an administrator's policy that allows SVG drawings and no PNG images."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from serge_desktop.services.policy import Policy
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.series_timeline import SeriesTimelineFeature
from serge_desktop.ui.features.timeline_viewing import TimelineViewing
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.image_choice import allowed_image_formats, ask_image_path


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data", policy=Policy(allow_export=("svg", "pdf"))) as opened:
        yield opened


def answer_warning(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.close()


def test_a_forbidden_format_is_not_written_even_when_typed(
    window: MainWindow, tmp_path: Path
) -> None:
    for feature_type in (TimelineViewing, SeriesTimelineFeature):
        feature = window.findChild(feature_type)
        assert isinstance(feature, feature_type)
        if isinstance(feature, SeriesTimelineFeature):
            feature.show(feature.current_series())
        seen: list[str] = []
        QTimer.singleShot(100, lambda seen=seen: answer_warning(seen))
        png = tmp_path / f"{feature_type.__name__}.png"
        assert not feature.export_to(png, None)
        assert seen == ["Saving PNG images is turned off by your administrator."]
        assert not png.exists()
        svg = png.with_suffix(".svg")
        assert feature.export_to(svg, None)
        assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_save_dialog_offers_only_the_allowed_formats(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[tuple[str, str]] = []

    def save_file_name(_parent: QWidget, _title: str, where: str, filters: str) -> tuple[str, str]:
        asked.append((where, filters))
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    formats = allowed_image_formats(window.workspace.policy)
    assert formats == ("svg",)
    path = ask_image_path(window, "Export", tmp_path / "serge-timeline", formats)
    assert path == tmp_path / "chosen.svg"
    assert asked == [(str(tmp_path / "serge-timeline.svg"), "SVG drawing (*.svg)")]


def test_no_image_format_allowed_disables_both_exports(qapp: object, tmp_path: Path) -> None:
    with Workspace(tmp_path / "none", policy=Policy(allow_export=("pdf",))) as workspace:
        window = MainWindow(workspace)
        try:
            for action_id in ("timeline.export_image", "timeline.series_export"):
                action = window.actions.get(action_id)
                assert not action.isEnabled()
                assert action.toolTip() == "Set by your administrator"
        finally:
            window.close()
