"""Exception types for problems the user can fix, kept apart from our own bugs."""

from __future__ import annotations

import enum


class SergeError(Exception):
    """Base of every error the user can act on (bad file, locked or foreign database)."""


class RejectReason(enum.Enum):
    """Why an article file was refused; the UI and CLI turn these into sentences."""

    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    BINARY = "binary"
    NOT_TEXT = "not_text"
    NO_PARAGRAPHS = "no_paragraphs"


class ArticleRejectedError(SergeError):
    """An article file could not be imported; nothing was written."""

    def __init__(self, reason: RejectReason, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


class SidecarError(SergeError):
    """A sidecar file is missing, unreadable or does not describe its events correctly."""


class DocumentProblem(enum.Enum):
    """Why a document (a web page, e-book, PDF, Word or OpenDocument file) was refused."""

    DAMAGED = "damaged"  # truncated, corrupt, or not the format its name or first bytes claim
    UNSAFE = "unsafe"  # a hostile archive or XML: a zip bomb, unsafe member names, a DTD
    DRM = "drm"  # an e-book locked by digital rights management
    ENCRYPTED = "encrypted"  # protected by a password (a PDF, or the members of a zip)
    NO_TEXT_LAYER = "no_text_layer"  # a scanned PDF: pictures of pages, no text to read
    NO_ARTICLE_TEXT = "no_article_text"  # a web page of links and menus, with no article in it
    UNSUPPORTED = "unsupported"  # a format the app does not read (an old .doc, say)
    SIDECAR = "sidecar"  # an article's details (.toml): read with the article, never one itself


_DOCUMENT_SENTENCES = {
    DocumentProblem.DAMAGED: "the file is damaged or incomplete",
    DocumentProblem.UNSAFE: "the file is built to harm the program that opens it",
    DocumentProblem.DRM: "the e-book is protected by DRM, so its text cannot be read",
    DocumentProblem.ENCRYPTED: "the file is protected by a password",
    DocumentProblem.NO_TEXT_LAYER: "this PDF has no text layer",
    DocumentProblem.NO_ARTICLE_TEXT: "the page holds no article text",
    DocumentProblem.UNSUPPORTED: "this kind of file cannot be imported",
    DocumentProblem.SIDECAR: "this is an article's details file, read with the article it names",
}


class DocumentRejectedError(SergeError):
    """A document could not be imported for a reason of its format; nothing was written.

    ``problem`` is what the window and the command line word for the user; ``detail`` names
    the part that failed (a member, a page) for the curious; ``str()`` is a plain fallback.
    """

    def __init__(self, problem: DocumentProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        sentence = _DOCUMENT_SENTENCES[problem]
        super().__init__(f"{sentence} ({detail})" if detail else sentence)
