"""What a batch import did, file by file: imported, already there, refused and why."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.batch_import import BatchSummary, FileResult
from serge_desktop.services.views import ImportStatus
from serge_desktop.ui.common.error_messages import describe_error


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: BatchSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Finished"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 420)
        self.headline = QLabel(headline(summary), self)
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files = QTreeWidget(self)
        self.files.setAccessibleName(self.tr("Files imported"))
        self.files.setRootIsDecorated(False)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Why")])
        self.files.setWordWrap(True)
        header = self.files.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for result in summary.results:
            item = QTreeWidgetItem([result.path.name, *self._describe(result)])
            item.setToolTip(0, str(result.path))
            self.files.addTopLevelItem(item)
        for path in summary.not_tried:
            item = QTreeWidgetItem([path.name, self.tr("Not tried"), self.tr("Cancelled")])
            item.setToolTip(0, str(path))
            self.files.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)
        self.files.setFocus()

    def _describe(self, result: FileResult) -> tuple[str, str]:
        if result.error is not None:
            return self.tr("Refused"), describe_error(result.error)
        outcome = result.outcome
        if outcome is None or outcome.status is ImportStatus.UNCHANGED:
            return self.tr("Already there"), self.tr("The same file is in the library.")
        title = outcome.article.headline
        if outcome.status is ImportStatus.RESTORED:
            return self.tr("Restored"), self.tr("“%1” was in the trash; it is back.").replace(
                "%1", title
            )
        if outcome.status is ImportStatus.NEW_REVISION:
            counts = outcome.placements
            unplaced = counts.get("unplaced", 0)
            why = self.tr("A new version of “%1”; notes placed again, %n not found.", "", unplaced)
            return self.tr("Updated"), why.replace("%1", title)
        return self.tr("Imported"), f"“{title}”"


class ImportCounts(QObject):
    """The summary's counted phrases: lupdate gives plural forms only to a class's tr()."""

    def headline(self, summary: BatchSummary) -> str:
        """The counts in words ("3 imported, 1 already there, 2 refused."), and any cancel."""
        parts = [
            self.tr("%n file(s) imported", "", len(summary.imported)),
            self.tr("%n file(s) already there", "", len(summary.already_there)),
            self.tr("%n file(s) refused", "", len(summary.refused)),
        ]
        text = ", ".join(parts) + "."
        if summary.cancelled:
            text += " " + self.tr("Cancelled: %n file(s) not tried.", "", len(summary.not_tried))
        return text


def headline(summary: BatchSummary) -> str:
    """The counts in words ("3 imported, 1 already there, 2 refused."), and any cancel."""
    return ImportCounts().headline(summary)
