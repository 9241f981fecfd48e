"""Typesets an article as a QTextDocument and maps body offsets to document positions both ways."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPalette,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from serge_desktop.core.article import InlineStyle
from serge_desktop.core.french_typography import french_spacing
from serge_desktop.core.languages import Language
from serge_desktop.services.article_language import reading_language
from serge_desktop.services.views import ArticleView
from serge_desktop.ui.reader.title_block import title_lines
from serge_desktop.ui.reader.typesetting import ReaderColours, paragraph_formats, styled_runs

TITLE_BLOCK_STATE = -1  # QTextBlock user state of the title block's lines


class ArticleDocument:
    """The document of one article; paragraph blocks carry their index as the block user state."""

    def __init__(self, article: ArticleView, font: QFont, palette: QPalette) -> None:
        self.article = article
        self.document = QTextDocument()
        self.document.setDefaultFont(font)
        self.document.setUndoRedoEnabled(False)
        self._paragraph_positions: list[int] = []
        self._paragraph_starts = [p.start for p in article.paragraphs]
        self.colours = ReaderColours.from_palette(palette)
        # French is set in French typography: narrow no-break spaces before « ; : ? ! ».
        self.french = reading_language(article.body, article.language) is Language.FRENCH
        self._wide = [max(p.text, default="") > "\uffff" for p in article.paragraphs]
        self._build(font)

    # Body offsets count Python characters (code points); document positions count UTF-16 units,
    # so a character beyond the Basic Multilingual Plane (an emoji, a rare CJK character) is one
    # offset but two positions. Paragraphs without such characters map one to one.

    def to_document(self, offset: int) -> int:
        """The document position of a body offset (offsets between paragraphs snap forward)."""
        index = max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)
        paragraph = self.article.paragraphs[index]
        if offset > paragraph.end and index + 1 < len(self.article.paragraphs):
            return self._paragraph_positions[index + 1]
        inside = min(max(offset - paragraph.start, 0), len(paragraph.text))
        if self._wide[index]:
            inside = _utf16_length(paragraph.text[:inside])
        return self._paragraph_positions[index] + inside

    def to_body(self, position: int) -> int | None:
        """The body offset at a document position, or None inside the title block."""
        block = self.document.findBlock(position)
        index = block.userState()
        if index < 0 or index >= len(self.article.paragraphs):
            return None
        paragraph = self.article.paragraphs[index]
        units = position - block.position()
        inside = _code_points_in(paragraph.text, units) if self._wide[index] else units
        return paragraph.start + min(inside, len(paragraph.text))

    def first_body_position(self) -> int:
        return self._paragraph_positions[0] if self._paragraph_positions else 0

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document)
        cursor.setPosition(self.to_document(start))
        cursor.setPosition(self.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def set_column(self, width: float, measure_chars: int) -> float:
        """Centre a column of about ``measure_chars`` characters in ``width``; its left edge."""
        font = self.document.defaultFont()
        sample = "the quick brown fox jumps over a lazy dog, etaoin shrdlu " * 2
        per_char = QFontMetricsF(font).horizontalAdvance(sample) / len(sample)
        side = max(32.0, (width - per_char * measure_chars) / 2)
        root = self.document.rootFrame()
        frame_format = root.frameFormat()
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(36)
        frame_format.setBottomMargin(48)
        root.setFrameFormat(frame_format)
        return side

    def paragraph_block(self, index: int) -> QTextBlock:
        """The block that holds paragraph ``index``."""
        return self.document.findBlock(self._paragraph_positions[index])

    def units(self, index: int, inside: int) -> int:
        """Document positions from paragraph ``index``'s start to ``inside`` characters in."""
        if self._wide[index]:
            return _utf16_length(self.article.paragraphs[index].text[:inside])
        return inside

    def _build(self, font: QFont) -> None:
        cursor = QTextCursor(self.document)
        colours = self.colours
        first = True
        for text, char_format, block_format in title_lines(self.article, font, colours):
            if not first:
                cursor.insertBlock()
            first = False
            cursor.setBlockFormat(block_format)
            cursor.block().setUserState(TITLE_BLOCK_STATE)
            self._insert(cursor, text, char_format, ())
        for paragraph in self.article.paragraphs:
            block_format, base = paragraph_formats(paragraph, font, colours)
            cursor.insertBlock(block_format, base)
            cursor.block().setUserState(paragraph.index)
            self._paragraph_positions.append(cursor.position())
            marks = [(m.start, m.end, m.style) for m in paragraph.marks]
            self._insert(cursor, paragraph.text, base, marks)

    def _insert(
        self,
        cursor: QTextCursor,
        text: str,
        base: QTextCharFormat,
        marks: Sequence[tuple[int, int, InlineStyle]],
    ) -> None:
        """Insert ``text`` in its runs; in French, with its narrow spaces and gaps.

        French spacing swaps characters one for one and draws its other gaps as letter
        spacing, so the block holds as many characters as the stored text.
        """
        gaps: Sequence[int] = ()
        if self.french:
            spacing = french_spacing(text)
            text, gaps = spacing.text, spacing.gaps
        for run, char_format in styled_runs(text, base, marks, gaps):
            cursor.insertText(run, char_format)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _code_points_in(text: str, units: int) -> int:
    """How many characters of ``text`` fill ``units`` UTF-16 code units."""
    for index, character in enumerate(text):
        units -= 2 if ord(character) > 0xFFFF else 1
        if units < 0:
            return index
    return len(text)
