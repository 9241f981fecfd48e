"""Filtering and ordering the library list as a reader types: accents and case set aside."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

_ISO_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ~?%/])")


def fold(text: str) -> str:
    """``text`` without case or accents, so "émigré" and "Emigre" read alike."""
    if text.isascii():  # most titles and names: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: str) -> tuple[str, ...]:
    """The folded words of what the reader typed in the filter box."""
    return tuple(fold(query).split())


def haystack(fields: Iterable[str | None]) -> str:
    """One folded text of a row's searchable fields, made once per row, not per keystroke."""
    return "\n".join(fold(field) for field in fields if field)


def matches(folded_fields: str, words: tuple[str, ...]) -> bool:
    """Whether every word typed occurs in the row's fields (in any field, in any order)."""
    return all(word in folded_fields for word in words)


def title_key(title: str) -> tuple[str, str]:
    """Titles in the order a reader expects: "Émigrés" among the E's; a leading "The" counts."""
    return fold(title), title


def date_key(published: str | None) -> tuple[int, dt.date, str]:
    """Dates in time order whatever their wording; unreadable ones after, then missing ones.

    "2004-11-20", "2004-11-20T10:00:00Z", "20 November 2004" and "November 2004" all read.
    """
    if not published or not published.strip():
        return 2, dt.date.min, ""
    text = published.strip()
    iso = _ISO_DAY.match(text)
    if iso is not None:
        year, month, day = (int(part) if part else 1 for part in iso.groups())
        try:
            return 0, dt.date(year, month, day), text
        except ValueError:
            return 1, dt.date.min, fold(text)
    # Loaded here: the date phrase rules are needed only when a library sorts by a worded date.
    from serge_desktop.core.date_phrases import find_date_phrases

    phrases = find_date_phrases(text)
    if phrases:
        return 0, phrases[0].date.earliest, text
    return 1, dt.date.min, fold(text)
