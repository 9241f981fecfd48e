"""The administrator's policy in the window: banner, import lock, shared articles, Preferences."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from serge_desktop.services.shared_content import SharedContentReport, import_shared_content
from serge_desktop.services.views import ArticleView
from serge_desktop.ui.features.policy.banner import PolicyBanner, install_banner
from serge_desktop.ui.reader.settings import ReaderSettings

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow


class PolicyFeature(QObject):
    """Applies the policy to one window; holds its banner and the Preferences action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.policy = window.workspace.policy
        self.settings = ReaderSettings.for_workspace(window.workspace)
        self.banner: PolicyBanner | None = None
        self.shared_report: SharedContentReport | None = None
        self.preferences = QAction(self.tr("&Preferences…"), window)
        self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences.setStatusTip(self.tr("Text size, what opens at start, and links"))
        self.preferences.triggered.connect(self.open_preferences)
        window.addAction(self.preferences)
        window.commands.add_to_menu("edit", [self.preferences])
        if not self.policy.allow_import:
            self._lock_import()
        if self.policy.banner or self.policy.guest_mode:
            self.banner = PolicyBanner(window, self.policy)
            install_banner(window, self.banner)
        if self.policy.content_dir:
            # Before the window opens its first article, so the switcher lists them at once.
            self.import_shared(Path(self.policy.content_dir))
        if self.settings.locked_text_size() is not None:
            window.article_opened.connect(self._apply_locked_text_size)

    def _lock_import(self) -> None:
        note = self.tr("Set by your administrator")
        action = self.window.commands.import_article
        action.setEnabled(False)
        action.setToolTip(note)
        action.setStatusTip(note)

    def import_shared(self, content_dir: Path) -> SharedContentReport:
        """Import the shared folder's articles (only new ones change anything)."""
        report = import_shared_content(self.window.workspace.importer, content_dir)
        self.shared_report = report
        if report.skipped:
            names = ", ".join(path.name for path, _reason in report.skipped[:3])
            message = self.tr(
                "%n shared article(s) could not be read: %1", "", len(report.skipped)
            ).replace("%1", names)
            # After the window's own first message, which would hide this one.
            QTimer.singleShot(0, self, lambda: self.window.statusBar().showMessage(message, 15000))
        return report

    def _apply_locked_text_size(self, _article: ArticleView) -> None:
        # The window restores the reader's own zoom when it opens; the administrator's wins,
        # once, so the reader can still zoom for the moment.
        self.window.article_opened.disconnect(self._apply_locked_text_size)
        size = self.settings.locked_text_size()
        if size is not None:
            self.window.reader.set_zoom_factor(size / 100)

    def open_preferences(self) -> None:
        from serge_desktop.ui.features.policy.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.window.reader.zoom_factor(), self.window)
        if dialog.exec() and self.settings.locked_text_size() is None:
            self.window.reader.set_zoom_factor(dialog.chosen_zoom())
        dialog.deleteLater()


def install(window: MainWindow) -> QObject:
    return PolicyFeature(window)
