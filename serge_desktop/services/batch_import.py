"""Importing many files at once: one progress report, cancel between files, one summary.

Each file is read, checked and written in its own transaction (``ImportService``), so a cancel
or a refusal never leaves half an article: what was imported before it stays, what comes after
is not tried. The summary says, file by file, what was imported, what was already there, and
what was refused and why; the window and the command line word it for the user.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.core.errors import ArticleRejectedError, RejectReason, SergeError
from serge_desktop.services.importer import ImportService
from serge_desktop.services.views import ImportOutcome, ImportStatus


class UnexpectedImportError(SergeError):
    """Reading a file failed in a way no parser foresaw (a bug, ours or a library's).

    The batch goes on with the next file; ``details`` keeps the traceback for a bug report.
    """

    def __init__(self, error: Exception) -> None:
        self.details = "".join(traceback.format_exception(error))
        super().__init__(f"an unexpected error while reading the file: {error!r}")


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """Where a batch is: ``done`` of ``total`` files finished, ``current`` being read next."""

    done: int
    total: int
    current: Path | None  # None once every file has been tried (or the batch was cancelled)


@dataclass(frozen=True, slots=True)
class FileResult:
    """One file of a batch: its outcome, or the error that refused it (exactly one is set)."""

    path: Path
    outcome: ImportOutcome | None = None
    error: SergeError | None = None  # why: the window and the command line word it

    @property
    def status(self) -> ImportStatus | None:
        return self.outcome.status if self.outcome is not None else None


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a batch did, file by file in the order given, and what was left when cancelled."""

    results: tuple[FileResult, ...]
    not_tried: tuple[Path, ...] = ()

    @property
    def imported(self) -> tuple[FileResult, ...]:
        """New articles and new revisions (and articles brought back by their file)."""
        done = [r for r in self.results if r.outcome is not None]
        return tuple(r for r in done if r.status is not ImportStatus.UNCHANGED)

    @property
    def already_there(self) -> tuple[FileResult, ...]:
        """Files whose very bytes were in the library already: nothing changed."""
        return tuple(r for r in self.results if r.status is ImportStatus.UNCHANGED)

    @property
    def refused(self) -> tuple[FileResult, ...]:
        return tuple(r for r in self.results if r.error is not None)

    @property
    def cancelled(self) -> bool:
        return bool(self.not_tried)


def import_batch(
    importer: ImportService,
    paths: Sequence[Path],
    *,
    progress: Callable[[BatchProgress], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    update_only: bool = False,
) -> BatchSummary:
    """Import ``paths`` one by one; ``update_only`` makes each a new revision (``--update``).

    ``progress`` hears before each file and once at the end; ``is_cancelled`` is asked between
    files, never during one, so a file is always imported whole or not at all.
    """
    results: list[FileResult] = []
    total = len(paths)
    for done, path in enumerate(paths):
        if is_cancelled is not None and is_cancelled():
            _report(progress, BatchProgress(done, total, None))
            return BatchSummary(tuple(results), tuple(paths[done:]))
        _report(progress, BatchProgress(done, total, path))
        results.append(_import_one(importer, path, update_only))
    _report(progress, BatchProgress(total, total, None))
    return BatchSummary(tuple(results))


def _import_one(importer: ImportService, path: Path, update_only: bool) -> FileResult:
    try:
        outcome = importer.update_file(path) if update_only else importer.import_file(path)
    except SergeError as error:
        return FileResult(path, error=error)
    except OSError as error:  # read_source words its own; a sidecar's folder may vanish
        return FileResult(path, error=_unreadable(error))
    except Exception as error:  # one file's bug (ours or a parser's) must not lose the rest
        return FileResult(path, error=UnexpectedImportError(error))
    return FileResult(path, outcome=outcome)


def _report(progress: Callable[[BatchProgress], None] | None, where: BatchProgress) -> None:
    if progress is not None:
        progress(where)


def _unreadable(error: OSError) -> SergeError:
    return ArticleRejectedError(RejectReason.UNREADABLE, error.strerror or str(error))
