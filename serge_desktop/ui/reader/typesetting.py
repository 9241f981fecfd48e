"""The reader's typography: formats for the title block, headings, paragraphs, quotations, emphasis.

Everything here changes how text looks, never which characters it holds: a paragraph's block
holds exactly its stored text (French spacing swaps a space for a narrow no-break space, one
character for one, and draws other narrow gaps as letter spacing), so document positions and
the body offsets that notes anchor to map one to one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextBlockFormat, QTextCharFormat

from serge_desktop.core.article import InlineStyle, Paragraph, ParagraphKind
from serge_desktop.core.contrast import AAA_TEXT_CONTRAST, MARK_CONTRAST, text_contrast_goal
from serge_desktop.ui.common.palette import blend, towards
from serge_desktop.ui.common.resources import READING_FONT_FAMILY

BASE_POINT_SIZE = 13.0
BODY_LEADING = 1.6  # line pitch as a multiple of the font size: generous, for long reading
HEADLINE_LEADING = 1.2
STANDFIRST_LEADING = 1.4
HEADING_LEADING = 1.25
# Per heading level: size (times the body's), space above and below (in ems of the body).
HEADING_STEPS = {1: (1.45, 1.5, 0.45), 2: (1.25, 1.35, 0.4), 3: (1.12, 1.2, 0.35)}
MINOR_HEADING = (1.0, 1.1, 0.3)  # levels 4 to 6
QUOTE_INDENT = 2.0  # ems of indent on the left of a set-off quotation (1.5 on the right)
RULE_INSET = 1.1  # ems from a block quotation's text back to its rule
MUTED_SHARE = 0.7  # of the text colour in secondary text: 5.7:1 on white, still clearly quieter
ACCENT_ON_LIGHT = "#a3322a"  # the masthead's red, on a light page
ACCENT_ON_DARK = "#ff8a7a"  # and on a dark one
NARROW_GAP_EMS = 0.16  # a narrow no-break space where the font has none to measure


@dataclass(frozen=True, slots=True)
class ReaderColours:
    """The colours of the reader's text roles, from the palette (light or dark)."""

    text: QColor
    base: QColor
    muted: QColor  # quotations set off, the details line
    accent: QColor  # the masthead
    rule: QColor  # the line beside a block quotation

    @property
    def foregrounds(self) -> tuple[QColor, QColor]:
        """The colours of the text a highlight or a find match may lie under."""
        return (self.text, self.muted)

    @classmethod
    def from_palette(cls, palette: QPalette) -> ReaderColours:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        light = base.lightness() > 128
        # The masthead keeps 4.5:1 (7:1 on a high-contrast page), and secondary text 7:1: it
        # must still read at 4.5:1 on a highlight, and a fainter grey would leave the highlights
        # only a pale tint. A theme whose page is tinted moves them towards the text.
        window_text = palette.color(QPalette.ColorRole.WindowText).name()
        window = palette.color(QPalette.ColorRole.Window).name()
        goal = text_contrast_goal(text.name(), base.name(), window_text, window)
        accent = QColor(ACCENT_ON_LIGHT if light else ACCENT_ON_DARK)
        return cls(
            text=text,
            base=base,
            muted=towards(blend(text, base, MUTED_SHARE), text, base, AAA_TEXT_CONTRAST),
            accent=towards(accent, text, base, goal),
            rule=towards(blend(text, base, 0.55), text, base, MARK_CONTRAST),
        )


def reading_font(zoom: float) -> QFont:
    """The reader's serif at ``zoom`` times its base size."""
    font = QFont(READING_FONT_FAMILY)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BASE_POINT_SIZE * zoom)
    return font


def em(font: QFont) -> float:
    """One em in pixels (the document lays out at 96 dpi logical)."""
    return font.pointSizeF() * 96 / 72


def line_height_percent(font: QFont, leading: float) -> int:
    """The proportional line height that gives ``leading`` times the font size.

    Fonts carry very different built-in line spacing (Charis SIL about 1.6 em, DejaVu Serif
    1.14 em), so a fixed percentage would set one font twice as loosely as another.
    """
    return round(leading * em(font) / QFontMetricsF(font).lineSpacing() * 100)


