"""`serge-desktop pack export` and `pack import`: files, preview, --dry-run, --force, exit codes."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from serge_desktop.cli.pack_command import add_pack_subcommand
from serge_desktop.services.workspace import Workspace
from tests.services.pack_helpers import SEED_SLUG, dump_database, note_on


def run(workspace: Workspace, *argv: str) -> int:
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="serge-desktop")
    add_pack_subcommand(parser.add_subparsers(dest="command"), [data_dir])
    args = parser.parse_args(["pack", *argv])
    code: int = args.handler(args, workspace)
    return code


def test_export_then_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "t.sergepack"
    with Workspace(tmp_path / "teacher") as teacher:
        note_on(teacher, "Victor Serge", "Who was he?")
        assert run(teacher, "export", "--article", SEED_SLUG, "-o", str(pack), "--author",
                   "Ms Rivera") == 0  # fmt: skip
        assert capsys.readouterr().out.rstrip().endswith("1 article, 23 events, 1 note")
        assert run(teacher, "export", "--article", SEED_SLUG, "-o", str(pack)) == 2
        assert "--force" in capsys.readouterr().err
        assert run(teacher, "export", "--article", SEED_SLUG, "-o", str(pack), "--force",
                   "--author", "Ms Rivera", "--events", "none") == 0  # fmt: skip
    with Workspace(tmp_path / "student") as student:
        before = dump_database(student.database_path)
        assert run(student, "import", str(pack), "--dry-run") == 0
        out = capsys.readouterr().out
        assert "Pack: t.sergepack from Ms Rivera" in out
        assert "Notes from Ms Rivera: 1" in out and "Nothing was changed" in out
        assert dump_database(student.database_path) == before
        assert run(student, "import", str(pack)) == 0
        assert "backed up" in capsys.readouterr().out
        assert [layer.author for layer in student.layers.list_layers()] == ["Ms Rivera"]


def test_a_bad_pack_is_refused_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sergepack"
    bad.write_bytes(b"PK\x03\x04 not really")
    with Workspace(tmp_path / "s") as student:
        assert run(student, "import", str(bad)) == 2
    assert "not a class pack" in capsys.readouterr().err


def test_an_unknown_article_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace(tmp_path / "s") as student:
        code = run(student, "export", "--article", "nope", "-o", str(tmp_path / "x.sergepack"))
    assert code == 2 and "nope" in capsys.readouterr().err
    assert not (tmp_path / "x.sergepack").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with Workspace(tmp_path / "s") as student, pytest.raises(SystemExit) as exited:
        run(student, "export", "-o", "x.sergepack")  # --article is required
    assert exited.value.code == 2
