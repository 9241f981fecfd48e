"""Errors of the library's metadata, series and trash, for things the user can put right."""

from __future__ import annotations

from serge_desktop.core.errors import SergeError
from serge_desktop.services.errors import NotFoundError


class ArticleInTrashError(NotFoundError):
    """The article named is in the trash: it can be restored, but not opened or changed."""

    def __init__(self, slug: str) -> None:
        super().__init__("article", slug)
        self.slug = slug


class ArticleNotInTrashError(SergeError):
    """Restoring an article that is not in the trash."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        super().__init__(f"the article {slug!r} is not in the trash")


class InvalidMetadataError(SergeError):
    """A metadata value the library cannot keep: an empty title, a part below 1, and so on.

    ``field`` names it ("title", "part", "series", "language", …), ``problem`` says what is
    wrong in a word the interface turns into a sentence: "empty", "too_long", "below_one",
    "needs_series", "not_a_language".
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class SeriesNameTakenError(SergeError):
    """Renaming a series to the name another series has (merging is what joins two)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"there is already a series named {name!r}")
