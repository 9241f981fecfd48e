"""Tabs one feature adds to another's page by id, before or after the owner offers it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.window.sections import PageSections


def titles(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_a_section_added_before_or_after_the_page_is_hosted_lands_after_its_own_tabs(
    qtbot: QtBot,
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    tabs = QTabWidget(owner)
    tabs.addTab(QLabel("own"), "Articles")
    sections = PageSections()
    early, late = QLabel("early", owner), QLabel("late", owner)
    sections.add("library", "early", early, "Early")
    assert not sections.show("library", "early")  # not hosted yet: nothing to show it in
    sections.host("library", tabs)
    sections.add("library", "late", late, "Late")
    assert titles(tabs) == ["Articles", "Early", "Late"]
    assert sections.current("library") is None
    assert sections.show("library", "late")
    assert tabs.currentWidget() is late and sections.current("library") == "late"
    assert not sections.show("library", "missing")
    assert not sections.show("review", "late")
    assert sections.current("review") is None


def test_ids_are_unique(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    sections = PageSections()
    sections.host("library", tabs)
    sections.add("library", "names", QLabel("a"), "Names")
    with pytest.raises(ValueError, match="already has a section"):
        sections.add("library", "names", QLabel("b"), "Names")
    with pytest.raises(ValueError, match="already takes sections"):
        sections.host("library", QTabWidget())
