"""Translated sentences for the errors a user can act on; the one place errors become words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from serge_desktop.core.errors import (
    ArticleRejectedError,
    RejectReason,
    SergeError,
    SidecarError,
)
from serge_desktop.services.errors import (
    BackupRejectedError,
    DatabaseTooNewError,
    EmptyQuoteError,
    EmptyTagError,
    InvalidSpanError,
    NoteTooLongError,
    NotFoundError,
    NotOurDatabaseError,
    QuoteNotFoundError,
    StaleRevisionError,
    StorageError,
    TagTooLongError,
)
from serge_desktop.services.policy import ExportNotAllowedError, ImportNotAllowedError


def describe_error(error: SergeError) -> str:
    from serge_desktop.ui.common.pack_messages import describe_pack_error  # class packs' own words

    if (pack_sentence := describe_pack_error(error)) is not None:
        return pack_sentence
    from serge_desktop.ui.common.event_messages import describe_event_error  # timeline edits' words

    if (event_sentence := describe_event_error(error)) is not None:
        return event_sentence
    from serge_desktop.ui.common.library_messages import describe_library_error  # library's words

    if (library_sentence := describe_library_error(error)) is not None:
        return library_sentence
    if isinstance(error, ArticleRejectedError):
        return {
            RejectReason.UNREADABLE: QCoreApplication.translate(
                "ErrorMessages", "The file cannot be read."
            ),
            RejectReason.EMPTY: QCoreApplication.translate("ErrorMessages", "The file is empty."),
            RejectReason.TOO_LARGE: QCoreApplication.translate(
                "ErrorMessages", "The file is larger than 20 MB."
            ),
            RejectReason.BINARY: QCoreApplication.translate(
                "ErrorMessages", "This is not a text file."
            ),
            RejectReason.NOT_TEXT: QCoreApplication.translate(
                "ErrorMessages", "The text is neither UTF-8 nor Windows-1252."
            ),
            RejectReason.NO_PARAGRAPHS: QCoreApplication.translate(
                "ErrorMessages", "The file has a title but no paragraphs."
            ),
        }[error.reason]
    if isinstance(error, DatabaseTooNewError):
        return (
            QCoreApplication.translate(
                "ErrorMessages",
                "The library was saved by a newer version of Serge Desktop (schema %1; this "
                "version reads up to %2). It has been left untouched.",
            )
            .replace("%1", str(error.found))
            .replace("%2", str(error.supported))
        )
    if isinstance(error, StorageError) and error.kind == "full":
        return QCoreApplication.translate(
            "ErrorMessages", "The disk is full: free some space; your notes are safe."
        )
    if isinstance(error, BackupRejectedError):
        return QCoreApplication.translate(
            "ErrorMessages", "That backup cannot be restored: %1. Nothing was changed."
        ).replace("%1", error.reason)
    if isinstance(error, NotOurDatabaseError):
        return QCoreApplication.translate(
            "ErrorMessages",
            "The library file is not a Serge Desktop database. It has been left untouched.",
        )
    if isinstance(error, SidecarError):
        return QCoreApplication.translate(
            "ErrorMessages", "The article's timeline file does not match its text: %1"
        ).replace("%1", str(error))
    if isinstance(error, NoteTooLongError):
        return (
            QCoreApplication.translate(
                "ErrorMessages",
                "A note may hold %1 characters; this one has %2. Shorten it to save it.",
            )
            .replace("%1", f"{error.limit:,}")
            .replace("%2", f"{error.length:,}")
        )
    if isinstance(error, StaleRevisionError):
        return QCoreApplication.translate(
            "ErrorMessages", "The article was updated meanwhile. Select the passage again."
        )
    if isinstance(error, ImportNotAllowedError):
        return QCoreApplication.translate(
            "ErrorMessages", "Importing is turned off on this computer by your administrator."
        )
    if isinstance(error, ExportNotAllowedError):
        return QCoreApplication.translate(
            "ErrorMessages", "Exporting as %1 is turned off on this computer by your administrator."
        ).replace("%1", error.export_format)
    if isinstance(error, StorageError):
        # The storage layer words its reasons as what happened to the library file.
        return QCoreApplication.translate("ErrorMessages", "The library file %1").replace(
            "%1", str(error)
        )
    if isinstance(error, EmptyTagError):
        return QCoreApplication.translate("ErrorMessages", "A tag needs a name: type a word.")
    if isinstance(error, TagTooLongError):
        return (
            QCoreApplication.translate(
                "ErrorMessages", "A tag may have %1 characters; this one has %2. Shorten it."
            )
            .replace("%1", str(error.limit))
            .replace("%2", str(len(error.name)))
        )
    # Before InvalidSpanError: both are kinds of it, with words of their own.
    if isinstance(error, EmptyQuoteError):
        return QCoreApplication.translate(
            "ErrorMessages", "The passage to quote is empty. Give some words of the article."
        )
    if isinstance(error, QuoteNotFoundError):
        # A whole page pasted as the quote is shown by its start, not in full.
        quote = error.quote if len(error.quote) <= 80 else error.quote[:79] + "…"
        return QCoreApplication.translate(
            "ErrorMessages", "These words are not in the article's current text: “%1”"
        ).replace("%1", quote)
    if isinstance(error, InvalidSpanError):
        return QCoreApplication.translate(
            "ErrorMessages", "Select some words of the article first."
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("ErrorMessages", "It is no longer in the library.")
    return str(error)
