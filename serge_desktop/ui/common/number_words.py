"""Numbers, percentages and lists of clauses as the interface's locale writes them."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QObject


class NumberWords(QObject):
    """The patterns a translator adapts: French writes "90 %" and "a ; b" with a no-break space."""

    def percent_pattern(self) -> str:
        return self.tr("%1 %", "a percentage: the number, then the percent sign")

    def clauses_pattern(self) -> str:
        return self.tr("%1; %2", "two clauses of one sentence, joined by a semicolon")


def decimal(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` digits after the locale's decimal sign ("1,5" in French)."""
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float, decimals: int = 0) -> str:
    """A percentage (``value`` out of 100) in the locale's digits and spacing: "90 %"."""
    return _filled(NumberWords().percent_pattern(), decimal(value, decimals))


def percent_suffix() -> str:
    """What follows the number in a percentage (" %"), for a spin box's suffix."""
    return NumberWords().percent_pattern().partition("%1")[2]


def clauses(first: str, second: str) -> str:
    """Two clauses joined as the language joins them ("a; b", "a ; b")."""
    return _filled(NumberWords().clauses_pattern(), first, second)


def _filled(pattern: str, *values: str) -> str:
    """``pattern`` with %1, %2 … replaced in one pass, so a value's own "%2" stays as it is."""
    return re.sub(r"%([1-9])", lambda found: values[int(found.group(1)) - 1], pattern)
