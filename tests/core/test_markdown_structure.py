"""Markdown keeps emphasis, headings and quotes; a subtitle is not jammed under the title."""

from __future__ import annotations

import pytest

from serge_desktop.core.article_parser import parse_article
from tests.core.document_checks import assert_well_formed, described


def test_emphasis_is_kept_as_marks_on_plain_text() -> None:
    article = parse_article(
        "# Serge\n\nHe **lived** in *exile*, writing _novels_ and `notes`,\n"
        "and [letters](http://x.y) to ***friends***.\n"
    )
    assert_well_formed(article)
    assert described(article) == [
        (
            "paragraph",
            0,
            "He lived in exile, writing novels and notes, and letters to friends.",
            [("lived", "bold"), ("exile", "italic"), ("novels", "italic"),
             ("friends", "italic"), ("friends", "bold")],
        )
    ]  # fmt: skip


def test_headings_and_block_quotes_keep_their_kind() -> None:
    article = parse_article("# Title\n\nIntro.\n\n## Exile\n\n> Quoted *words*.\n\n### Mexico\n")
    assert [(kind, level) for kind, level, _, _ in described(article)] == [
        ("paragraph", 0), ("heading", 2), ("block_quote", 0), ("heading", 3),
    ]  # fmt: skip
    assert article.paragraphs[2].is_quotation


@pytest.mark.parametrize(
    "text",
    [
        "# The title\n## A subtitle under it\n\nThe first paragraph.\n",
        "# The title\n*A subtitle under it*\n\nThe first paragraph.\n",
        "# The title\n\n_A subtitle under it_\n\nThe first paragraph.\n",
        "---\ntitle: The title\nsubtitle: A subtitle under it\n---\n\nThe first paragraph.\n",
    ],
)
def test_a_subtitle_becomes_the_standfirst(text: str) -> None:
    article = parse_article(text)
    assert (article.headline, article.standfirst) == ("The title", "A subtitle under it")
    assert [p.text for p in article.paragraphs] == ["The first paragraph."]


@pytest.mark.parametrize(
    "text",
    [
        "# The title\n\n## Introduction\n\nThe first paragraph.\n",  # a section, after a gap
        "# The title\n\nA first paragraph with *some* emphasis.\n",  # emphasis in part only
    ],
)
def test_a_first_section_or_paragraph_is_not_a_subtitle(text: str) -> None:
    article = parse_article(text)
    assert article.standfirst is None
    assert len(article.paragraphs) == len(text.split("\n\n")) - 1
