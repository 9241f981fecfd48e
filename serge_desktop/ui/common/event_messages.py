"""Translated sentences for the errors an event edit can meet (a bad date, label or category)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from serge_desktop.core.errors import SergeError
from serge_desktop.services.errors import (
    CategoryColourError,
    CategoryExistsError,
    CategoryInUseError,
    CategoryNameError,
    EmptyEventLabelError,
    EventDateError,
    UnknownCategoryError,
)


def describe_event_error(error: SergeError) -> str | None:
    """The sentence for an event error, or None for an error of another kind."""
    if isinstance(error, EventDateError):
        return QCoreApplication.translate(
            "EventMessages",
            "Cannot read the date “%1”. Try “1919”, “May 1919”, “the early 1920s”, "
            "“about 1936” or EDTF such as “1936~”.",
        ).replace("%1", error.edtf)
    if isinstance(error, EmptyEventLabelError):
        return QCoreApplication.translate(
            "EventMessages", "An event needs a label: say in a few words what happened."
        )
    if isinstance(error, UnknownCategoryError):
        return (
            QCoreApplication.translate(
                "EventMessages", "“%1” is not a timeline category; choose one of %2."
            )
            .replace("%1", error.category)
            .replace("%2", ", ".join(error.known))
        )
    return describe_category_error(error)


def describe_category_error(error: SergeError) -> str | None:
    """The sentence for a refused change to the library's categories, or None."""
    if isinstance(error, CategoryNameError):
        if error.is_empty:
            return QCoreApplication.translate("EventMessages", "A category needs a name.")
        return QCoreApplication.translate(
            "EventMessages", "A category's name may be at most %1 characters long."
        ).replace("%1", str(error.limit))
    if isinstance(error, CategoryExistsError):
        return QCoreApplication.translate(
            "EventMessages", "There is already a category named “%1”: merge into it instead."
        ).replace("%1", error.name)
    if isinstance(error, CategoryInUseError):
        return QCoreApplication.translate(
            "EventMessages",
            "“%1” still has events: merge it into another category to move them first.",
        ).replace("%1", error.name)
    if isinstance(error, CategoryColourError):
        if error.ratio is None:
            return QCoreApplication.translate("EventMessages", "“%1” is not a colour.").replace(
                "%1", error.colour
            )
        return QCoreApplication.translate(
            "EventMessages", "%1 is too faint to see on the timeline (marks need 3:1)."
        ).replace("%1", error.colour)
    return None
