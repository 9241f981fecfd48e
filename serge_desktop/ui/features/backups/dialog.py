"""File ▸ Backups…: the library's backups, newest first, to make one now or restore one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.backups import BackupService, BackupView, RestoreOutcome
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.worker import TaskRunner


class BackupsDialog(QDialog):
    """Lists backups (date, kind, schema version, size): Back Up Now, Restore, Delete, Show."""

    def __init__(
        self,
        service: BackupService,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner,
        before_restore: Callable[[], None] = lambda: None,
        after_restore: Callable[[RestoreOutcome], None] = lambda _outcome: None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._tasks = tasks
        self._before_restore = before_restore
        self._after_restore = after_restore
        self._backups: list[BackupView] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 380)
        intro = QLabel(
            self.tr(
                "A copy of your library is made before each import, class pack, upgrade, "
                "restore and repair (kept at least 30 days, and the last ten of each kind), and "
                "once a day when you quit after a change. Copies you make are kept until you "
                "delete them. Restoring one backs up the library first."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Schema"), self.tr("Size")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.back_up_button = self._button(buttons, self.tr("&Back Up Now"), self.back_up_now)
        self.restore_button = self._button(buttons, self.tr("&Restore…"), self.restore_selected)
        self.delete_button = self._button(buttons, self.tr("&Delete…"), self.delete_selected)
        self.folder_button = self._button(buttons, self.tr("Show in &Folder"), self.show_folder)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if service.read_only:
            self.restore_button.setToolTip(self.tr("The library is open read-only"))
        self.reload()

    def _button(self, box: QDialogButtonBox, text: str, slot: Callable[[], object]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        try:
            self._backups = self.service.list_backups()
        except (OSError, SergeError):
            self._backups = []
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            cells = (
                self.date_text(backup),
                self.reason_text(backup.reason),
                self.schema_text(backup.schema_version),
                size_text(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self._backups:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("There are no backups yet."))
        self._update_buttons()

    def selected(self) -> BackupView | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._backups[min(rows)] if rows else None

    def date_text(self, backup: BackupView) -> str:
        # Stored in UTC; shown in the reader's time zone, the month in words so that 11/12
        # cannot be read either way round.
        moment = QDateTime.fromSecsSinceEpoch(int(backup.created.timestamp()))
        return QLocale().toString(moment, self.tr("d MMM yyyy, HH:mm"))

    def reason_text(self, reason: str) -> str:
        words = {
            "daily": self.tr("Daily, on quitting"),
            "manual": self.tr("Made by you"),
            "before-import": self.tr("Before an import"),
            "before-migration": self.tr("Before an upgrade"),
            "before-restore": self.tr("Before a restore"),
            "before-pack-import": self.tr("Before a class pack import"),
            "before-repair": self.tr("Before a repair"),
        }
        return words.get(reason, reason.replace("-", " ").capitalize())

    def schema_text(self, version: int | None) -> str:
        return "?" if version is None else str(version)

    def delete_selected(self) -> bool:
        """Delete the chosen backup after asking; True when it was deleted."""
        backup = self.selected()
        if backup is None or not self.confirm_delete(backup):
            return False
        try:
            self.service.delete(backup.path)
        except SergeError as error:
            self.status.setText(describe_error(error))
            return False
        self.reload()
        self.status.setText(
            self.tr("Deleted the backup of %1.").replace("%1", self.date_text(backup))
        )
        return True

    def confirm_delete(self, backup: BackupView) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete Backup"),
            self.tr("Delete the backup made on %1 (%2)? This cannot be undone.")
            .replace("%1", self.date_text(backup))
            .replace("%2", self.reason_text(backup.reason)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def back_up_now(self) -> BackupView | None:
        try:
            backup = self._tasks.run_blocking(self.service.back_up_now)
        except SergeError as error:
            self.status.setText(describe_error(error))
            return None
        self.reload()
        self.status.setText(self.tr("Backed up: %1").replace("%1", self.date_text(backup)))
        return backup

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None and self.confirm_restore(backup):
            self.restore(backup)

    def confirm_restore(self, backup: BackupView) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            self.tr(
                "Replace your library with the backup made on %1? What the library holds now "
                "is backed up first, so this can be undone by restoring that copy."
            ).replace("%1", self.date_text(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, backup: BackupView) -> RestoreOutcome | None:
        """Restore without asking (the confirmation is restore_selected's)."""
        self._before_restore()
        try:
            # On the GUI thread: restoring reconnects the window's own database connection.
            outcome = self._tasks.run_blocking(lambda: self.service.restore(backup.path))
        except SergeError as error:
            self.status.setText(describe_error(error))
            return None
        self._after_restore(outcome)
        self.reload()
        self.status.setText(
            self.tr(
                "Restored the backup of %1. The library as it was is in the list as well."
            ).replace("%1", self.date_text(outcome.restored))
        )
        return outcome

    def show_folder(self) -> None:
        self.service.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.service.folder)))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen and not self.service.read_only)
        self.delete_button.setEnabled(chosen and not self.service.read_only)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 0, QLocale.DataSizeFormat.DataSizeSIFormat)
