"""Body offsets and document positions map both ways, at boundaries and beyond the BMP."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from serge_desktop.core.article import Paragraph
from serge_desktop.services.views import ArticleView
from serge_desktop.ui.reader.document import ArticleDocument


def article(*texts: str) -> ArticleView:
    paragraphs, start = [], 0
    for index, text in enumerate(texts):
        paragraphs.append(Paragraph(index, text, start, start + len(text)))
        start += len(text) + 2
    body = "\n\n".join(texts)
    return ArticleView(
        id=1, slug="a", revision_id=1, revision_number=1, headline="Headline",
        standfirst="Standfirst", publication="Paper", issue=None, series=None, subject=None,
        author=None, published=None, body=body, paragraphs=tuple(paragraphs), quotation_spans=(),
    )  # fmt: skip


def typeset(view: ArticleView) -> ArticleDocument:
    return ArticleDocument(view, QFont(), QPalette())


def selected_text(doc: ArticleDocument, start: int, end: int) -> str:
    # Qt marks paragraph breaks in selections with U+2029.
    return doc.cursor_for(start, end).selectedText().replace("\u2029", "\n\n")


def test_every_body_offset_round_trips(qapp: QApplication) -> None:
    view = article("First paragraph here.", "Second one.", "Third.")
    doc = typeset(view)
    for paragraph in view.paragraphs:
        for offset in range(paragraph.start, paragraph.end + 1):
            assert doc.to_body(doc.to_document(offset)) == offset


def test_spans_across_paragraphs_select_the_same_words(qapp: QApplication) -> None:
    view = article("First paragraph here.", "Second one.")
    doc = typeset(view)
    start, end = view.body.index("here"), view.body.index(" one")
    assert selected_text(doc, start, end) == view.body[start:end]


def test_the_title_block_is_not_body(qapp: QApplication) -> None:
    doc = typeset(article("Body text."))
    assert doc.to_body(0) is None
    assert doc.to_body(doc.first_body_position()) == 0


def test_characters_beyond_the_bmp_keep_offsets_aligned(qapp: QApplication) -> None:
    view = article("Faces 😀😀 then the target word.", "𝔉𝔯𝔞𝔨𝔱𝔲𝔯 again target.")
    doc = typeset(view)
    for word_start in (view.body.index("target"), view.body.rindex("target")):
        span = (word_start, word_start + len("target"))
        assert selected_text(doc, *span) == "target"
        cursor = QTextCursor(doc.document)
        cursor.setPosition(doc.to_document(span[0]))
        assert doc.to_body(cursor.position()) == span[0]
    for paragraph in view.paragraphs:
        for offset in range(paragraph.start, paragraph.end + 1):
            assert doc.to_body(doc.to_document(offset)) == offset


def test_the_byline_names_the_series_with_the_articles_part(qapp: QApplication) -> None:
    view = replace(article("Text."), issue="1929", series="The socialists who opposed Stalin")
    assert ", part" not in typeset(view).document.toPlainText()  # no part: the series alone
    text = typeset(replace(view, part=2)).document.toPlainText()
    assert "Issue 1929  ·  The socialists who opposed Stalin, part 2" in text
