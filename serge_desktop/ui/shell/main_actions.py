"""The main window's own actions, with their shortcuts and ids, and the menus and toolbar.

Features add theirs to the same menus by id (``ui.window.actions``); these are the window's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from serge_desktop.ui.common.palette import colour_swatch
from serge_desktop.ui.common.themed_icons import set_themed_icon
from serge_desktop.ui.window.actions import ActionRegistry, MenuId


class MainActions(QObject):
    """Every command of the main window in one place; the window and features connect to them.

    A QObject so that ``self.tr`` gives its strings one translation context, "MainActions".
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

        def make(
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: str | None = None,
            tip: str | None = None,
        ) -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon:
                set_themed_icon(action, icon, window.palette())
            if tip:
                action.setToolTip(tip)
                action.setStatusTip(tip)
            return action

        # "#~ menu <name>" tells lupdate which menu a string is in: translators see it, and
        # packaging/translation_check.py checks mnemonics per menu rather than per class.
        # The formatter would turn "#~" into "# ~", which lupdate no longer reads.
        # fmt: off
        self.import_article = make(
            #~ menu file
            self.tr("&Import…"),
            "Ctrl+I",
            "import",
            self.tr("Import articles: web pages, e-books, PDF, Word, OpenDocument, text (Ctrl+I)"),
        )
        self.open_library = make(
            #~ menu file
            self.tr("&Open from Library…"),
            QKeySequence.StandardKey.Open,
            "library",
            self.tr("Open another article of the library"),
        )
        #~ menu file
        self.quit = make(self.tr("&Quit"), "Ctrl+Q")
        self.add_article_note = make(
            #~ menu edit
            self.tr("Add Note on the &Article"),
            "Ctrl+Alt+N",
            None,
            self.tr("A note about the article as a whole"),
        )
        self.add_event_note = make(
            #~ menu edit
            self.tr("Add Note on the Selected &Event"),
            "Ctrl+Alt+E",
            None,
            self.tr("A note about the event selected on the timeline"),
        )
        self.add_event_note.setEnabled(False)
        #~ menu edit
        self.undo = make(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        #~ menu edit
        self.redo = make(self.tr("&Redo"), "Ctrl+Shift+Z")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_note = make(
            #~ menu edit
            self.tr("Add &Note"),
            "Ctrl+Shift+N",
            "note-add",
            self.tr("Add a note on the selected passage (Ctrl+Shift+N)"),
        )
        colour_names = {
            #~ menu highlight
            "yellow": self.tr("&Yellow"),
            #~ menu highlight
            "green": self.tr("&Green"),
            #~ menu highlight
            "blue": self.tr("&Blue"),
            #~ menu highlight
            "pink": self.tr("&Pink"),
            #~ menu highlight
            "purple": self.tr("P&urple"),
        }
        # Ctrl+1 … Ctrl+5: highlight the selection in that colour, or recolour the current note.
        self.highlights = {
            name: make(text, f"Ctrl+{number}")
            for number, (name, text) in enumerate(colour_names.items(), start=1)
        }
        for name, action in self.highlights.items():
            action.setIcon(colour_swatch(name))
        self.copy_note_link = make(
            #~ menu edit
            self.tr("Copy &Link to Note"),
            None,
            None,
            self.tr("Copy a Markdown link to the selected note, to paste into another note"),
        )
        self.copy_event_link = make(
            #~ menu edit
            self.tr("Copy Link to Selected E&vent"),
            None,
            None,
            self.tr("Copy a Markdown link to the event selected on the timeline"),
        )
        self.copy_note_link.setEnabled(False)
        self.copy_event_link.setEnabled(False)
        self.note_history = make(
            #~ menu edit
            self.tr("Note Hist&ory…"),
            "Ctrl+Shift+H",
            None,
            self.tr("Earlier texts of the selected note"),
        )
        self.note_history.setEnabled(False)
        #~ menu edit
        self.manage_tags = make(self.tr("Manage &Tags…"), "Ctrl+Shift+T")
        self.trash = make(
            #~ menu edit
            self.tr("Tras&h…"),
            "Ctrl+Shift+Del",
            None,
            self.tr("Restore deleted notes, or empty the trash"),
        )
        self.find = make(
            #~ menu edit
            self.tr("&Find in Article…"),
            QKeySequence.StandardKey.Find,
            "find",
            self.tr("Find words in the article (Ctrl+F)"),
        )
        self.search = make(
            #~ menu edit
            self.tr("&Search Everything…"),
            "Ctrl+K",
            "search",
            self.tr("Search all articles, notes and timeline events (Ctrl+K)"),
        )
        #~ menu edit
        self.find_next = make(self.tr("Find Ne&xt"), QKeySequence.StandardKey.FindNext)
        #~ menu edit
        self.find_previous = make(self.tr("Fin&d Previous"), QKeySequence.StandardKey.FindPrevious)
        self.show_reader = make(self.tr("&Article"), "Ctrl+Alt+1")
        #~ menu view
        self.show_timeline = make(self.tr("&Timeline"), "Ctrl+Alt+2")
        #~ menu view
        self.show_notes = make(self.tr("&Notes"), "Ctrl+Alt+3")
        for action in (self.show_reader, self.show_timeline, self.show_notes):
            action.setCheckable(True)
            action.setChecked(True)
        self.next_pane = make(
            #~ menu view
            self.tr("Ne&xt Pane"),
            "F6",
            None,
            self.tr("Move the keyboard to the next pane: article, notes, timeline (F6)"),
        )
        self.previous_pane = make(
            #~ menu view
            self.tr("Pre&vious Pane"),
            "Shift+F6",
            None,
            self.tr("Move the keyboard to the previous pane (Shift+F6)"),
        )
        #~ menu view
        self.zoom_in = make(self.tr("Zoom &In"), "Ctrl+=")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        #~ menu view
        self.zoom_out = make(self.tr("Zoom &Out"), "Ctrl+-")
        #~ menu view
        self.zoom_reset = make(self.tr("Actual &Size"), "Ctrl+0")
        self.about = make(self.tr("&About Serge Desktop"))
        #~ menu help
        self.about_qt = make(self.tr("About &Qt"))
        # fmt: on
        self.add_note.setEnabled(False)

    def register(self, registry: ActionRegistry) -> None:
        """Name every action, so features find them by id (``ctx.actions.find("notes.add")``)."""
        named = {
            "file.import": self.import_article,
            "file.open_library": self.open_library,
            "file.quit": self.quit,
            "edit.undo": self.undo,
            "edit.redo": self.redo,
            "notes.add": self.add_note,
            "notes.add_about_article": self.add_article_note,
            "notes.add_about_event": self.add_event_note,
            "notes.copy_link": self.copy_note_link,
            "notes.history": self.note_history,
            "notes.tags": self.manage_tags,
            "notes.trash": self.trash,
            "timeline.copy_event_link": self.copy_event_link,
            "reader.find": self.find,
            "reader.find_next": self.find_next,
            "reader.find_previous": self.find_previous,
            "reader.zoom_in": self.zoom_in,
            "reader.zoom_out": self.zoom_out,
            "reader.zoom_reset": self.zoom_reset,
            "search.everything": self.search,
            "view.reader": self.show_reader,
            "view.timeline": self.show_timeline,
            "view.notes": self.show_notes,
            "view.next_pane": self.next_pane,
            "view.previous_pane": self.previous_pane,
            "help.about": self.about,
            "help.about_qt": self.about_qt,
        }
        named |= {f"notes.highlight.{name}": action for name, action in self.highlights.items()}
        for action_id, action in named.items():
            registry.add(action_id, action)

    def pane_toggles(self) -> dict[str, QAction]:
        """The View menu's checkable actions, by the pane they show or hide."""
        return {
            "reader": self.show_reader,
            "timeline": self.show_timeline,
            "notes": self.show_notes,
        }

    def follow_undo_stack(self, stack: QUndoGroup) -> None:
        """Keep Undo and Redo enabled and named after what they would undo or redo."""

        def name(action: QAction, plain: str, named: str, text: str) -> None:
            action.setText(named.replace("%1", text) if text else plain)

        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        # fmt: off
        stack.undoTextChanged.connect(
            #~ menu edit
            lambda text: name(self.undo, self.tr("&Undo"), self.tr("&Undo %1"), text)
        )
        stack.redoTextChanged.connect(
            #~ menu edit
            lambda text: name(self.redo, self.tr("&Redo"), self.tr("&Redo %1"), text)
        )
        # fmt: on
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())

    def build_menus(self, registry: ActionRegistry) -> None:
        # fmt: off
        #~ menu menubar
        file_menu = registry.add_menu(MenuId.FILE, self.tr("&File"))
        registry.add_to_menu(MenuId.FILE, [self.import_article, self.open_library])
        registry.keep_last(MenuId.FILE, [self.quit])
        #~ menu menubar
        registry.add_menu(MenuId.EDIT, self.tr("&Edit"))
        #~ menu edit
        highlight_menu = QMenu(self.tr("Hi&ghlight"), registry.menu(MenuId.EDIT))
        highlight_menu.addActions(list(self.highlights.values()))
        for group in (
            [self.undo, self.redo],
            [self.add_note, self.add_article_note, self.add_event_note],
            [self.copy_note_link, self.copy_event_link],
            [self.note_history, self.manage_tags, self.trash],
            [self.find, self.find_next, self.find_previous, self.search],
        ):
            registry.add_to_menu(MenuId.EDIT, group)
            if group[0] is self.add_note:
                registry.menu(MenuId.EDIT).addMenu(highlight_menu)
        #~ menu menubar
        registry.add_menu(MenuId.VIEW, self.tr("&View"))
        registry.add_to_menu(MenuId.VIEW, list(self.pane_toggles().values()))
        registry.add_to_menu(MenuId.VIEW, [self.next_pane, self.previous_pane])
        registry.add_to_menu(MenuId.VIEW, [self.zoom_in, self.zoom_out, self.zoom_reset])
        registry.add_menu(MenuId.TIMELINE, self.tr("&Timeline"))
        #~ menu menubar
        registry.add_menu(MenuId.HELP, self.tr("&Help"))
        # fmt: on
        registry.keep_last(MenuId.HELP, [self.about, self.about_qt])  # the guide goes above
        self.menus = {
            "file": file_menu,
            "edit": registry.menu(MenuId.EDIT),
            "view": registry.menu(MenuId.VIEW),
            "timeline": registry.menu(MenuId.TIMELINE),
            "help": registry.menu(MenuId.HELP),
        }

    def build_toolbar(self, registry: ActionRegistry, switcher: QWidget) -> QToolBar:
        window = self._window
        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.addWidget(switcher)
        toolbar.addSeparator()
        toolbar.addActions([self.import_article, self.add_note, self.find, self.search])
        window.addToolBar(toolbar)
        registry.set_toolbar(toolbar)
        self.toolbar = toolbar
        return toolbar
