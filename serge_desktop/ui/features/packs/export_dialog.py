"""Choosing what a class pack holds: which articles, under what name, with the events or not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.views import ArticleSummary


@dataclass(frozen=True, slots=True)
class PackChoices:
    article_slugs: tuple[str, ...]
    author: str
    include_events: bool


class PackExportDialog(QDialog):
    def __init__(
        self,
        articles: Sequence[ArticleSummary],
        *,
        current_slug: str | None,
        author: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Class Pack"))
        intro = QLabel(
            self.tr(
                "A class pack holds the articles, your notes on them and their timeline "
                "events. Whoever imports it sees your notes as a separate, read-only layer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.articles = QListWidget(self)
        self.articles.setAccessibleName(self.tr("Articles to put in the pack"))
        for article in articles:
            item = QListWidgetItem(article.headline, self.articles)
            item.setData(Qt.ItemDataRole.UserRole, article.slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = article.slug == current_slug or (current_slug is None and len(articles) == 1)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.author = QLineEdit(author, self)
        self.author.setAccessibleName(self.tr("Your name, as the pack shows it"))
        self.author.setPlaceholderText(self.tr("Your name"))
        self.events = QCheckBox(self.tr("Include the timeline events"), self)
        self.events.setAccessibleName(self.tr("Include the timeline events"))
        self.events.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.author)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.articles, 1)
        layout.addLayout(form)
        layout.addWidget(self.events)
        layout.addWidget(self.buttons)
        self.articles.itemChanged.connect(self._update_ok)
        self.author.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(520, 420)

    def choices(self) -> PackChoices:
        slugs = []
        for row in range(self.articles.count()):
            item = self.articles.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                slugs.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return PackChoices(tuple(slugs), self.author.text().strip(), self.events.isChecked())

    def _update_ok(self) -> None:
        choices = self.choices()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(choices.article_slugs and choices.author))
