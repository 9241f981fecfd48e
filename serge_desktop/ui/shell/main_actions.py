"""The main window's actions, with their shortcuts, and the menus and toolbar that show them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from serge_desktop.ui.reader.note_marks import colour_swatch


class MainActions(QObject):
    """Every command of the main window in one place; the window connects them to its slots.

    A QObject so that ``self.tr`` gives its strings one translation context, "MainActions".
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)

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
                action.setIcon(QIcon(f"icons:{icon}.svg"))
            if tip:
                action.setToolTip(tip)
                action.setStatusTip(tip)
            window.addAction(action)
            return action

        self.import_article = make(
            self.tr("&Import Article…"),
            "Ctrl+I",
            "import",
            self.tr("Import an article file into the library"),
        )
        self.open_library = make(
            self.tr("&Open from Library…"),
            QKeySequence.StandardKey.Open,
            "library",
            self.tr("Open another article of the library"),
        )
        self.quit = make(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.add_article_note = make(
            self.tr("Add Note on the &Article"),
            "Ctrl+Alt+N",
            None,
            self.tr("A note about the article as a whole"),
        )
        self.add_event_note = make(
            self.tr("Add Note on the Selected &Event"),
            "Ctrl+Alt+E",
            None,
            self.tr("A note about the event selected on the timeline"),
        )
        self.add_event_note.setEnabled(False)
        self.undo = make(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = make(self.tr("&Redo"), "Ctrl+Shift+Z")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_note = make(
            self.tr("Add &Note"),
            "Ctrl+Shift+N",
            "note-add",
            self.tr("Add a note on the selected passage (Ctrl+Shift+N)"),
        )
        colour_names = {
            "yellow": self.tr("&Yellow"),
            "green": self.tr("&Green"),
            "blue": self.tr("&Blue"),
            "pink": self.tr("&Pink"),
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
            self.tr("Copy &Link to Note"),
            None,
            None,
            self.tr("Copy a Markdown link to the selected note, to paste into another note"),
        )
        self.copy_event_link = make(
            self.tr("Copy Link to Selected E&vent"),
            None,
            None,
            self.tr("Copy a Markdown link to the event selected on the timeline"),
        )
        self.copy_note_link.setEnabled(False)
        self.copy_event_link.setEnabled(False)
        self.note_history = make(
            self.tr("Note &History…"),
            "Ctrl+Shift+H",
            None,
            self.tr("Earlier texts of the selected note"),
        )
        self.note_history.setEnabled(False)
        self.manage_tags = make(self.tr("Manage &Tags…"), "Ctrl+Shift+T")
        self.trash = make(
            self.tr("T&rash…"),
            "Ctrl+Shift+Del",
            None,
            self.tr("Restore deleted notes, or empty the trash"),
        )
        self.find = make(
            self.tr("&Find in Article…"),
            QKeySequence.StandardKey.Find,
            "find",
            self.tr("Find words in the article (Ctrl+F)"),
        )
        self.search = make(
            self.tr("&Search Everything…"),
            "Ctrl+K",
            "search",
            self.tr("Search all articles, notes and timeline events (Ctrl+K)"),
        )
        self.find_next = make(self.tr("Find &Next"), QKeySequence.StandardKey.FindNext)
        self.find_previous = make(self.tr("Find Pre&vious"), QKeySequence.StandardKey.FindPrevious)
        self.show_reader = make(self.tr("&Article"), "Ctrl+Alt+1")
        self.show_timeline = make(self.tr("&Timeline"), "Ctrl+Alt+2")
        self.show_notes = make(self.tr("&Notes"), "Ctrl+Alt+3")
        for action in (self.show_reader, self.show_timeline, self.show_notes):
            action.setCheckable(True)
            action.setChecked(True)
        self.zoom_in = make(self.tr("Zoom &In"), "Ctrl+=")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out = make(self.tr("Zoom &Out"), "Ctrl+-")
        self.zoom_reset = make(self.tr("&Actual Size"), "Ctrl+0")
        self.about = make(self.tr("&About Serge Desktop"))
        self.about_qt = make(self.tr("About &Qt"))
        self.add_note.setEnabled(False)

    def follow_undo_stack(self, stack: QUndoStack) -> None:
        """Keep Undo and Redo enabled and named after what they would undo or redo."""

        def name(action: QAction, plain: str, named: str, text: str) -> None:
            action.setText(named.replace("%1", text) if text else plain)

        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: name(self.undo, self.tr("&Undo"), self.tr("&Undo %1"), text)
        )
        stack.redoTextChanged.connect(
            lambda text: name(self.redo, self.tr("&Redo"), self.tr("&Redo %1"), text)
        )
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())

    def build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.import_article, self.open_library])
        self._quit_separator = file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_note, self.add_article_note, self.add_event_note])
        highlight_menu = edit_menu.addMenu(self.tr("&Highlight"))
        highlight_menu.addActions(list(self.highlights.values()))
        edit_menu.addSeparator()
        edit_menu.addActions([self.copy_note_link, self.copy_event_link])
        edit_menu.addSeparator()
        edit_menu.addActions([self.note_history, self.manage_tags, self.trash])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.find_next, self.find_previous, self.search])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.show_reader, self.show_timeline, self.show_notes])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        timeline_menu = bar.addMenu(self.tr("&Timeline"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.about, self.about_qt])
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "view": view_menu,
            "timeline": timeline_menu,
            "help": help_menu,
        }

    def add_to_menu(self, key: str, actions: list[QAction]) -> None:
        """Add a feature's actions as a group: in File above Quit, elsewhere at the end.

        ``key`` is one of "file", "edit", "view", "timeline" and "help".
        """
        menu = self.menus[key]
        if key == "file":
            menu.insertActions(self._quit_separator, actions)
            menu.insertSeparator(self._quit_separator)
            return
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addActions(actions)

    def build_toolbar(self, window: QMainWindow, switcher: QWidget) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.addWidget(switcher)
        toolbar.addSeparator()
        toolbar.addActions([self.import_article, self.add_note, self.find, self.search])
        window.addToolBar(toolbar)
        return toolbar
