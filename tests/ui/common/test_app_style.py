"""Unselected tabs keep a capital's accent ("Écrire", not "Ecrire"), and the app exits cleanly.

The accent is found in the pixels: an unselected "Écrire" tab must have ink above the highest
ink of an "Ecrire" tab drawn the same way (the E's cap height). Plain Fusion, which clips it,
must fail the same measure, so the test sees the fault it guards against.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory, QTabBar

from serge_desktop.ui.common.app_style import (
    AppStyle,
    app_style_name,
    release_app_style,
    set_app_style,
)
from serge_desktop.ui.startup.app import prepare_application

ROOT = Path(__file__).resolve().parents[3]
CHILD = ROOT / "tests" / "ui" / "startup" / "start_then_quit.py"


def top_ink_row(label: str, style: QStyle | None) -> int:
    """The highest row of dark ink in the unselected tab ``label`` (the second of two)."""
    bar = QTabBar()
    if style is not None:
        bar.setStyle(style)
    bar.addTab("Lire")
    bar.addTab(label)
    bar.setCurrentIndex(0)
    bar.adjustSize()
    image = bar.grab().toImage()
    rect = bar.tabRect(1)
    text = bar.palette().color(bar.foregroundRole()).lightness()
    shiboken6.delete(bar)  # before the style it was drawn with
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left() + 4, rect.right() - 3):  # the tab's sides are frame
            # Near the text's colour: the frame and the tab's fill are far from it in every theme.
            if abs(QColor(image.pixel(x, y)).lightness() - text) < 80:
                return y
    raise AssertionError(f"no ink in the tab {label!r}")


def accent_drawn(*, wrap: bool) -> bool:
    def style() -> QStyle:
        fusion = QStyleFactory.create("fusion")
        return AppStyle(fusion) if wrap else fusion

    accented, plain = style(), style()
    return top_ink_row("Écrire", accented) < top_ink_row("Ecrire", plain)


def test_an_unselected_tab_shows_the_accent_of_its_capital(qapp: QApplication) -> None:
    assert accent_drawn(wrap=True)


def test_plain_fusion_clips_it_so_the_measure_sees_the_fault(qapp: QApplication) -> None:
    assert not accent_drawn(wrap=False)


def test_the_application_style_keeps_it_under_the_style_sheet_and_every_theme(
    qapp: QApplication,
) -> None:
    from serge_desktop.ui.common.theme_choice import apply_theme

    prepare_application(qapp)  # the app's style sheet is on: tabs drawn through it
    try:
        for theme in ("dark", "system"):
            apply_theme(qapp, theme)
            assert qapp.findChild(AppStyle) is not None
            assert top_ink_row("Écrire", None) < top_ink_row("Ecrire", None)
    finally:
        apply_theme(qapp, "system")


def test_releasing_gives_back_a_plain_style_of_the_same_name(qapp: QApplication) -> None:
    set_app_style(qapp, "fusion")
    assert qapp.findChild(AppStyle) is not None
    release_app_style(qapp)
    assert qapp.findChild(AppStyle) is None
    assert app_style_name(qapp) == "fusion"
    set_app_style(qapp, "fusion")  # as the other tests found it


def test_the_real_app_starts_in_french_and_exits_cleanly_with_the_style(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "fr_FR.UTF-8",
        "LANGUAGE": "fr",
        "LC_ALL": "",
    }
    result = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert "app style True" in lines
    tabs = lines[1].removeprefix("tabs ").split("|")
    assert "Écrire" in tabs and "Étude" in tabs
    assert lines[-1] == "exit 0"
