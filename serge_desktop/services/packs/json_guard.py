"""JSON from a pack, refused when nested deeper than any pack needs (before it is parsed)."""

from __future__ import annotations

import json
import re
from typing import Any

from serge_desktop.core.text_form import has_lone_surrogate
from serge_desktop.services.packs.errors import BadTextError, BrokenPackError, JsonTooDeepError

MAX_JSON_DEPTH = 64
# A string (with its escapes) or one bracket: brackets inside strings are skipped whole.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def json_depth(text: str) -> int:
    """How deeply the text's arrays and objects nest (outside strings), without parsing it."""
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def load_json(data: bytes, name: str) -> Any:
    """Parse a member's JSON; too deep, not UTF-8 or not JSON is a plain PackError.

    Python's own parser recurses once per level and would fail only near a thousand levels,
    with a RecursionError: the depth is measured first, in one pass with no recursion.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BrokenPackError(f"{name} in the pack is not UTF-8 text.", name) from exc
    if json_depth(text) > MAX_JSON_DEPTH:
        raise JsonTooDeepError(
            f"{name} in the pack is nested more than {MAX_JSON_DEPTH} levels deep.", name
        )
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise BrokenPackError(f"{name} in the pack is not valid JSON.", str(exc)) from exc
    if _holds_a_lone_surrogate(document):
        # JSON's "\ud800" escape makes a string no UTF-8 text can hold: it could be neither
        # stored nor shown, so the whole pack is refused rather than a part of it dropped.
        raise BadTextError(f"{name} in the pack holds text that is not valid Unicode.", name)
    return document


def _holds_a_lone_surrogate(document: Any) -> bool:
    """Whether any string (a key or a value) anywhere in ``document`` has a lone surrogate."""
    pending = [document]
    while pending:  # a loop, not recursion: the depth is bounded, but need not be trusted
        value = pending.pop()
        if isinstance(value, str):
            if has_lone_surrogate(value):
                return True
        elif isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return False
