from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from serge_desktop import __version__
from serge_desktop.main import main
from serge_desktop.services.data_location import DATA_DIR_ENV


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_with_data_dir_before_the_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "list", "--json")
    assert code == 0
    [row] = json.loads(out)
    assert row["slug"] == "he-found-the-seeds-of-hope-in-russia"
    assert row["publication"] == "Socialist Worker"
    assert row["revisions"] == 1
    assert row["events"] >= 14


def test_data_dir_after_the_subcommand_and_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, "list", "--data-dir", str(tmp_path / "a"))
    assert code == 0 and "he-found-the-seeds-of-hope-in-russia" in out
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "b"))
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert (tmp_path / "b" / "library.sqlite3").exists()


def test_import_reports_each_bad_file_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.md"
    good.write_text("# A Good Piece\n\nIt has a paragraph.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    code, out, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "import", str(good), str(empty), str(binary)
    )
    assert code == 2
    assert "imported a-good-piece" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert "empty.txt: is empty" in lines[0]
    assert "picture.txt: is a binary file" in lines[1]


def test_import_of_a_missing_file_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "import", str(tmp_path / "nope.txt"))
    assert code == 2
    assert "nope.txt: cannot be read" in err


def test_a_newer_database_is_refused_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--data-dir", str(tmp_path), "list")
    database = tmp_path / "library.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA user_version = 999")
    connection.close()
    before = database.read_bytes()
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 2
    assert "newer Serge Desktop" in err
    assert database.read_bytes() == before


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("allowed", [None, ["pdf"]], ids=["no policy", "a policy for PDF only"])
def test_self_test_runs_the_real_start_up_path(tmp_path: Path, allowed: list[str] | None) -> None:
    # A separate process: the self-test creates its own QApplication, as it would for a user.
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    if allowed is not None:
        # What the administrator forbids is refused on purpose, and is no failure of the app.
        policy = tmp_path / "policy.json"
        policy.write_text(json.dumps({"allow_export": allowed}), encoding="utf-8")
        env["SERGE_DESKTOP_POLICY"] = str(policy)
    done = subprocess.run(
        [sys.executable, "-m", "serge_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    summary = json.loads(done.stdout)
    assert done.returncode == 0, done.stderr
    assert summary["ok"] is True
    names = [check["name"] for check in summary["checks"]]
    assert "create a note" in names and "delete the note and undo" in names
    assert "read the user guide and its pictures" in names  # the guide ships with the app


def test_exit_after_start_opens_the_window_and_quits(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "serge_desktop", "--data-dir", str(tmp_path), "--exit-after-start"],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "library.sqlite3").exists()
    assert (tmp_path / "window-state.ini").exists()  # it closed like a window, saving its state
