"""The languages the app reads articles in and says dates in, named by their BCP 47 tags."""

from __future__ import annotations

import re
from enum import StrEnum


class Language(StrEnum):
    """A language the date readers, the event suggestions and the dates in words know."""

    ENGLISH = "en"
    FRENCH = "fr"


# A BCP 47 tag as stored in an article's metadata or given by a locale: "fr", "fr-CA", "en_GB",
# "pt-BR". Only the primary subtag decides which of our languages it is.
_PRIMARY = re.compile(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*")


# A tag as the library keeps one ("fr", "fr-CA", "zh-Hant-TW"): hyphens only, at most 35
# characters (RFC 5646's longest well-formed tag that a registry can hold).
_STORED = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
MAX_TAG_CHARS = 35


def is_language_tag(tag: str) -> bool:
    """Whether ``tag`` is well-formed enough to keep in an article's metadata."""
    return len(tag) <= MAX_TAG_CHARS and _STORED.fullmatch(tag) is not None


def language_of_tag(tag: str | None) -> Language | None:
    """Our language for a BCP 47 tag ("fr-CA" is French); None for any other or no tag."""
    if not tag:
        return None
    match = _PRIMARY.fullmatch(tag)
    if match is None:
        return None
    primary = match.group(1).lower()
    return next((language for language in Language if language.value == primary), None)


def language_or_english(tag: str | None) -> Language:
    """The language to read an article in: its own if we know it, else English (as before)."""
    return language_of_tag(tag) or Language.ENGLISH
