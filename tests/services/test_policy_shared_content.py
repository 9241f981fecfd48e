"""The policy's shared folder of articles: imported once by content, and never written to."""

from __future__ import annotations

from pathlib import Path

from serge_desktop.services.shared_content import import_shared_content
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace

ARTICLE = "Letters from Petrograd\n\nThe first paragraph of the letters.\n\nA second paragraph.\n"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def test_shared_articles_come_in_once_and_the_folder_is_untouched(
    tmp_path: Path, workspace: Workspace
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "letters.txt").write_text(ARTICLE, encoding="utf-8")
    (shared / "notes.md").write_text("# Notes on Serge\n\nA paragraph of notes.\n", "utf-8")
    (shared / "picture.png").write_bytes(b"\x89PNG\r\n")  # not an article: not even tried
    before = snapshot(shared)
    first = import_shared_content(workspace.importer, shared)
    assert [o.status for o in first.imported] == [ImportStatus.ADDED, ImportStatus.ADDED]
    assert first.added == 2 and first.skipped == ()
    again = import_shared_content(workspace.importer, shared)
    assert [o.status for o in again.imported] == [ImportStatus.UNCHANGED] * 2
    assert again.added == 0
    headlines = {a.headline for a in workspace.library.list_articles()}
    assert {"Letters from Petrograd", "Notes on Serge"} <= headlines
    assert snapshot(shared) == before


def test_a_file_that_is_not_an_article_is_skipped_and_named(
    tmp_path: Path, workspace: Workspace
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (shared / "letters.txt").write_text(ARTICLE, encoding="utf-8")
    report = import_shared_content(workspace.importer, shared)
    assert [o.article.headline for o in report.imported] == ["Letters from Petrograd"]
    [(path, reason)] = report.skipped
    assert path.name == "broken.txt" and reason


def test_a_missing_shared_folder_is_reported_not_raised(
    tmp_path: Path, workspace: Workspace
) -> None:
    report = import_shared_content(workspace.importer, tmp_path / "absent")
    assert report.imported == ()
    [(path, reason)] = report.skipped
    assert path == tmp_path / "absent" and "cannot be read" in reason