def block_format(
    font: QFont, *, top: float = 0.0, bottom: float, leading: float = 0.0
) -> QTextBlockFormat:
    """A block with margins in ems of ``font`` and, given a leading, its line pitch."""
    block = QTextBlockFormat()
    if leading:
        block.setLineHeight(
            line_height_percent(font, leading),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
    block.setTopMargin(top * em(font))
    block.setBottomMargin(bottom * em(font))
    return block


def char_format(
    font: QFont,
    scale: float = 1.0,
    *,
    weight: QFont.Weight = QFont.Weight.Normal,
    italic: bool = False,
    color: QColor | None = None,
) -> QTextCharFormat:
    char = QTextCharFormat()
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * scale)
    scaled.setWeight(weight)
    scaled.setItalic(italic)
    char.setFont(scaled)
    if color is not None:
        char.setForeground(color)
    return char


def paragraph_formats(
    paragraph: Paragraph, font: QFont, colours: ReaderColours
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The block and base character format of a body paragraph of any kind."""
    if paragraph.kind is ParagraphKind.HEADING:
        scale, above, below = HEADING_STEPS.get(paragraph.level, MINOR_HEADING)
        heading = char_format(
            font, scale, weight=QFont.Weight.Bold, italic=paragraph.level >= 6, color=colours.text
        )
        block = block_format(heading.font(), top=above / scale, bottom=below / scale)
        block.setLineHeight(
            line_height_percent(heading.font(), HEADING_LEADING),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        # Said as a heading of its level to assistive technology and in Markdown copies.
        block.setHeadingLevel(min(max(paragraph.level, 1), 6))
        return block, heading
    block = block_format(font, bottom=0.85, leading=BODY_LEADING)
    body = char_format(font, color=colours.text)
    if paragraph.is_quotation or paragraph.kind is ParagraphKind.BLOCK_QUOTE:
        # Quoted speech and quotations are set off by an indent on both sides, as in print.
        block.setLeftMargin(em(font) * QUOTE_INDENT)
        block.setRightMargin(em(font) * 1.5)
        body.setForeground(colours.muted)
    return block, body


def is_set_off(paragraph: Paragraph) -> bool:
    """Whether the paragraph is a quotation drawn with a rule beside it."""
    return paragraph.kind is ParagraphKind.BLOCK_QUOTE


def styled_runs(
    text: str,
    base: QTextCharFormat,
    marks: Sequence[tuple[int, int, InlineStyle]],
    gaps: Sequence[int],
) -> list[tuple[str, QTextCharFormat]]:
    """``text`` cut into runs, each with its format: emphasis, and narrow gaps after characters.

    ``marks`` are (start, end, style) within ``text``; ``gaps`` the offsets of characters after
    which a narrow gap is drawn (letter spacing on that one character), as French wants before
    « ; : ? ! » where the text has no space. The runs join up to ``text`` exactly.
    """
    gap_set = set(gaps)
    cuts = {0, len(text)}
    for start, end, _ in marks:
        cuts.update((start, end))
    for gap in gap_set:
        cuts.update((gap, gap + 1))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    runs: list[tuple[str, QTextCharFormat]] = []
    for start, end in itertools.pairwise(bounds):
        styles = {style for a, b, style in marks if a <= start and end <= b}
        if not styles and start not in gap_set:
            runs.append((text[start:end], base))
            continue
        run = QTextCharFormat(base)
        if InlineStyle.ITALIC in styles:
            run.setFontItalic(not base.fontItalic())  # emphasis in italic text is upright
        if InlineStyle.BOLD in styles:
            run.setFontWeight(QFont.Weight.Bold)
        if start in gap_set:
            run.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            run.setFontLetterSpacing(narrow_gap(run.font()))
        runs.append((text[start:end], run))
    return runs


def narrow_gap(font: QFont) -> float:
    """The width of a narrow no-break space in ``font``, in pixels."""
    width = QFontMetricsF(font).horizontalAdvance("\u202f")
    return width if width > 0 else NARROW_GAP_EMS * em(font)
