"""File ▸ Export… and File ▸ Print…: what to export (scope, filters, content), in which format.

The dialog opens as the last export left it (``ExportChoices``, per library).
"""

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
from serge_desktop.services.scope import ScopeKind
from serge_desktop.services.views import ArticleView
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.palette import HIGHLIGHT_COLOURS
from serge_desktop.ui.common.scope_chooser import ScopeChooser
from serge_desktop.ui.features.export.choices import ExportChoices

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
        choices: ExportChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._article = article
        self._printing = printing
        self.format_buttons: dict[str, QRadioButton] = {}  # none when printing
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
            self.names_index,
            *self.colors.values(),
        ):
            box.toggled.connect(self.refresh)
        self.scope.scope_changed.connect(self.refresh)
        self.since_enabled.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.tag.currentTextChanged.connect(self.refresh)
        if choices is not None:
            self.apply_choices(choices, all_articles=all_articles)
        self.refresh()

    def _scope_box(self, all_articles: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Scope"))
        state = self._workspace.window_state_path
        self.scope = ScopeChooser(state, "export", box, article_first=True)
        self.scope.fill_from(self._workspace.series, self._article)
        if all_articles:
            self.scope.choose_library()
        label = QLabel(self.tr("E&xport from:"), box)
        label.setBuddy(self.scope)
        row = QHBoxLayout(box)
        row.addWidget(label)
        row.addWidget(self.scope, 1)
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
        form.addRow(self.tr("Ta&g:"), self.tag)
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
        self.article_text = QCheckBox(self.tr("The a&rticle itself (a handout)"))
        self.layers = QCheckBox(self.tr("Notes from other a&uthors (class packs)"))
        self.layers.setToolTip(self.tr("Also the teacher's or students' notes shown as layers"))
        self.names_index = QCheckBox(self.tr("An &index of names, with their paragraphs"))
        self.names_index.setToolTip(
            self.tr("The people, places, organisations and works of the index these articles name")
        )
        self.notes.setChecked(True)
        # The parts a format may leave out (services.exports.options.EXTRA_PARTS), with the
        # tooltip each has where it is kept.
        self._parts = {
            "timeline": self.timeline,
            "article": self.article_text,
            "index": self.names_index,
        }
        self._part_tips = {part: box.toolTip() for part, box in self._parts.items()}
        for check in (self.notes, self.layers, self.timeline, self.article_text, self.names_index):
            column.addWidget(check)
        return box

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"))
        grid = QGridLayout(box)
        descriptions = {
            "pdf": (self.tr("&PDF"), self.tr("A printable handout with page numbers")),
            "html": (self.tr("&HTML"), self.tr("One web page that opens without a network")),
            "markdown": (self.tr("&Markdown"), self.tr("Plain text with marks, for notes apps")),
            "odt": (self.tr("&OpenDocument"), self.tr("For LibreOffice Writer")),
            "docx": (self.tr("&Word"), self.tr("For Microsoft Word")),
            "csv": (self.tr("CS&V"), self.tr("A row per note, for spreadsheets")),
            "w3c": (self.tr("We&b Annotations"), self.tr("W3C JSON-LD, for annotation tools")),
            "anki": (self.tr("Anki dec&k"), self.tr("Flash cards from passages and events")),
        }
        self.formats = QButtonGroup(self)
        policy = self._workspace.policy
        for row, name in enumerate(FORMATS):
            title, description = descriptions[name]
            button = QRadioButton(title)
            button.setAccessibleName(title.replace("&", ""))
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
        scope = self.scope.scope()
        article = self.scope.article()
        return ExportOptions(
            format=self.chosen_format() or "",
            article_slugs=(article.slug,) if article is not None else None,
            scope=scope if scope.kind is ScopeKind.SERIES else None,
            tags=(tag,) if tag else (),
            colors=tuple(name for name, box in self.colors.items() if box.isChecked()),
            changed_since=since,
            include_notes=self.notes.isChecked(),
            include_timeline=self.timeline.isChecked(),
            include_article=self.article_text.isChecked(),
            include_layers=self.layers.isChecked(),
            include_index=self.names_index.isChecked(),
            page_size=self.page_size.currentText(),
        )

    def refresh(self) -> None:
        """Say what the export will hold, and allow it only when it holds something."""
        options = self.options()
        self.page_size.setEnabled(options.format in PAGED)
        notes = exported_notes(self._workspace, options) if options.include_notes else []
        articles = len({note.article_slug for note in notes})
        self.summary.setText(self._summary(len(notes), articles, options.include_notes))
        for part, box in self._parts.items():
            held = not options.format or options.holds(part)
            box.setEnabled(held)
            box.setToolTip(self._part_tips[part] if held else self.tr("Not kept in this format"))
        something = bool(notes) or options.has_extra_parts
        self.export_button.setEnabled(bool(options.format) and something)
        self.export_button.setToolTip("" if something else self.tr("Nothing to export"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _summary(self, notes: int, articles: int, include_notes: bool) -> str:
        if not include_notes:
            return self.tr("No notes")
        if notes == 0:
            return self.tr("No notes match")
        counted = self.tr("%n note(s)", "", notes)
        where = self.tr("%n article(s)", "", articles)
        # "12 notes from 3 articles": each count with its own plural form.
        return self.tr("%1 from %2").replace("%1", counted).replace("%2", where)

    # What the next export starts from ------------------------------------------------------

    def apply_choices(self, choices: ExportChoices, *, all_articles: bool = False) -> None:
        """Set the dialog as an earlier export left it (a format now refused is not chosen)."""
        button = self.format_buttons.get(choices.format)
        if button is not None and button.isEnabled():
            button.setChecked(True)
        # The scope chooser remembers its own choice (article, series or library) per library.
        if all_articles or self._article is None:
            self.scope.choose_library()
        self.notes.setChecked(choices.notes)
        self.timeline.setChecked(choices.timeline)
        self.article_text.setChecked(choices.article)
        self.layers.setChecked(choices.layers)
        self.names_index.setChecked(choices.names_index)
        if choices.page_size in PAGE_SIZES:
            self.page_size.setCurrentText(choices.page_size)

    def choices(self, earlier: ExportChoices) -> ExportChoices:
        """The settings to keep for next time (the format only when it was chosen here)."""
        chosen = self.chosen_format()
        return ExportChoices(
            format=earlier.format if self._printing or not chosen else chosen,
            all_articles=self.scope.scope().is_library,
            notes=self.notes.isChecked(),
            timeline=self.timeline.isChecked(),
            article=self.article_text.isChecked(),
            layers=self.layers.isChecked(),
            names_index=self.names_index.isChecked(),
            page_size=self.page_size.currentText(),
            folder=earlier.folder,
        )
