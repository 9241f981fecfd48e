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
