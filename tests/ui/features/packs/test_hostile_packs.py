"""A hostile class pack opened from the window: a named refusal in a message, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.packs.feature import PackFeature
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.pack_helpers import dump_database, edit_manifest, make_pack, members_of
from tests.services.pack_helpers import write_pack as write


def hostile(folder: Path, kind: str) -> Path:
    good = make_pack(folder / "teacher", folder / "good.sergepack", "Ms Rivera", {"Serge": "?"})
    members = members_of(good)
    if kind == "lone surrogate":  # json.dumps writes it as the escape \ud800, as a forger would
        members = edit_manifest(members, author="Ms \ud800 Rivera")
    elif kind == "huge version":
        members = edit_manifest(members, min_reader_version="9" * 5000)
    else:
        manifest = json.loads(members["manifest.json"])
        manifest["articles"] = manifest["articles"] * 2
        members["manifest.json"] = json.dumps(manifest).encode()
    return write(folder / "hostile.sergepack", members)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("lone surrogate", "The pack holds text that is not valid Unicode."),
        ("huge version", "The pack is damaged and cannot be read."),
        ("article twice", "The pack lists the same article twice."),
    ],
)
def test_the_window_says_why_and_writes_nothing(
    tmp_path: Path, qtbot: QtBot, window: MainWindow, kind: str, words: str
) -> None:
    pack = hostile(tmp_path / "packs", kind)
    [feature] = [c for c in window.children() if isinstance(c, PackFeature)]
    shown: list[tuple[str, str]] = []
    window.show_error = lambda title, message: shown.append((title, message))  # type: ignore[method-assign]
    library = window.workspace.database_path
    before = dump_database(library)
    feature.read_pack(pack)  # on the runner's worker; a traceback there fails the test
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    [(title, message)] = shown
    assert title == "Class pack"
    assert message.startswith(words) and message.endswith("Nothing was changed.")
    assert dump_database(library) == before
    assert not [p for p in window.workspace.backups.list_backups() if "pack" in p.path.name]
