"""The Index pane in the window: the seed indexed, suggestions reviewed, decisions kept."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.ui.features.names.feature import QUIET_INDEXING, NamesFeature
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.library_helpers import add_article
from tests.ui.note_helpers import feature_of


def names(window: MainWindow) -> NamesFeature:
    return feature_of(window, NamesFeature)


def texts(tree: QTreeWidget) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def open_pane(window: MainWindow, qtbot: QtBot) -> NamesFeature:
    feature = names(window)
    window.actions.get("view.index").trigger()
    qtbot.waitUntil(lambda: feature.pane.entities.topLevelItemCount() > 0)
    return feature


def test_showing_the_pane_indexes_the_seed_and_lists_its_names(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = open_pane(window, qtbot)
    listed = texts(feature.pane.entities)
    for name in (
        "Victor Serge",
        "Leon Trotsky",
        "Petrograd",
        "Left Opposition",
        "The Case of Comrade Tulayev",
    ):
        assert name in listed
    # Suggestions are a list apart, never among the confirmed names.
    assert feature.pane.suggestions.topLevelItemCount() > 0
    assert not set(texts(feature.pane.suggestions)) & set(listed)


def test_the_filter_narrows_both_lists_by_text_and_kind(window: MainWindow, qtbot: QtBot) -> None:
    feature = open_pane(window, qtbot)
    feature.pane.filter_field.setText("trots")
    assert texts(feature.pane.entities) == ["Leon Trotsky"]
    feature.pane.filter_field.clear()
    feature.pane.kind_box.setCurrentIndex(feature.pane.kind_box.findData("work"))
    assert set(texts(feature.pane.entities)) == {
        "The Case of Comrade Tulayev",
        "Memoirs of a Revolutionary",
    }


def _select(tree: QTreeWidget, name: str) -> None:
    tree.clearSelection()
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == name:
            tree.topLevelItem(i).setSelected(True)
            return
    raise AssertionError(f"{name} not listed: {texts(tree)}")


def test_a_rejected_suggestion_is_never_asked_again_until_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = open_pane(window, qtbot)
    name = texts(feature.pane.suggestions)[0]
    _select(feature.pane.suggestions, name)
    feature.pane.reject_button.click()
    assert name not in texts(feature.pane.suggestions)
    # Indexing everything again does not bring it back: the decision is remembered.
    window.workspace.entities.reindex_all()
    feature.reload()
    assert name not in texts(feature.pane.suggestions)
    assert name not in texts(feature.pane.entities)
    window.undo_stack.undo()
    window.workspace.entities.refresh()
    feature.reload()
    assert name in texts(feature.pane.suggestions)


def test_confirming_makes_an_entity_and_undo_makes_it_a_suggestion_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = open_pane(window, qtbot)
    name = texts(feature.pane.suggestions)[0]
    _select(feature.pane.suggestions, name)
    feature.pane.confirm_kind.setCurrentIndex(feature.pane.confirm_kind.findData("organisation"))
    feature.pane.confirm_button.click()
    assert name in texts(feature.pane.entities)
    assert window.workspace.entities.find(name).kind.value == "organisation"
    assert name not in texts(feature.pane.suggestions)
    window.undo_stack.undo()
    window.workspace.entities.refresh()
    feature.reload()
    assert name not in texts(feature.pane.entities)
    assert name in texts(feature.pane.suggestions)
    window.undo_stack.redo()
    assert name in texts(feature.pane.entities)


def test_merging_a_suggestion_makes_it_another_name_of_an_entity(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = open_pane(window, qtbot)
    name = texts(feature.pane.suggestions)[0]
    serge = window.workspace.entities.find("Victor Serge")
    feature.merge([name], serge.id)
    assert name in window.workspace.entities.summary(serge.id).aliases
    assert name not in texts(feature.pane.suggestions)
    window.undo_stack.undo()
    assert name not in window.workspace.entities.summary(serge.id).aliases


def test_choosing_a_name_opens_its_page(window: MainWindow, qtbot: QtBot) -> None:
    feature = open_pane(window, qtbot)
    tree = feature.pane.entities
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Leon Trotsky"
    )
    tree.itemActivated.emit(item, 0)
    assert window.current_page() == "names"
    assert "Leon Trotsky" in feature.page.entity.title.text()
    assert feature.page.entity.mentions.topLevelItemCount() >= 1


def test_names_the_reader_did_not_confirm_are_told_apart(window: MainWindow, qtbot: QtBot) -> None:
    feature = open_pane(window, qtbot)
    tree = feature.pane.entities
    serge = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Victor Serge"
    )
    # The seed's own list of names made it: italic, and said so.
    assert serge.font(0).italic()
    assert "article's own list" in serge.toolTip(0)
    feature.open_entity(window.workspace.entities.find("Victor Serge").id)
    assert "not confirmed by you" in feature.page.entity.title.text()
    name = texts(feature.pane.suggestions)[0]
    _select(feature.pane.suggestions, name)
    feature.pane.confirm_button.click()
    mine = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == name
    )
    assert not mine.font(0).italic()
    feature.open_entity(window.workspace.entities.find(name).id)
    assert "not confirmed by you" not in feature.page.entity.title.text()


def test_showing_the_pane_indexes_every_new_article_and_imports_later_too(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = window.workspace
    for number in range(7):  # more than QUIET_INDEXING: the run with progress and Cancel
        add_article(
            workspace, f"Letter {number}", f"Trotsky wrote to Serge from Mexico ({number})."
        )
    assert workspace.entities.stale_count() > QUIET_INDEXING
    feature = open_pane(window, qtbot)
    assert workspace.entities.stale_count() == 0
    assert workspace.entities.find("Trotsky").articles == 8
    # An import announced on the bus is indexed at once, the pane following.
    add_article(workspace, "Letter 7", "Trotsky wrote once more.")
    window.bus.announce(Changes(articles=True))
    assert workspace.entities.stale_count() == 0
    row = next(
        feature.pane.entities.topLevelItem(i)
        for i in range(feature.pane.entities.topLevelItemCount())
        if feature.pane.entities.topLevelItem(i).text(0) == "Leon Trotsky"
    )
    assert row.text(2) == str(workspace.entities.find("Trotsky").mentions)
