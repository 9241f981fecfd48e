"""`notes add`, `notes list` and `import --update`, driven through their own parser and handlers.

main() gains these subcommands when the parser wires them; until then the tests build the same
subparsers themselves, so they check the arguments as well as the handlers.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from serge_desktop.cli.import_command import run_import
from serge_desktop.cli.notes_commands import add_notes_subcommands
from serge_desktop.cli.update_command import add_update_argument
from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def parser() -> argparse.ArgumentParser:
    built = argparse.ArgumentParser(prog="serge-desktop")
    commands = built.add_subparsers(dest="command")
    add_notes_subcommands(commands, parents=[])
    importer = commands.add_parser("import")
    importer.add_argument("files", nargs="+", type=Path)
    add_update_argument(importer)
    importer.set_defaults(handler=run_import)
    return built


def run(data: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    args = parser().parse_args(argv)
    with Workspace(data) as workspace:
        code: int = args.handler(args, workspace)
    out, err = capsys.readouterr()
    return code, out, err


def notes_in(data: Path) -> int:
    with closing(sqlite3.connect(data / "library.sqlite3")) as connection:
        count: int = connection.execute("SELECT count(*) FROM note").fetchone()[0]
    return count


def test_add_prints_the_id_and_list_shows_the_note_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        tmp_path,
        capsys,
        *("notes", "add", "--article", SEED_SLUG, "--quote", "he reached Petrograd"),
        *("--note", "Winter of 1919.", "--color", "green"),
    )
    assert code == 0
    note_id = int(out)
    code, out, _ = run(tmp_path, capsys, "notes", "list", "--article", SEED_SLUG, "--json")
    assert code == 0
    [row] = json.loads(out)
    assert row["id"] == note_id
    assert row["article"] == SEED_SLUG
    assert (row["quote"], row["note"], row["color"]) == (
        "he reached Petrograd",
        "Winter of 1919.",
        "green",
    )
    assert row["end"] - row["start"] == len("he reached Petrograd")
    assert row["placement"] == "exact"


def test_list_as_a_table_names_the_placement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, capsys, "notes", "list")[1] == "No notes.\n"
    run(tmp_path, capsys, "notes", "add", "--article", SEED_SLUG, "--quote", "  Petrograd ")
    code, out, _ = run(tmp_path, capsys, "notes", "list")
    assert code == 0
    [line] = out.splitlines()
    assert line.split("\t")[1:3] == [SEED_SLUG, "exact"]
    assert line.endswith("\tPetrograd")  # the spaces around a typed quote are not the passage


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--quote", "   "), "the quote is empty"),
        (("--quote", "he reached Moscow"), "the quote is not in the article's current text"),
        (("--quote", "Petrograd", "--note", "x" * 5 * 1024 * 1024), "a note may hold at most"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(tmp_path, capsys, "notes", "add", "--article", SEED_SLUG, *argv)
    assert code == 2
    assert out == ""
    assert message in err and err.count("\n") == 1
    assert notes_in(tmp_path) == 0


def test_an_unknown_colour_is_refused_by_the_parser_and_the_handler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["notes", "add", "--article", SEED_SLUG, "--quote", "Petrograd", "--color", "red"]
    with pytest.raises(SystemExit) as stopped:
        parser().parse_args(argv)
    assert stopped.value.code == 2
    assert "invalid choice: 'red'" in capsys.readouterr().err
    args = parser().parse_args([*argv[:-1], "blue"])
    args.color = "red"  # as if another caller skipped the parser's check
    with Workspace(tmp_path) as workspace:
        assert args.handler(args, workspace) == 2
    assert "unknown colour 'red' (choose yellow, green, blue, pink, purple)" in (
        capsys.readouterr().err
    )
    assert notes_in(tmp_path) == 0


def test_an_unknown_article_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(tmp_path, capsys, "notes", "add", "--article", "nope", "--quote", "x")
    assert (code, err) == (2, "serge-desktop: no article named nope\n")
    code, _, err = run(tmp_path, capsys, "notes", "list", "--article", "nope")
    assert (code, err) == (2, "serge-desktop: no article named nope\n")


def test_update_prints_how_the_notes_were_placed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    for quote in ("he reached Petrograd", "gun-runner, translator and archivist"):
        run(data, capsys, "notes", "add", "--article", SEED_SLUG, "--quote", quote)
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "serge-v2.txt"
    changed.write_text(
        seed.read_text(encoding="utf-8")
        .replace("In 1908 he went to Paris", "In 1908 he went to Paris, the capital")
        .replace("gun-runner, translator and archivist", "translator"),
        encoding="utf-8",
    )
    code, out, _ = run(data, capsys, "import", "--update", str(changed))
    assert code == 0
    assert out == (
        f"{changed}: revision 2 of {SEED_SLUG}; "
        "notes placed: exact 0, moved 1, approximate 0, unplaced 1\n"
    )
    rows = json.loads(run(data, capsys, "notes", "list", "--json")[1])
    assert sorted(row["placement"] for row in rows) == ["moved", "unplaced"]
    [lost] = [row for row in rows if row["placement"] == "unplaced"]
    assert (lost["start"], lost["end"]) == (None, None)  # no offsets in the current text
    code, out, _ = run(data, capsys, "import", "--update", str(changed))
    assert (code, out) == (
        0,
        f"{changed}: already in the library as {SEED_SLUG}; nothing changed\n",
    )


def test_update_refuses_a_file_that_matches_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.md"
    other.write_text("# A Different Piece\n\nIt has a paragraph.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    with Workspace(tmp_path / "data") as workspace:
        args = argparse.Namespace(files=[other, missing], update=True)
        assert run_import(args, workspace) == 2
        assert len(workspace.library.list_articles()) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert "other.md: matches no article in the library (headline 'A Different Piece')" in lines[0]
    assert "missing.txt: cannot be read" in lines[1]
