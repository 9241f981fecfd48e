"""One exit-code convention for every command: 0 done, 1 failed or a problem found, 2 refused.

- DONE: the command did what was asked.
- FAILED: it tried and could not finish (a full disk, a locked or damaged library, a write that
  failed), or, for ``check``, it found a problem.
- REFUSED: nothing was done because of what was asked: bad usage, a file that exists (without
  --force), an input that is not what the command takes (not a regular file, not an article, a
  broken or hostile pack), an article that is not in the library, the administrator's policy,
  or a library that must be recovered first, is another program's or is too new.
"""

from __future__ import annotations

from serge_desktop.core.errors import (
    ArticleRejectedError,
    DocumentRejectedError,
    SergeError,
    SidecarError,
)
from serge_desktop.core.regular_files import NotARegularFileError
from serge_desktop.services.errors import (
    BackupRejectedError,
    EmptyQuoteError,
    EmptyTagError,
    InvalidSpanError,
    NoteTooLongError,
    NotFoundError,
    RecoveryNeededError,
    StorageError,
    TagTooLongError,
    UnknownColorError,
    UnmatchedUpdateError,
)
from serge_desktop.services.timelinejs import OutputExistsError

DONE = 0
FAILED = 1
REFUSED = 2

_REFUSALS: tuple[type[SergeError], ...] = (
    ArticleRejectedError,
    DocumentRejectedError,
    SidecarError,
    NotARegularFileError,
    NotFoundError,
    InvalidSpanError,
    EmptyQuoteError,
    NoteTooLongError,
    UnknownColorError,
    EmptyTagError,
    TagTooLongError,
    UnmatchedUpdateError,
    RecoveryNeededError,
    BackupRejectedError,
    OutputExistsError,
)
# Storage failures that mean "not this library", rather than "it went wrong".
_REFUSED_KINDS = frozenset({"not_ours", "too_new", "missing"})


def exit_code_for(error: SergeError | OSError, *, otherwise: int = REFUSED) -> int:
    """The exit code for a command that stopped on ``error``.

    A user-fixable error (SergeError) is a refusal unless it says a write failed; the storage
    layer's say by their kind. ``otherwise`` is for what a command did not foresee: a refusal
    for a request, a failure (report_failure) for an output being written.
    """
    if isinstance(error, _REFUSALS) or _is_pack_refusal(error):
        return REFUSED
    if isinstance(error, StorageError):
        return REFUSED if error.kind in _REFUSED_KINDS else FAILED
    if isinstance(error, OSError) or _is_failure(error):
        return FAILED
    return otherwise


def worst(codes: list[int]) -> int:
    """One code for several outcomes (files imported one by one): a failure outranks a refusal."""
    if FAILED in codes:
        return FAILED
    return REFUSED if REFUSED in codes else DONE


def _is_failure(error: object) -> bool:
    # Imported here: these modules load only with the commands that raise their errors.
    from serge_desktop.services.batch_import import UnexpectedImportError
    from serge_desktop.services.exports.content import ExportCancelledError

    return isinstance(error, UnexpectedImportError | ExportCancelledError)


def _is_pack_refusal(error: object) -> bool:
    # Imported here: the pack modules load only with the commands that use them.
    from serge_desktop.services.packs.errors import PackError

    return isinstance(error, PackError)
