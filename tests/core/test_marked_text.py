"""Marks follow their words when the text is tidied (whitespace, NFC, drop caps)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.article import InlineMark, InlineStyle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.marked_text import MarkedTextBuilder, tidy

ITALIC, BOLD = InlineStyle.ITALIC, InlineStyle.BOLD


def test_runs_side_by_side_and_nested_make_one_mark() -> None:
    builder = MarkedTextBuilder()
    builder.append("  One ", ())
    builder.append("two ", (ITALIC,))
    builder.append("three", (ITALIC, BOLD))
    builder.append("\n four ", ())
    marked = builder.build()
    assert marked.text == "One two three four"
    assert marked.marks == (InlineMark(4, 13, ITALIC), InlineMark(8, 13, BOLD))


def test_decomposed_accents_are_composed_and_marks_follow() -> None:
    text = "Caf" + "e\u0301" + " noir"
    marked = tidy(text, [InlineMark(text.index("noir"), len(text), ITALIC)])
    assert marked.text == "Café noir" and unicodedata.is_normalized("NFC", marked.text)
    assert marked.text[marked.marks[0].start : marked.marks[0].end] == "noir"


def test_a_repaired_drop_cap_moves_the_marks() -> None:
    draft = DraftParagraph("V ictor met Trotsky.", marks=(InlineMark(12, 19, ITALIC),))
    article = build_article(SourceFormat.PLAIN, "Victor", [draft])
    paragraph = article.paragraphs[0]
    assert paragraph.text == "Victor met Trotsky."
    mark = paragraph.marks[0]
    assert paragraph.text[mark.start : mark.end] == "Trotsky"


@given(
    st.lists(st.tuples(st.text(max_size=12), st.sampled_from([(), (ITALIC,), (BOLD,)])),
             max_size=12)
)  # fmt: skip
def test_marks_always_cover_words_inside_the_text(
    runs: list[tuple[str, tuple[InlineStyle, ...]]],
) -> None:
    builder = MarkedTextBuilder()
    for text, styles in runs:
        builder.append(text, styles)
    marked = builder.build()
    for mark in marked.marks:
        assert 0 <= mark.start < mark.end <= len(marked.text)
        words = marked.text[mark.start : mark.end]
        assert words == words.strip() and words


def _collapsed_by_characters(text: str) -> tuple[str, list[int]]:
    """The definition, one character at a time: runs of whitespace made one space, ends trimmed;
    each old offset mapped to where it lands (inside a run, the kept space's start)."""
    out: list[str] = []
    position = [0] * (len(text) + 1)
    pending_space = False
    for index, char in enumerate(text):
        position[index] = len(out)
        if char.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
            position[index] = len(out)
        out.append(char)
    position[len(text)] = len(out)
    return "".join(out), position


@given(st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u202fé")))
def test_the_fast_collapse_maps_every_offset_as_the_definition_does(text: str) -> None:
    from serge_desktop.core.marked_text import _Collapsed

    expected_text, expected_positions = _collapsed_by_characters(text)
    layout = _Collapsed(text)
    assert layout.text == expected_text
    assert [layout.where(offset) for offset in range(len(text) + 1)] == expected_positions


@given(st.text(alphabet=st.sampled_from("ab \t\n\u00a0é")), st.data())
def test_marks_on_plain_and_marked_text_agree_on_the_words(text: str, data: st.DataObject) -> None:
    # With no marks the text takes the fast way; with marks the mapped way: the same words.
    assert tidy(text).text == tidy(text, [InlineMark(0, len(text), ITALIC)]).text
