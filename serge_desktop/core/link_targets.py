"""Links inside the app, ``note:12`` and ``event:6``: parsed strictly, or not links at all.

An id is ASCII digits only, within SQLite's integer range (1 to 2**63 - 1). Anything else
(``note:2147483660000000000000``, ``note:²``, ``event:-1``, ``note: 12``) is not a link, so it
never reaches a query or a Qt signal that would wrap or overflow it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

MAX_ROW_ID = 2**63 - 1  # SQLite's largest rowid
_DIGITS = re.compile(r"[0-9]{1,19}")  # ASCII only: \d would accept "²" or Arabic digits too


class LinkKind(enum.Enum):
    NOTE = "note"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class AppLink:
    """A well-formed link to a note or a timeline event."""

    kind: LinkKind
    target_id: int

    @property
    def url(self) -> str:
        return f"{self.kind.value}:{self.target_id}"


def parse_row_id(text: str) -> int | None:
    """The id in ``text`` if it is ASCII digits naming a row SQLite can hold, else None."""
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if 1 <= value <= MAX_ROW_ID else None


def parse_app_link(url: str) -> AppLink | None:
    """``note:12`` or ``event:6`` (the scheme in any case); None for anything else."""
    scheme, colon, rest = url.partition(":")
    if not colon:
        return None
    try:
        kind = LinkKind(scheme.lower())
    except ValueError:
        return None
    target = parse_row_id(rest)
    return None if target is None else AppLink(kind, target)


# A Markdown link to a note or an event, the way the notes pane writes one: [words](note:12).
# The target is anything up to the closing parenthesis, judged by parse_app_link afterwards.
MARKDOWN_APP_LINK = re.compile(r"\[(?P<words>[^\]\n]*)\]\((?P<url>(?i:note|event):[^)\s]*)\)")


def neutralise_bad_links(markdown: str) -> str:
    """Markdown whose ``note:``/``event:`` links with an ill-formed id keep only their words."""

    def replace(match: re.Match[str]) -> str:
        return match[0] if parse_app_link(match["url"]) is not None else match["words"]

    return MARKDOWN_APP_LINK.sub(replace, markdown)
