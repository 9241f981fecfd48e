"""`serge-desktop index`: the index, its suggestions, and decisions, with exit codes 0/1/2."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def run(data: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "index", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_the_seeds_index(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(data, capsys)
    assert code == 0
    lines = {line.split("\t")[0]: line for line in out.splitlines()}
    assert "Victor Lvovich Kibalchich" in lines["Victor Serge"]
    assert lines["Paris"].split("\t")[1:3] == ["place", "1 mention in 1 article"]
    code, out, _ = run(data, capsys, "--kind", "person", "--json")
    people = json.loads(out)
    assert {p["name"] for p in people} == {"Victor Serge", "Leon Trotsky", "Joseph Stalin"}
    code, out, _ = run(data, capsys, "--article", SEED_SLUG, "--kind", "work")
    assert [line.split("\t")[0] for line in out.splitlines()] == [
        "Memoirs of a Revolutionary",
        "The Case of Comrade Tulayev",
    ]


def test_suggestions_and_decisions(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(data, capsys, "--suggestions", "--json")
    names = {s["name"] for s in json.loads(out)}
    assert {"Nazis", "Communists", "Russian"} <= names
    assert run(data, capsys, "confirm", "Nazis", "--kind", "organisation")[0] == 0
    assert run(data, capsys, "reject", "Russian")[0] == 0
    code, out, _ = run(data, capsys, "merge", "Communists", "--into", "Communist Party")
    assert code == 0 and "Communists" in out
    code, out, _ = run(data, capsys, "--suggestions")
    assert "Nazis" not in out and "Russian\t" not in out and "Communists" not in out
    code, out, _ = run(data, capsys, "show", "Nazis")
    assert code == 0 and "«Nazis»" in out


def test_exit_codes(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(data, capsys, "confirm", "Nazis")  # no guess of a kind
    assert code == 2 and "--kind" in err
    code, _, err = run(data, capsys, "confirm", "Trotsky", "--kind", "person")
    assert code == 2 and "Leon Trotsky" in err
    assert (
        run(data, capsys, "show", "Nobody")[0] == 2
    )  # refused: no such entity (cli/exit_codes.py)
    assert run(data, capsys, "--article", "no-such-article")[0] == 2
    assert run(data, capsys, "merge", "Nazis", "--into", "Nobody")[0] == 2
    with pytest.raises(SystemExit) as bad:
        run(data, capsys, "--kind", "event")
    assert bad.value.code == 2


def test_control_characters_are_escaped(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace(data) as workspace:
        nasty = workspace.entities.confirm(names=["Nazis"], kind="organisation")
        # A name as a hostile class pack might carry it, written straight to the table.
        from serge_desktop.storage import models as m

        m.Entity.update(name="Evil\x1b[2J\x07Name").where(m.Entity.id == nasty.id).execute()
    code, out, _ = run(data, capsys, "--kind", "organisation")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil\\x1b[2J\\x07Name" in out


def test_an_odt_export_ends_with_the_index(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # PDF and ODT are laid out by Qt from the export's HTML, index of names included.
    target = data.parent / "handout.odt"
    argv = ["--data-dir", str(data), "export", "--all", "--format", "odt"]
    assert main([*argv, "--include", "article,index", "-o", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert "Index of names" in content
    assert content.index("Index of names") < content.index("Victor Lvovich Kibalchich")
