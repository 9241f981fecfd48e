"""Edit ▸ Preferences: the reader's settings; those the administrator locked are shown disabled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.services.policy import REOPEN_LAST_ARTICLE, TEXT_SIZE, THEME, THEMES
from serge_desktop.ui.common.language_choice import (
    INTERFACE_LANGUAGES,
    LANGUAGE_NAMES,
    chosen_language,
    set_chosen_language,
)
from serge_desktop.ui.common.number_words import percent
from serge_desktop.ui.common.theme_choice import chosen_theme
from serge_desktop.ui.reader.settings import ReaderSettings
from serge_desktop.ui.reader.surface import ZOOM_STEPS


class PreferencesDialog(QDialog):
    """Text size, theme, interface language, what opens at start, and whether links ask first.

    The text size is the reader's zoom (``zoom_factor`` in, ``chosen_zoom()`` out) and the theme
    is applied by the caller (``chosen_theme()``, View ▸ Theme's choice in ``data_dir``); the
    interface language is kept in ``data_dir`` for the next start, and the other settings are
    written to ``settings`` when the dialog is accepted.
    """

    def __init__(
        self,
        settings: ReaderSettings,
        zoom_factor: float,
        parent: QWidget,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.text_size = QComboBox(self)
        self.text_size.setAccessibleName(self.tr("Text size"))
        locked_size = settings.locked_text_size()
        if locked_size is not None:
            zoom_factor = locked_size / 100  # shown as the administrator set it
        for factor in ZOOM_STEPS:
            self.text_size.addItem(percent(round(factor * 100)), factor)
        nearest = min(ZOOM_STEPS, key=lambda f: abs(f - zoom_factor))
        self.text_size.setCurrentIndex(ZOOM_STEPS.index(nearest))
        self.reopen_last = QCheckBox(self.tr("&Reopen the article I read last"), self)
        self.reopen_last.setAccessibleName(self.tr("Reopen the article read last at start"))
        self.reopen_last.setChecked(settings.reopen_last_article)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        theme_names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "sepia": self.tr("Sepia"),
            "dark": self.tr("Dark"),
            "high_contrast": self.tr("High contrast"),
        }
        for name in THEMES:
            self.theme.addItem(theme_names[name], name)
        self.theme.setCurrentIndex(THEMES.index(chosen_theme(data_dir, settings.policy)))
        self._data_dir = data_dir
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("Follow the system"), "")
        for code in INTERFACE_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(chosen_language(data_dir) or ""))
        self.language.setEnabled(data_dir is not None)
        # Every string of the window is translated once, when it is built.
        self.language_note = QLabel(
            self.tr("The language changes when the app starts again."), self
        )
        self.language_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Text size:"), self._row(self.text_size, TEXT_SIZE))
        form.addRow(self.tr("T&heme:"), self._row(self.theme, THEME))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("At start:"), self._row(self.reopen_last, REOPEN_LAST_ARTICLE))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if settings.policy.locked_settings:
            explanation = QLabel(
                self.tr(
                    "Settings marked “Set by your administrator” are chosen by whoever "
                    "looks after this computer."
                ),
                self,
            )
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _row(self, control: QWidget, name: str) -> QWidget:
        """The control, disabled and marked when the administrator locked its setting."""
        if not self.settings.is_locked(name):
            return control
        note = self.tr("Set by your administrator")
        control.setEnabled(False)
        control.setToolTip(note)
        control.setAccessibleDescription(note)
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(control)
        label = QLabel(note, row)
        label.setObjectName("lockedNote")
        label.setEnabled(False)
        layout.addWidget(label)
        layout.addStretch(1)
        return row

    def chosen_theme(self) -> str:
        return str(self.theme.currentData())

    def chosen_zoom(self) -> float:
        return float(self.text_size.currentData())

    def chosen_language(self) -> str | None:
        """The interface language chosen, None to follow the system."""
        return str(self.language.currentData()) or None

    @override
    def accept(self) -> None:
        self.settings.set_value(REOPEN_LAST_ARTICLE, self.reopen_last.isChecked())
        if self._data_dir is not None and self.chosen_language() != chosen_language(self._data_dir):
            set_chosen_language(self._data_dir, self.chosen_language())
        super().accept()
