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
    InvalidSpanError,
    NoteTooLongError,
    NotFoundError,
    StaleRevisionError,
)
from serge_desktop.storage.errors import DatabaseTooNewError, NotOurDatabaseError, StorageError


def describe_error(error: SergeError) -> str:
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
    if isinstance(error, StorageError):
        # The storage layer words its reasons as what happened to the library file.
        return QCoreApplication.translate("ErrorMessages", "The library file %1").replace(
            "%1", str(error)
        )
    if isinstance(error, InvalidSpanError):
        return QCoreApplication.translate(
            "ErrorMessages", "Select some words of the article first."
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("ErrorMessages", "It is no longer in the library.")
    return str(error)
