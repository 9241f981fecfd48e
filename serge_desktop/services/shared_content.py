"""The policy's ``content_dir``: a shared, read-only folder of articles every patron is shown.

Its articles are imported into each patron's library when the window opens. Importing is by
content (an article already there with the same text changes nothing), so opening the window
again adds only what is new; the shared folder is only ever read.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from serge_desktop.core.document_formats import IMPORT_SUFFIXES
from serge_desktop.core.errors import SergeError
from serge_desktop.core.regular_files import kind_of
from serge_desktop.core.terminal_text import shown_file_name
from serge_desktop.services.importer import ImportService
from serge_desktop.services.views import ImportOutcome, ImportStatus

ARTICLE_SUFFIXES = IMPORT_SUFFIXES
MAX_SHARED_ARTICLES = 500  # a folder of thousands is a mistake, not a reading list


class SkippedFile(NamedTuple):
    """A file of the shared folder that was not imported, and why, in plain words."""

    path: Path
    reason: str

    @property
    def shown_name(self) -> str:
        r"""The file's name, displayable even when it is not UTF-8 (bytes shown as \xNN)."""
        return shown_file_name(self.path.name)


@dataclass(frozen=True, slots=True)
class SharedContentReport:
    """What importing the shared folder did: articles added or updated, and files skipped."""

    imported: tuple[ImportOutcome, ...]
    skipped: tuple[SkippedFile, ...]

    @property
    def added(self) -> int:
        return sum(1 for o in self.imported if o.status is not ImportStatus.UNCHANGED)


def shared_article_paths(content_dir: Path) -> tuple[list[Path], list[SkippedFile]]:
    """The article files directly in the folder, in name order, and those refused.

    No sub-folders, no dot files. A link is followed only to a file inside the folder (as root,
    a link to /etc/shadow must not become an article); anything that is not a regular file
    (a FIFO, a socket, a device) is refused without being opened.
    """
    inside = content_dir.resolve()
    found: list[Path] = []
    refused: list[SkippedFile] = []
    for path in sorted(content_dir.iterdir(), key=lambda p: p.name):
        name = path.name
        if (
            path.suffix.lower() not in ARTICLE_SUFFIXES
            or name.startswith(".")
            or name.lower() == "readme.md"
        ):
            continue
        try:
            target = path.resolve(strict=True)
            mode = target.stat().st_mode
        except (OSError, RuntimeError):
            refused.append(SkippedFile(path, "it cannot be read (a broken link?)"))
            continue
        if target.parent != inside:
            refused.append(SkippedFile(path, "it is a link to a file outside the shared folder"))
        elif not stat.S_ISREG(mode):
            refused.append(SkippedFile(path, f"it is {kind_of(mode)}, not a regular file"))
        else:
            found.append(path)
    return found[:MAX_SHARED_ARTICLES], refused


def import_shared_content(importer: ImportService, content_dir: Path) -> SharedContentReport:
    """Import every article of the shared folder; a file that fails is skipped and named.

    One bad file never stops the others, nor the window's start.
    """
    try:
        paths, skipped = shared_article_paths(content_dir)
    except OSError as error:
        reason = error.strerror or str(error)
        folder = SkippedFile(content_dir, f"the folder cannot be read: {reason}")
        return SharedContentReport((), (folder,))
    imported: list[ImportOutcome] = []
    for path in paths:
        try:
            imported.append(importer.import_file(path))
        except SergeError as error:
            skipped.append(SkippedFile(path, str(error)))
        except OSError as error:  # read_source reports its own; this is a belt for the sidecar
            skipped.append(SkippedFile(path, error.strerror or str(error)))
    return SharedContentReport(tuple(imported), tuple(skipped))
