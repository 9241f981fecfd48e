"""Many files at once: one progress report, cancel between files, a summary file by file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.core.errors import (
    ArticleRejectedError,
    DocumentProblem,
    DocumentRejectedError,
    RejectReason,
)
from serge_desktop.services.batch_import import BatchProgress, UnexpectedImportError, import_batch
from serge_desktop.services.importer import ImportService
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace
from tests.core.document_checks import DOCX, PDF, sample
from tests.services.pack_helpers import dump_database


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as workspace:
        yield workspace


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    """Two good files, the first again, a DRM book, a missing file and a good web page."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (
        DOCX,
        PDF,
        "drm.epub",
        "html/blog_post.html",
    ):
        shutil.copyfile(sample(name), folder / Path(name).name)
    return [
        folder / DOCX,
        folder / PDF,
        folder / DOCX,
        folder / "drm.epub",
        folder / "gone.odt",
        folder / "blog_post.html",
    ]


def test_the_summary_says_what_became_of_each_file(library: Workspace, files: list[Path]) -> None:
    heard: list[BatchProgress] = []
    summary = import_batch(library.importer, files, progress=heard.append)
    # The PDF has the Word file's title: it is taken as a new version of the same article.
    assert [(r.path.name, r.status) for r in summary.imported] == [
        (DOCX, ImportStatus.ADDED),
        (PDF, ImportStatus.NEW_REVISION),
        ("blog_post.html", ImportStatus.ADDED),
    ]
    assert [r.path for r in summary.already_there] == [files[2]]
    refused = {r.path.name: r.error for r in summary.refused}
    assert isinstance(refused["drm.epub"], DocumentRejectedError)
    assert refused["drm.epub"].problem is DocumentProblem.DRM
    assert isinstance(refused["gone.odt"], ArticleRejectedError)
    assert refused["gone.odt"].reason is RejectReason.UNREADABLE
    assert [r.path for r in summary.results] == files  # in the order given
    assert not summary.cancelled
    # Before each file, and once at the end.
    assert [(p.done, p.total, p.current) for p in heard] == [
        *((i, 6, path) for i, path in enumerate(files)),
        (6, 6, None),
    ]


def test_cancel_stops_between_files_and_keeps_each_file_whole(
    library: Workspace, files: list[Path]
) -> None:
    heard: list[BatchProgress] = []
    summary = import_batch(
        library.importer,
        files,
        progress=heard.append,
        is_cancelled=lambda: len(heard) == 2,  # the user clicks Cancel while file 2 is read
    )
    assert summary.cancelled
    assert [r.path.name for r in summary.results] == [
        DOCX,
        PDF,
    ]
    assert summary.not_tried == tuple(files[2:])
    assert heard[-1] == BatchProgress(2, 6, None)
    slugs = {a.slug for a in library.library.list_articles()}
    for result in summary.imported:
        assert result.outcome is not None and result.outcome.article.slug in slugs
        view = library.library.article_view(result.outcome.article.slug)
        assert view.paragraphs and view.body.endswith(view.paragraphs[-1].text)


def test_a_refused_file_in_the_middle_writes_nothing_of_its_own(
    library: Workspace, files: list[Path]
) -> None:
    import_batch(library.importer, files[:2])
    before = dump_database(library.database_path)
    summary = import_batch(library.importer, files[2:5])
    assert [r.status for r in summary.already_there] == [ImportStatus.UNCHANGED]
    assert len(summary.refused) == 2
    assert dump_database(library.database_path) == before


def test_a_parser_bug_is_reported_and_the_batch_goes_on(
    library: Workspace, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ImportService.import_file

    def import_file(self: ImportService, path: Path) -> object:
        if path.suffix == ".pdf":
            raise TypeError("a bug in a parser")
        return real(self, path)

    monkeypatch.setattr(ImportService, "import_file", import_file)
    summary = import_batch(library.importer, files[:2] + files[-1:])
    assert [r.path.name for r in summary.imported] == [DOCX, "blog_post.html"]
    (bug,) = summary.refused
    assert isinstance(bug.error, UnexpectedImportError)
    assert "a bug in a parser" in bug.error.details
