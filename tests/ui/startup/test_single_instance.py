"""One app per data folder: a second launch brings the first forward; stale and foreign locks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo, Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.errors import StorageError
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.library_start import LibraryStart
from serge_desktop.ui.startup.single_instance import (
    LOCK_FILENAME,
    Claim,
    InstanceClaim,
    answer_launches,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT_S = 120  # a limit against hanging, not a speed requirement
HOLD_LOCK = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
if sys.argv[2] == "die":
    import os
    os._exit(0)  # like a crash: the lock file stays, naming a process that is gone
sys.stdin.read()  # hold it until the test closes stdin
"""


def _child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SERGE_DESKTOP_DATA_DIR", None)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _hold_lock(path: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    return child


def _finish(child: subprocess.Popen[str]) -> None:
    """Let the child go (closing its stdin ends a holder) and close its pipes."""
    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    child.wait(timeout=CHILD_TIMEOUT_S)
    child.stdout.close()


def _write_foreign_lock(path: Path) -> None:
    # What QLockFile writes: pid, program, host name, machine id, boot id.
    path.write_text("4242\npython3.11\nlibrary-pc-07\nffffffffffff\n0000-1111\n", encoding="utf-8")
    an_hour_ago = time.time() - 3600  # older than any stale-lock age Qt would apply
    os.utime(path, (an_hour_ago, an_hour_ago))


def test_a_second_launch_brings_the_first_window_forward(window: MainWindow, qtbot: QtBot) -> None:
    data_dir = window.workspace.data_dir
    claim = InstanceClaim(data_dir, window)
    assert claim.claim() is Claim.OWNER
    answer_launches(claim, window)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    article = window.current_article()
    assert article is not None
    command = [sys.executable, "-m", "serge_desktop", "--data-dir", str(data_dir)]
    with qtbot.waitSignal(claim.activation_requested, timeout=CHILD_TIMEOUT_S * 1000) as got:
        child = subprocess.Popen(
            [*command, "--article", article.slug], env=_child_env(), stderr=subprocess.PIPE
        )
    assert got.args == [article.slug]
    _out, errors = child.communicate(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == 0, errors
    assert not window.isMinimized()
    # The child left the library alone: no second window was built on it.
    assert b"Traceback" not in errors
    claim.release()
    assert not (data_dir / LOCK_FILENAME).exists()


def test_a_lock_left_by_a_crash_is_taken_over(tmp_path: Path) -> None:
    lock_path = tmp_path / LOCK_FILENAME
    _finish(_hold_lock(lock_path, "die"))
    assert lock_path.exists()
    claim = InstanceClaim(tmp_path)
    assert claim.claim() is Claim.OWNER
    assert lock_path.read_text(encoding="utf-8").split("\n")[0] == str(os.getpid())
    claim.release()


def test_a_live_lock_is_not_taken_however_old(tmp_path: Path) -> None:
    lock_path = tmp_path / LOCK_FILENAME
    holder = _hold_lock(lock_path, "hold")
    try:
        an_hour_ago = time.time() - 3600
        os.utime(lock_path, (an_hour_ago, an_hour_ago))
        claim = InstanceClaim(tmp_path)
        # The holder does not listen, so nobody answers: this launch must not take the folder.
        assert claim.claim() is Claim.NO_ANSWER
        assert not claim.is_owner()
    finally:
        _finish(holder)


def test_a_lock_from_another_computer_opens_read_only(
    tmp_path: Path, qtbot: QtBot, qapp: object
) -> None:
    folder = tmp_path / "data"
    Workspace(folder).close()
    lock_path = folder / LOCK_FILENAME
    _write_foreign_lock(lock_path)
    assert QSysInfo.machineHostName() != "library-pc-07"
    start = LibraryStart(lambda where, read_only: Workspace(where, read_only=read_only))
    started = start.open(folder)
    assert started.workspace is not None and started.claim is None
    with started.workspace as workspace:
        assert workspace.read_only
        assert "library-pc-07" in started.read_only_message
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.open_initial_article()
        started.attach(window)
        labels = [w for w in window.statusBar().children() if w.objectName() == "readOnlyNotice"]
        assert labels and "library-pc-07" in labels[0].property("text")
        # Nothing is offered for editing that could not be kept.
        assert window.notes.editor.isReadOnly()
        assert not window.notes.delete_button.isEnabled()
        article = window.current_article()
        assert article is not None
        with pytest.raises(StorageError) as refused:
            workspace.notes.create_note(
                article_id=article.id,
                revision_id=article.revision_id,
                start=0,
                end=10,
            )
        assert refused.value.kind == "read_only"
    # The other computer's lock is left exactly as it was.
    assert "library-pc-07" in lock_path.read_text(encoding="utf-8")


def test_socket_names_differ_by_user_and_folder(tmp_path: Path) -> None:
    names = {
        server_name(tmp_path / "a", "ada"),
        server_name(tmp_path / "a", "bob"),
        server_name(tmp_path / "b", "ada"),
    }
    assert len(names) == 3
    # macOS keeps sockets under a long temporary folder and allows 104 bytes in all.
    assert all(len(name) <= 40 for name in names)
    assert server_name(tmp_path / "a", "ada") == server_name(tmp_path / "a" / ".", "ada")


def test_a_lock_file_that_cannot_be_written_needs_help(tmp_path: Path) -> None:
    missing = tmp_path / "not-there"  # QLockFile cannot create a file in a missing folder
    claim = InstanceClaim(missing)
    assert claim.claim() is Claim.UNWRITABLE
    assert not claim.is_owner()
