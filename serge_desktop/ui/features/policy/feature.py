"""The administrator's policy in the window: banner, import lock, shared articles, Preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from serge_desktop.services.views import ArticleView
from serge_desktop.ui.features.policy.banner import PolicyBanner
from serge_desktop.ui.reader.settings import ReaderSettings
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    # Its module brings the importer and every format's parser: loaded only with a shared folder.
    from serge_desktop.services.shared_content import SharedContentReport


class PolicyFeature(QObject):
    """Applies the policy to one window; holds its banner and the Preferences action."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        window = ctx.window()
        self.policy = ctx.workspace.policy
        self.settings = ReaderSettings.for_workspace(ctx.workspace)
        self.banner: PolicyBanner | None = None
        self.shared_report: SharedContentReport | None = None
        self.preferences = QAction(self.tr("&Preferences…"), window)
        self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences.setStatusTip(
            self.tr("Text size, theme, language, what opens at start, and links")
        )
        self.preferences.triggered.connect(self.open_preferences)
        ctx.actions.add("policy.preferences", self.preferences)
        ctx.actions.add_to_menu(MenuId.EDIT, [self.preferences])
        if not self.policy.allow_import:
            self._lock_import()
        if self.policy.banner or self.policy.guest_mode:
            self.banner = PolicyBanner(ctx, self.policy)
            ctx.add_banner(self.banner)
        if self.policy.content_dir:
            # Before the window opens its first article, so the switcher lists them at once.
            self.import_shared()
        if self.settings.locked_text_size() is not None:
            ctx.bus.article_opened.connect(self._apply_locked_text_size)

    def _lock_import(self) -> None:
        note = self.tr("Set by your administrator")
        action = self._ctx.actions.get("file.import")
        action.setEnabled(False)
        action.setToolTip(note)
        action.setStatusTip(note)

    def import_shared(self) -> SharedContentReport | None:
        """Import the shared folder's articles (only new ones change anything).

        A file refused is named in the status bar and in Help ▸ About.
        """
        report = self._ctx.workspace.import_shared_content()
        self.shared_report = report
        if report is not None and report.skipped:
            names = ", ".join(skipped.shown_name for skipped in report.skipped[:3])
            message = self.tr(
                "%n shared article(s) could not be read: %1", "", len(report.skipped)
            ).replace("%1", names)
            # After the window's own first message, which would hide this one.
            QTimer.singleShot(0, self, lambda: self._ctx.show_status(message, 15000))
        return report

    def _apply_locked_text_size(self, _article: ArticleView) -> None:
        # The window restores the reader's own zoom when it opens; the administrator's wins,
        # once, so the reader can still zoom for the moment.
        self._ctx.bus.article_opened.disconnect(self._apply_locked_text_size)
        size = self.settings.locked_text_size()
        if size is not None:
            self._ctx.reader.set_zoom_factor(size / 100)

    def open_preferences(self) -> None:
        from serge_desktop.ui.features.policy.preferences_dialog import PreferencesDialog

        reader = self._ctx.reader
        window = self._ctx.window()
        data_dir = self._ctx.workspace.data_dir
        dialog = PreferencesDialog(self.settings, reader.zoom_factor(), window, data_dir)
        if dialog.exec():
            if self.settings.locked_text_size() is None:
                reader.set_zoom_factor(dialog.chosen_zoom())
            # View ▸ Theme keeps and applies the choice, and shows it checked.
            theme = self._ctx.actions.find(f"view.theme.{dialog.chosen_theme()}")
            if theme is not None and theme.isEnabled() and not theme.isChecked():
                theme.trigger()
        dialog.deleteLater()


def install(ctx: WindowContext) -> QObject:
    return PolicyFeature(ctx)
