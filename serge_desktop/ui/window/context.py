"""What a feature may use of the window: ``install(ctx: WindowContext) -> QObject`` and no more.

qutebrowser's ``api`` package and Spyder's plugin API are the model: features are written against
this small protocol, never against the main window's class, so a feature cannot reach into the
window's private state, and the window can change without breaking them. ``MainWindow``
satisfies it structurally; mypy checks that where the installers are called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeAlias

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QDockWidget

    from serge_desktop.services.views import ArticleView
    from serge_desktop.services.workspace import Workspace
    from serge_desktop.ui.common.bus import ChangeBus
    from serge_desktop.ui.common.worker import TaskRunner
    from serge_desktop.ui.notes.pane import NotesPane
    from serge_desktop.ui.reader.view import ReaderView
    from serge_desktop.ui.timeline.pane import TimelinePane
    from serge_desktop.ui.window.actions import ActionRegistry
    from serge_desktop.ui.window.sections import PageSections


# A page of the central area, or a function that builds it the first time it is shown.
PageSource: TypeAlias = QWidget | Callable[[], QWidget]


class PageId:
    """The ids of the central area's pages; the study panes are always there."""

    STUDY = "study"
    LIBRARY = "library"  # shown at start to a reader with several articles and none open


class WindowContext(Protocol):
    """The window as a feature sees it.

    ``workspace`` holds every service; ``undo_stack`` takes every undoable edit; ``bus`` carries
    what changed (announce it after a write that is not an undo command) and which article is
    shown; ``actions`` finds named actions and adds to menus and the toolbar by id; ``tasks``
    runs long work on a worker thread with progress and Cancel, one job at a time; ``sections``
    lets a feature add a tab to a page another feature owns (the Library page's Names), by id.
    """

    workspace: Workspace
    undo_stack: QUndoStack
    bus: ChangeBus
    actions: ActionRegistry
    reader: ReaderView
    notes: NotesPane
    timeline: TimelinePane
    tasks: TaskRunner
    sections: PageSections

    def window(self) -> QWidget:
        """The top-level window: the parent of a feature's dialogs."""
        ...

    # The article shown ---------------------------------------------------------------------------

    def current_article(self) -> ArticleView | None: ...

    def open_article(self, slug: str, *, reload: bool = False) -> None:
        """Show an article; ``reload`` reads it again though it is open (a new revision)."""
        ...

    def open_initial_article(self, slug: str | None = None) -> None:
        """The requested article, else the one open last time, else the first one."""
        ...

    def show_passage(self, slug: str, start: int, end: int) -> None:
        """Open the article if need be and show ``[start, end)`` of its text, flashed."""
        ...

    def close_article(self) -> None:
        """Show no article (the one shown went to the trash and no other is left)."""
        ...

    def focus_reader(self) -> None:
        """Bring the article's text forward and give it the keyboard, caret on its first line shown.

        Call it once an article has been opened for the reader (Ctrl+O, a search hit, an
        import), so Page Down scrolls the text rather than whatever opened it.
        """
        ...

    # Telling the reader ---------------------------------------------------------------------------

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        """A passing message in the status bar (0: until the next one)."""
        ...

    def clear_status(self, message: str) -> None:
        """Clear the status bar if it still shows ``message`` (and not a later one)."""
        ...

    def show_error(self, title: str, message: str) -> None:
        """A problem the reader can act on, in a dialog (tests replace this)."""
        ...

    # Places for a feature's widgets ---------------------------------------------------------------

    def add_banner(self, banner: QWidget) -> None:
        """A bar above the panes that no splitter or toolbar can hide."""
        ...

    def add_page(
        self, page_id: str, page: PageSource, title: str, *, undo_stack: QUndoStack | None = None
    ) -> None:
        """A page of the central area beside the study panes (a Library table, say).

        ``page`` may be a function that builds the page (and returns the same page if asked
        again): the tab is there at once, the page is built when first shown, so the window's
        start does not pay for it. With more than one page the area shows tabs; ``show_page``
        switches to one. A page with
        its own ``undo_stack`` (edits that outlive the article shown, such as the library's)
        has Edit ▸ Undo and Redo act on that stack while it is shown.
        """
        ...

    def show_page(self, page_id: str) -> None: ...

    def current_page(self) -> str: ...

    def add_dock(
        self, dock_id: str, widget: PageSource, title: str, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        """A pane the reader can move, float or close (an Index pane, say), hidden at first.

        Given a function rather than a widget, the dock calls it the first time it shows.

        Its toggle goes in the View menu; where it was is remembered with the window.
        """
        ...
