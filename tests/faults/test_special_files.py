"""FIFOs, sockets and devices where files should be are refused at once (item 7).

Every command runs in a child process with a time limit: on the code this replaces, opening a
named pipe blocked forever.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.services.shared_content import import_shared_content
from serge_desktop.services.workspace import Workspace
from tests.faults.cli_runs import ROOT, serge

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
SEED = "he-found-the-seeds-of-hope-in-russia"


@contextlib.contextmanager
def unix_socket(path: Path) -> Iterator[Path]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
        yield path


def test_a_fifo_as_the_library_is_refused_by_every_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "library.sqlite3")
    for argv in (("list",), ("check",), ("notes", "list"), ("backup",)):
        run = serge(data, *argv)
        assert run.code == 2, (argv, run.err)
        assert "named pipe (FIFO), not a regular file" in run.err
    assert (data / "library.sqlite3").is_fifo()


def test_a_fifo_as_the_policy_file_leaves_the_defaults(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    os.mkfifo(policy)
    env = {"SERGE_DESKTOP_POLICY": str(policy)}
    assert serge(tmp_path / "data", "list", env=env).code == 0
    test = serge(tmp_path / "data", "--self-test", env=env)
    assert test.code == 0, test.err
    assert "named pipe (FIFO)" in test.out


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder"])
def test_an_import_file_that_is_not_a_file_is_refused(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "article.txt"
    with contextlib.ExitStack() as stack:
        if kind == "fifo":
            os.mkfifo(target)
        elif kind == "socket":
            stack.enter_context(unix_socket(target))
        elif kind == "device":
            target = Path("/dev/zero")  # endless: read whole, it would fill the memory
        else:
            target.mkdir()
        run = serge(tmp_path / "data", "import", str(target))
        assert run.code == 2, run.err
        assert "not a regular file" in run.err or "folder" in run.err


def test_a_fifo_as_a_pack_or_a_backup_to_restore_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "thing"
    os.mkfifo(fifo)
    for argv in (("pack", "import", str(fifo)), ("restore", str(fifo))):
        run = serge(tmp_path / "data", *argv)
        assert run.code == 2, (argv, run.err)
        assert "named pipe" in run.err


def test_a_fifo_named_like_a_backup_is_not_a_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace(data).close()
    (data / "backups").mkdir(exist_ok=True)
    os.mkfifo(data / "backups" / "library-29991231-235959-manual.sqlite3")
    assert serge(data, "backup").code == 0  # lists the folder, rotates it: no hang
    (data / "library.sqlite3").write_bytes(b"")  # evidence: the backups are offered
    run = serge(data, "list")
    assert run.code == 2 and "29991231" not in run.err


def test_links_in_the_shared_folder_are_not_followed_out_of_it(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Shadow\n\nroot:$6$hash:19000:0:99999:7:::\n", encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "shadow.txt").symlink_to(secret)
    (shared / "letters.txt").write_text("Letters\n\nFrom Petrograd.\n", encoding="utf-8")
    (shared / "alias.txt").symlink_to(shared / "letters.txt")  # inside the folder: fine
    os.mkfifo(shared / "pipe.txt")
    with Workspace(tmp_path / "data") as workspace:
        report = import_shared_content(workspace.importer, shared)
        headlines = {a.headline for a in workspace.library.list_articles()}
    assert "Shadow" not in headlines and "Letters" in headlines
    reasons = {skipped.path.name: skipped.reason for skipped in report.skipped}
    assert "outside the shared folder" in reasons["shadow.txt"]
    assert "named pipe" in reasons["pipe.txt"]


_WINDOW_START = """
import sys
from PySide6.QtWidgets import QMessageBox
from serge_desktop.ui.startup.app import run_app
told = []
QMessageBox.critical = staticmethod(lambda _parent, _title, text, *_a: told.append(text))
code = run_app(data_dir=sys.argv[1], article_slug=None, exit_after_start=True, argv=["serge"])
print(code, told)
"""


def test_a_fifo_as_the_library_is_refused_by_the_window_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "library.sqlite3")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    # On the code this replaces, opening the pipe blocked forever: the time limit fails it.
    result = subprocess.run(
        [sys.executable, "-c", _WINDOW_START, str(data)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "2 ['The library file is a named pipe (FIFO), not a regular file']"
    )
    assert (data / "library.sqlite3").is_fifo()
    assert "Traceback" not in result.stderr
