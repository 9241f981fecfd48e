"""Parsing whole articles: the seed in newspaper shape, Markdown, plain text and bad input."""

from __future__ import annotations

import pytest

from serge_desktop.core.article import ParsedArticle, SourceFormat
from serge_desktop.core.article_parser import detect_format, parse_article, parse_source
from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from tests.core.seed import SEED_PATH

SEED_PARAGRAPHS = 24  # 30 non-empty lines - 4 header lines - 2 trailing boilerplate paragraphs
SEED_QUOTATIONS = 10


@pytest.fixture(scope="module")
def seed() -> ParsedArticle:
    return parse_source(SEED_PATH.read_bytes())[1]


def _assert_offsets(article: ParsedArticle) -> None:
    assert article.body == "\n\n".join(p.text for p in article.paragraphs)
    for index, paragraph in enumerate(article.paragraphs):
        assert paragraph.index == index
        assert article.body[paragraph.start : paragraph.end] == paragraph.text
    for quote in article.quotations:
        assert article.body[quote.start : quote.end] == quote.text


def test_seed_metadata(seed: ParsedArticle) -> None:
    assert seed.format is SourceFormat.NEWSPAPER
    assert seed.publication == "Socialist Worker"
    assert seed.headline == "He found the seeds of hope in Russia"
    assert seed.standfirst is not None
    assert seed.standfirst.startswith("The second part in our series")
    assert seed.issue == "No. 1929"


def test_seed_paragraphs(seed: ParsedArticle) -> None:
    assert len(seed.paragraphs) == SEED_PARAGRAPHS
    assert seed.paragraphs[0].text.startswith("Victor Serge was born in Brussels in 1890.")
    assert "V ictor" not in seed.body
    assert seed.paragraphs[-1].text.startswith("A comrade described the corpse")
    _assert_offsets(seed)


def test_seed_boilerplate_removed(seed: ParsedArticle) -> None:
    assert "annual appeal" not in seed.body
    assert "Mobile users" not in seed.body
    assert len(seed.removed) == 2
    assert seed.removed[0].startswith("If you enjoy Socialist Worker, please consider giving")
    assert seed.removed[1].startswith("Mobile users!")


def test_seed_quotations(seed: ParsedArticle) -> None:
    texts = [q.text for q in seed.quotations]
    assert len(texts) == SEED_QUOTATIONS
    assert "How many times does a child fall before he learns to walk?" in texts
    assert "planned economy" in texts
    assert any("Planned by whom? Planned for whom? Planned with what end?" in t for t in texts)
    # Quoted across three paragraphs: each paragraph is its own quotation.
    assert "I have undergone" in texts[6] and texts[6].endswith("I own nothing.")
    assert texts[7].startswith("On several occasions")
    assert texts[8].endswith("than ever before.")


def test_seed_quotation_paragraphs(seed: ParsedArticle) -> None:
    quoted = [p for p in seed.paragraphs if p.is_quotation]
    assert [p.text[:8] for p in quoted] == ["“Only, B", "“On seve", "“Let me "]
    assert all(p.is_quotation == p.text.startswith("“") for p in seed.paragraphs)


def test_newspaper_is_tolerant_of_extra_blank_lines_and_crlf() -> None:
    raw = (
        b"The Paper\r\n\r\n\r\nA Headline\r\n\r\nA standfirst.\r\n\r\n"
        b"Issue 12\r\n\r\n\r\n\r\nB ody one.\r\nSecond paragraph names Body.\r\n"
    )
    decoded, article = parse_source(raw)
    assert decoded.text.count("\r") == 0
    assert article.format is SourceFormat.NEWSPAPER
    assert article.issue == "12"
    assert [p.text for p in article.paragraphs] == ["Body one.", "Second paragraph names Body."]


def test_newspaper_issue_forms() -> None:
    for line, issue in [("Issue No. 1929", "No. 1929"), ("issue no 7 — May", "no 7")]:
        article = parse_article(f"Paper\n\nHead\n\nStand\n\n{line}\n\nBody.")
        assert article.format is SourceFormat.NEWSPAPER
        assert article.issue == issue


