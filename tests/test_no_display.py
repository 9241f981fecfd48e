"""Starting the window with no display says so in one line, instead of Qt's plugin abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from serge_desktop.main import missing_display


def test_a_session_without_a_display_is_refused_in_one_line(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM"}
    }
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "serge_desktop", "--data-dir", str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("serge-desktop: no display found")
    assert "plugin" not in line


@pytest.mark.parametrize(
    ("environ", "platform", "refused"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_which_sessions_have_a_display(
    environ: dict[str, str], platform: str, refused: bool
) -> None:
    assert (missing_display(environ, platform) is not None) is refused
