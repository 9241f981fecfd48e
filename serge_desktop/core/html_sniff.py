"""Telling a web page from other text, and the encoding it declares, before parsing it."""

from __future__ import annotations

import re

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def declared_charset(raw: bytes) -> str | None:
    """The encoding a page names in its first kilobytes (``<meta charset>``), if any."""
    match = _CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii") if match else None


def looks_like_html(text: str) -> bool:
    """Whether the text opens like a web page (a doctype or an ``<html>`` element)."""
    return _HTML_START.match(_XML_DECLARATION.sub("", text[:4096], count=1)) is not None