def test_markdown_with_front_matter() -> None:
    text = (
        "---\n"
        'title: "Serge in Mexico"\n'
        "author: 'Ann O''Neil'\n"
        "date: 1947-11-17\n"
        "source: https://example.org/serge\n"
        "tags: [a, b]\n"
        "---\n\n"
        "# Serge in Mexico\n\n"
        "He **lived** in *exile*,\nwriting [books](http://x.y).\n\n"
        "## Last years\n\n"
        "> “A cloth bandage covered\n> the mouth.”\n\n"
        "Closing words.\n"
    )
    article = parse_article(text)
    assert article.format is SourceFormat.MARKDOWN
    assert article.headline == "Serge in Mexico"
    assert article.author == "Ann O'Neil"
    assert article.published == "1947-11-17"
    assert article.source == "https://example.org/serge"
    assert [p.text for p in article.paragraphs] == [
        "He lived in exile, writing books.",
        "Last years",
        "“A cloth bandage covered the mouth.”",
        "Closing words.",
    ]
    assert [p.is_quotation for p in article.paragraphs] == [False, False, True, False]
    assert [q.text for q in article.quotations] == ["A cloth bandage covered the mouth."]
    _assert_offsets(article)


def test_markdown_title_heading_without_front_matter() -> None:
    text = "# The Case of Comrade Tulayev\n\nA novel.\n\n# Part two\n\n> Quoted\n>\n> twice\n"
    article = parse_article(text)
    assert article.format is SourceFormat.MARKDOWN
    assert article.headline == "The Case of Comrade Tulayev"
    assert [(p.text, p.is_quotation) for p in article.paragraphs] == [
        ("A novel.", False),
        ("Part two", False),
        ("Quoted", True),
        ("twice", True),
    ]
    assert article.author is None


def test_markdown_front_matter_title_differs_from_heading() -> None:
    article = parse_article("---\ntitle: Given\n---\n# Other\n\nBody.")
    assert article.headline == "Given"
    assert [p.text for p in article.paragraphs] == ["Other", "Body."]


def test_markdown_front_matter_without_title_uses_first_line() -> None:
    article = parse_article("---\nauthor: Someone\n---\n\n## Small title\nFirst line.\n\nMore.")
    assert article.headline == "Small title"
    assert [p.text for p in article.paragraphs] == ["First line.", "More."]
    assert article.author == "Someone"


def test_unclosed_front_matter_is_not_markdown() -> None:
    assert detect_format("---\ntitle: x\n\nBody.") is SourceFormat.PLAIN


def test_plain_text() -> None:
    text = "  Memoirs of a Revolutionary  \n\nFirst paragraph\nwrapped   by hand.\n\n\n\nSecond.\n"
    article = parse_article(text)
    assert article.format is SourceFormat.PLAIN
    assert article.headline == "Memoirs of a Revolutionary"
    assert [p.text for p in article.paragraphs] == ["First paragraph wrapped by hand.", "Second."]
    assert article.publication is None and article.issue is None
    _assert_offsets(article)


def test_plain_title_block_continues_as_a_paragraph() -> None:
    article = parse_article("Title\nStraight into the text.\n\nNext.")
    assert article.headline == "Title"
    assert [p.text for p in article.paragraphs] == ["Straight into the text.", "Next."]


def test_cp1252_file_parses_with_fallback() -> None:
    raw = b"Caf\xe9 society\r\n\r\nShe said \x93caf\xe9\x94 twice.\r\n"
    decoded, article = parse_source(raw)
    assert decoded.used_fallback and decoded.encoding == "cp1252"
    assert article.headline == "Café society"
    assert [q.text for q in article.quotations] == ["café"]


def test_utf8_bom_file_parses() -> None:
    decoded, article = parse_source(b"\xef\xbb\xbf# Title\n\nBody.")
    assert article.format is SourceFormat.MARKDOWN
    assert article.headline == "Title"
    assert not decoded.used_fallback


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", RejectReason.EMPTY),
        (b" \n\n\t ", RejectReason.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", RejectReason.BINARY),
        (b"text \x81\x8d\x8f text", RejectReason.NOT_TEXT),
        (b"Only a title line\n", RejectReason.NO_PARAGRAPHS),
        (b"# Only a heading\n\n---\n", RejectReason.NO_PARAGRAPHS),
        (b"Paper\n\nHead\n\nStand\n\nIssue 5\n", RejectReason.NO_PARAGRAPHS),
    ],
)
def test_bad_input_is_rejected(raw: bytes, reason: RejectReason) -> None:
    with pytest.raises(ArticleRejectedError) as caught:
        parse_source(raw)
    assert caught.value.reason is reason


def test_whitespace_text_is_empty() -> None:
    with pytest.raises(ArticleRejectedError) as caught:
        parse_article("\u00a0\n \n")
    assert caught.value.reason is RejectReason.EMPTY
