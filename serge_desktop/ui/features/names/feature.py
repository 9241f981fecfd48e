"""People, places, organisations and works: the Index pane, the Names page and the Names menu.

The index is listed twice, in a dock and as the Library page's Names tab (added by the page's id
through the window's sections: this feature does not know the library's). The library is
indexed when either list or the page is first shown and after imports (new or changed
articles only), on the GUI thread, which owns the database, with progress and Cancel. The graph's
layout reads no database and runs on a worker thread, so the window stays responsive meanwhile.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.core.errors import SergeError
from serge_desktop.core.force_layout import ITERATIONS, LayoutStoppedError
from serge_desktop.services.changes import Changes
from serge_desktop.services.entities.graph import EntityGraph
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.common.worker import Job
from serge_desktop.ui.features.names.commands import (
    AdoptNameCommand,
    ConfirmNamesCommand,
    MergeNamesCommand,
    RejectNamesCommand,
)
from serge_desktop.ui.features.names.layout_job import lay_out_in_thread
from serge_desktop.ui.timeline.series.entity_filter import EntityFilter
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import PageId, WindowContext
from serge_desktop.ui.window.navigation import (
    open_event_in_study,
    open_in_study,
    show_passage_in_study,
)

if TYPE_CHECKING:
    from serge_desktop.services.entities.service import EntityService
    from serge_desktop.ui.features.names.index_pane import IndexPane
    from serge_desktop.ui.features.names.names_page import NamesPage

PAGE_ID = "names"
LIBRARY_SECTION = "names"  # the Library page's tab
NAMES_MENU = "names"
DOCK_ID = "index"
QUIET_INDEXING = 5  # so few articles index in a blink: no progress dialog


class NamesFeature(QObject):
    """Keeps the pane and the page in step with the index and carries out the reader's decisions."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._pane: IndexPane | None = None  # the dock's, built when the dock first shows
        self._library_pane: IndexPane | None = None  # built with the Library page
        self._page: NamesPage | None = None  # built when first shown (see ``page``)
        self.dock = ctx.add_dock(
            DOCK_ID, lambda: self.pane, self.tr("Index"), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.show_index = self.dock.toggleViewAction()
        self.show_index.setText(self.tr("In&dex of Names"))
        self.show_index.setShortcut("Ctrl+Alt+4")  # beside the study panes' Ctrl+Alt+1 to 3
        self.show_index.setStatusTip(
            self.tr("People, places, organisations and works named in the library")
        )
        ctx.add_page(PAGE_ID, lambda: self.page, self.tr("Names"))
        ctx.sections.add(
            PageId.LIBRARY, LIBRARY_SECTION, lambda: self.library_pane, self.tr("Names")
        )
        self.show_in_library = QAction(self.tr("Index in the &Library"), self)
        self.show_graph = QAction(self.tr("&Who Appears with Whom"), self)
        self.show_graph.setStatusTip(
            self.tr("People and organisations named in the same paragraphs")
        )
        self.show_map = QAction(self.tr("&Map of Places"), self)
        self.show_map.setStatusTip(self.tr("The places named in the library on a world map"))
        self.underline = QAction(self.tr("&Underline Names in the Article"), self)
        self.underline.setCheckable(True)
        self.underline.setStatusTip(
            self.tr("Underline the mentions of confirmed names; right-click one to open its page")
        )
        self.open_mention = QAction(self.tr("Open the Page of This &Name"), self)
        # Given an entity id as its data, opens that page (a search hit, say).
        self.open_named = QAction(self.tr("Open a Name's Page"), self)
        self.index_now = QAction(self.tr("Index &New Articles"), self)
        self.index_now.setStatusTip(self.tr("Find names in the articles added or changed since"))
        for action_id, action in (
            ("names.library", self.show_in_library),
            ("names.graph", self.show_graph),
            ("names.map", self.show_map),
            ("names.index", self.index_now),
            ("names.underline", self.underline),
            ("names.open_mention", self.open_mention),
            ("names.open", self.open_named),
        ):
            ctx.actions.add(action_id, action)
        ctx.actions.add_menu(NAMES_MENU, self.tr("&Names"), before=MenuId.HELP)
        shown = [self.show_index, self.show_in_library, self.show_graph, self.show_map]
        ctx.actions.add_to_menu(NAMES_MENU, [*shown, self.underline, self.index_now])
        ctx.actions.add_to_menu(MenuId.VIEW, [self.underline])
        ctx.reader.add_context_action(self.open_mention, self._prepare_mention)
        self.graph_job: Job | None = None
        self._graph_stale = self._map_stale = True
        self._indexed_once = False
        self._connect()

    def _connect(self) -> None:
        self.dock.visibilityChanged.connect(self._pane_shown)
        self.show_in_library.triggered.connect(self.open_in_library)
        self.show_graph.triggered.connect(self.open_graph)
        self.show_map.triggered.connect(self.open_map)
        self.index_now.triggered.connect(self.index_library)
        self.underline.toggled.connect(self.show_mentions)
        self.open_mention.triggered.connect(lambda: self._open_data(self.open_mention))
        self.open_named.triggered.connect(lambda: self._open_data(self.open_named))
        self._ctx.bus.article_opened.connect(lambda _article: self.mark_mentions())
        self._ctx.bus.changed.connect(self.on_changed)

    def _new_pane(self, *, wide: bool = False) -> IndexPane:
        from serge_desktop.ui.features.names.index_pane import IndexPane

        pane = IndexPane(wide=wide)
        pane.filter_changed.connect(lambda: self.reload(pane))
        pane.entity_chosen.connect(self.open_entity)
        pane.confirm_requested.connect(self.confirm)
        pane.reject_requested.connect(self.reject)
        pane.merge_requested.connect(lambda names: self.ask_merge(names, pane))
        return pane

    @property
    def pane(self) -> IndexPane:  # the Index dock's lists, built when the dock first shows
        if self._pane is None:
            self._pane = self._new_pane()
        return self._pane

    @property
    def library_pane(self) -> IndexPane:  # the Library page's Names tab, built with that page
        if self._library_pane is None:
            pane = self._library_pane = self._new_pane(wide=True)
            pane.shown.connect(lambda: self._pane_shown(True, pane))
        return self._library_pane

    @property
    def page(self) -> NamesPage:
        """The Names page (a name's page, the graph, the map), built when first shown."""
        if self._page is not None:
            return self._page
        from serge_desktop.ui.features.names.names_page import NamesPage

        page = self._page = NamesPage(self._ctx.window())
        page.hide()  # the window's until its tab shows it
        page.passage_chosen.connect(partial(show_passage_in_study, self._ctx))
        page.graph.node_chosen.connect(self.open_entity)
        page.map.place_chosen.connect(self.open_entity)
        page.entity.event_chosen.connect(partial(open_event_in_study, self._ctx))
        page.entity.note_chosen.connect(self.open_note)
        page.entity.note_edited.connect(self.save_note)
        page.entity.timeline_requested.connect(self.open_timeline)
        page.entity.adopt_requested.connect(self.adopt)
        page.tabs.currentChanged.connect(self._tab_shown)
        return page

    @property
    def service(self) -> EntityService:
        return self._ctx.workspace.entities

    # Indexing and listing -------------------------------------------------------------------

    def index_library(self) -> bool:
        """Index the articles new or changed since the last run; False if cancelled or busy."""
        self._indexed_once = True
        ctx = self._ctx
        stale = self.service.stale_count()
        if stale == 0:
            return True
        if stale <= QUIET_INDEXING:
            if ctx.tasks.busy():
                return False
            ctx.tasks.run_blocking(self.service.refresh)
        else:
            job = ctx.tasks.begin(
                self.tr("Index of Names"),
                self.tr("Finding names in %n article(s)…", "", stale),
                total=stale,
            )
            if job is None:
                return False
            try:
                run = self.service.refresh(progress=job.step)
            finally:
                job.end()
            if run.cancelled:
                ctx.show_status(self.tr("Indexing stopped: the rest is indexed next time."))
        ctx.bus.announce(Changes(entities=True))
        return True

    def reload(self, pane: IndexPane | None = None) -> None:
        """List the index again in ``pane``, else in the dock and the Library tab if shown."""
        built = [p for p in (self._pane, self._library_pane) if p is not None]
        panes = [pane] if pane else [p for p in built if p.isVisible()]
        try:
            for shown in panes:
                kind = shown.filter_kind()
                shown.show_entities(self.service.entities(kind=kind, text=shown.filter_text()))
                shown.show_suggestions(self.service.suggestions(kind=kind))
        except SergeError as error:
            self._ctx.show_error(self.tr("Index of Names"), str(error))

    def _pane_shown(self, visible: bool, pane: IndexPane | None = None) -> None:
        if visible:
            pane = pane or self.pane
            if not self._indexed_once:
                self.index_library()
            self.reload(pane)
            pane.filter_field.setFocus()

    def on_changed(self, changes: Changes) -> None:
        if changes.entities or changes.articles:
            self._graph_stale = self._map_stale = True
            if changes.articles and self._indexed_once:
                self.index_library()  # announces entities: the rest follows from that
                return
            self.reload()
            self.mark_mentions()
            if self._page is None:
                return  # not built yet: it reads the index as it is when it is
            if self._page.entity.entity_id is not None and self._ctx.current_page() == PAGE_ID:
                self.open_entity(self._page.entity.entity_id, switch=False)
            self._tab_shown(self._page.tabs.currentIndex())

    # Mentions in the reader ------------------------------------------------------------------

    def show_mentions(self, shown: bool) -> None:
        if shown and not self._indexed_once:
            self.index_library()
        self.mark_mentions()
        self._ctx.reader.mentions.set_shown(shown)

    def mark_mentions(self) -> None:
        """The confirmed names of the article shown, found in the revision shown."""
        article = self._ctx.current_article()
        if article is None or not (self.underline.isChecked() or self._indexed_once):
            self._ctx.reader.mentions.set_spans([])
            return
        found = self.service.confirmed_mentions([article.id])
        self._ctx.reader.mentions.set_spans(
            [(m.start, m.end, m.entity_id) for m in found if m.revision_id == article.revision_id]
        )

    def _prepare_mention(self, offset: int | None) -> None:
        entity_id = self._ctx.reader.mentions.at(offset)
        self.open_mention.setVisible(entity_id is not None)
        if entity_id is not None:
            name = self.service.summary(entity_id).name
            self.open_mention.setText(self.tr("Open the Page of %1").replace("%1", name))
            self.open_mention.setData(entity_id)

    def _open_data(self, action: QAction) -> None:
        entity_id = action.data()
        action.setData(None)
        if isinstance(entity_id, int):
            self.open_entity(entity_id)

    # Decisions --------------------------------------------------------------------------------

    def confirm(self, names: list[str], kind: str) -> None:
        text = self.tr("Confirm %1").replace("%1", max(names, key=len))
        self._push(ConfirmNamesCommand(text, self._ctx.bus, self.service, names, EntityKind(kind)))

    def reject(self, names: list[str]) -> None:
        text = self.tr("Reject %1").replace("%1", ", ".join(names))
        self._push(RejectNamesCommand(text, self._ctx.bus, self.service, names))

    def ask_merge(self, names: list[str], pane: IndexPane) -> None:
        entities = sorted(self.service.entities(), key=lambda e: e.name.casefold())
        if not entities:
            self._ctx.show_status(
                self.tr("Confirm a name first: there is nothing to merge into yet.")
            )
            return
        chosen = pane.ask_merge_target(names, entities)
        if chosen is not None:
            self.merge(names, chosen.id)

    def merge(self, names: list[str], into: int) -> None:
        text = self.tr("Merge %1").replace("%1", ", ".join(names))
        self._push(MergeNamesCommand(text, self._ctx.bus, self.service, names, into))

    def adopt(self, entity_id: int) -> None:
        """Make a name the article's list or a teacher's pack brought the reader's own."""
        try:
            name = self.service.summary(entity_id).name
        except SergeError as error:
            self._ctx.show_error(self.tr("Index of Names"), str(error))
            return
        text = self.tr("Confirm %1 as Mine").replace("%1", name)
        self._push(AdoptNameCommand(text, self._ctx.bus, self.service, entity_id))

    def _push(self, command: FallibleCommand) -> None:
        self._ctx.undo_stack.push(command)
        if command.error is not None:
            self._ctx.show_error(self.tr("Index of Names"), str(command.error))

    def save_note(self, entity_id: int, text: str) -> None:
        try:
            self.service.set_note(entity_id=entity_id, text=text)
        except SergeError as error:
            self._ctx.show_error(self.tr("Your Note on This Name"), str(error))

    # Going places ---------------------------------------------------------------------------

    def open_entity(self, entity_id: int, *, switch: bool = True) -> None:
        try:
            page = self.service.page(entity_id)
        except SergeError:  # deleted meanwhile (an undo)
            self.page.entity.entity_id = None
            return
        self.page.entity.show_page(page)
        if switch:
            self.page.tabs.setCurrentIndex(0)
            self._ctx.show_page(PAGE_ID)

    def open_in_library(self) -> None:
        self._ctx.show_page(PageId.LIBRARY)
        self._ctx.sections.show(PageId.LIBRARY, LIBRARY_SECTION)
        self.library_pane.filter_field.setFocus()

    def open_graph(self) -> None:
        self.page.tabs.setCurrentIndex(1)
        self._ctx.show_page(PAGE_ID)
        self._tab_shown(1)

    def open_map(self) -> None:
        self.page.tabs.setCurrentIndex(2)
        self._ctx.show_page(PAGE_ID)
        self._tab_shown(2)

    def _tab_shown(self, index: int) -> None:
        if index == 1 and self._graph_stale:
            self.lay_out_graph()
        elif index == 2 and self._map_stale:
            if not self._indexed_once:
                self.index_library()
            self._map_stale = False
            self.page.show_map(self.service.place_map())

    def lay_out_graph(self) -> None:
        """Read the graph here (the database is this thread's), lay it out on a worker thread."""
        if not self._indexed_once:
            self.index_library()
        graph = self.service.graph(layout=False)
        job = self._ctx.tasks.begin(
            self.tr("Graph of Names"), self.tr("Laying out the graph…"), total=ITERATIONS
        )
        if job is None:
            self.page.graph.show_message(
                self.tr("Busy with other work: open the graph again in a moment.")
            )
            return
        self._graph_stale = False
        self.page.graph.show_message(self.tr("Laying out the graph…"))
        self.graph_job = job
        lay_out_in_thread(job, graph, done=self._graph_laid_out, failed=self._graph_not_laid_out)

    def _graph_laid_out(self, graph: EntityGraph) -> None:
        self.graph_job = None
        self.page.show_graph(graph, {node.entity_id: node.name for node in graph.nodes})

    def _graph_not_laid_out(self, error: Exception) -> None:
        self.graph_job = None
        self._graph_stale = True  # laid out again when next shown
        if not isinstance(error, LayoutStoppedError):
            # A fault, not a cancel: the canvas stops promising a layout, and the error goes on
            # to the window's report of unexpected errors.
            self.page.graph.show_message(self.tr("The graph could not be laid out."))
            raise error
        self.page.graph.show_message(self.tr("Layout cancelled: open the graph again to draw it."))

    def open_note(self, slug: str, note_id: int) -> None:
        if open_in_study(self._ctx, slug):
            self._ctx.notes.activate_note(note_id)

    def open_timeline(self, entity_id: int) -> None:
        """The series timeline of the whole library, only the events that involve the entity."""
        action = self._ctx.actions.find("timeline.series")
        if action is None:
            return
        summary = self.service.summary(entity_id)
        action.setData(EntityFilter(summary.name, self.service.event_ids(entity_id)))
        action.trigger()


def install(ctx: WindowContext) -> QObject:
    return NamesFeature(ctx)
