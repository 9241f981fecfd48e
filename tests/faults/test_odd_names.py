"""File names that are not UTF-8, or are odd, never stop an import or a start (item 6)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.shared_content import import_shared_content
from serge_desktop.services.workspace import Workspace

ARTICLE = b"Letters from Petrograd\n\nIn 1919 the city was cold and hungry.\n"


def odd_file(folder: Path, name: bytes) -> Path:
    """A file whose name is these bytes, as another system or a broken archive left it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as file:
        file.write(ARTICLE)
    return Path(os.fsdecode(path))


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (b"caf\xe9.txt", "caf\\xe9.txt"),  # Latin-1, not UTF-8
        (b"\xff\xfe.md", "\\xff\\xfe.md"),
        ("Cafe\u0301 \u2014 notes.txt".encode(), "Caf\u00e9 \u2014 notes.txt"),  # NFD, made NFC
        (b"-rf.txt", "-rf.txt"),
        (b"line\nbreak.txt", "line\nbreak.txt"),
    ],
)
def test_the_command_line_imports_it_under_a_displayable_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: bytes, shown: str
) -> None:
    path = odd_file(tmp_path / "in", name)
    code = main(["--data-dir", str(tmp_path / "data"), "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "\udcff" not in out + err and "\udce9" not in out + err  # printable, not raw
    library = tmp_path / "data" / "library.sqlite3"
    with contextlib.closing(sqlite3.connect(library)) as raw:
        [(stored,)] = raw.execute(
            "SELECT r.source_name FROM revision r JOIN article a ON a.id = r.article_id "
            "WHERE a.headline = 'Letters from Petrograd'"
        )
    assert stored == shown


def test_a_shared_folder_with_such_names_imports_them_all(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    odd_file(shared, b"caf\xe9.txt")
    (shared / "other.txt").write_bytes(ARTICLE.replace(b"Letters", b"More letters"))
    with Workspace(tmp_path / "data") as workspace:
        report = import_shared_content(workspace.importer, shared)
    assert len(report.imported) == 2 and report.skipped == ()
