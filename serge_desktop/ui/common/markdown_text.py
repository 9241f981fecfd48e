"""A Markdown note as plain words on one line, for previews in lists."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument


def plain_words(markdown: str) -> str:
    """The text as Qt renders it, without the marks (``**``, ``#``, ``-``), on one line."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    return " ".join(document.toPlainText().split())
