"""View ▸ Theme: a theme applies live to the reader, the timeline and the icons, and is kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.core.contrast import TEXT_CONTRAST, contrast_ratio
from serge_desktop.services.policy import DEFAULT_POLICY
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.theme_choice import applied_theme, apply_theme, chosen_theme
from serge_desktop.ui.common.themes import THEME_COLOURS
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application


@pytest.fixture(autouse=True)
def back_to_the_system(qapp: QApplication) -> Iterator[None]:
    """The application is shared by every test: give it back its own colours."""
    yield
    apply_theme(qapp, "system")


def reader_base(window: MainWindow) -> str:
    doc = window.reader._article_document
    assert doc is not None
    return doc.colours.base.name()


def icon_colours(window: MainWindow) -> set[str]:
    """The colours of the Import action's icon, as drawn."""
    image = window.actions.get("file.import").icon().pixmap(24, 24).toImage()
    return {image.pixelColor(x, y).name() for x in range(24) for y in range(24)}


def test_a_theme_applies_at_once_everywhere_and_is_kept(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, qapp: QApplication
) -> None:
    actions = {name: window.actions.get(f"view.theme.{name}") for name in THEME_COLOURS}
    system = window.actions.get("view.theme.system")
    assert system.isChecked() and system.isEnabled()
    light_icon = icon_colours(window)
    for theme, action in actions.items():
        action.trigger()
        colours = THEME_COLOURS[theme]
        assert applied_theme(qapp) == theme
        assert action.isChecked() and not system.isChecked()
        assert reader_base(window) == colours.base
        assert window.timeline.view.scene.colours.base.name() == colours.base
        assert window.palette().color(QPalette.ColorRole.Window).name() == colours.window
        # The selection follows the theme rather than keeping the last one's.
        palette = window.reader.palette()
        selection = palette.color(QPalette.ColorRole.Highlight).name()
        selected = palette.color(QPalette.ColorRole.HighlightedText).name()
        assert selected == colours.highlighted_text
        assert contrast_ratio(selected, selection) >= TEXT_CONTRAST
        assert chosen_theme(workspace.data_dir, workspace.policy) == theme
    assert icon_colours(window) != light_icon  # the dark ink became the high-contrast white
    system.trigger()
    assert applied_theme(qapp) == "system"
    assert chosen_theme(workspace.data_dir, workspace.policy) == "system"
    assert reader_base(window) == qapp.palette().color(QPalette.ColorRole.Base).name()


def test_the_next_window_opens_in_the_theme_chosen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from serge_desktop.ui.startup.window_opening import dispose_window, open_window

    prepare_application(qapp)
    with Workspace(tmp_path / "data") as workspace:
        window = open_window(qapp, workspace, None, exit_after_start=False)
        window.later.finish()  # View ▸ Theme is installed once the window has painted
        window.actions.get("view.theme.sepia").trigger()
        dispose_window(qapp, window)
    apply_theme(qapp, "system")
    with Workspace(tmp_path / "data") as workspace:
        window = open_window(qapp, workspace, None, exit_after_start=False)
        assert applied_theme(qapp) == "sepia"  # in the first frame, before the menu is in
        window.later.finish()
        assert window.actions.get("view.theme.sepia").isChecked()
        assert reader_base(window) == THEME_COLOURS["sepia"].base
        dispose_window(qapp, window)


def test_a_theme_locked_by_the_administrator_cannot_be_changed(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    policy = replace(DEFAULT_POLICY, locked_settings={"theme": "high_contrast"})
    prepare_application(qapp)
    with Workspace(tmp_path / "data", policy=policy) as workspace:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        dark = window.actions.get("view.theme.dark")
        assert window.actions.get("view.theme.high_contrast").isChecked()
        assert not dark.isEnabled()
        assert dark.toolTip() == "Set by your administrator"
        window.actions.get("view.theme.light").setEnabled(True)  # as a sly script might
        window.actions.get("view.theme.light").trigger()
        assert chosen_theme(workspace.data_dir, workspace.policy) == "high_contrast"
        assert applied_theme(qapp) == "high_contrast"
        window.close()


def test_preferences_offer_the_same_choice(
    window: MainWindow, workspace: Workspace, qapp: QApplication
) -> None:
    from PySide6.QtCore import QTimer

    from serge_desktop.ui.features.policy.feature import PolicyFeature
    from serge_desktop.ui.features.policy.preferences_dialog import PreferencesDialog

    [feature] = [f for f in window.features if isinstance(f, PolicyFeature)]

    def choose_dark() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.chosen_theme() == "system" and dialog.theme.isEnabled()
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.accept()

    QTimer.singleShot(0, choose_dark)
    feature.preferences.trigger()
    assert applied_theme(qapp) == "dark"
    assert window.actions.get("view.theme.dark").isChecked()
    assert chosen_theme(workspace.data_dir, workspace.policy) == "dark"
