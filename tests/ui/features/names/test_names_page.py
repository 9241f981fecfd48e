"""The Names page as a reader uses it: a name's page, the graph, the map, the underlines."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from serge_desktop.core import force_layout
from serge_desktop.services.entities.page import KwicLines
from serge_desktop.services.search_views import EntityHit
from serge_desktop.ui.features.names.entity_view import SAVE_AFTER_MS
from serge_desktop.ui.features.names.feature import NamesFeature
from serge_desktop.ui.features.search_everything import SearchEverything
from serge_desktop.ui.features.series_timeline import SeriesTimelineFeature
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.library_helpers import add_article
from tests.ui.note_helpers import announce_notes, feature_of

SEED = "he-found-the-seeds-of-hope-in-russia"


def indexed(window: MainWindow, qtbot: QtBot) -> NamesFeature:
    feature = feature_of(window, NamesFeature)
    window.actions.get("view.index").trigger()
    qtbot.waitUntil(lambda: feature.pane.entity_model.rowCount() > 0)
    return feature


def test_a_page_lists_every_mention_and_each_line_opens_its_passage(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = indexed(window, qtbot)
    trotsky = window.workspace.entities.find("Trotsky")
    feature.open_entity(trotsky.id)
    view = feature.page.entity.mentions
    model = feature.page.entity.mention_model
    assert model.rowCount() == trotsky.mentions
    assert [model.index(i, 1).data() for i in range(model.rowCount())] == [
        "Trotsky"
    ] * trotsky.mentions
    view.activated.emit(model.index(0, 0))
    assert window.current_page() == "study"
    article = window.current_article()
    assert article is not None and article.slug == SEED
    _slug, start, end = model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert article.body[start:end] == "Trotsky"


def test_a_page_lists_events_and_notes_and_keeps_the_readers_note(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = indexed(window, qtbot)
    workspace = window.workspace
    article = window.current_article()
    assert article is not None
    start = article.body.index("Trotsky")
    note = workspace.notes.create_note(
        article_id=article.id, revision_id=article.revision_id, start=start, end=start + 7,
        body="Why did they part?",
    )  # fmt: skip
    announce_notes(window)
    trotsky = workspace.entities.find("Trotsky")
    feature.open_entity(trotsky.id)
    view = feature.page.entity
    assert view.events.topLevelItemCount() == len(workspace.entities.event_ids(trotsky.id)) > 0
    assert view.notes.topLevelItemCount() == 1
    view.note.setPlainText("Exiled 1929; killed in Mexico, 1940.")
    qtbot.wait(SAVE_AFTER_MS + 300)
    assert workspace.entities.page(trotsky.id).note == "Exiled 1929; killed in Mexico, 1940."
    view.notes.itemActivated.emit(view.notes.topLevelItem(0), 0)
    assert window.current_page() == "study"
    assert window.notes.current_note_id() == note.id
    feature.open_entity(trotsky.id)
    event = view.events.topLevelItem(0)
    view.events.itemActivated.emit(event, 0)
    assert window.current_page() == "study"
    assert window.timeline.selected_event_id() == event.data(0, Qt.ItemDataRole.UserRole)[1]


def test_the_series_timeline_can_show_only_one_names_events(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = indexed(window, qtbot)
    trotsky = window.workspace.entities.find("Trotsky")
    feature.open_entity(trotsky.id)
    feature.page.entity.timeline_button.click()
    assert window.current_page() == "series_timeline"
    page = feature_of(window, SeriesTimelineFeature).page
    wanted = window.workspace.entities.event_ids(trotsky.id)
    shown = {c.event.id for item in page.chart.data().items.values() for c in item.claims}
    assert shown and shown <= wanted
    assert page.only_label.isVisible()
    page.show_all_button.click()
    everything = {c.event.id for i in page.chart.data().items.values() for c in i.claims}
    assert len(everything) > len(shown)


def test_mentions_are_underlined_on_request_and_their_menu_opens_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = indexed(window, qtbot)
    reader = window.reader
    before = len(reader.extraSelections())
    window.actions.get("names.underline").setChecked(True)
    article = window.current_article()
    assert article is not None
    trotsky = window.workspace.entities.find("Trotsky")
    confirmed = window.workspace.entities.confirmed_mentions([article.id])
    assert len(reader.extraSelections()) == before + len(confirmed)
    offset = article.body.index("Trotsky") + 2
    assert reader.mentions.at(offset) == trotsky.id
    feature._prepare_mention(offset)
    assert feature.open_mention.isVisible()
    assert "Leon Trotsky" in feature.open_mention.text()
    feature.open_mention.trigger()
    assert window.current_page() == "names"
    assert "Leon Trotsky" in feature.page.entity.title.text()
    feature._prepare_mention(article.body.index("born"))  # a word that names nobody
    assert not feature.open_mention.isVisible()
    window.actions.get("names.underline").setChecked(False)
    assert len(reader.extraSelections()) == before


def test_a_dot_on_the_map_opens_its_places_page(window: MainWindow, qtbot: QtBot) -> None:
    feature = indexed(window, qtbot)
    feature.open_map()
    canvas = feature.page.map
    assert canvas.places is not None
    paris = next(p for p in canvas.places.places if p.name == "Paris")
    assert "today" in feature.page.caption.text()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.point(paris).toPoint())
    assert feature.page.tabs.currentIndex() == 0
    assert "Paris" in feature.page.entity.title.text()


def test_clicking_an_edge_lists_the_passages_naming_both(window: MainWindow, qtbot: QtBot) -> None:
    feature = indexed(window, qtbot)
    feature.open_graph()
    canvas = feature.page.graph
    qtbot.waitUntil(lambda: canvas.graph is not None, timeout=10_000)
    assert canvas.graph is not None
    edge = max(canvas.graph.edges, key=lambda e: e.weight)
    where = {node.entity_id: canvas.point(node) for node in canvas.graph.nodes}
    middle = (where[edge.source] + where[edge.target]) / 2
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(middle.x()), round(middle.y()))
    )
    assert feature.page.shared.topLevelItemCount() == edge.weight
    item = feature.page.shared.topLevelItem(0)
    feature.page.shared.itemActivated.emit(item, 0)
    assert window.current_page() == "study"


FIRST = "Anna Boris Clara Dmitri Elena Fyodor Galina Hugo Irina Jakob Katya Lev Maria Nina Olga"
LAST = (
    "Abramov Belov Chekhov Dubov Egorov Frolov Gusev Haskov Ivanov Jarov Kozlov Lebedev Morozov "
    "Novikov Orlov Popov Qurov Rybakov Sokolov Titov"
)


def test_a_graph_of_300_names_is_laid_out_while_the_window_stays_responsive(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = window.workspace
    names = [f"{first} {last}" for first in FIRST.split() for last in LAST.split()]
    assert len(names) == 300
    for name in names:
        workspace.entities.confirm(names=[name], kind="person")
    paragraphs = [", ".join(names[i : i + 12]) + " met that year." for i in range(0, 300, 6)]
    add_article(workspace, "A crowded congress", *paragraphs)
    feature = indexed(window, qtbot)
    # Which thread lays the graph out (the real layout runs; this only notes where).
    threads: list[threading.Thread] = []
    real_layout = force_layout.force_layout

    def noted(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real_layout(*args, **kwargs)

    monkeypatch.setattr(force_layout, "force_layout", noted)
    feature.open_graph()
    canvas = feature.page.graph
    # Back before anything is placed: the layout runs on a worker thread. (Reading the graph
    # stays here, where the database is; it is a fraction of the layout's time.) How often the
    # window's own timers fire meanwhile depends on the machine's load, so it is not timed.
    assert canvas.graph is None and canvas.message
    qtbot.waitUntil(lambda: canvas.graph is not None, timeout=20_000)
    assert canvas.graph is not None and len(canvas.graph.nodes) == 300
    assert len({(n.x, n.y) for n in canvas.graph.nodes}) == 300  # placed apart
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_search_finds_a_name_by_its_alias_and_opens_its_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = indexed(window, qtbot)
    search = feature_of(window, SearchEverything)
    search.open()
    assert search.dialog is not None
    search.dialog.field.setText("Kibalchich")
    search.dialog.run_search()
    model = search.dialog.model
    row = model.first_hit_row()
    assert row is not None
    hit = model.hit_at(row)
    assert isinstance(hit, EntityHit) and hit.name == "Victor Serge"
    assert model.index(row - 1).data().startswith("People, places and works")
    search.go_to(hit)
    assert window.current_page() == "names"
    assert "Victor Serge" in feature.page.entity.title.text()
    search.dialog.close()


def test_a_page_of_many_mentions_makes_only_the_lines_on_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    feature = indexed(window, qtbot)
    words = " ".join(f"word{n}" for n in range(40))
    add_article(window.workspace, "Many", " ".join(f"{words} Trotsky {words}." for _ in range(400)))
    window.workspace.entities.refresh()
    trotsky = window.workspace.entities.find("Trotsky")
    feature.open_entity(trotsky.id)
    view = feature.page.entity
    qtbot.waitUntil(lambda: view.mentions.isVisible())
    view.mentions.viewport().repaint()
    lines = view.mention_model.rows()
    assert isinstance(lines, KwicLines)
    assert view.mention_model.rowCount() == trotsky.mentions > 400
    assert 0 < lines.made() < 100  # the first screen, not the 400 and more
