"""Times from the library (stored in UTC) as the user reads them: local zone, locale's format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale


def local_time_text(moment: dt.datetime) -> str:
    """The moment in the user's time zone, written the short way their locale writes it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # the library writes UTC times
    local = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
