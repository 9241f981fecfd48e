"""A guest session leaves nothing behind: every path it touched is gone after it quits.

The real app runs in a child process with its own HOME, temporary and runtime folders and a
guest policy. An audit hook in the child records every file and folder Python opened for
writing or created, and every SQLite database it connected to; the files Qt writes (window
state, settings) are found by comparing the folders' listings before and after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent(
    """
    import json, os, sys

    touched = []

    def record(event, args):
        if event == "open" and args[0] is not None and not isinstance(args[0], int):
            mode, flags = args[1] or "", args[2] or 0
            writing = any(c in mode for c in "wax+") or flags & (os.O_WRONLY | os.O_RDWR)
            if writing:
                touched.append(os.fsdecode(args[0]))
        elif event in ("os.mkdir", "tempfile.mkdtemp", "sqlite3.connect"):
            touched.append(os.fsdecode(args[0]))

    sys.addaudithook(record)
    from serge_desktop.main import main

    code = main(sys.argv[1:])
    print(json.dumps({"code": code, "touched": touched}))
    """
)


def listing(*folders: Path) -> set[str]:
    found = set()
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            for name in dirs + files:
                found.add(os.path.join(root, name))
    return found


def run_app(tmp_path: Path, policy: dict[str, object], *args: str) -> list[Path]:
    """Run the app in a child process; the paths it wrote to, as its audit hook saw them."""
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(json.dumps(policy), encoding="utf-8")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path / "home"),
        "TMPDIR": str(tmp_path / "tmp"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "SERGE_DESKTOP_POLICY": str(policy_file),
        "LANG": "C.UTF-8",
        # Python's own bytecode cache, written beside the package on a fresh checkout, is no
        # file of the session's: without this the audit hook counts it (and it stays).
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return [Path(p) for p in report["touched"]]


@pytest.fixture
def folders(tmp_path: Path) -> list[Path]:
    made = [tmp_path / "home", tmp_path / "tmp", tmp_path / "runtime"]
    for folder in made:
        folder.mkdir(mode=0o700)
        folder.chmod(0o700)
    (tmp_path / "home" / "Documents").mkdir()  # a home with something in it already
    return made


def test_a_guest_session_leaves_no_file_it_wrote(tmp_path: Path, folders: list[Path]) -> None:
    home, _tmp, runtime = folders
    before = listing(*folders)
    touched = run_app(tmp_path, {"guest_mode": True, "banner": "Library"}, "--exit-after-start")
    # It did write: a library in a private folder of the runtime folder (not a shared one).
    libraries = [p for p in touched if p.name == "library.sqlite3"]
    assert libraries and all(p.parent.parent == runtime for p in libraries)
    assert [p for p in touched if p.exists()] == []
    assert listing(*folders) - before == set()
    would_be_data = home / ".local" / "share" / "SergeDesktop"
    assert not would_be_data.exists()


def test_the_same_scan_sees_what_an_ordinary_session_keeps(
    tmp_path: Path, folders: list[Path]
) -> None:
    # The control: without guest mode the library stays in the per-user folder, and the scan
    # above would have seen it.
    home = folders[0]
    before = listing(*folders)
    touched = run_app(tmp_path, {"banner": "Library"}, "--exit-after-start")
    assert any(p.exists() for p in touched)
    added = listing(*folders) - before
    assert any(p.endswith("library.sqlite3") and p.startswith(str(home)) for p in added)
