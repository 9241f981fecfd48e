"""Timeline ▸ Categories…: a library's own categories, changed in the window and undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.features.timeline_editing.test_event_editing import editing_of


def legend(window: MainWindow) -> list[tuple[str, str]]:
    return [(c.name, c.color) for c in window.workspace.categories.list_categories()]


def categories_of_events(window: MainWindow) -> dict[str, int]:
    counts: dict[str, int] = {}
    for event in window.timeline.events():
        counts[event.category] = counts.get(event.category, 0) + 1
    return counts


def test_the_seed_keeps_its_four(window: MainWindow) -> None:
    dialog = editing_of(window).open_categories()
    assert [c.name for c in dialog.categories()] == ["life", "politics", "writing", "exile"]
    assert dialog.list.item(0).text().startswith("Life — ")


def test_add_rename_recolour_merge_and_undo_each(window: MainWindow, qtbot: QtBot) -> None:
    editing = editing_of(window)
    editing.manage_categories.trigger()
    dialog = editing.categories_dialog
    assert dialog is not None and dialog.isVisible()
    seed = legend(window)
    before = categories_of_events(window)
    exile_events = before["exile"]
    assert exile_events > 0

    assert dialog.add("Prison")
    assert [c.name for c in dialog.categories()][-1] == "Prison"
    assert dialog.current() is not None and dialog.current().name == "Prison"

    [exile] = [c for c in dialog.categories() if c.name == "exile"]
    assert dialog.rename(exile, "Banishment")
    assert categories_of_events(window).get("Banishment") == exile_events  # events follow

    [banishment] = [c for c in dialog.categories() if c.name == "Banishment"]
    assert dialog.recolour(banishment, "#1b5e20")
    assert ("Banishment", "#1b5e20") in legend(window)
    # The chart's legend and event colours follow at once.
    assert any(e.category_color == "#1b5e20" for e in window.timeline.events())

    [banishment] = [c for c in dialog.categories() if c.name == "Banishment"]
    [prison] = [c for c in dialog.categories() if c.name == "Prison"]
    assert dialog.merge(banishment, prison)
    assert "Banishment" not in [c.name for c in dialog.categories()]
    assert categories_of_events(window).get("Prison") == exile_events

    # A faint colour and a clash are refused with a sentence; nothing changes.
    errors: list[str] = []
    window.show_error = lambda _title, message: errors.append(message)  # type: ignore[method-assign]
    dialog._show_error = window.show_error
    [life] = [c for c in dialog.categories() if c.name == "life"]
    assert not dialog.recolour(life, "#fafafa")
    assert not dialog.rename(life, "prison")
    assert len(errors) == 2 and "merge" in errors[1]

    # Ctrl+Z in the dialog takes each step back, to the seed's four as they were.
    for _ in range(4):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert legend(window) == seed
    assert categories_of_events(window) == before
    assert [c.name for c in dialog.categories()] == ["life", "politics", "writing", "exile"]


def test_a_category_with_events_is_merged_not_deleted(window: MainWindow) -> None:
    errors: list[str] = []
    window.show_error = lambda _title, message: errors.append(message)  # type: ignore[method-assign]
    dialog = editing_of(window).open_categories()
    dialog.list.setCurrentRow(0)
    assert not dialog.delete_current()
    assert "still has events" in errors[0]
    assert dialog.add("Empty")
    assert dialog.delete_current()
    assert "Empty" not in [c.name for c in dialog.categories()]
    window.undo_stack.undo()
    dialog.reload()
    assert "Empty" in [c.name for c in dialog.categories()]
