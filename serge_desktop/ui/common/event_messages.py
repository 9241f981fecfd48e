"""Translated sentences for the errors an event edit can meet (a bad date, label or category)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from serge_desktop.core.errors import SergeError
from serge_desktop.services.errors import (
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
    return None
