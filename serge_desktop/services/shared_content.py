"""The policy's ``content_dir``: a shared, read-only folder of articles every patron is shown.

Its articles are imported into each patron's library when the window opens. Importing is by
content (an article already there with the same text changes nothing), so opening the window
again adds only what is new; the shared folder is only ever read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from serge_desktop.core.document_formats import IMPORT_SUFFIXES
from serge_desktop.core.errors import SergeError
from serge_desktop.services.importer import ImportService
from serge_desktop.services.views import ImportOutcome, ImportStatus

ARTICLE_SUFFIXES = IMPORT_SUFFIXES
MAX_SHARED_ARTICLES = 500  # a folder of thousands is a mistake, not a reading list


@dataclass(frozen=True, slots=True)
class SharedContentReport:
    """What importing the shared folder did: articles added or updated, and files skipped."""

    imported: tuple[ImportOutcome, ...]
    skipped: tuple[tuple[Path, str], ...]  # the file, and the reason in plain words

    @property
    def added(self) -> int:
        return sum(1 for o in self.imported if o.status is not ImportStatus.UNCHANGED)


def shared_article_paths(content_dir: Path) -> list[Path]:
    """The article files directly in the folder, in name order (no sub-folders, no dot files)."""
    found = [
        path
        for path in content_dir.iterdir()
        if path.suffix.lower() in ARTICLE_SUFFIXES
        and not path.name.startswith(".")
        and path.name.lower() != "readme.md"
        and path.is_file()
    ]
    return sorted(found, key=lambda p: p.name)[:MAX_SHARED_ARTICLES]


def import_shared_content(importer: ImportService, content_dir: Path) -> SharedContentReport:
    """Import every article of the shared folder; a file that fails is skipped and named."""
    try:
        paths = shared_article_paths(content_dir)
    except OSError as error:
        reason = error.strerror or str(error)
        return SharedContentReport((), ((content_dir, f"the folder cannot be read: {reason}"),))
    imported: list[ImportOutcome] = []
    skipped: list[tuple[Path, str]] = []
    for path in paths:
        try:
            imported.append(importer.import_file(path))
        except SergeError as error:
            skipped.append((path, str(error)))
        except OSError as error:  # read_source reports its own; this is a belt for the sidecar
            skipped.append((path, error.strerror or str(error)))
    return SharedContentReport(tuple(imported), tuple(skipped))
