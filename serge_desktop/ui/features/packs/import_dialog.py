"""The preview shown before a class pack is imported: what it adds, from whom; Import or Cancel."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.packs.pack_import import PackPreview


class PackImportDialog(QDialog):
    """What a pack adds; Import or Cancel.

    An article of the pack whose headline matches one of the reader's, with another text, is
    added as a separate article unless "as a new version" is ticked: never silently a new
    revision, which would move the reader's own notes.
    """

    def __init__(self, preview: PackPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Class Pack"))
        self.summary = QLabel(self.describe(preview), self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the pack will add"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.as_revision_box = QCheckBox(
            self.tr("Add articles with the same headline as one of mine as its &new version"),
            self,
        )
        self.as_revision_box.setToolTip(
            self.tr(
                "Otherwise they are added as separate articles, and your notes stay where they are"
            )
        )
        self.as_revision_box.setAccessibleName(self.tr("Add as a new version"))
        self.as_revision_box.setVisible(any(a.same_headline for a in preview.articles))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.as_revision_box)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def describe(self, preview: PackPreview) -> str:
        def e(text: str) -> str:
            return html.escape(text)

        lines = [
            "<p><b>"
            + e(self.tr("“%1” from %2").replace("%1", preview.title or preview.file_name)).replace(
                "%2", f"<i>{e(preview.author)}</i>"
            )
            + "</b></p>",
            "<ul>",
        ]
        status_words = {
            "new": self.tr("new"),
            "updated": self.tr("a newer text of an article you have"),
            "unchanged": self.tr("already in your library"),
        }
        for article in preview.articles:
            status = status_words[article.status]
            if article.same_headline:
                status = self.tr("new, beside your article with the same headline")
            lines.append(f"<li>{e(article.headline)}: {e(status)}</li>")
        lines.append("</ul><p>")
        lines.append(
            e(
                self.tr("Articles: %1 new, %2 updated, %3 unchanged.")
                .replace("%1", str(preview.count("new")))
                .replace("%2", str(preview.count("updated")))
                .replace("%3", str(preview.count("unchanged")))
                + " "
                + self.tr("%n new timeline event(s).", "", preview.events)
            )
        )
        lines.append("<br>")
        lines.append(
            e(
                self.tr(
                    "%n note(s) from %1, shown as a separate read-only layer.", "", preview.notes
                ).replace("%1", preview.author)
            )
        )
        if preview.notes_lost:
            lines.append("<br>")
            lines.append(
                e(
                    self.tr(
                        "%n note(s) left out: their passages are not in the text.",
                        "",
                        preview.notes_lost,
                    )
                )
            )
        if preview.replaces_layer:
            lines.append("<br>")
            lines.append(
                e(self.tr("You imported this pack before: its notes replace the earlier ones."))
            )
        lines.append("</p><p>")
        lines.append(e(self.tr("Your library is backed up before anything is added.")))
        lines.append("</p>")
        return "".join(lines)

    @property
    def as_revision(self) -> bool:
        """Whether same-headline articles become new versions of the reader's own."""
        return not self.as_revision_box.isHidden() and self.as_revision_box.isChecked()
