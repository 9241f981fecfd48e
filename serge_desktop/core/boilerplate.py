"""Recognise the publisher's appeals and adverts trailing an article, to keep them out of it."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Each pattern is matched case-insensitively against one whole paragraph. They are kept narrow
# because only the article's trailing paragraphs are tested, and a false hit would cut its words.
BOILERPLATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Donation appeals: "please consider giving to our annual appeal", "donate today".
        r"\bplease (?:consider )?(?:giving|donating|donate|give|supporting|support)\b",
        r"\b(?:go|click) here (?:for details|to donate|to give|to subscribe)\b",
        r"^\s*(?:donate|support us) (?:now|today|here)\b",
        # App and mobile adverts: "Don't forget to add Socialist Worker to your home screen."
        r"\badd\b.{1,80}\bto your home ?screen\b",
        r"^\s*mobile users\b",
        # Subscription trailers: "Subscribe to Socialist Worker", "Sign up for our newsletter".
        r"^\s*subscribe (?:to|now|today|here)\b",
        r"\bsign up (?:to|for) (?:our|the) (?:newsletter|mailing list)\b",
    )
)


def is_boilerplate(paragraph: str) -> bool:
    """Return whether ``paragraph`` reads like a publisher's appeal, advert or subscribe trailer."""
    return any(pattern.search(paragraph) for pattern in BOILERPLATE_PATTERNS)


def split_trailing_boilerplate(paragraphs: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split off the boilerplate paragraphs at the end: returns ``(kept, removed)``.

    Scanning stops at the first paragraph from the end that is not boilerplate, so nothing in
    the middle of the article is ever taken out; the first paragraph is always kept, so an
    article is never emptied by a mistaken match.
    """
    cut = len(paragraphs)
    while cut > 1 and is_boilerplate(paragraphs[cut - 1]):
        cut -= 1
    return list(paragraphs[:cut]), list(paragraphs[cut:])
