"""Raw HTML in imported Markdown: scripts and styles dropped whole, other tags peeled off.

Markdown lets an author write HTML; an imported article is plain words, so none of it is kept:
``<script>``, ``<style>`` and comments go with their contents, any other tag (with its
attributes: event handlers, ``src`` addresses) goes and leaves the words it wrapped. Web and
e-mail addresses in angle brackets (Markdown's autolinks) keep the address as text.
"""

from __future__ import annotations

import re

# Elements whose contents are code, never words: dropped with everything inside them.
_CODE_ELEMENTS = re.compile(
    r"<(script|style|template|iframe|object|noscript)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_DECLARATION = re.compile(r"<[!?][^>]*>")  # <!DOCTYPE …>, <?xml …?>, <![CDATA[ … ]]>
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>")
# An opening or closing tag as CommonMark reads one: a letter right after "<" or "</".
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def drop_code_elements(text: str) -> str:
    """Remove scripts, styles and comments, contents and all, across lines."""
    text = _COMMENT.sub("", text)
    text = _CODE_ELEMENTS.sub("", text)
    return _DECLARATION.sub("", text)


def strip_tags(text: str) -> str:
    """Remove HTML tags from one paragraph's text, keeping the words between them."""
    text = drop_code_elements(text)
    text = _AUTOLINK.sub(r"\1", text)
    return _TAG.sub("", text)
