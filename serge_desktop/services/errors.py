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


class EmptyQuoteError(InvalidSpanError):
    """The quoted passage is empty or only spaces."""


class QuoteNotFoundError(InvalidSpanError):
    """The quoted words do not occur in the article's current text."""

    def __init__(self, quote: str) -> None:
        self.quote = quote
        super().__init__(f"the quote {quote!r} is not in the article's current text")


class StaleRevisionError(SergeError):
    """The passage was chosen in a revision that is no longer the article's current text."""


class NoteTooLongError(SergeError):
    """A note's text is longer than a note may be (a paste gone wrong, most likely)."""

    def __init__(self, length: int, limit: int) -> None:
        self.length = length
        self.limit = limit
        super().__init__(f"a note may hold {limit} characters; this one has {length}")


class UnknownColorError(SergeError):
    """A highlight colour outside the fixed set."""

    def __init__(self, color: str, known: tuple[str, ...]) -> None:
        self.color = color
        self.known = known
        super().__init__(f"unknown colour {color!r}; choose one of {', '.join(known)}")


class EmptyTagError(SergeError):
    """A tag name that is empty or only spaces."""

    def __init__(self) -> None:
        super().__init__("a tag needs a name")


class TagTooLongError(SergeError):
    """A tag name longer than a tag may be."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        super().__init__(f"a tag may have {limit} characters; this one has {len(name)}")


class UnmatchedUpdateError(SergeError):
    """A file offered as a new version of an article matches no article in the library."""

    def __init__(self, headline: str) -> None:
        self.headline = headline
        super().__init__(f"no article in the library has the headline {headline!r}")


class EventDateError(SergeError):
    """An event's date is not EDTF this app can read (the service checks every saved date)."""

    def __init__(self, edtf: str, reason: str) -> None:
        self.edtf = edtf
        self.reason = reason
        super().__init__(f"cannot read the date {edtf!r}: {reason}")


class EmptyEventLabelError(SergeError):
    """An event's label is empty or only spaces."""

    def __init__(self) -> None:
        super().__init__("an event needs a label")


class UnknownCategoryError(SergeError):
    """An event category outside the known set."""

    def __init__(self, category: str, known: tuple[str, ...]) -> None:
        self.category = category
        self.known = known
        super().__init__(f"unknown category {category!r}; choose one of {', '.join(known)}")
