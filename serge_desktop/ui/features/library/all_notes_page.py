"""All notes: every note and highlight of the library, filtered, a page at a time.

Filtered by article, series, tag, colour and author, newest first or article by article; Enter
opens the passage in its article.

Signals:
    open_requested(object): show this note's passage (a ``LibraryNote``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.services.all_notes import ANY_AUTHOR, AllNotesService, NotesFilter, NotesOrder
from serge_desktop.services.exports.options import NO_COLOR
from serge_desktop.services.notes import NOTE_COLORS
from serge_desktop.services.series import SeriesView
from serge_desktop.services.views import ArticleSummary
from serge_desktop.ui.common.palette import colour_swatch
from serge_desktop.ui.features.library.all_notes_model import AllNotesModel, NoteColumn

ANY = "\x00any"  # a combo's "no filter" value: no tag, colour or article is named so


class _NotesTable(QTableView):
    """Enter opens the current note's passage (Qt's Enter only edits)."""

    open_current = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current.emit()
            return
        super().keyPressEvent(event)


class AllNotesPage(QWidget):
    open_requested = Signal(object)

    def __init__(self, service: AllNotesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allNotesPage")
        self.setAccessibleName(self.tr("All notes"))
        self.model = AllNotesModel(service, self)
        self._service = service
        self.article = self._combo(self.tr("Article"))
        self.series = self._combo(self.tr("Series"))
        self.tag = self._combo(self.tr("Tag"))
        self.colour = self._combo(self.tr("Colour"))
        self.author = self._combo(self.tr("Author"))
        self.order = self._combo(self.tr("Order"))
        self.order.addItem(self.tr("Newest first"), NotesOrder.NEWEST.value)
        self.order.addItem(self.tr("Article by article"), NotesOrder.ARTICLE.value)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.table = _NotesTable(self)
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NoteColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NoteColumn.ARTICLE, 260)
        header.resizeSection(NoteColumn.PASSAGE, 320)
        header.resizeSection(NoteColumn.CHANGED, 150)
        # Two rows of three filters: the page fits a small screen beside nothing else.
        form = QGridLayout()
        pairs = (
            (self.tr("A&rticle:"), self.article),
            (self.tr("&Series:"), self.series),
            (self.tr("&Tag:"), self.tag),
            (self.tr("&Colour:"), self.colour),
            (self.tr("A&uthor:"), self.author),
            (self.tr("&Order:"), self.order),
        )
        for number, (text, combo) in enumerate(pairs):
            label = QLabel(text, self)
            label.setBuddy(combo)
            row, column = divmod(number, 3)
            form.addWidget(label, row, column * 2)
            form.addWidget(combo, row, column * 2 + 1)
            form.setColumnStretch(column * 2 + 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.table)
        for combo in (self.article, self.series, self.tag, self.colour, self.author, self.order):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.open_current.connect(self._open_current)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.model.rowsInserted.connect(self._update_count)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def set_choices(
        self,
        articles: Sequence[ArticleSummary],
        series: Sequence[SeriesView],
        tags: Sequence[str],
        authors: Sequence[str],
    ) -> None:
        """What the filters offer; each keeps its choice while it is still offered."""
        self._refill(self.article, self.tr("Every article"),
                     [(a.headline, str(a.id)) for a in articles])  # fmt: skip
        self._refill(self.series, self.tr("Every series"), [(s.name, str(s.id)) for s in series])
        self._refill(self.tag, self.tr("Any tag"), [(t, t) for t in tags])
        names = {
            "yellow": self.tr("Yellow"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "pink": self.tr("Pink"),
            "purple": self.tr("Purple"),
        }
        colours = [(names.get(c, c), c) for c in NOTE_COLORS] + [(self.tr("No colour"), NO_COLOR)]
        self._refill(self.colour, self.tr("Any colour"), colours)
        for index in range(1, self.colour.count()):
            name = self.colour.itemData(index)
            if name in NOTE_COLORS:
                self.colour.setItemIcon(index, colour_swatch(name))
        people = [(self.tr("Everyone"), ANY_AUTHOR)] + [(a, a) for a in authors]
        self._refill(self.author, self.tr("You"), people)

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ANY)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(kept) if kept is not None else -1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def notes_filter(self) -> NotesFilter:
        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return value if isinstance(value, str) and value != ANY else None

        article, series = chosen(self.article), chosen(self.series)
        return NotesFilter(
            article_ids=(int(article),) if article else None,
            series_id=int(series) if series else None,
            tag=chosen(self.tag),
            color=chosen(self.colour),
            author=chosen(self.author),
        )

    def apply_filter(self) -> None:
        order = NotesOrder(self.order.currentData() or NotesOrder.NEWEST.value)
        self.model.set_filter(self.notes_filter(), order)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        loaded = self.model.loaded()
        if self.model.canFetchMore(QModelIndex()):
            self.count.setText(
                self.tr("The first %1 notes; more as you scroll.").replace("%1", str(loaded))
            )
        else:
            self.count.setText(self.tr("%n note(s)", "", loaded))

    def _open_current(self) -> None:
        note = self.model.note_at(self.table.currentIndex().row())
        if note is not None:
            self.open_requested.emit(note)
