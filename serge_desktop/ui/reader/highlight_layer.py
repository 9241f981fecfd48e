"""Draws the notes' highlights under the text and their bars in the margin, blocks on screen only.

Each paragraph's drawing is worked out once, as rectangles grouped by colour in the block's own
coordinates, and replayed with one ``drawRects`` per colour while scrolling. It is worked out
again only when that paragraph's notes change (the HighlightIndex says which) or its lines are
laid out anew (a resize, a zoom). A scroll frame so costs about the same with 2,000 highlights
as with none, and opening an article works out only what the first screen shows; the blocks
just beyond the screen are prepared while the reader is idle, so scrolling into them does not
stall. A block quotation's rule is drawn in the same pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextBlock, QTextLine
from PySide6.QtWidgets import QAbstractScrollArea

from serge_desktop.services.views import HighlightView, NoteView
from serge_desktop.ui.common.highlight_colours import (
    ACTIVE_SHARE,
    NESTED_SHARE,
    PLAIN_SHARE,
    highlight_fill,
    margin_mark_colour,
)
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.highlight_index import HighlightIndex, Strength
from serge_desktop.ui.reader.typesetting import RULE_INSET, ReaderColours, em, is_set_off

MARK_WIDTH = 3.0
MARK_GAP = 14.0  # between the margin mark and the text column
RULE_WIDTH = 2.0
PADDING = 0.12  # of a line's height, above and below the glyphs a highlight covers
SHARES = {Strength.PLAIN: PLAIN_SHARE, Strength.NESTED: NESTED_SHARE, Strength.ACTIVE: ACTIVE_SHARE}

# Rectangles to fill, grouped by their colour ("#rrggbb").
Shapes = dict[str, list[QRectF]]


@dataclass(frozen=True, slots=True)
class _Drawing:
    key: tuple[float, ...]  # what the shapes depend on besides the notes: the block's layout
    shapes: tuple[tuple[QColor, list[QRectF]], ...]


class HighlightLayer:
    """The highlights of the article shown, and their drawing, kept per paragraph."""

    def __init__(self) -> None:
        self._doc: ArticleDocument | None = None
        self._index = HighlightIndex(())
        self._drawings: dict[int, _Drawing] = {}
        self._colours = ReaderColours.from_palette(QPalette())
        self._notes: dict[int, NoteView | HighlightView] = {}
        self.painted_blocks = 0  # blocks drawn by the last paint (what a scroll frame costs)

    def set_document(self, doc: ArticleDocument) -> None:
        """A newly typeset article (another one, or the same at another size)."""
        same_text = (
            self._doc is not None and self._doc.article.revision_id == doc.article.revision_id
        )
        self._doc = doc
        self._colours = doc.colours
        self._drawings.clear()
        if not same_text:
            self._index = HighlightIndex([(p.start, p.end) for p in doc.article.paragraphs])
            self._notes = {}

    def clear(self) -> None:
        """No article shown: nothing to draw, no note to find."""
        self._doc = None
        self._index = HighlightIndex(())
        self._drawings.clear()
        self._notes = {}

    def set_notes(self, notes: Sequence[NoteView | HighlightView], active: int | None) -> set[int]:
        """The notes placed in the text and the one being edited; returns the paragraphs changed."""
        self._notes = {note.id: note for note in notes}
        dirty = self._index.update(
            ((note.id, (note.start, note.end, note.color)) for note in notes), active
        )
        for index in dirty:
            self._drawings.pop(index, None)
        return dirty

    def note_at(self, offset: int) -> NoteView | HighlightView | None:
        """The note drawn at this body offset (the most specific where several overlap)."""
        note_id = self._index.note_at(offset)
        return self._notes.get(note_id) if note_id is not None else None

    def highlight_count(self) -> int:
        return len(self._index)

    def paint_viewport(self, view: QAbstractScrollArea, area: QRect, text_left: float) -> None:
        """Draw what lies in ``area`` of ``view``'s viewport, before the text is drawn on it."""
        if self._doc is None:
            return
        painter = QPainter(view.viewport())
        scrolled = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        painter.translate(-scrolled)
        visible = QRectF(area.translated(scrolled))
        painter.setClipRect(visible)
        self.paint(painter, visible, text_left)
        painter.end()

    def paint(self, painter: QPainter, visible: QRectF, text_left: float) -> None:
        """Draw what lies in ``visible`` (document coordinates; the painter is set to them)."""
        self.painted_blocks = 0
        if self._doc is None:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, drawing in self._drawings_in(visible, text_left):
            if not drawing.shapes:
                continue
            painter.save()
            painter.translate(rect.topLeft())
            for colour, rects in drawing.shapes:
                painter.setBrush(colour)
                painter.drawRects(rects)
            painter.restore()
            self.painted_blocks += 1

    def prepare_one(self, area: QRectF, text_left: float) -> bool:
        """Work out one drawing still missing in ``area``; False when none is missing.

        The reader calls this while idle for the screens above and below the one shown, one
        block at a time, so scrolling into them finds their drawings ready.
        """
        if self._doc is None:
            return False
        layout = self._doc.document.documentLayout()
        for block in _blocks_in(self._doc, area):
            rect = layout.blockBoundingRect(block)
            if block.userState() >= 0 and self._stale(block, rect, text_left):
                self._drawing(block, rect, text_left)
                return True
        return False

    def _drawings_in(self, visible: QRectF, text_left: float) -> Iterator[tuple[QRectF, _Drawing]]:
        assert self._doc is not None
        layout = self._doc.document.documentLayout()
        for block in _blocks_in(self._doc, visible):
            if block.userState() >= 0:
                rect = layout.blockBoundingRect(block)
                yield rect, self._drawing(block, rect, text_left)

    def _stale(self, block: QTextBlock, rect: QRectF, text_left: float) -> bool:
        drawing = self._drawings.get(block.userState())
        return drawing is None or drawing.key != _key(block, rect, text_left)

    def _drawing(self, block: QTextBlock, rect: QRectF, text_left: float) -> _Drawing:
        """The block's drawing, worked out again if its notes or its lines changed."""
        index = block.userState()
        key = _key(block, rect, text_left)
        drawing = self._drawings.get(index)
        if drawing is None or drawing.key != key:
            shapes = self._shapes(index, block, text_left - rect.x())
            drawing = _Drawing(key, tuple((QColor(c), r) for c, r in shapes.items()))
            self._drawings[index] = drawing
        return drawing

    def _shapes(self, index: int, block: QTextBlock, margin_x: float) -> Shapes:
        assert self._doc is not None
        doc = self._doc
        layout = block.layout()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        shapes: Shapes = {}
        if is_set_off(doc.article.paragraphs[index]) and lines:
            x = lines[0].x() - RULE_INSET * em(doc.document.defaultFont())
            bottom = lines[-1].y() + lines[-1].height()
            rule = QRectF(x, lines[0].y(), RULE_WIDTH, bottom - lines[0].y())
            shapes.setdefault(self._colours.rule.name(), []).append(rule)
        covered: list[dict[str | None, int]] = [{} for _ in lines]  # per line, per colour
        fills: dict[tuple[str | None, Strength], str] = {}
        for run in self._index.runs(index):
            start, end = doc.units(index, run.start), doc.units(index, run.end)
            fill = fills.get((run.colour, run.strength))
            if fill is None:
                fill = self._fill(run.colour, run.strength)
                fills[run.colour, run.strength] = fill
            for number, line in enumerate(lines):
                first, after = line.textStart(), line.textStart() + line.textLength()
                if end <= first or start >= after:
                    continue
                x1, x2 = _x_of(line, max(start, first)), _x_of(line, min(end, after))
                pad = line.height() * PADDING  # a little of the leading: not cramped
                rect = QRectF(min(x1, x2), line.y() - pad, abs(x2 - x1), line.height() + 2 * pad)
                shapes.setdefault(fill, []).append(rect)
                share = covered[number]
                share[run.colour] = share.get(run.colour, 0) + min(end, after) - max(start, first)
        self._add_marks(shapes, lines, covered, margin_x - MARK_GAP)
        return shapes

    def _fill(self, colour: str | None, strength: Strength) -> str:
        colours = self._colours
        return highlight_fill(colour, SHARES[strength], colours.foregrounds, colours.base).name()

    def _add_marks(
        self,
        shapes: Shapes,
        lines: Sequence[QTextLine],
        covered: Sequence[dict[str | None, int]],
        x: float,
    ) -> None:
        """A bar beside every line a note covers, in the colour covering most of that line."""
        for number, (line, share) in enumerate(zip(lines, covered, strict=True)):
            if not share:
                continue
            colour = max(share, key=lambda name: share[name])
            last = number + 1 == len(lines)
            bottom = line.y() + line.height() if last else lines[number + 1].y()
            bar = QRectF(x, line.y(), MARK_WIDTH, bottom - line.y())
            shapes.setdefault(margin_mark_colour(colour, self._colours.base).name(), []).append(bar)


def _key(block: QTextBlock, rect: QRectF, text_left: float) -> tuple[float, ...]:
    """What a block's drawing depends on besides its notes: its size, lines and margin."""
    lines = float(block.layout().lineCount())
    return (rect.width(), rect.height(), lines, text_left - rect.x())


def _x_of(line: QTextLine, position: int) -> float:
    # PySide6 binds cursorToX(int*), which hands back (x, position), typed as object.
    result = line.cursorToX(position)
    assert isinstance(result, tuple)
    return float(result[0])


def _blocks_in(doc: ArticleDocument, visible: QRectF) -> Iterator[QTextBlock]:
    layout = doc.document.documentLayout()
    top = QPointF(visible.left() + 1, visible.top())
    position = layout.hitTest(top, Qt.HitTestAccuracy.FuzzyHit)
    block = doc.document.findBlock(max(position, 0))
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() > visible.bottom():
            return
        if rect.bottom() >= visible.top():
            yield block
        block = block.next()
