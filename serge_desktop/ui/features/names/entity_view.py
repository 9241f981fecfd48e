"""An entity's page: its mentions in context, its events, the notes naming it, your note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.entities.views import EntityPage, KwicLine
from serge_desktop.ui.features.names.kind_words import KindWords
from serge_desktop.ui.features.names.kwic_model import AFTER, BEFORE, NAME, PASSAGE_ROLE, KwicModel

SAVE_AFTER_MS = 800  # the reader's note is saved a moment after typing pauses
DATA = Qt.ItemDataRole.UserRole
CONTEXT_WIDTH = 340  # pixels for the words before, and for those after


class EntityView(QWidget):
    """Shows one ``EntityPage``; every line opens its passage, event or note.

    Signals:
        passage_chosen(str, int, int): slug, start, end of a mention.
        event_chosen(str, int): slug and event id.
        note_chosen(str, int): slug and note id.
        note_edited(int, str): the entity's id and the reader's note as typed.
        timeline_requested(int): show the series timeline of this entity's events.
        adopt_requested(int): confirm as the reader's own this entity someone else listed.
    """

    passage_chosen = Signal(str, int, int)
    event_chosen = Signal(str, int)
    note_chosen = Signal(str, int)
    note_edited = Signal(int, str)
    timeline_requested = Signal(int)
    adopt_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = KindWords(self)
        self.entity_id: int | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.adopt_button = QPushButton(self.tr("Confirm as &Mine"), self)
        self.adopt_button.setToolTip(
            self.tr("Make this name part of your own index, as if you had confirmed it")
        )
        self.adopt_button.setVisible(False)
        self.aliases = QLabel(self)
        self.aliases.setWordWrap(True)
        self.aliases.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.aliases.setAccessibleName(self.tr("Other names"))  # selectable, so a stop of its own
        self.mention_model = KwicModel(self)
        self.mentions = QTreeView(self)
        self.mentions.setModel(self.mention_model)
        self.mentions.setRootIsDecorated(False)
        self.mentions.setUniformRowHeights(True)
        self.mentions.setAlternatingRowColors(True)
        self.mentions.setAccessibleName(self.tr("Mentions in context"))
        self.events = self._list(self.tr("Events that involve it"))
        self.notes = self._list(self.tr("Notes that mention it"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Your note on this name"))
        self.note.setPlaceholderText(self.tr("Your own note on this name (Markdown)"))
        self.timeline_button = QPushButton(self.tr("Show on the Series &Timeline"), self)
        self.timeline_button.setToolTip(
            self.tr("The series timeline with only the events that involve it")
        )
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Mentions, events and notes"))  # else a "filler"
        self.tabs.addTab(self.mentions, self.tr("Mentions"))
        self.tabs.addTab(self._with_button(self.events), self.tr("Events"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.note, self.tr("My Note"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.aliases)
        layout.addWidget(self.tabs, 1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.flush)
        self._filling = self._dirty = False
        self.note.textChanged.connect(self._typed)
        self.mentions.activated.connect(self._mention_chosen)
        self.events.itemActivated.connect(self._event_chosen)
        self.notes.itemActivated.connect(self._note_chosen)
        self.timeline_button.clicked.connect(self._timeline)
        self.adopt_button.clicked.connect(self._adopt)

    def _list(self, name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(False)
        tree.setWordWrap(True)
        tree.setAccessibleName(name)
        return tree

    def _with_button(self, tree: QTreeWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tree, 1)
        layout.addWidget(self.timeline_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def show_page(self, page: EntityPage) -> None:
        self.flush()
        self.entity_id = page.entity.id
        entity = page.entity
        self.title.setText(
            f"<h2>{_escaped(entity.name)}</h2>"
            + self.tr("%1 · %n mention(s)", "", entity.mentions).replace(
                "%1", self.words.singular(entity.kind)
            )
            + " · "
            + self.tr("in %n article(s)", "", entity.articles)
        )
        if entity.origin != "reader":  # never shown as the reader's own decision
            self.title.setText(
                self.title.text()
                + "<br><i>"
                + (
                    self.tr("Listed by the article's own list of names, not confirmed by you.")
                    if entity.origin == "curated"
                    else self.tr("From your teacher's class pack, not confirmed by you.")
                )
                + "</i>"
            )
        self.adopt_button.setVisible(entity.origin != "reader")
        others = [name for name in entity.aliases if name != entity.name]
        self.aliases.setText(
            self.tr("Also named: %1").replace("%1", ", ".join(others)) if others else ""
        )
        self.aliases.setVisible(bool(others))
        self._fill_mentions(page.mentions, entity.aliases)
        self.events.clear()
        for event in page.events:
            item = QTreeWidgetItem(
                [f"{event.date_text or event.edtf} — {event.label}  ({event.slug})"]
            )
            item.setData(0, DATA, (event.slug, event.event_id))
            self.events.addTopLevelItem(item)
        self.notes.clear()
        for note in page.notes:
            text = f"« {note.quote} »" if note.quote else ""
            if note.body:
                text = f"{text}\n{note.body}" if text else note.body
            item = QTreeWidgetItem([f"{text}  ({note.slug})"])
            item.setData(0, DATA, (note.slug, note.note_id))
            self.notes.addTopLevelItem(item)
        self.timeline_button.setEnabled(bool(page.events))
        self.tabs.setTabText(1, self.tr("Events (%1)").replace("%1", str(len(page.events))))
        self.tabs.setTabText(0, self.tr("Mentions (%1)").replace("%1", str(len(page.mentions))))
        self.tabs.setTabText(2, self.tr("Notes (%1)").replace("%1", str(len(page.notes))))
        self._filling = True
        self.note.setPlainText(page.note)
        self._filling = False

    def _fill_mentions(self, lines: Sequence[KwicLine], names: Sequence[str]) -> None:
        # Widths from the names and fixed contexts, not by measuring every line: only the lines
        # on screen are ever made.
        self.mention_model.set_rows(lines)
        metrics = self.mentions.fontMetrics()
        name_width = max((metrics.horizontalAdvance(name) for name in names), default=0)
        self.mentions.setColumnWidth(BEFORE, CONTEXT_WIDTH)
        self.mentions.setColumnWidth(NAME, name_width + 3 * metrics.averageCharWidth())
        self.mentions.setColumnWidth(AFTER, CONTEXT_WIDTH)

    def flush(self) -> None:
        """Save the reader's note now if it was typed in and not saved yet."""
        self._save_timer.stop()
        if self._dirty:
            self._dirty = False
            if self.entity_id is not None:
                self.note_edited.emit(self.entity_id, self.note.toPlainText())

    def _typed(self) -> None:
        if not self._filling:
            self._dirty = True
            self._save_timer.start()

    def _mention_chosen(self, index: QModelIndex) -> None:
        passage = index.data(PASSAGE_ROLE)
        if passage is not None:
            slug, start, end = passage
            self.passage_chosen.emit(slug, start, end)

    def _event_chosen(self, item: QTreeWidgetItem) -> None:
        slug, event_id = item.data(0, DATA)
        self.event_chosen.emit(slug, event_id)

    def _note_chosen(self, item: QTreeWidgetItem) -> None:
        slug, note_id = item.data(0, DATA)
        self.note_chosen.emit(slug, note_id)

    def _adopt(self) -> None:
        if self.entity_id is not None:
            self.adopt_requested.emit(self.entity_id)

    def _timeline(self) -> None:
        if self.entity_id is not None:
            self.timeline_requested.emit(self.entity_id)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
