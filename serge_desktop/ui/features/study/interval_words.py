"""How long until a card comes back, in the few words a grade button has room for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from serge_desktop.ui.common.number_words import decimal

_MINUTE = 60
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_MONTH = 30 * _DAY  # Anki's: months and years are shown rounded, so a month is 30 days
_YEAR = 365 * _DAY


class IntervalWords(QObject):
    """Says an interval as Anki's buttons do: the largest unit that fits, rounded."""

    def say(self, interval: dt.timedelta) -> str:
        seconds = max(0.0, interval.total_seconds())
        if seconds < _MINUTE:
            return self.tr("under a minute")
        if seconds < _HOUR:
            return self.tr("%n minute(s)", "", round(seconds / _MINUTE))
        if seconds < _DAY:
            return self.tr("%n hour(s)", "", round(seconds / _HOUR))
        if seconds < _MONTH:
            return self.tr("%n day(s)", "", round(seconds / _DAY))
        if seconds < _YEAR:
            return self.tr("%n month(s)", "", round(seconds / _MONTH))
        years = seconds / _YEAR
        if years < 10:  # one decimal while it still matters
            tenths = round(years * 10)
            if tenths % 10:
                return self.tr("%1 years").replace("%1", decimal(tenths / 10, 1))
        return self.tr("%n year(s)", "", round(years))
