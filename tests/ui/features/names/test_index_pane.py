"""The Index pane in the window: the seed indexed, suggestions reviewed, decisions kept."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.changes import Changes
from serge_desktop.services.entities.views import EntitySummary
from serge_desktop.ui.features.names.feature import QUIET_INDEXING, NamesFeature
from serge_desktop.ui.features.names.index_pane import IndexPane
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.library_helpers import add_article
from tests.ui.note_helpers import feature_of


def names(window: MainWindow) -> NamesFeature:
    return feature_of(window, NamesFeature)


def texts(tree: QTreeWidget) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def listed(feature: NamesFeature) -> list[str]:
    return feature.pane.listed_names()


def row_of(feature: NamesFeature, name: str, column: int = 0) -> QModelIndex:
    model = feature.pane.entity_model
    return model.index(listed(feature).index(name), column)


def open_pane(window: MainWindow, qtbot: QtBot) -> NamesFeature:
    feature = names(window)
    window.actions.get("view.index").trigger()
    qtbot.waitUntil(lambda: feature.pane.entity_model.rowCount() > 0)
    return feature


def test_showing_the_pane_indexes_the_seed_and_lists_its_names(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = open_pane(window, qtbot)
    shown = listed(feature)
    for name in (
        "Victor Serge",
        "Leon Trotsky",
        "Petrograd",
        "Left Opposition",
        "The Case of Comrade Tulayev",
    ):
        assert name in shown
    # Suggestions are a list apart, never among the confirmed names.
    assert feature.pane.suggestions.topLevelItemCount() > 0
    assert not set(texts(feature.pane.suggestions)) & set(shown)


def test_the_filter_narrows_both_lists_by_text_and_kind(window: MainWindow, qtbot: QtBot) -> None:
    feature = open_pane(window, qtbot)
    feature.pane.filter_field.setText("trots")
    assert listed(feature) == ["Leon Trotsky"]
    feature.pane.filter_field.clear()
    feature.pane.kind_box.setCurrentIndex(feature.pane.kind_box.findData("work"))
    assert set(listed(feature)) == {
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
    assert name not in listed(feature)
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
    assert name in listed(feature)
    assert window.workspace.entities.find(name).kind.value == "organisation"
    assert name not in texts(feature.pane.suggestions)
    window.undo_stack.undo()
    window.workspace.entities.refresh()
    feature.reload()
    assert name not in listed(feature)
    assert name in texts(feature.pane.suggestions)
    window.undo_stack.redo()
    assert name in listed(feature)


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
    feature.pane.entities.activated.emit(row_of(feature, "Leon Trotsky"))
    assert window.current_page() == "names"
    assert "Leon Trotsky" in feature.page.entity.title.text()
    assert feature.page.entity.mention_model.rowCount() >= 1


def test_names_the_reader_did_not_confirm_are_told_apart(window: MainWindow, qtbot: QtBot) -> None:
    feature = open_pane(window, qtbot)
    serge = row_of(feature, "Victor Serge")
    # The seed's own list of names made it: italic, and said so.
    assert serge.data(Qt.ItemDataRole.FontRole).italic()
    assert "article's own list" in serge.data(Qt.ItemDataRole.ToolTipRole)
    feature.open_entity(window.workspace.entities.find("Victor Serge").id)
    assert "not confirmed by you" in feature.page.entity.title.text()
    name = texts(feature.pane.suggestions)[0]
    _select(feature.pane.suggestions, name)
    feature.pane.confirm_button.click()
    assert row_of(feature, name).data(Qt.ItemDataRole.FontRole) is None  # not italic
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
    mentions = row_of(feature, "Leon Trotsky", 2).data()
    assert mentions == str(workspace.entities.find("Trotsky").mentions)


def test_thousands_of_names_are_one_model_sorted_by_number(qtbot: QtBot) -> None:
    pane = IndexPane()
    qtbot.addWidget(pane)
    many = [
        EntitySummary(n, f"Name {n:04}", EntityKind.PERSON, "reader", (f"Name {n:04}",), n % 97, 1)
        for n in range(1, 5001)
    ]
    pane.show_entities(many)
    # A view over one model: no item object per row.
    assert not isinstance(pane.entities, QTreeWidget)
    model = pane.entity_model
    assert model.rowCount() == 5000
    counts = [int(model.index(row, 2).data()) for row in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)  # by number (96 before 10), most first
    pane.entities.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert pane.listed_names()[:2] == ["Name 0001", "Name 0002"]
    with qtbot.waitSignal(pane.entity_chosen) as chosen:
        pane.entities.activated.emit(model.index(1, 0))
    assert chosen.args == [2]


def test_a_name_from_the_articles_list_can_be_confirmed_as_mine_and_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = open_pane(window, qtbot)
    entities = window.workspace.entities
    serge = entities.find("Victor Serge")
    assert serge.origin == "curated"
    feature.open_entity(serge.id)
    view = feature.page.entity
    assert not view.adopt_button.isHidden()
    view.adopt_button.click()
    assert entities.summary(serge.id).origin == "reader"
    assert "not confirmed by you" not in view.title.text()
    assert view.adopt_button.isHidden()
    assert row_of(feature, "Victor Serge").data(Qt.ItemDataRole.FontRole) is None
    window.undo_stack.undo()
    assert entities.summary(serge.id).origin == "curated"
    assert "not confirmed by you" in view.title.text()
    assert row_of(feature, "Victor Serge").data(Qt.ItemDataRole.FontRole).italic()
    window.undo_stack.redo()
    assert entities.summary(serge.id).origin == "reader"
