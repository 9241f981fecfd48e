"""Saved web pages: the article's text and metadata, without navigation, adverts or comments."""

from __future__ import annotations

import pytest

from serge_desktop.core.article import SourceFormat
from serge_desktop.core.article_parser import parse_source
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from tests.core.document_checks import PAGE, assert_well_formed, described, parse_sample

# Words of each page that are not its article: navigation, adverts, comments, apparatus, code.
NEWS_SITE = (
    "Advertisement", "crossword", "Subscribe", "cookies", "Ordered my copy", "underrated",
    "Most read", "Related", "Sign up", "Share on", "©",
)  # fmt: skip
BLOG_SITE = (
    "Lovely post", "Midnight in the Century", "Recent Posts", "Leave a Reply", "Previous:",
    "Posted in", "WordPress", "Skip to content",
)  # fmt: skip
WIKI_APPARATUS = (
    "[edit]", "edit]", "Jump to", "From Openpedia", "Rebellion suppressed", "Princeton",
    "Tambov", "Categories", "donate", "[1]", "Contents", "For other uses",
)  # fmt: skip
PAGE_CODE = (
    "alert", "INJECTED", "TEMPLATE TEXT", "STYLE TEXT", "enable JavaScript", "javascript",
    "steal", "onload", "cookie",
)  # fmt: skip


def test_a_news_article_without_its_site_around_it() -> None:
    article = parse_sample(PAGE)
    assert article.format is SourceFormat.HTML
    assert article.headline == "The writer who kept his notebooks"
    assert article.standfirst == (
        "Victor Serge filled notebooks in exile. A new edition shows how he worked."
    )
    assert article.author == "Ruth Calder"
    assert article.published == "2024-03-14"
    assert article.publication == "The Morning Ledger"
    assert article.source == "https://ledger.example/culture/2024/03/serge-notebooks"
    rows = described(article)
    assert rows[0][2].startswith("When Victor Serge left Marseille")
    assert rows[-1][2].endswith("never stopped thinking about the next one.")
    assert ("heading", 2, "A life in fragments", []) in rows
    assert [r[2][:12] for r in rows if r[0] == "block_quote"] == ["“I write so "]
    assert ("unguarded", "italic") in rows[1][3]
    assert ("November 1943", "bold") in [m for r in rows for m in r[3]]
    for boilerplate in NEWS_SITE:
        assert boilerplate not in article.body, boilerplate


def test_a_blog_post_without_its_comments_and_sidebar() -> None:
    article = parse_sample("html/blog_post.html")
    assert (article.headline, article.author, article.published, article.publication) == (
        "Reading Serge on the night bus",
        "Tom Aldous",
        "2023-10-02",
        "Marginal Notes",
    )
    rows = described(article)
    assert ("heading", 3, "What I would tell a friend", []) in rows
    assert ("The Case of Comrade Tulayev", "italic") in rows[0][3]
    for boilerplate in BLOG_SITE:
        assert boilerplate not in article.body, boilerplate


def test_an_encyclopedia_page_without_its_apparatus() -> None:
    article = parse_sample("html/wiki_page.html")
    assert article.headline == "Kronstadt rebellion"
    assert article.publication == "Openpedia"
    rows = described(article)
    assert ("heading", 2, "Background", []) in rows
    assert ("Petropavlovsk resolution", "italic") in [m for r in rows for m in r[3]]
    assert [r[2] for r in rows if r[0] == "block_quote"] == [
        "All power to the soviets and not to parties."
    ]
    for apparatus in WIKI_APPARATUS:
        assert apparatus not in article.body, apparatus


def test_a_page_with_no_article_text_is_refused_with_the_reason() -> None:
    with pytest.raises(DocumentRejectedError) as refused:
        parse_sample("html/no_article.html")
    assert refused.value.problem is DocumentProblem.NO_ARTICLE_TEXT
    assert str(refused.value) == "the page holds no article text"


def test_scripts_styles_and_handlers_leave_nothing_behind() -> None:
    article = parse_sample("html/scripts_page.html")
    assert article.headline == "Letters from Orenburg"
    assert len(article.paragraphs) == 3
    assert "A link that runs code stands here as its words alone." in article.body
    for code in PAGE_CODE:
        assert code not in article.body, code


def test_a_page_in_a_declared_legacy_encoding() -> None:
    page = (
        "<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>Письма</title></head>"
        "<body><article><h1>Письма</h1><p>" + "Виктор Серж писал друзьям из Оренбурга. " * 8 +
        "</p></article></body></html>"
    ).encode("cp1251")  # fmt: skip
    decoded, article = parse_source(page, "letters.html")
    assert decoded.encoding == "cp1251" and not decoded.used_fallback
    assert article.headline == "Письма"
    assert article.paragraphs[0].text.startswith("Виктор Серж писал друзьям")


def test_a_page_is_recognised_without_its_suffix() -> None:
    page = b"<!doctype html><html><body><p>" + b"Words of the article itself. " * 10 + b"</p>"
    _, article = parse_source(page, "saved-page")
    assert article.format is SourceFormat.HTML
    assert_well_formed(article)


def test_deep_nesting_is_read_or_refused_without_a_crash() -> None:
    words = "<p>" + "Deep words here. " * 10 + "</p>"
    _, article = parse_source(("<html><body>" + "<div>" * 200 + words).encode(), "deep.html")
    assert article.paragraphs[0].text.startswith("Deep words here.")
    # 50,000 levels: lxml's parser stops at its depth limit, and what is left is no article.
    hostile = "<html><body>" + "<div>" * 50_000 + words
    with pytest.raises(DocumentRejectedError) as refused:
        parse_source(hostile.encode(), "hostile.html")
    assert refused.value.problem is DocumentProblem.NO_ARTICLE_TEXT
