"""Documents of every format imported into a real library: structure kept, text anchorable."""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from serge_desktop.core.article import ParagraphKind
from serge_desktop.core.article_parser import parse_source
from serge_desktop.core.errors import DocumentRejectedError
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace
from tests.core.document_checks import DOCX, EPUB, ODT, PAGE, PDF, sample
from tests.services.pack_helpers import dump_database

SAMPLES = [
    ODT,
    DOCX,
    PDF,
    EPUB,
    PAGE,
]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as workspace:
        yield workspace


@pytest.mark.parametrize("name", SAMPLES)
def test_the_reader_gets_kinds_and_marks_and_the_body_stays_plain(
    library: Workspace, name: str
) -> None:
    path = sample(name)
    outcome = library.importer.import_file(path)
    assert outcome.status is ImportStatus.ADDED
    view = library.library.article_view(outcome.article.slug)
    _, parsed = parse_source(path.read_bytes(), path.name)
    assert view.headline == parsed.headline
    assert view.body == parsed.body  # plain text, paragraphs joined by blank lines
    assert view.paragraphs == parsed.paragraphs  # kinds, levels and marks read back whole
    assert any(p.kind is ParagraphKind.HEADING for p in view.paragraphs)
    assert any(p.marks for p in view.paragraphs)
    # A note anchors on the plain text as it always did.
    span = library.notes.find_quote(article_id=view.id, quote=view.paragraphs[1].text[:40])
    note = library.notes.create_note(
        article_id=view.id, revision_id=span.revision_id, start=span.start, end=span.end
    )
    assert note.quote == view.paragraphs[1].text[:40].strip()


@pytest.mark.parametrize("name", SAMPLES)
def test_the_raw_source_is_kept_and_a_second_import_changes_nothing(
    library: Workspace, name: str
) -> None:
    path = sample(name)
    first = library.importer.import_file(path)
    before = dump_database(library.database_path)
    again = library.importer.import_file(path)
    assert again.status is ImportStatus.UNCHANGED
    assert again.article.slug == first.article.slug
    assert dump_database(library.database_path) == before
    with closing(sqlite3.connect(library.database_path)) as connection:
        (raw,) = connection.execute(
            "SELECT raw_source FROM revision WHERE source_name = ?", (path.name,)
        ).fetchone()
    assert raw == path.read_bytes()


def hostile_files(folder: Path) -> list[Path]:
    """One refused file of each kind; each must leave the library as it was."""
    truncated = folder / "truncated.docx"
    truncated.write_bytes((sample(DOCX)).read_bytes()[:3000])
    bomb = folder / "bomb.odt"
    with zipfile.ZipFile(sample(ODT)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members["content.xml"] = b"<a>" + bytes(65 * 1024 * 1024) + b"</a>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    bomb.write_bytes(out.getvalue())
    copies = []
    for name in ("drm.epub", "scanned.pdf", "html/no_article.html"):
        copies.append(folder / Path(name).name)
        shutil.copyfile(sample(name), copies[-1])
    return [truncated, bomb, *copies]


def backup_files(workspace: Workspace) -> list[Path]:
    folder = workspace.data_dir / "backups"
    return sorted(folder.glob("*")) if folder.exists() else []


def test_every_refusal_writes_nothing(library: Workspace, tmp_path: Path) -> None:
    library.importer.import_file(sample(ODT))  # a library with something to lose
    before = dump_database(library.database_path)
    backups = backup_files(library)
    for path in hostile_files(tmp_path):
        with pytest.raises(DocumentRejectedError):
            library.importer.import_file(path)
        assert dump_database(library.database_path) == before, path.name
    assert backup_files(library) == backups, "a refused file is refused before the backup"


def test_a_book_names_its_series_in_the_library(library: Workspace) -> None:
    outcome = library.importer.import_file(sample(EPUB))
    view = library.library.article_view(outcome.article.slug)
    assert (view.series, view.part) == ("Writers in exile", 2)  # a series row and a part number
