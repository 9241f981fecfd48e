"""Where the data lives: the order of the five places, and what each one refuses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from serge_desktop.services.data_location import (
    DATA_DIR_ENV,
    PORTABLE_MARKER,
    expand_policy_dir,
    portable_data_dir,
    resolve_data_dir,
)
from serge_desktop.services.policy import Policy


@pytest.fixture
def program_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "program"
    folder.mkdir()
    (folder / PORTABLE_MARKER).write_text("", encoding="utf-8")
    return folder


def test_each_place_gives_way_to_the_one_before_it(tmp_path: Path, program_dir: Path) -> None:
    policy = Policy(data_dir=str(tmp_path / "policy" / "{user}"))
    env = {DATA_DIR_ENV: str(tmp_path / "env"), "USER": "ada", "HOME": str(tmp_path)}
    cli = tmp_path / "cli"
    assert resolve_data_dir(cli, env, policy, program_dir=program_dir) == cli
    assert resolve_data_dir(None, env, policy, program_dir=program_dir) == tmp_path / "env"
    del env[DATA_DIR_ENV]
    assert resolve_data_dir(None, env, policy, program_dir=program_dir) == (
        tmp_path / "policy" / "ada"
    )
    assert resolve_data_dir(None, env, Policy(), program_dir=program_dir) == (program_dir / "data")
    per_user = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    )
    (program_dir / PORTABLE_MARKER).unlink()
    assert resolve_data_dir(None, env, Policy(), program_dir=program_dir) == per_user


def test_the_policy_folder_fills_in_user_and_home() -> None:
    env = {"USER": "ada", "HOME": "/home/ada"}
    assert expand_policy_dir("{home}/notes/{user}", env) == Path("/home/ada/notes/ada")
    assert expand_policy_dir("/srv/library/{user}", {"LOGNAME": "bo"}) == Path("/srv/library/bo")


@pytest.mark.parametrize("user", ["..", "a/b", "a\\b"])
def test_a_user_name_that_would_leave_the_folder_is_not_used(user: str) -> None:
    assert expand_policy_dir("/srv/library/{user}", {"USER": user}) is None


def test_a_relative_policy_folder_is_not_used() -> None:
    # Relative to what? The working folder may be the program's: the per-user place is safer.
    assert expand_policy_dir("notes/{user}", {"USER": "ada"}) is None


def test_an_unusable_policy_folder_falls_through_to_the_per_user_place(tmp_path: Path) -> None:
    policy = Policy(data_dir="relative/{user}")
    chosen = resolve_data_dir(None, {"USER": "ada"}, policy, program_dir=None)
    assert chosen.is_absolute()
    assert "relative" not in chosen.parts


def test_portable_needs_the_marker_and_a_writable_folder(tmp_path: Path) -> None:
    bare = tmp_path / "bare"
    bare.mkdir()
    assert portable_data_dir(bare) is None
    assert portable_data_dir(None) is None
    (bare / PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert portable_data_dir(bare) == bare / "data"


def test_an_unfrozen_app_is_never_portable(tmp_path: Path) -> None:
    # Run from Python, the "executable" is the interpreter: its folder is never a data folder.
    chosen = resolve_data_dir(None, {}, Policy())
    assert chosen == Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any folder")
def test_a_marker_in_a_read_only_install_is_ignored(program_dir: Path) -> None:
    program_dir.chmod(0o555)
    try:
        assert portable_data_dir(program_dir) is None
    finally:
        program_dir.chmod(0o755)
