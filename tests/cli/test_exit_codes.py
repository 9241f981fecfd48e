"""One exit-code convention for every command: 0 done, 1 failed or a problem found, 2 refused.

Each command is run once for each code it can give, through main() on real files.
"""

from __future__ import annotations

import resource
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from tests.faults.cli_runs import serge
from tests.services.seed_notes import note_on
from tests.storage.damage import damage_middle_page

SEED = "he-found-the-seeds-of-hope-in-russia"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Files the commands work on: a pack, an article, a backup, a file that is not any."""
    folder = tmp_path_factory.mktemp("inputs")
    teacher = folder / "teacher"
    with Workspace(teacher) as workspace:
        note_on(workspace, "Victor Serge", body="a note")
    assert main(["--data-dir", str(teacher), "pack", "export", "--article", SEED,
                 "-o", str(folder / "class.sergepack")]) == 0  # fmt: skip
    assert main(["--data-dir", str(teacher), "backup", "-o", str(folder / "copy.sqlite3")]) == 0
    (folder / "article.md").write_text("# Letters\n\nFrom Petrograd, 1919.\n", encoding="utf-8")
    (folder / "text.txt").write_text("not a database, not a pack\n", encoding="utf-8")
    (folder / "exists.out").write_text("keep me\n", encoding="utf-8")
    return {
        "pack": folder / "class.sergepack",
        "backup": folder / "copy.sqlite3",
        "article": folder / "article.md",
        "text": folder / "text.txt",
        "exists": folder / "exists.out",
    }


def damaged(data: Path) -> None:
    with Workspace(data) as workspace:
        note_on(workspace, "Petrograd", body="x")
    damage_middle_page(data / "library.sqlite3")


def nothing(data: Path) -> None:
    """A fresh library, made by the command itself."""


def fresh(data: Path) -> None:
    Workspace(data).close()


Case = tuple[str, Callable[[Path], None], tuple[str, ...], int]
CASES: list[Case] = [
    ("list", nothing, ("list",), 0),
    ("list on a damaged library", damaged, ("list",), 2),
    ("import", nothing, ("import", "{article}"), 0),
    ("import a file that is not an article", nothing, ("import", "{pack}"), 2),
    ("import a missing file", nothing, ("import", "{missing}"), 2),
    ("import --update of no article", nothing, ("import", "--update", "{article}"), 2),
    ("notes add", nothing, ("notes", "add", "--article", SEED, "--quote", "Serge"), 0),
    ("notes add, no such quote", nothing, ("notes", "add", "--article", SEED, "--quote", "qqq"), 2),
    ("notes add, no such article", nothing, ("notes", "add", "--article", "no", "--quote", "a"), 2),
    ("notes list", nothing, ("notes", "list"), 0),
    ("notes list, no such article", nothing, ("notes", "list", "--article", "no"), 2),
    ("search", nothing, ("search", "Serge"), 0),
    ("search, bad usage", nothing, ("search", "--limit"), 2),
    ("timeline suggest", nothing, ("timeline", "suggest", "--article", SEED), 0),
    ("timeline suggest, no such article", nothing, ("timeline", "suggest", "--article", "no"), 2),
    ("timeline export", nothing,
     ("timeline", "export", "--article", SEED, "--format", "timelinejs", "-o", "{new}"), 0),
    ("timeline export over a file", nothing,
     ("timeline", "export", "--article", SEED, "--format", "timelinejs", "-o", "{exists}"), 2),
    ("export", nothing, ("export", "--all", "--format", "csv", "-o", "{new}"), 0),
    ("export over a file", nothing, ("export", "--all", "--format", "csv", "-o", "{exists}"), 2),
    ("export, unknown format", nothing, ("export", "--all", "--format", "xls", "-o", "{new}"), 2),
    ("pack export", nothing, ("pack", "export", "--article", SEED, "-o", "{new}"), 0),
    ("pack export over a file", nothing,
     ("pack", "export", "--article", SEED, "-o", "{exists}"), 2),
    ("pack import", nothing, ("pack", "import", "{pack}"), 0),
    ("pack import of something else", nothing, ("pack", "import", "{text}"), 2),
    ("check", fresh, ("check",), 0),
    ("check with no library", nothing, ("check",), 2),
    ("check on a damaged library", damaged, ("check",), 1),
    ("backup", nothing, ("backup",), 0),
    ("backup over a file", nothing, ("backup", "-o", "{exists}"), 2),
    ("restore", nothing, ("restore", "{backup}"), 0),
    ("restore of something else", nothing, ("restore", "{text}"), 2),
    ("restore of a missing file", nothing, ("restore", "{missing}"), 2),
    ("no such command", nothing, ("frobnicate",), 2),
    ("article show", nothing, ("article", "show", SEED), 0),
    ("article show, no such article", nothing, ("article", "show", "no"), 2),
    ("article edit", nothing, ("article", "edit", SEED, "--title", "Seeds"), 0),
    ("article edit, an empty title", nothing, ("article", "edit", SEED, "--title", " "), 2),
    ("article delete", nothing, ("article", "delete", SEED), 0),
    ("article restore, not in the trash", nothing, ("article", "restore", SEED), 2),
    ("series list", nothing, ("series", "list"), 0),
    ("series rename, no such series", nothing, ("series", "rename", "No", "Yes"), 2),
    ("trash list", nothing, ("trash", "list"), 0),
    ("trash empty", nothing, ("trash", "empty", "--yes"), 0),
    ("conflicts", nothing, ("conflicts",), 0),
    ("conflicts, no such series", nothing, ("conflicts", "--series", "No"), 2),
    ("index", nothing, ("index",), 0),
    ("index show, no such name", nothing, ("index", "show", "Nobody At All"), 2),
    ("search, no words", nothing, ("search",), 2),
    ("search, a word with a dash", nothing, ("search", "-stalin"), 0),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_each_command_follows_the_convention(
    tmp_path: Path, made: dict[str, Path], capsys: pytest.CaptureFixture[str], case: Case
) -> None:
    _name, prepare, argv, expected = case
    data = tmp_path / "data"
    prepare(data)
    names = {**{k: str(v) for k, v in made.items()}, "new": str(tmp_path / "new.out"),
             "missing": str(tmp_path / "missing.txt")}  # fmt: skip
    arguments = [argument.format(**names) for argument in argv]
    try:
        code = main(["--data-dir", str(data), *arguments])
    except SystemExit as exited:  # argparse's own refusal of bad usage
        code = int(exited.code or 0)
    _out, err = capsys.readouterr()
    assert code == expected, err
    if expected:
        assert err.strip(), "a refusal or failure says why"
        assert "Traceback" not in err


def test_a_command_that_fails_exits_1(tmp_path: Path) -> None:
    """A write refused by the file system (a file-size limit, as a full disk would) fails."""
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        note_on(workspace, "Petrograd", body="kept")
    limit = 16_384  # far less than the -wal needs for a note of 50,000 characters

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    run = serge(
        data, "notes", "add", "--article", SEED, "--quote", "Serge", "--note", "x" * 50_000,
        preexec=limited,
    )  # fmt: skip
    assert run.code == 1, run.err
    assert "serge-desktop:" in run.err and "Traceback" not in run.err
