"""Text that is not valid UTF-8 in the library: read, named, mended, never a traceback (item 4)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import list_backups
from tests.faults.cli_runs import integrity
from tests.services.seed_notes import note_on, seed_id

SEED = "he-found-the-seeds-of-hope-in-russia"
BAD = b"caf\xe9 \xff"  # Latin-1 bytes, as another tool might have written them


def library_with_bad_bytes(data: Path) -> Path:
    """A library whose note body, tag and headline each hold bytes that are not UTF-8."""
    with Workspace(data) as workspace:
        note = note_on(workspace, "Victor Serge", body="fine", tags=["ok"])
    path = data / "library.sqlite3"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as raw:
        raw.execute("UPDATE note SET body = CAST(? AS TEXT) WHERE id = ?", (BAD, note.id))
        raw.execute("UPDATE tag SET name = CAST(? AS TEXT)", (b"t\xe9g",))
        raw.execute("UPDATE article SET headline = CAST(? AS TEXT)", (b"He found \xff hope",))
    return path


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_reading_shows_bad_bytes_as_replacement_characters(tmp_path: Path) -> None:
    library_with_bad_bytes(tmp_path)
    with Workspace(tmp_path) as workspace:
        [note] = workspace.notes.list_notes(seed_id(workspace))
        assert note.body == "caf\ufffd \ufffd" and note.tags == ("t\ufffdg",)
        assert workspace.library.list_articles()[0].headline == "He found \ufffd hope"
        assert workspace.search.search("caf").notes  # the search index reads them too


def test_list_notes_and_export_work_and_check_names_the_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library_with_bad_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path, "notes", "list", "--json")
    assert code == 0 and json.loads(out)[0]["note"] == "caf\ufffd \ufffd"
    assert run(capsys, tmp_path, "list")[0] == 0
    export = tmp_path / "notes.md"
    code, _, err = run(
        capsys, tmp_path, "export", "--all", "--format", "markdown", "-o", str(export)
    )
    assert code == 0, err
    assert "caf\ufffd" in export.read_text(encoding="utf-8")
    code, out, err = run(capsys, tmp_path, "check")
    assert code == 1
    assert "of note: body is not valid UTF-8" in out
    assert "of tag: name is not valid UTF-8" in out
    assert "of article: headline is not valid UTF-8" in out
    assert "nothing is lost" in err


def test_salvage_mends_them_after_a_backup_that_keeps_the_original_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = library_with_bad_bytes(tmp_path)
    code, out, _ = run(capsys, tmp_path, "check", "--salvage")
    assert code == 1 and "mended 3 text values" in out
    [backup] = [b for b in list_backups(path) if b.reason == "before-repair"]
    with contextlib.closing(sqlite3.connect(backup.path)) as copy:
        kept = copy.execute("SELECT CAST(body AS BLOB) FROM note").fetchone()[0]
    assert kept == BAD
    assert run(capsys, tmp_path, "check")[0] == 0
    assert integrity(path) == "ok"
    with Workspace(tmp_path) as workspace:
        [note] = workspace.notes.list_notes(seed_id(workspace))
        assert note.body == "caf\ufffd \ufffd"
