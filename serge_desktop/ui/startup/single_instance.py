"""One app per data folder: a lock file says who has it, a local socket brings that window forward.

The first launch on a folder takes ``<folder>/library.lock`` (QLockFile) and listens on a local
socket whose name comes from the folder and the user. A second launch on the same folder finds
the lock held, tells the first "activate" (with the article it was asked to open) and quits.
A lock left by a crash (its process is gone) is taken over. A lock written by another computer
(a network home folder used from two machines) cannot be checked from here, so the library
opens read-only rather than be written from two places.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSysInfo, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from serge_desktop.services.data_location import make_private

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow

LOCK_FILENAME = "library.lock"
ACTIVATE = "activate"
_ARTICLE_PREFIX = "article "
_MAX_MESSAGE = 4096  # bytes: an activation is a word and a slug, nothing more
_CONNECT_TRIES = 6  # the first instance may hold the lock a moment before it listens
_WAIT_MS = 500


class Claim(enum.Enum):
    OWNER = "owner"  # this process has the folder: open it normally
    FORWARDED = "forwarded"  # another window on this computer has it and was brought forward
    OTHER_COMPUTER = "other_computer"  # locked from another computer: open read-only
    NO_ANSWER = "no_answer"  # a live process here holds it but does not answer: read-only
    UNWRITABLE = "unwritable"  # the lock file cannot be written: the folder needs help


def server_name(data_dir: Path, user: str | None = None) -> str:
    """A socket name for this user and folder; short, since macOS limits socket paths to 104."""
    who = user if user is not None else _user_name()
    key = f"{who}\0{os.path.normcase(str(data_dir.absolute()))}".encode()
    return "serge-desktop-" + hashlib.sha256(key).hexdigest()[:24]


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return str(os.getuid()) if hasattr(os, "getuid") else ""


class InstanceClaim(QObject):
    """Holds a data folder for this process and answers later launches on it.

    Signals:
        activation_requested(str): another launch asked for the window; the str is the article
            slug it was given, or "".
    """

    activation_requested = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock_path = data_dir / LOCK_FILENAME
        self.lock_host = ""  # the computer named in a lock we could not take
        self._lock = QLockFile(str(self.lock_path))
        # 0: a lock is never stale because of its age, only because its process has gone.
        # Qt's default (30 s) would let a second launch take the lock of a window open for a
        # minute, and a lock from another computer (whose processes we cannot see) after 30 s.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self.name = server_name(data_dir)

    def claim(self, article_slug: str | None = None) -> Claim:
        """Take the folder, or hand the launch to the window that has it."""
        if self._lock.tryLock(0):
            make_private(self.lock_path)  # it names this computer: for this account's eyes
            self._listen()
            return Claim.OWNER
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return Claim.UNWRITABLE  # permission denied, read-only or full file system
        pid, host, _app = self._lock.getLockInfo()
        found = pid > 0
        # tryLock has already taken over a lock whose process is gone from this computer
        # (QLockFile compares the host and the process name); what is left is held by a live
        # process here, or written by another computer.
        if found and host and host != QSysInfo.machineHostName():
            self.lock_host = host
            return Claim.OTHER_COMPUTER
        if _send_activation(self.name, article_slug):
            return Claim.FORWARDED
        if not found and self._lock.tryLock(0):
            # The holder let go while we knocked (it was quitting): the folder is ours now.
            self._listen()
            return Claim.OWNER
        return Claim.NO_ANSWER

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def is_owner(self) -> bool:
        return self._lock.isLocked()

    def _listen(self) -> None:
        server = QLocalServer(self)
        # Only this account may connect (the name is per user too, but the socket file is what
        # another account on a shared machine could reach).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file of that name is a crashed instance's leftover.
        QLocalServer.removeServer(self.name)
        if server.listen(self.name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read_message(self, socket: QLocalSocket) -> None:
        data = bytes(socket.peek(_MAX_MESSAGE + 1).data())
        if b"\n\n" not in data and len(data) <= _MAX_MESSAGE:
            return  # not all of it yet
        socket.readAll()
        lines = data[:_MAX_MESSAGE].decode("utf-8", "replace").split("\n")
        if lines[0] != ACTIVATE:
            socket.disconnectFromServer()
            return
        slug = next((ln[len(_ARTICLE_PREFIX) :] for ln in lines if ln.startswith("article ")), "")
        socket.write(b"ok\n")
        socket.flush()
        self.activation_requested.emit(slug.strip())


def _send_activation(name: str, article_slug: str | None) -> bool:
    """Ask the window listening on ``name`` to come forward; True once it has answered."""
    message = ACTIVATE + "\n"
    if article_slug:
        message += _ARTICLE_PREFIX + article_slug.replace("\n", " ") + "\n"
    payload = (message + "\n").encode("utf-8")[:_MAX_MESSAGE]
    for _ in range(_CONNECT_TRIES):
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_WAIT_MS):
            socket.write(payload)
            socket.waitForBytesWritten(_WAIT_MS)
            answered = socket.waitForReadyRead(5 * _WAIT_MS) and socket.readAll().data() == b"ok\n"
            socket.disconnectFromServer()
            if answered:
                return True
        else:
            socket.abort()
            QThread.msleep(_WAIT_MS)
    return False


def answer_launches(claim: InstanceClaim, window: MainWindow) -> None:
    """Bring ``window`` forward (opening the requested article) when another launch asks."""
    claim.activation_requested.connect(lambda slug: bring_forward(window, slug))


def bring_forward(window: MainWindow, article_slug: str) -> None:
    """Show, raise and activate ``window`` (restoring it when minimised)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if article_slug in {a.slug for a in window.workspace.library.list_articles()}:
        window.open_article(article_slug)
