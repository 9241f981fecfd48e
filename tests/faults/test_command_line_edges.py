"""The command line's edges: a dash-word query, a closed pipe, an unwritable library (item 14)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from tests.faults.cli_runs import ROOT
from tests.services.seed_notes import note_on

SEED = "he-found-the-seeds-of-hope-in-russia"


def test_a_query_word_may_start_with_a_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(tmp_path), "search", "-stalin"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Stalin" in out
    code = main(
        ["--data-dir", str(tmp_path), "search", "victor", "-serge", "--json", "--limit", "3"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert '"query": "victor -serge"' in out


@pytest.fixture(scope="module")
def many_notes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of 2,000 notes: far more output than a pipe holds."""
    data = tmp_path_factory.mktemp("many")
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="note 0")
    copies = (
        'INSERT INTO note (article_id, revision_id, quote, prefix, suffix, start, "end", body, '
        "color, created_at, updated_at, placement) "
        "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 1999) "
        "SELECT article_id, revision_id, quote, prefix, suffix, start, \"end\", 'note ' || v, "
        "color, created_at, updated_at, placement FROM note, n"
    )
    with contextlib.closing(sqlite3.connect(data / "library.sqlite3", isolation_level=None)) as raw:
        raw.execute(copies)
    return data


@pytest.mark.parametrize(("argv", "first"), [(("notes", "list"), "1\t"), (("list", "--json"), "[")])
def test_output_cut_off_by_head_ends_quietly(
    many_notes: Path, argv: tuple[str, ...], first: str
) -> None:
    tmp_path = many_notes
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = (
        f"{sys.executable} -m serge_desktop.main --data-dir {tmp_path} {' '.join(argv)}"
        " | head -1; echo status=${PIPESTATUS[0]}"
    )
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, env=env, timeout=120
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith(first)
    assert "Traceback" not in result.stderr and "BrokenPipeError" not in result.stderr
    # 1 when the pipe closed before all was written (the kernel may take a last large write
    # whole, and then it is 0): never the 120 of an error left for the interpreter's exit.
    assert lines[-1] in ("status=0", "status=1")
    if argv[0] == "notes":
        assert lines[-1] == "status=1"


_READ_ONLY_COMMANDS = """
import sys
from serge_desktop.main import main
data = sys.argv[1]
for argv in (["list"], ["notes", "list"], ["search", "Petrograd"],
             ["export", "--all", "--format", "csv", "-o", sys.argv[2]]):
    print(argv[0], main(["--data-dir", data, *argv]), flush=True)
print("write", main(["--data-dir", data, "notes", "add", "--article",
                     "he-found-the-seeds-of-hope-in-russia", "--quote", "Serge"]), flush=True)
"""


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="needs root to mount a folder read-only",
)
def test_reading_commands_work_on_a_library_they_cannot_write(tmp_path: Path) -> None:
    # Root ignores permission bits, so the folder is made read-only the way a CD or a
    # read-only share is: a read-only bind mount, in a private mount namespace.
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        note_on(workspace, "Petrograd", body="kept")
    before = (data / "library.sqlite3").read_bytes()
    script = tmp_path / "commands.py"
    script.write_text(_READ_ONLY_COMMANDS)
    mount = f"mount --bind {data} {data} && mount -o remount,bind,ro {data} {data}"
    command = f"{mount} && {sys.executable} {script} {data} {tmp_path / 'notes.csv'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", command], capture_output=True, text=True, env=env
    )
    if result.returncode != 0 and "mount" in result.stderr and not result.stdout:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    codes = [line for line in result.stdout.splitlines() if line.split(" ")[-1].isdigit()]
    assert codes == ["list 0", "notes 0", "search 0", "export 0", "write 1"], result.stderr
    assert "opened read-only" in result.stderr
    assert "kept" in (tmp_path / "notes.csv").read_text(encoding="utf-8")
    assert (data / "library.sqlite3").read_bytes() == before
