"""Errors the services raise for things a user asked for that do not exist or cannot be done."""

from __future__ import annotations

from serge_desktop.core.errors import SergeError


class NotFoundError(SergeError):
    """An article, note or event the caller named is not in the library."""

    def __init__(self, kind: str, key: object) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"no {kind} {key!r}")


class InvalidSpanError(SergeError):
    """A passage that is empty or lies outside the article's text."""


class StaleRevisionError(SergeError):
    """The passage was chosen in a revision that is no longer the article's current text."""
