"""`notes add --tag` (repeatable) and the tags in `notes list`, plain and JSON."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from serge_desktop.services.tag_rows import MAX_TAG_CHARS
from tests.cli.test_notes_commands import SEED_SLUG, notes_in, run

ADD = ("notes", "add", "--article", SEED_SLUG)


def tags_in(data: Path) -> int:
    with closing(sqlite3.connect(data / "library.sqlite3")) as connection:
        count: int = connection.execute("SELECT count(*) FROM tag").fetchone()[0]
    return count


def test_tags_are_added_and_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        tmp_path,
        capsys,
        *ADD,
        *("--quote", "he reached Petrograd", "--tag", " exile ", "--tag", "Civil  War"),
        *("--tag", "EXILE"),
    )
    assert code == 0
    note_id = int(out)
    [row] = json.loads(run(tmp_path, capsys, "notes", "list", "--json")[1])
    assert (row["id"], row["tags"]) == (note_id, ["Civil War", "exile"])
    [line] = run(tmp_path, capsys, "notes", "list")[1].splitlines()
    assert line.split("\t")[-2:] == ["Civil War,exile", "he reached Petrograd"]


def test_a_note_without_tags_lists_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(tmp_path, capsys, *ADD, "--quote", "Petrograd")
    [row] = json.loads(run(tmp_path, capsys, "notes", "list", "--json")[1])
    assert row["tags"] == []
    assert run(tmp_path, capsys, "notes", "list")[1].split("\t")[-2] == "-"


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("   ", "a tag needs a name (this one was empty or only spaces)"),
        ("x" * (MAX_TAG_CHARS + 1), f"a tag may have at most {MAX_TAG_CHARS} characters"),
    ],
)
def test_a_bad_tag_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tag: str, message: str
) -> None:
    code, out, err = run(
        tmp_path, capsys, *ADD, "--quote", "Petrograd", "--tag", "fine", "--tag", tag
    )
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1
    assert (notes_in(tmp_path), tags_in(tmp_path)) == (0, 0)
