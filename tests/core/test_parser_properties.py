"""Property tests: any input is parsed or refused cleanly, and offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from serge_desktop.core.article import ParsedArticle
from serge_desktop.core.article_parser import parse_article, parse_source
from serge_desktop.core.errors import ArticleRejectedError, DocumentRejectedError

# Lines built from pieces the parsers react to, so shapes other than PLAIN get exercised.
_PIECES = st.sampled_from(
    ["", "", "---", "# ", "## ", "> ", ">", "Issue No. 5", "“", "”", '"', "‘", "V ictor",
     "Victor", "title: ", "please consider giving", "Subscribe to us", "  ", "\t", "\r", "*"]
)  # fmt: skip
_LINES = st.lists(st.lists(_PIECES, max_size=4).map("".join) | st.text(max_size=20), max_size=20)
_NEWSPAPER_HEAD = "Paper\n\nHead\n\nStand\n\nIssue No. 7\n\n"
_HEADERS = st.sampled_from(["", _NEWSPAPER_HEAD, "---\ntitle: T\n---\n"])
_SHAPED_TEXT = st.tuples(_HEADERS, _LINES.map("\n".join)).map("".join)


def _check(article: ParsedArticle) -> None:
    assert article.paragraphs
    assert article.headline
    assert article.body == "\n\n".join(p.text for p in article.paragraphs)
    for index, paragraph in enumerate(article.paragraphs):
        assert paragraph.index == index
        assert paragraph.text
        assert paragraph.text == paragraph.text.strip()
        assert "\n" not in paragraph.text
        assert article.body[paragraph.start : paragraph.end] == paragraph.text
    for quote in article.quotations:
        assert quote.text
        assert article.body[quote.start : quote.end] == quote.text


@given(st.binary(max_size=2000))
def test_parse_source_only_rejects_cleanly(raw: bytes) -> None:
    try:
        _, article = parse_source(raw)
    except (ArticleRejectedError, DocumentRejectedError):
        return
    _check(article)


@given(st.text(max_size=2000))
def test_parse_article_only_rejects_cleanly(text: str) -> None:
    try:
        article = parse_article(text)
    except ArticleRejectedError:
        return
    _check(article)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_SHAPED_TEXT)
def test_shaped_text_round_trips(text: str) -> None:
    try:
        article = parse_article(text)
    except ArticleRejectedError:
        return
    _check(article)
    try:
        _, from_bytes = parse_source(text.encode())
    except ArticleRejectedError:
        return  # the byte checks (binary sniffing) may refuse what parse_article accepts
    assert from_bytes.body == article.body
