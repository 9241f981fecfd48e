"""Guest mode: each patron's session in a fresh private folder, erased when the session ends.

A session ends when the app quits, or after the policy's ``idle_reset_minutes`` without input
and a warning nobody answered; then a new session starts at once, with the bundled article
again. Everything a session writes stays inside its folder, Qt's own settings included, so
erasing the folder erases the session.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from serge_desktop.core.errors import SergeError
from serge_desktop.services.guest_session import GuestSession
from serge_desktop.services.policy import Policy
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.idle_reset import IdleWarning, IdleWatcher
from serge_desktop.ui.startup.window_opening import dispose_window, open_window


class GuestSessions(QObject):
    """Starts, resets and ends guest sessions; the current one is ``session``/``window``."""

    def __init__(
        self,
        app: QApplication,
        policy: Policy,
        env: Mapping[str, str],
        *,
        exit_after_start: bool = False,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.policy = policy
        self.env = env
        self.exit_after_start = exit_after_start
        self.session: GuestSession | None = None
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.watcher: IdleWatcher | None = None
        self.warning: IdleWarning | None = None
        self.sessions_started = 0

    def begin(self, article_slug: str | None = None) -> MainWindow:
        """Start a session: a new private folder, the bundled article, a new window."""
        session = GuestSession.start(self.env)
        keep_qt_settings_in(session)
        try:
            workspace = Workspace(session.data_dir, policy=self.policy, secure_delete=True)
        except BaseException:
            session.erase()
            raise
        self.session, self.workspace = session, workspace
        # No background check: the library was made a moment ago, in a private folder, from the
        # bundled article; it is erased when the session ends and the next session makes a new
        # one. A finding could not be acted on: a repair backs up first and a guest makes no
        # backups, and "the next start checks first" never comes for this file. And the check's
        # thread would belong to a window that an idle reset deletes while the app runs on.
        self.window = open_window(
            self.app, workspace, article_slug, self.exit_after_start, check_library=False
        )
        self.sessions_started += 1
        if self.policy.idle_reset_minutes:
            self.watcher = IdleWatcher(self.policy.idle_reset_minutes * 60_000, self)
            self.watcher.idle.connect(self.warn)
        return self.window

    def warn(self) -> None:
        """Nobody has used the app for the idle time: count down, unless someone answers."""
        if self.window is None or self.watcher is None:
            return
        self.watcher.pause()
        self.warning = IdleWarning(self.window)
        self.warning.expired.connect(self.reset)
        self.warning.rejected.connect(self.watcher.resume)
        self.warning.start()

    def reset(self) -> None:
        """End this session and start the next one, the window never leaving the screen empty."""
        self.app.setQuitOnLastWindowClosed(False)  # closing the old window must not quit
        try:
            self.end()
            self.begin()
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def end(self) -> bool:
        """Close the session and erase its folder; True when nothing of it remains."""
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        if self.warning is not None and shiboken6.isValid(self.warning):
            self.warning.done(0)
        self.warning = None
        window, self.window = self.window, None
        if window is not None:
            dispose_window(self.app, window, save=True)  # before its library closes
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        session, self.session = self.session, None
        if session is None:
            return True
        erased = session.erase()
        if not erased:
            print(f"serge-desktop: could not erase {session.data_dir}", file=sys.stderr)
        return erased


def keep_qt_settings_in(session: GuestSession) -> None:
    """Point Qt's per-user settings (the file dialog's last folder, say) into the session."""
    folder = str(session.data_dir / "qt-settings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, folder)


def run_guest_sessions(
    app: QApplication, policy: Policy, *, article_slug: str | None, exit_after_start: bool
) -> int:
    sessions = GuestSessions(app, policy, os.environ, exit_after_start=exit_after_start)
    try:
        sessions.begin(article_slug)
    except SergeError as error:
        QMessageBox.critical(None, app.applicationName(), describe_error(error))
        return 2
    try:
        return app.exec()
    finally:
        sessions.end()
