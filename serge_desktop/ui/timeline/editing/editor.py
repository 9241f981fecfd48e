"""The event editor: label, a date typed as words or EDTF and read back live, category, note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.date_words import date_in_words
from serge_desktop.core.fuzzy_date import FuzzyDate
from serge_desktop.services.timeline_edits import EVENT_CATEGORIES, EventFields
from serge_desktop.ui.common.palette import category_icon
from serge_desktop.ui.timeline.date_wording import category_name, say_date

if TYPE_CHECKING:
    from serge_desktop.core.date_phrases import DatePhrase

ERROR_STYLE = "color: #c0262d;"  # readable on light and dark backgrounds alike


@dataclass(frozen=True, slots=True)
class EditorStart:
    """What the editor opens with: the fields (None for a blank event) and the evidence shown."""

    fields: EventFields | None
    evidence: str  # the passage the event points to; empty when it has none
    context: FuzzyDate | None = None  # the date the text gave before it, for "that year"
    is_new: bool = True
    no_date: bool = False  # the passage was searched for a date and none was found


class EventEditor(QDialog):
    """Add or edit one event. OK stays disabled while the date cannot be read or the label is empty.

    The date field takes "May 1919", "the early 1920s", "about 1936" or EDTF ("1936~") and says
    under it how it was read, as EDTF and in words, while the reader types.
    """

    def __init__(
        self,
        start: EditorStart,
        parent: QWidget | None = None,
        *,
        categories: Sequence[tuple[str, str | None]] = (),
    ) -> None:
        super().__init__(parent)
        self._start = start
        self._phrase: DatePhrase | None = None
        self.setWindowTitle(self.tr("Add Event") if start.is_new else self.tr("Edit Event"))
        self.label_field = QLineEdit(self)
        self.label_field.setAccessibleName(self.tr("Event"))
        self.label_field.setMaxLength(300)
        self.label_field.setPlaceholderText(self.tr("What happened, as a short title"))
        self.date_field = QLineEdit(self)
        self.date_field.setAccessibleName(self.tr("Date"))
        self.date_field.setPlaceholderText(
            self.tr("May 1919, the early 1920s, about 1936, before 1936, or EDTF such as 1936~")
        )
        self.reading = QLabel(self)
        self.reading.setWordWrap(True)
        self.reading.setAccessibleName(self.tr("How the date was read"))
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        # The library's categories, (name, colour) in its order; the seed's four without one.
        for name, colour in categories or [(n, None) for n in EVENT_CATEGORIES]:
            self.category.addItem(category_icon(colour), category_name(name), name)
        self.context_box = QCheckBox(self.tr("Date from &outside the article"), self)
        self.context_box.setToolTip(
            self.tr("Tick when the article does not give this date and it comes from elsewhere")
        )
        # What is said of the event beyond its label: the curated sidecar's note on its date, or
        # the reader's own (where a date from outside the article comes from, say).
        self.description_field = QPlainTextEdit(self)
        self.description_field.setAccessibleName(self.tr("Note on the event"))
        self.description_field.setPlaceholderText(
            self.tr("What is said of it, where it comes from")
        )
        self.description_field.setTabChangesFocus(True)
        self.description_field.setMaximumHeight(80)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setReadOnly(True)
        self.evidence.setAccessibleName(self.tr("Evidence passage"))
        self.evidence.setMaximumHeight(64)
        self.evidence.setPlainText(
            start.evidence or self.tr("No passage: the event will not point into the text.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button().setText(self.tr("&Add Event") if start.is_new else self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.label_field)
        form.addRow(self.tr("&Date:"), self.date_field)
        form.addRow("", self.reading)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow("", self.context_box)
        form.addRow(self.tr("&Note:"), self.description_field)
        form.addRow(self.tr("Evidence:"), self.evidence)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._fill(start)
        self.date_field.textChanged.connect(self._read_date)
        self.label_field.textChanged.connect(self._update_ok)
        self._read_date()

    def _fill(self, start: EditorStart) -> None:
        fields = start.fields
        if fields is None:
            return
        self.label_field.setText(fields.label)
        self.date_field.setText(self._date_as_typed(fields))
        index = self.category.findData(fields.category)
        self.category.setCurrentIndex(max(index, 0))
        self.context_box.setChecked(fields.is_context)
        self.description_field.setPlainText(fields.description or "")

    def _date_as_typed(self, fields: EventFields) -> str:
        """The words the date came from when they read as the same date, else its EDTF."""
        # Reading dates in words compiles some 40 expressions: on first use, not at start.
        from serge_desktop.core.date_phrases import DatePhraseError, read_date_phrase

        try:
            phrase = read_date_phrase(fields.date_text, self._start.context)
        except DatePhraseError:
            return fields.edtf
        return fields.date_text if phrase.edtf == fields.edtf else fields.edtf

    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def start_fields(self) -> EventFields | None:
        """The fields the editor opened with (None for a blank event)."""
        return self._start.fields

    def phrase(self) -> DatePhrase | None:
        """The date as last read, or None while it cannot be read."""
        return self._phrase

    def fields(self) -> EventFields:
        """The event as the editor now has it (call while OK is enabled)."""
        phrase = self._phrase
        edtf = phrase.edtf if phrase else ""
        original = self._start.fields
        typed = " ".join(self.date_field.text().split())
        if original is not None and phrase is not None and edtf == original.edtf:
            date_text = original.date_text  # the date is unchanged: keep the words it came from
        elif phrase is not None and phrase.text == edtf:
            date_text = date_in_words(edtf)  # typed as EDTF: store it as words, for the table
        else:
            date_text = typed
        return EventFields(
            edtf=edtf,
            date_text=date_text,
            label=self.label_field.text(),
            category=str(self.category.currentData()),
            is_context=self.context_box.isChecked(),
            description=self.description_field.toPlainText(),
        )

    def _read_date(self) -> None:
        from serge_desktop.core.date_phrases import DatePhraseError, read_date_phrase

        text = self.date_field.text()
        self._phrase = None
        if not text.strip() and self._start.no_date:
            self._say(
                self.tr("No date found in this passage: type one, in words or as EDTF."),
                error=False,
            )
        elif not text.strip():
            self._say(self.tr("Type a date, in words or as EDTF."), error=False)
        else:
            try:
                self._phrase = read_date_phrase(text, self._start.context)
            except DatePhraseError:
                self._say(
                    self.tr(
                        "Cannot read this date: “%1”. Try “1919”, “May 1919”, “the early 1920s”, "
                        "“about 1936”, “before 1936” or EDTF such as “1936~”."
                    ).replace("%1", text.strip()[:60]),
                    error=True,
                )
            else:
                reading = (
                    self.tr("Read as %1 — %2")
                    .replace("%1", self._phrase.edtf)
                    .replace("%2", say_date(self._phrase.edtf))
                )
                if self._phrase.guessed:
                    reading += " " + self.tr("(a guess from the order of the text)")
                self._say(reading, error=False)
        self._update_ok()

    def _say(self, text: str, *, error: bool) -> None:
        self.reading.setText(text)
        self.reading.setStyleSheet(ERROR_STYLE if error else "")
        self.date_field.setAccessibleDescription(text)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(
            self._phrase is not None and bool(self.label_field.text().strip())
        )
