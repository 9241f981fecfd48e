"""What a library holds never reaches the terminal as control codes (item 13)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from tests.services.pack_helpers import edit_manifest, make_pack, members_of, write_pack
from tests.services.seed_notes import note_on

SEED = "he-found-the-seeds-of-hope-in-russia"
TITLE = "\x1b]0;owned\x07"  # sets the terminal's title
CLEAR = "\x1b[2J"  # clears the screen
CSI = "\x9b2J"  # the same, as one C1 character
HOSTILE = f"{TITLE}Serge{CLEAR} and {CSI}\u202etxt.exe"


def hostile_library(data: Path) -> None:
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body=HOSTILE, tags=[f"tag{CLEAR}x"])
    with contextlib.closing(sqlite3.connect(data / "library.sqlite3", isolation_level=None)) as raw:
        raw.execute("UPDATE article SET headline = ?", (HOSTILE,))


def assert_inert(text: str) -> None:
    for code in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert code not in text


@pytest.mark.parametrize(
    "argv",
    [
        ("list",),
        ("list", "--json"),
        ("notes", "list"),
        ("notes", "list", "--json"),
        ("search", "Serge"),
        ("search", "Serge", "--json"),
    ],
)
def test_listings_escape_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    hostile_library(tmp_path)
    code = main(["--data-dir", str(tmp_path), *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_inert(out + err)
    if "--json" in argv:
        text = json.dumps(json.loads(out))  # still valid JSON, and it says what is there
        assert "\\u001b" in text or "\\u009b" in text
    else:
        assert "\\x1b]0;owned\\x07" in out or "\\x1b" in out


def test_a_pack_author_with_control_characters_is_printed_inert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = make_pack(tmp_path / "teacher", tmp_path / "p.sergepack", "Ms Rivera", {"Serge": "x"})
    hostile = tmp_path / "hostile.sergepack"
    write_pack(hostile, edit_manifest(members_of(pack), author=HOSTILE, title=HOSTILE))
    code = main(["--data-dir", str(tmp_path / "student"), "pack", "import", str(hostile)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_inert(out + err)
    assert "from \\x1b]0;owned\\x07Serge\\x1b[2J and \\u009b2J\\u202etxt.exe" in out
