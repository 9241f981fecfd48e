"""File ▸ Export… and File ▸ Print…: what to export (scope, filters, content), in which format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.exports.options import NO_COLOR, PAGE_SIZES, ExportOptions
from serge_desktop.services.exports.records import exported_notes
from serge_desktop.services.exports.writers import missing_extra
from serge_desktop.services.notes import NOTE_COLORS
from serge_desktop.services.views import ArticleView
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.palette import HIGHLIGHT_COLOURS

FORMATS = ("pdf", "html", "markdown", "odt", "docx", "csv", "w3c", "anki")
PAGED = ("pdf", "docx", "print")


class ExportDialog(QDialog):
    """Chooses an export's options; ``options()`` reads them once the dialog is accepted."""

    def __init__(
        self,
        workspace: Workspace,
        article: ArticleView | None,
        parent: QWidget | None = None,
        *,
        all_articles: bool = False,
        printing: bool = False,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._article = article
        self._printing = printing
        self.setWindowTitle(self.tr("Print") if printing else self.tr("Export"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(self._scope_box(all_articles or article is None))
        layout.addWidget(self._filter_box())
        layout.addWidget(self._content_box())
        if not printing:
            layout.addWidget(self._format_box())
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setAccessibleName(self.tr("Page size"))
        page_row = QFormLayout()
        page_row.addRow(self.tr("Page &size:"), self.page_size)
        layout.addLayout(page_row)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        verb = self.tr("&Print…") if printing else self.tr("&Export…")
        self.export_button = buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box in (
            self.notes,
            self.layers,
            self.timeline,
            self.article_text,
            *self.colors.values(),
        ):
            box.toggled.connect(self.refresh)
        self.all_articles.toggled.connect(self.refresh)
        self.since_enabled.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.tag.currentTextChanged.connect(self.refresh)
        self.refresh()

    def _scope_box(self, all_articles: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Scope"))
        headline = self._article.headline if self._article else self.tr("no article open")
        self.this_article = QRadioButton(self.tr("This article: %1").replace("%1", headline))
        self.all_articles = QRadioButton(self.tr("&All articles"))
        self.this_article.setEnabled(self._article is not None)
        (self.all_articles if all_articles else self.this_article).setChecked(True)
        row = QVBoxLayout(box)
        row.addWidget(self.this_article)
        row.addWidget(self.all_articles)
        return box

    def _filter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes to include"))
        form = QFormLayout(box)
        self.tag = QComboBox()
        self.tag.setEditable(True)  # completes as the reader types
        self.tag.addItem(self.tr("Any tag"), "")
        for tag in self._workspace.tags.list_tags():
            self.tag.addItem(tag.name, tag.name)
        self.tag.setAccessibleName(self.tr("Tag"))
        form.addRow(self.tr("&Tag:"), self.tag)
        swatches = QHBoxLayout()
        self.colors: dict[str, QCheckBox] = {}
        names = {
            "yellow": self.tr("Yellow"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "pink": self.tr("Pink"),
            "purple": self.tr("Purple"),
            NO_COLOR: self.tr("No colour"),
        }
        for name in (*NOTE_COLORS, NO_COLOR):
            check = QCheckBox(names.get(name, name))
            if name in HIGHLIGHT_COLOURS:
                swatch = QPixmap(14, 14)
                swatch.fill(QColor(HIGHLIGHT_COLOURS[name]))
                check.setIcon(QIcon(swatch))
            check.setAccessibleName(self.tr("Colour %1").replace("%1", check.text()))
            self.colors[name] = check
            swatches.addWidget(check)
        form.addRow(self.tr("Colours (none ticked: all):"), swatches)
        since_row = QHBoxLayout()
        self.since_enabled = QCheckBox(self.tr("&Changed since"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since.setCalendarPopup(True)
        # The month in words: "24 Oct 2026" cannot be misread as 10 October or 24 October.
        self.since.setDisplayFormat(self.tr("d MMM yyyy"))
        self.since.setAccessibleName(self.tr("Changed since"))
        self.since_enabled.toggled.connect(self.since.setEnabled)
        self.since.setEnabled(False)
        since_row.addWidget(self.since_enabled)
        since_row.addWidget(self.since)
        since_row.addStretch()
        form.addRow(since_row)
        return box

    def _content_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Content"))
        column = QVBoxLayout(box)
        self.notes = QCheckBox(self.tr("&Notes, with their quoted passages"))
        self.timeline = QCheckBox(self.tr("The &timeline"))
        self.article_text = QCheckBox(self.tr("The article &itself (a handout)"))
        self.layers = QCheckBox(self.tr("Notes from other &authors (class packs)"))
        self.layers.setToolTip(self.tr("Also the teacher's or students' notes shown as layers"))
        self.notes.setChecked(True)
        for check in (self.notes, self.layers, self.timeline, self.article_text):
            column.addWidget(check)
        return box

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"))
        grid = QGridLayout(box)
        descriptions = {
            "pdf": (self.tr("PDF"), self.tr("A printable handout with page numbers")),
            "html": (self.tr("HTML"), self.tr("One web page that opens without a network")),
            "markdown": (self.tr("Markdown"), self.tr("Plain text with marks, for notes apps")),
            "odt": (self.tr("OpenDocument"), self.tr("For LibreOffice Writer")),
            "docx": (self.tr("Word"), self.tr("For Microsoft Word")),
            "csv": (self.tr("CSV"), self.tr("A row per note, for spreadsheets")),
            "w3c": (self.tr("Web Annotations"), self.tr("W3C JSON-LD, for annotation tools")),
            "anki": (self.tr("Anki deck"), self.tr("Flash cards from passages and events")),
        }
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        policy = self._workspace.policy
        for row, name in enumerate(FORMATS):
            title, description = descriptions[name]
            button = QRadioButton(title)
            button.setAccessibleName(title)
            extra = missing_extra(name)
            if not policy.export_allowed(name):
                button.setEnabled(False)
                description = self.tr("Set by your administrator")
            elif extra is not None:
                button.setEnabled(False)
                description = self.tr("Install serge-desktop[%1]").replace("%1", extra)
            label = QLabel(description)
            label.setEnabled(button.isEnabled())
            self.formats.addButton(button)
            self.format_buttons[name] = button
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        first = next((b for b in self.format_buttons.values() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.formats.buttonToggled.connect(self.refresh)
        return box

    def chosen_format(self) -> str | None:
        if self._printing:
            return "print"
        return next((n for n, b in self.format_buttons.items() if b.isChecked()), None)

    def options(self) -> ExportOptions:
        tag = str(self.tag.currentData() or "") if self.tag.currentIndex() > 0 else ""
        typed = self.tag.currentText().strip()
        if self.tag.currentIndex() <= 0 and typed and typed != self.tag.itemText(0):
            tag = typed
        since = None
        if self.since_enabled.isChecked():
            chosen = self.since.date()
            day = dt.date(chosen.year(), chosen.month(), chosen.day())
            since = dt.datetime.combine(day, dt.time()).astimezone()  # midnight, local time
        slugs: tuple[str, ...] | None = None
        if not self.all_articles.isChecked() and self._article is not None:
            slugs = (self._article.slug,)
        return ExportOptions(
            format=self.chosen_format() or "",
            article_slugs=slugs,
            tags=(tag,) if tag else (),
            colors=tuple(name for name, box in self.colors.items() if box.isChecked()),
            changed_since=since,
            include_notes=self.notes.isChecked(),
            include_timeline=self.timeline.isChecked(),
            include_article=self.article_text.isChecked(),
            include_layers=self.layers.isChecked(),
            page_size=self.page_size.currentText(),
        )

    def refresh(self) -> None:
        """Say what the export will hold, and allow it only when it holds something."""
        options = self.options()
        self.page_size.setEnabled(options.format in PAGED)
        notes = exported_notes(self._workspace, options) if options.include_notes else []
        articles = len({note.article_slug for note in notes})
        self.summary.setText(self._summary(len(notes), articles, options.include_notes))
        something = bool(notes) or options.include_timeline or options.include_article
        self.export_button.setEnabled(bool(options.format) and something)
        self.export_button.setToolTip("" if something else self.tr("Nothing to export"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _summary(self, notes: int, articles: int, include_notes: bool) -> str:
        if not include_notes:
            return self.tr("No notes")
        if notes == 0:
            return self.tr("No notes match")
        counted = self.tr("1 note") if notes == 1 else self.tr("%1 notes").replace("%1", str(notes))
        where = (
            self.tr("1 article")
            if articles == 1
            else self.tr("%1 articles").replace("%1", str(articles))
        )
        return self.tr("%1 from %2").replace("%1", counted).replace("%2", where)
