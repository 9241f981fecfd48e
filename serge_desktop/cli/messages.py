"""One-line English explanations of the errors a command-line user can act on."""

from __future__ import annotations

import sys
from pathlib import Path

from serge_desktop.cli.exit_codes import FAILED, exit_code_for
from serge_desktop.cli.library_messages import describe_library_error
from serge_desktop.core.errors import (
    ArticleRejectedError,
    DocumentProblem,
    DocumentRejectedError,
    RejectReason,
    SergeError,
)
from serge_desktop.core.regular_files import NotARegularFileError
from serge_desktop.core.source_text import MAX_SOURCE_BYTES
from serge_desktop.services.errors import (
    DatabaseTooNewError,
    EmptyTagError,
    NoteTooLongError,
    NotFoundError,
    NotOurDatabaseError,
    RecoveryNeededError,
    StorageError,
    TagTooLongError,
    UnknownColorError,
    UnmatchedUpdateError,
)
from serge_desktop.services.recovery import LibraryTrouble, Trouble

_REJECTIONS = {
    RejectReason.UNREADABLE: "cannot be read",
    RejectReason.EMPTY: "is empty",
    RejectReason.TOO_LARGE: f"is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB",
    RejectReason.BINARY: "is a binary file, not text",
    RejectReason.NOT_TEXT: "is not text in UTF-8 (or Windows-1252)",
    RejectReason.NO_PARAGRAPHS: "has no paragraphs after its title",
}
_DOCUMENT_PROBLEMS = {
    DocumentProblem.DAMAGED: "is damaged or incomplete",
    DocumentProblem.UNSAFE: "looks built to harm the program that opens it; nothing was read",
    DocumentProblem.DRM: "is protected by DRM (digital rights management): its text cannot be read",
    DocumentProblem.ENCRYPTED: "is protected by a password",
    DocumentProblem.NO_TEXT_LAYER: "this PDF has no text layer (a scan: run it through OCR first)",
    DocumentProblem.NO_ARTICLE_TEXT: "the page holds no article text (only links, menus or forms)",
    DocumentProblem.UNSUPPORTED: "cannot be imported",
    DocumentProblem.SIDECAR: "is an article's details, read with the article file it sits beside",
}


def describe(error: SergeError) -> str:
    """A sentence fragment that follows the name of the thing that failed."""
    library = describe_library_error(error)
    if library is not None:
        return library
    if isinstance(error, ArticleRejectedError):
        text = _REJECTIONS[error.reason]
        return f"{text} ({error.detail})" if error.detail else text
    if isinstance(error, DocumentRejectedError):
        text = _DOCUMENT_PROBLEMS[error.problem]
        return f"{text} ({error.detail})" if error.detail else text
    if isinstance(error, DatabaseTooNewError):
        return (
            f"written by a newer Serge Desktop (schema {error.found}; this version reads up to "
            f"{error.supported}); it was left untouched"
        )
    if isinstance(error, RecoveryNeededError):
        return describe_trouble(error.trouble)
    if isinstance(error, NotOurDatabaseError):
        return "is not a Serge Desktop database; it was left untouched"
    if isinstance(error, NotARegularFileError):
        return f"is {error.what}, not a regular file; it was not opened"
    if isinstance(error, StorageError) and error.kind == "full":
        return "the disk is full: free some space; your notes are safe (nothing saved was lost)"
    if isinstance(error, NotFoundError):
        return f"no {error.kind} named {error.key}"
    if isinstance(error, NoteTooLongError):
        return f"the note has {error.length:,} characters; a note may hold at most {error.limit:,}"
    if isinstance(error, UnknownColorError):
        return f"unknown colour {error.color!r} (choose {', '.join(error.known)})"
    if isinstance(error, EmptyTagError):
        return "a tag needs a name (this one was empty or only spaces)"
    if isinstance(error, TagTooLongError):
        return (
            f"the tag {error.name[:20]!r}… is too long; "
            f"a tag may have at most {error.limit} characters"
        )
    if isinstance(error, UnmatchedUpdateError):
        return (
            f"matches no article in the library (headline {error.headline!r}); "
            "import it without --update to add it as a new article"
        )
    return str(error)


_FOUND = {
    Trouble.DAMAGED: "is damaged ({problem})",
    Trouble.EMPTY: "is empty (0 bytes)",
    Trouble.MISSING: "is missing",
    Trouble.NOT_A_DATABASE: "is no longer a database ({problem})",
    Trouble.FOREIGN_WAL: "has beside it a -wal file written by another library",
}


def describe_trouble(trouble: LibraryTrouble) -> str:
    """What was found at the library's place, what is beside it, and the ways back."""
    problem = trouble.problems[0] if trouble.problems else "unreadable"
    found = _FOUND[trouble.trouble].format(problem=problem)
    beside = []
    if trouble.wal_size and trouble.trouble is not Trouble.FOREIGN_WAL:
        whose = {True: "this library's", False: "another library's", None: "its"}[
            trouble.wal_is_ours
        ]
        beside.append(f"a -wal file ({trouble.wal_size:,} bytes, {whose})")
    if trouble.backups:
        beside.append(_count(trouble.backups, "backup"))
    text = found + (f", with {' and '.join(beside)} beside it" if beside else "")
    lines = [f"{text}; nothing was changed. To recover:"]
    good = trouble.newest_good
    if good is not None:
        made = good.backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        notes = "" if good.notes is None else f", {_count(good.notes, 'note')}"
        lines.append(
            f"  serge-desktop restore {good.backup.path}   (the newest good backup: {made}{notes})"
        )
    if trouble.files_hold_something:
        lines.append(
            "  serge-desktop check --salvage   (recover what the file and its -wal still hold)"
        )
    lines.append(
        "  serge-desktop check --set-aside   (start empty; the old files moved aside, unchanged)"
    )
    return "\n".join(lines)


def _count(number: int, thing: str) -> str:
    return f"{number:,} {thing}{'' if number == 1 else 's'}"


def report_failure(error: SergeError | OSError, path: Path) -> int:
    """Say on stderr why writing ``path`` failed, and give the command's exit status."""
    if isinstance(error, FileExistsError):
        print(
            f"serge-desktop: {path} already exists; nothing was written "
            "(use --force to replace it)",
            file=sys.stderr,
        )
    elif isinstance(error, SergeError):
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
    else:
        print(f"serge-desktop: {path}: {error.strerror or error}", file=sys.stderr)
    return exit_code_for(error, otherwise=FAILED)  # writing the output went wrong
