"""The Library's details panel: an article's metadata, shown and edited (Apply, or Enter).

Signals:
    submitted(int, object): the reader applied these values (an ``ArticleMetadata``) to the
        article of this id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.article_metadata import ArticleMetadata


class ArticleDetailsPanel(QWidget):
    submitted = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDetails")
        self.setAccessibleName(self.tr("Article details"))
        self._article_id: int | None = None
        self._shown: ArticleMetadata | None = None
        self.heading = QLabel(self.tr("Details"), self)
        self.heading.setObjectName("paneTitle")
        self.title = self._line(self.tr("Title"))
        self.standfirst = QPlainTextEdit(self)
        self.standfirst.setAccessibleName(self.tr("Standfirst"))
        self.standfirst.setTabChangesFocus(True)
        self.standfirst.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.publication = self._line(self.tr("Publication"))
        self.series = QComboBox(self)
        self.series.setEditable(True)
        self.series.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.series.setAccessibleName(self.tr("Series"))
        self.part = QSpinBox(self)
        self.part.setRange(0, 100_000)
        self.part.setSpecialValueText(self.tr("none"))  # 0: no part number
        self.part.setAccessibleName(self.tr("Part"))
        for box, name in ((self.series, self.tr("Series")), (self.part, self.tr("Part"))):
            editor = box.findChild(QLineEdit)
            if editor is not None:  # the text field inside, which screen readers reach
                editor.setAccessibleName(name)
        self.author = self._line(self.tr("Author"))
        self.published = self._line(self.tr("Date"))
        self.published.setPlaceholderText(self.tr("as the source gives it"))
        self.source = self._line(self.tr("Source"))
        self.source.setPlaceholderText(self.tr("a web address or a citation"))
        self.language = self._line(self.tr("Language"))
        self.language.setPlaceholderText(self.tr("en, fr, pt-BR…"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in (
            (self.tr("&Title:"), self.title),
            (self.tr("&Standfirst:"), self.standfirst),
            (self.tr("Pu&blication:"), self.publication),
            (self.tr("Se&ries:"), self.series),
            (self.tr("&Part:"), self.part),
            (self.tr("Aut&hor:"), self.author),
            (self.tr("&Date:"), self.published),
            (self.tr("Sour&ce:"), self.source),
            (self.tr("&Language:"), self.language),
        ):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setAccessibleName(self.tr("Apply the details"))
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setAccessibleName(self.tr("Revert the details"))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        for line in (self.title, self.publication, self.author, self.published, self.source,
                     self.language):  # fmt: skip
            line.textEdited.connect(self._update_buttons)
        self.standfirst.textChanged.connect(self._update_buttons)
        self.series.editTextChanged.connect(self._update_buttons)
        self.part.valueChanged.connect(self._update_buttons)
        self.show_article(None, None)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        line.returnPressed.connect(self.apply)
        return line

    def set_series_names(self, names: Sequence[str]) -> None:
        text = self.series.currentText()
        self.series.blockSignals(True)
        self.series.clear()
        self.series.addItems(list(names))
        self.series.setEditText(text)
        self.series.blockSignals(False)

    def article_id(self) -> int | None:
        return self._article_id

    def show_article(self, article_id: int | None, metadata: ArticleMetadata | None) -> None:
        """Show an article's values (None: no article chosen; the fields are disabled)."""
        self._article_id = article_id if metadata is not None else None
        self._shown = metadata
        self._fill(metadata or ArticleMetadata(title=""))
        for child in self.findChildren(QWidget):
            if child is not self.heading and child is not self.hint:
                child.setEnabled(metadata is not None)
        self.hint.setText(
            self.tr("Choose an article to see its details.") if metadata is None else ""
        )
        self._update_buttons()

    def _fill(self, values: ArticleMetadata) -> None:
        self.title.setText(values.title)
        self.standfirst.setPlainText(values.standfirst or "")
        self.publication.setText(values.publication or "")
        self.series.setEditText(values.series or "")
        self.part.setValue(values.part or 0)
        self.author.setText(values.author or "")
        self.published.setText(values.published or "")
        self.source.setText(values.source or "")
        self.language.setText(values.language or "")
        series_line = self.series.lineEdit()
        for line in (self.title, self.publication, self.author, self.source, series_line):
            if line is not None:
                line.setCursorPosition(0)  # a long value shows its start, not its end

    def values(self) -> ArticleMetadata:
        """What the fields say now (checked by the service when applied)."""
        series = self.series.currentText().strip() or None
        return ArticleMetadata(
            title=self.title.text(),
            standfirst=self.standfirst.toPlainText() or None,
            publication=self.publication.text() or None,
            series=series,
            part=(self.part.value() or None) if series else None,
            author=self.author.text() or None,
            published=self.published.text() or None,
            source=self.source.text() or None,
            language=self.language.text() or None,
        )

    def is_modified(self) -> bool:
        return self._shown is not None and self.values() != self._normalised(self._shown)

    @staticmethod
    def _normalised(shown: ArticleMetadata) -> ArticleMetadata:
        # A part without a series shows as none, as values() reads it back.
        return shown if shown.series else replace(shown, part=None)

    def apply(self) -> None:
        if self._article_id is not None and self.is_modified():
            self.submitted.emit(self._article_id, self.values())

    def revert(self) -> None:
        if self._shown is not None:
            self._fill(self._shown)
        self._update_buttons()

    def show_problem(self, message: str) -> None:
        """A refused value, said under the fields (the fields keep what was typed)."""
        self.hint.setText(message)

    def _update_buttons(self) -> None:
        modified = self.is_modified()
        self.apply_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)
        self.part.setEnabled(self._shown is not None and bool(self.series.currentText().strip()))
        if self._shown is not None:
            self.hint.setText(self.tr("Enter or Apply saves the details.") if modified else "")
