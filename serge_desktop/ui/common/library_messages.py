"""The window's wording of the library's errors: refused documents, metadata, series, trash."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError, SergeError
from serge_desktop.services.library_errors import (
    ArticleInTrashError,
    ArticleNotInTrashError,
    InvalidMetadataError,
    SeriesNameTakenError,
)


def describe_library_error(error: SergeError) -> str | None:
    """A translated sentence for a library or document error; None for any other error."""
    if isinstance(error, DocumentRejectedError):
        return _document_sentence(error.problem)
    if isinstance(error, ArticleInTrashError):
        return QCoreApplication.translate(
            "LibraryMessages", "“%1” is in the trash. Restore it from Library ▸ Show Trash."
        ).replace("%1", error.slug)
    if isinstance(error, ArticleNotInTrashError):
        return QCoreApplication.translate(
            "LibraryMessages", "“%1” is not in the trash any more."
        ).replace("%1", error.slug)
    if isinstance(error, SeriesNameTakenError):
        return QCoreApplication.translate(
            "LibraryMessages",
            "There is already a series named “%1”. To join the two, use Library ▸ Merge Series.",
        ).replace("%1", error.name)
    if isinstance(error, InvalidMetadataError):
        return _metadata_sentence(error)
    if type(error).__name__ == "UnexpectedImportError":  # services.batch_import, loaded lazily
        return QCoreApplication.translate(
            "LibraryMessages",
            "The file could not be read because of an error in Serge Desktop. Please report it.",
        )
    return None


def _document_sentence(problem: DocumentProblem) -> str:
    return {
        DocumentProblem.DAMAGED: QCoreApplication.translate(
            "LibraryMessages", "The file is damaged or incomplete."
        ),
        DocumentProblem.UNSAFE: QCoreApplication.translate(
            "LibraryMessages", "The file is built to harm the program that opens it."
        ),
        DocumentProblem.DRM: QCoreApplication.translate(
            "LibraryMessages", "The e-book is protected by DRM, so its text cannot be read."
        ),
        DocumentProblem.ENCRYPTED: QCoreApplication.translate(
            "LibraryMessages", "The file is protected by a password."
        ),
        DocumentProblem.NO_TEXT_LAYER: QCoreApplication.translate(
            "LibraryMessages", "This PDF has no text layer: it is a scan, pictures of pages."
        ),
        DocumentProblem.NO_ARTICLE_TEXT: QCoreApplication.translate(
            "LibraryMessages", "The page holds no article text, only links and menus."
        ),
        DocumentProblem.UNSUPPORTED: QCoreApplication.translate(
            "LibraryMessages",
            "This kind of file cannot be imported. Save it as .docx, .odt, .epub, .pdf or text.",
        ),
        DocumentProblem.SIDECAR: QCoreApplication.translate(
            "LibraryMessages",
            "This is an article's details file (.toml): it is read when the article beside it,"
            " of the same name, is imported.",
        ),
    }[problem]


def _metadata_sentence(error: InvalidMetadataError) -> str:
    fields = {
        "title": QCoreApplication.translate("LibraryMessages", "The title"),
        "standfirst": QCoreApplication.translate("LibraryMessages", "The standfirst"),
        "publication": QCoreApplication.translate("LibraryMessages", "The publication"),
        "series": QCoreApplication.translate("LibraryMessages", "The series"),
        "part": QCoreApplication.translate("LibraryMessages", "The part"),
        "author": QCoreApplication.translate("LibraryMessages", "The author"),
        "published": QCoreApplication.translate("LibraryMessages", "The date"),
        "source": QCoreApplication.translate("LibraryMessages", "The source"),
        "language": QCoreApplication.translate("LibraryMessages", "The language"),
    }
    problems = {
        "empty": QCoreApplication.translate("LibraryMessages", "%1 cannot be empty."),
        "too_long": QCoreApplication.translate("LibraryMessages", "%1 is too long."),
        "below_one": QCoreApplication.translate(
            "LibraryMessages", "%1 must be a whole number from 1."
        ),
        "too_large": QCoreApplication.translate("LibraryMessages", "%1 is too large."),
        "needs_series": QCoreApplication.translate(
            "LibraryMessages", "%1 needs a series: name the series first."
        ),
        "not_a_language": QCoreApplication.translate(
            "LibraryMessages", "%1 must be a language tag such as en, fr or pt-BR."
        ),
        "same_series": QCoreApplication.translate(
            "LibraryMessages", "%1 cannot be merged into itself."
        ),
    }
    template = problems.get(
        error.problem, QCoreApplication.translate("LibraryMessages", "%1 cannot be kept as it is.")
    )
    return template.replace("%1", fields.get(error.field, error.field))
