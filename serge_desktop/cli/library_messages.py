"""One-line English explanations of the library's errors: trash, metadata and series."""

from __future__ import annotations

from serge_desktop.core.errors import SergeError
from serge_desktop.services.library_errors import (
    ArticleInTrashError,
    ArticleNotInTrashError,
    InvalidMetadataError,
    SeriesNameTakenError,
)

_PROBLEMS = {
    "empty": "cannot be empty",
    "too_long": "is too long",
    "below_one": "must be a whole number from 1",
    "too_large": "is too large",
    "needs_series": "needs a series (give --series too)",
    "not_a_language": "must be a language tag such as en, fr or pt-BR",
    "same_series": "cannot be merged into itself",
}


def describe_library_error(error: SergeError) -> str | None:
    """The sentence for a library error, or None when ``error`` is not one of them."""
    if isinstance(error, ArticleInTrashError):
        return (
            f"the article {error.slug} is in the trash; "
            f"`serge-desktop article restore {error.slug}` brings it back"
        )
    if isinstance(error, ArticleNotInTrashError):
        return f"the article {error.slug} is not in the trash"
    if isinstance(error, InvalidMetadataError):
        field = "date" if error.field == "published" else error.field
        return f"the {field} {_PROBLEMS.get(error.problem, error.problem)}"
    if isinstance(error, SeriesNameTakenError):
        return (
            f"there is already a series named {error.name!r}; "
            "`serge-desktop series merge` joins two series"
        )
    return None
