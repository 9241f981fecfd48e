"""Errors the services raise for things a user asked for that do not exist or cannot be done."""

from __future__ import annotations

from serge_desktop.core.errors import SergeError

# What the storage layer raises, re-exported (``as``): the window and the command line know the
# library's errors from here and import nothing from storage.
from serge_desktop.storage.errors import BackupRejectedError as BackupRejectedError
from serge_desktop.storage.errors import DatabaseDamagedError as DatabaseDamagedError
from serge_desktop.storage.errors import DatabaseTooNewError as DatabaseTooNewError
from serge_desktop.storage.errors import MigrationError as MigrationError
from serge_desktop.storage.errors import NotOurDatabaseError as NotOurDatabaseError
from serge_desktop.storage.errors import StorageError as StorageError
from serge_desktop.storage.library_state import RecoveryNeededError as RecoveryNeededError
from serge_desktop.storage.sqlite_errors import translate_os_error as translate_os_error


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


class EventDescriptionTooLongError(SergeError):
    """An event's description is longer than one may be (a paste gone wrong, most likely)."""

    def __init__(self, length: int, limit: int) -> None:
        self.length = length
        self.limit = limit
        super().__init__(f"an event's description may hold {limit} characters, not {length}")


class CategoryNameError(SergeError):
    """A category name that is empty (only spaces) or longer than a name may be."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.is_empty = not name.strip()
        super().__init__("a category needs a name" if self.is_empty else f"{name!r} is too long")


class CategoryExistsError(SergeError):
    """Another category of the library already has this name (ignoring case): merge instead."""

    def __init__(self, name: str, existing_id: int) -> None:
        self.name = name
        self.existing_id = existing_id
        super().__init__(f"there is already a category named {name!r}")


class CategoryInUseError(SergeError):
    """A category that events still belong to cannot be deleted (merge it into another)."""

    def __init__(self, name: str, events: int) -> None:
        self.name = name
        self.events = events
        super().__init__(f"the category {name!r} still has events ({events})")


class CategoryColourError(SergeError):
    """A colour that is not #rrggbb, or too faint for marks on the timeline (under 3:1).

    ``ratio`` is its contrast with the timeline's background (None when it is not a colour);
    ``suggestion`` the nearest colour of the same hue that reaches 3:1, to offer instead.
    """

    def __init__(self, colour: str, ratio: float | None, suggestion: str | None) -> None:
        self.colour = colour
        self.ratio = ratio
        self.suggestion = suggestion
        super().__init__(
            f"{colour!r} is not a colour written as #rrggbb"
            if ratio is None
            else f"{colour} has a contrast of {ratio:.2f}:1 on the timeline; marks need 3:1"
        )
