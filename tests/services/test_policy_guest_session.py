"""A guest session's folder: private, in a per-user place, and gone after the session."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from serge_desktop.services.guest_session import (
    FOLDER_PREFIX,
    GuestSession,
    erase_abandoned_sessions,
    private_temp_root,
)
from serge_desktop.services.workspace import Workspace


def private_runtime(tmp_path: Path) -> Path:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    return runtime


def test_the_folder_is_private_and_in_the_users_runtime_folder(tmp_path: Path) -> None:
    runtime = private_runtime(tmp_path)
    session = GuestSession.start({"XDG_RUNTIME_DIR": str(runtime)})
    try:
        assert session.data_dir.parent == runtime
        assert session.data_dir.name.startswith(FOLDER_PREFIX)
        assert stat.S_IMODE(session.data_dir.stat().st_mode) == 0o700
    finally:
        assert session.erase()


def test_a_runtime_folder_others_can_enter_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert private_temp_root({"XDG_RUNTIME_DIR": str(shared)}) != shared
    assert private_temp_root({}) != shared


def test_erasing_removes_the_library_and_everything_beside_it(tmp_path: Path) -> None:
    session = GuestSession.start({"XDG_RUNTIME_DIR": str(private_runtime(tmp_path))})
    with Workspace(session.data_dir, secure_delete=True) as workspace:
        article = workspace.library.list_articles()[0]
        assert article.events > 0
    (session.data_dir / "exports").mkdir()
    locked = session.data_dir / "exports" / "read-only.txt"
    locked.write_text("notes", encoding="utf-8")
    locked.chmod(0o400)
    assert session.erase()
    assert not session.data_dir.exists()


def test_a_crashed_sessions_folder_is_erased_by_the_next_one(tmp_path: Path) -> None:
    runtime = private_runtime(tmp_path)
    # A session in another process that dies without erasing (its lock file stays behind).
    crash = textwrap.dedent(
        f"""
        import os
        from serge_desktop.services.guest_session import GuestSession
        session = GuestSession.start({{"XDG_RUNTIME_DIR": {str(runtime)!r}}})
        (session.data_dir / "library.sqlite3").write_text("notes")
        print(session.data_dir, flush=True)
        os._exit(0)
        """
    )
    result = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True)
    abandoned = Path(result.stdout.strip())
    assert abandoned.is_dir() and (abandoned / "session.lock").is_file()
    alive = GuestSession.start({"XDG_RUNTIME_DIR": str(runtime)})
    try:
        assert not abandoned.exists()
        assert alive.data_dir.exists()
        # A session still running is never taken for an abandoned one.
        assert erase_abandoned_sessions(runtime) == []
        assert alive.data_dir.exists()
    finally:
        alive.erase()
    assert os.listdir(runtime) == []
