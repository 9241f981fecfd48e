from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def table_counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_first_run_imports_the_bundled_article(workspace: Workspace) -> None:
    [outcome] = workspace.first_run_imports
    assert outcome.status is ImportStatus.ADDED
    [article] = workspace.library.list_articles()
    assert article.slug == SEED_SLUG
    assert article.publication == "Socialist Worker"
    assert article.revisions == 1
    assert article.events >= 14


def test_the_seed_reads_back_with_sidecar_metadata(workspace: Workspace) -> None:
    view = workspace.library.article_view(SEED_SLUG)
    assert view.headline == "He found the seeds of hope in Russia"
    assert view.issue == "No. 1929"
    assert (view.series, view.part) == ("The socialists who opposed Stalin", 2)
    assert view.subject == "Victor Serge, 1890–1947"
    assert view.body.startswith("Victor Serge was born in Brussels in 1890.")
    for paragraph in view.paragraphs:
        assert view.body[paragraph.start : paragraph.end] == paragraph.text


def test_the_raw_source_is_stored_unchanged(workspace: Workspace) -> None:
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    with sqlite3.connect(workspace.database_path) as connection:
        [(raw,)] = connection.execute("SELECT raw_source FROM revision").fetchall()
    assert raw == seed.read_bytes()


def test_a_second_start_does_not_import_again(tmp_path: Path) -> None:
    with Workspace(tmp_path) as first:
        assert first.first_run_imports
    with Workspace(tmp_path) as second:
        assert second.first_run_imports == []
        assert len(second.library.list_articles()) == 1


def test_importing_the_same_file_again_changes_nothing(workspace: Workspace) -> None:
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    before = table_counts(workspace.database_path)
    outcome = workspace.importer.import_file(seed)
    assert outcome.status is ImportStatus.UNCHANGED
    assert table_counts(workspace.database_path) == before


def test_a_changed_version_becomes_a_new_revision(workspace: Workspace, tmp_path: Path) -> None:
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "serge-corrected.txt"
    changed.write_text(
        seed.read_text(encoding="utf-8").replace("gun-runner", "gun runner"), encoding="utf-8"
    )
    view = workspace.library.article_view(SEED_SLUG)
    start = view.body.index("Petrograd")
    note = workspace.notes.create_note(
        article_id=view.id, revision_id=view.revision_id, start=start, end=start + 9
    )

    outcome = workspace.importer.import_file(changed)

    assert outcome.status is ImportStatus.NEW_REVISION
    assert outcome.article.slug == SEED_SLUG
    assert outcome.article.revisions == 2
    new_view = workspace.library.article_view(SEED_SLUG)
    assert new_view.revision_number == 2
    assert "gun runner" in new_view.body
    with sqlite3.connect(workspace.database_path) as connection:
        bodies = [row[0] for row in connection.execute("SELECT body FROM revision ORDER BY number")]
    assert "gun-runner" in bodies[0]  # the old revision is kept
    [moved] = workspace.notes.list_notes(view.id)
    assert moved.id == note.id
    assert new_view.body[moved.start : moved.end] == "Petrograd"


def test_markdown_and_plain_text_import(workspace: Workspace, tmp_path: Path) -> None:
    markdown = tmp_path / "essay.md"
    markdown.write_text(
        "---\ntitle: On Memory\nauthor: A. Reader\n---\n\nFirst paragraph.\n\nSecond one.\n",
        encoding="utf-8",
    )
    plain = tmp_path / "notes.txt"
    plain.write_text("A Plain Title\n\nOnly paragraph here.\n", encoding="utf-8")
    md = workspace.importer.import_file(markdown)
    txt = workspace.importer.import_file(plain)
    assert md.article.headline == "On Memory"
    assert txt.article.headline == "A Plain Title"
    assert workspace.library.article_view(md.article.slug).author == "A. Reader"
    assert len(workspace.library.list_articles()) == 3


def test_cp1252_text_is_imported_with_a_notice(workspace: Workspace, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        "Caf\u00e9 society\n\nThey met at the caf\u00e9 \u2014 daily.\n".encode("cp1252")
    )
    outcome = workspace.importer.import_file(legacy)
    assert outcome.used_fallback
    assert outcome.encoding == "cp1252"
    assert "café" in workspace.library.article_view(outcome.article.slug).body


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", RejectReason.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", RejectReason.BINARY),
        (b"Title only\n", RejectReason.NO_PARAGRAPHS),
        (b"\x81\x8d\x8f\x90\x9d text", RejectReason.NOT_TEXT),
    ],
)
def test_bad_files_are_refused_and_write_nothing(
    workspace: Workspace, tmp_path: Path, content: bytes, reason: RejectReason
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = table_counts(workspace.database_path)
    with pytest.raises(ArticleRejectedError) as caught:
        workspace.importer.import_file(bad)
    assert caught.value.reason is reason
    assert table_counts(workspace.database_path) == before


def test_a_file_over_20_mb_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ArticleRejectedError) as caught:
        workspace.importer.import_file(huge)
    assert caught.value.reason is RejectReason.TOO_LARGE
