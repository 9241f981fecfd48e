"""Entity kinds, and the one way a name is normalised into the key it is matched and stored by."""

from __future__ import annotations

import enum
import unicodedata

MAX_NAME_CHARS = 200  # a name or alias; longer is a pasted passage, not a name


class EntityKind(enum.Enum):
    """What an entity is; the index, the map and the graph group by it."""

    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    WORK = "work"


KIND_VALUES: tuple[str, ...] = tuple(kind.value for kind in EntityKind)

# Typographic apostrophes and dashes are matched as their plain forms, one character for one,
# so "Trotsky’s" and "Trotsky's" are the same and offsets in the text stay exact.
_SAME_AS = (("’", "'"), ("ʼ", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-"))


def _plain(text: str) -> str:
    # str.replace runs in C; str.translate with a table looks each character up in Python.
    for fancy, plain in _SAME_AS:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


def clean_name(text: str) -> str:
    """A name as stored and shown: NFC, one space between words, no control characters."""
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        # Control and format characters (a zero-width space, a bidi override) become spaces.
        text = "".join(char if char.isprintable() else " " for char in text)
    return " ".join(text.split())


def name_key(text: str) -> str:
    """The key two spellings of one name share: cleaned, apostrophes unified, case folded."""
    return _plain(clean_name(text)).casefold()


def fold_for_matching(text: str) -> str:
    """``text`` lower-cased one character for one, so offsets into it are offsets into ``text``.

    ``str.lower`` turns a few characters into two ("İ" into "i̇"); those keep their case here,
    which only means such a name must be typed as the text has it.
    """
    plain = _plain(text)
    lowered = plain.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in plain)


def is_word_char(char: str) -> bool:
    """Letters, digits and combining marks belong to a word; anything else ends it."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def starts_upper(text: str) -> bool:
    """True when the first letter is a capital (a name as names are written)."""
    for char in text:
        if char.isalpha():
            return char.isupper()
    return False
