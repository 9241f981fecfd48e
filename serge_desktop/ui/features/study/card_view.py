"""A card's question, and its answer once asked for, set in the reader's calm serif."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QFont,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget
from typing_extensions import override

from serge_desktop.services.cards.views import CardFace
from serge_desktop.ui.reader.typesetting import (
    BODY_LEADING,
    ReaderColours,
    block_format,
    em,
    reading_font,
)
from serge_desktop.ui.timeline.date_wording import say_date

MEASURE_EMS = 34  # the text column's width: a reader's comfortable line, not the window's
PROMPT_SCALE = 1.2  # the question a little larger than the answer's notes
TOP_SHARE = 0.08  # of the view's height above the card: it sits a little down, like a page


class CardView(QTextBrowser):
    """Shows a ``CardFace``: ``show_face(face, answered=False)``, then ``answered=True``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Selectable by mouse only: no caret blinking in the text while one studies.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Card"))
        self._zoom = 1.0
        self._face: CardFace | None = None
        self._answered = False

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._face is not None:
            self._render()  # a new theme: the card's colours, set in its text, follow

    def set_zoom(self, zoom: float) -> None:
        if zoom != self._zoom:
            self._zoom = zoom
            self._render()

    def show_face(self, face: CardFace | None, *, answered: bool = False) -> None:
        self._face, self._answered = face, answered
        self._render()

    def clear_face(self) -> None:
        self.show_face(None)

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._centre_column()

    def _centre_column(self) -> None:
        """Margins in the document itself, so the whole view is the card's paper."""
        measure = MEASURE_EMS * em(reading_font(self._zoom))
        side = max(24.0, (self.viewport().width() - measure) / 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if frame.leftMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            frame.setTopMargin(max(24.0, self.viewport().height() * TOP_SHARE))
            frame.setBottomMargin(24.0)
            root.setFrameFormat(frame)

    # Typesetting --------------------------------------------------------------------------------

    def _render(self) -> None:
        document = QTextDocument(self)
        font = reading_font(self._zoom)
        document.setDefaultFont(font)
        self.setDocument(document)
        self._centre_column()
        face = self._face
        if face is None:
            self.setAccessibleDescription("")
            return
        colours = ReaderColours.from_palette(self.palette())
        cursor = QTextCursor(document)
        writer = _Writer(cursor, font, colours)
        writer.line(self._heading(face), muted=True, small=True, first=True)
        self._question(writer, face)
        if self._answered:
            writer.rule()
            self._answer(writer, face)
        if face.article_headline:
            by = f" · {face.author}" if face.author else ""
            writer.line(face.article_headline + by, muted=True, small=True, top=1.6)
        self.setAccessibleDescription(document.toPlainText())
        self.verticalScrollBar().setValue(0)

    def _heading(self, face: CardFace) -> str:
        headings = {
            "cloze": self.tr("Fill the gap"),
            "question": self.tr("Question"),
            "recall": self.tr("What did you note?"),
            "when": self.tr("When?"),
            "order": self.tr("Which came first?"),
        }
        return headings.get(face.kind, self.tr("Card"))

    def _question(self, writer: _Writer, face: CardFace) -> None:
        if face.kind == "cloze" and face.cloze is not None:
            writer.runs([(face.cloze.before, False), ("[…]", True), (face.cloze.after, False)])
        elif face.kind == "order":
            for number, choice in enumerate(face.choices):
                if number:
                    writer.line(self.tr("or"), muted=True, small=True)
                writer.line(choice.label, large=True)
        else:
            writer.line(face.prompt, large=True)

    def _answer(self, writer: _Writer, face: CardFace) -> None:
        if face.kind == "cloze" and face.cloze is not None:
            writer.runs(
                [(face.cloze.before, False), (face.cloze.hidden, True), (face.cloze.after, False)]
            )
            if face.extra.strip():
                writer.markdown(face.extra)
        elif face.kind == "when":
            writer.line(say_date(face.edtf) if face.edtf else face.answer, large=True, strong=True)
            if face.extra.strip():
                writer.markdown(face.extra)
        elif face.kind == "order":
            for choice in face.choices:
                mark = "✓ " if choice.came_first else ""
                writer.runs([(mark + choice.label, choice.came_first)])
                writer.line(say_date(choice.edtf), muted=True, small=True)
            if not any(choice.came_first for choice in face.choices):
                writer.line(self.tr("Their dates overlap: neither came surely first."), muted=True)
        else:
            writer.markdown(face.answer)


class _Writer:
    """Adds blocks to a document in the reader's typography, each role its own format."""

    def __init__(self, cursor: QTextCursor, font: QFont, colours: ReaderColours) -> None:
        self._cursor = cursor
        self._font = font
        self._colours = colours
        self._blocks = 0

    def _block(self, *, top: float = 0.0, leading: float = BODY_LEADING) -> None:
        block = block_format(self._font, top=top, bottom=0.6, leading=leading)
        if self._blocks == 0:
            self._cursor.setBlockFormat(block)
        else:
            self._cursor.insertBlock(block)
        self._blocks += 1

    def _format(self, *, muted: bool, small: bool, large: bool, strong: bool) -> QTextCharFormat:
        chars = QTextCharFormat()
        size = self._font.pointSizeF()
        chars.setFontPointSize(size * (0.82 if small else PROMPT_SCALE if large else 1.0))
        chars.setForeground(self._colours.muted if muted else self._colours.text)
        if strong:
            chars.setFontWeight(QFont.Weight.DemiBold)
        return chars

    def line(
        self,
        text: str,
        *,
        muted: bool = False,
        small: bool = False,
        large: bool = False,
        strong: bool = False,
        first: bool = False,
        top: float = 0.0,
    ) -> None:
        self._block(top=0.0 if first else top)
        self._cursor.insertText(
            text, self._format(muted=muted, small=small, large=large, strong=strong)
        )

    def runs(self, parts: list[tuple[str, bool]]) -> None:
        """A paragraph of the prompt's size, the parts marked True set apart in the accent."""
        self._block()
        for text, marked in parts:
            chars = self._format(muted=False, small=False, large=True, strong=marked)
            if marked:
                chars.setForeground(self._colours.accent)
            self._cursor.insertText(text, chars)

    def markdown(self, text: str) -> None:
        """A note as the reader wrote it (Markdown), at the body's size."""
        self._block(top=0.4)
        self._cursor.setCharFormat(
            self._format(muted=False, small=False, large=False, strong=False)
        )
        self._cursor.insertMarkdown(text.strip())

    def rule(self) -> None:
        """A quiet line between the question and its answer."""
        self._block(top=0.6, leading=1.0)
        block = QTextBlockFormat(self._cursor.blockFormat())
        block.setProperty(
            QTextBlockFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        self._cursor.setBlockFormat(block)
        chars = QTextCharFormat()
        chars.setForeground(self._colours.rule)
        self._cursor.setCharFormat(chars)
