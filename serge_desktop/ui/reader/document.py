"""Typesets an article as a QTextDocument and maps body offsets to document positions both ways."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from serge_desktop.services.views import ArticleView
from serge_desktop.ui.common.palette import blend

BODY_LEADING = 1.6  # line pitch as a multiple of the font size: generous, for long reading
HEADLINE_LEADING = 1.2
STANDFIRST_LEADING = 1.4
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
        self._wide = [any(ord(c) > 0xFFFF for c in p.text) for p in article.paragraphs]
        self._build(font, palette)

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

    def _build(self, font: QFont, palette: QPalette) -> None:
        cursor = QTextCursor(self.document)
        muted = blend(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.65
        )
        accent = (
            QColor("#a3322a")
            if palette.color(QPalette.ColorRole.Base).lightness() > 128
            else (QColor("#ff8a7a"))
        )
        first = True
        for text, char_format, block_format in self._title_lines(font, muted, accent):
            if not first:
                cursor.insertBlock()
            first = False
            cursor.setBlockFormat(block_format)
            cursor.block().setUserState(TITLE_BLOCK_STATE)
            cursor.insertText(text, char_format)
        body_format = QTextCharFormat()
        body_format.setFont(font)
        for paragraph in self.article.paragraphs:
            cursor.insertBlock(_paragraph_format(font, paragraph.is_quotation))
            cursor.block().setUserState(paragraph.index)
            self._paragraph_positions.append(cursor.position())
            char_format = QTextCharFormat(body_format)
            if paragraph.is_quotation:
                char_format.setForeground(muted)
            cursor.insertText(paragraph.text, char_format)

    def _title_lines(
        self, font: QFont, muted: QColor, accent: QColor
    ) -> list[tuple[str, QTextCharFormat, QTextBlockFormat]]:
        a = self.article
        em = _em(font)
        lines = []
        if a.publication:
            masthead = _char_format(font, 0.8, weight=QFont.Weight.DemiBold, color=accent)
            masthead.setFontCapitalization(QFont.Capitalization.AllUppercase)
            masthead.setFontLetterSpacing(112)
            lines.append((a.publication, masthead, _block_format(em, bottom=0.5)))
        headline = _char_format(font, 2.0, weight=QFont.Weight.Bold)
        lines.append(
            (
                a.headline,
                headline,
                _block_format(em, bottom=0.5, font=headline.font(), leading=HEADLINE_LEADING),
            )
        )
        if a.standfirst:
            standfirst = _char_format(font, 1.2, italic=True)
            standfirst_block = _block_format(
                em, bottom=0.7, font=standfirst.font(), leading=STANDFIRST_LEADING
            )
            lines.append((a.standfirst, standfirst, standfirst_block))
        series = a.series
        if series and a.part is not None:  # the series is its name; the article's place in it
            series = (
                QCoreApplication.translate("ArticleDocument", "%1, part %2")
                .replace("%1", series)
                .replace("%2", str(a.part))
            )
        details = [part for part in (a.issue and f"Issue {a.issue}", series, a.subject) if part]
        if details:
            meta = _char_format(font, 0.85, color=muted)
            lines.append(("  ·  ".join(details), meta, _block_format(em, bottom=1.6)))
        return lines


def _em(font: QFont) -> float:
    """One em in pixels (the document lays out at 96 dpi logical)."""
    return font.pointSizeF() * 96 / 72


def _line_height_percent(font: QFont, leading: float) -> int:
    """The proportional line height that gives ``leading`` times the font size.

    Fonts carry very different built-in line spacing (Charis SIL about 1.6 em, DejaVu Serif
    1.14 em), so a fixed percentage would set one font twice as loosely as another.
    """
    return round(leading * _em(font) / QFontMetricsF(font).lineSpacing() * 100)


def _paragraph_format(font: QFont, is_quotation: bool) -> QTextBlockFormat:
    em = _em(font)
    block = QTextBlockFormat()
    block.setLineHeight(
        _line_height_percent(font, BODY_LEADING),
        QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
    )
    block.setBottomMargin(em * 0.85)
    if is_quotation:
        # Quoted speech is set off by an indent on both sides, as in print.
        block.setLeftMargin(em * 2)
        block.setRightMargin(em * 1.5)
    return block


def _block_format(
    em: float, *, bottom: float, font: QFont | None = None, leading: float = 0.0
) -> QTextBlockFormat:
    block = QTextBlockFormat()
    if font is not None:
        block.setLineHeight(
            _line_height_percent(font, leading),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
    block.setBottomMargin(bottom * em)
    return block


def _char_format(
    font: QFont,
    scale: float,
    *,
    weight: QFont.Weight = QFont.Weight.Normal,
    italic: bool = False,
    color: QColor | None = None,
) -> QTextCharFormat:
    char_format = QTextCharFormat()
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * scale)
    scaled.setWeight(weight)
    scaled.setItalic(italic)
    char_format.setFont(scaled)
    if color is not None:
        char_format.setForeground(color)
    return char_format


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _code_points_in(text: str, units: int) -> int:
    """How many characters of ``text`` fill ``units`` UTF-16 code units."""
    for index, character in enumerate(text):
        units -= 2 if ord(character) > 0xFFFF else 1
        if units < 0:
            return index
    return len(text)
