"""Turn headlines into short ASCII slugs for file and URL-like names, kept unique."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

MAX_SLUG_LENGTH = 60
FALLBACK_SLUG = "article"
# Letters NFKD does not decompose into ASCII; without these "Straße" would become "strae".
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of ``text``, hyphen-separated, at most 60 characters."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        # Cut at the last hyphen that fits, so no word is chopped; one huge word is cut hard.
        cut = slug.rfind("-", 0, MAX_SLUG_LENGTH + 1)
        slug = slug[: cut if cut > 0 else MAX_SLUG_LENGTH].strip("-")
    return slug or FALLBACK_SLUG


def unique_slug(base: str, taken: Collection[str]) -> str:
    """Return ``base``, or ``base-2``, ``base-3``… the first that is not in ``taken``."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
