"""`list`: counts worded for people ("1 note"), and notes from class packs counted apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.cli.wording import counted
from serge_desktop.main import main
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from tests.services.pack_helpers import SEED_SLUG, make_pack, note_on


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_counted_agrees_with_its_number() -> None:
    assert counted(1, "note") == "1 note"
    assert counted(0, "note") == "0 notes"
    assert counted(2, "entry", "entries") == "2 entries"
    assert counted(1200, "page") == "1,200 pages"


def test_notes_from_a_class_pack_are_counted_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = make_pack(
        tmp_path / "teacher", tmp_path / "t.sergepack", "Ms Rivera",
        {"Victor Serge": "Who was he?", "Petrograd": "Where is it today?"},
    )  # fmt: skip
    student = tmp_path / "student"
    with Workspace(student) as workspace:
        packs = PackService(workspace)
        packs.import_pack(packs.read(pack))

    code, out = run(capsys, "--data-dir", str(student), "list")
    assert code == 0
    assert out.rstrip().endswith("1 revision, 23 events, 0 notes, 2 notes from class packs")
    code, out = run(capsys, "--data-dir", str(student), "list", "--json")
    [row] = json.loads(out)
    assert (row["notes"], row["layer_notes"]) == (0, 2)


def test_one_own_note_is_one_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace(tmp_path) as workspace:
        note_on(workspace, "Victor Serge", "Who was he?")
    code, out = run(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 0
    assert out.rstrip().endswith("\t1 revision, 23 events, 1 note")
    assert SEED_SLUG in out
