"""One Markdown rendering of notes: safe HTML for the app and exports, plain words for lists."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from serge_desktop.core.note_markdown import WebLinks, note_html
from serge_desktop.core.note_text import Run, note_blocks, note_plain_text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def tags_of(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_underscores_and_stars_are_italic_everywhere() -> None:
    # The Preview underlined _x_ while the exports made it italic: one renderer decides.
    assert "<em>x</em>" in note_html("a _x_ b")
    assert "<em>x</em>" in note_html("a *x* b")
    assert "<strong>y</strong>" in note_html("__y__")
    [block] = note_blocks("a _x_ b")
    assert block.runs == (Run("a "), Run("x", italic=True), Run(" b"))


def test_html_typed_in_a_note_is_shown_as_typed() -> None:
    html = note_html("<script>alert(1)</script> <b>bold</b> <img src=x onerror=y>")
    assert [tag for tag, _ in tags_of(html).tags] == ["p"]
    assert "&lt;script&gt;" in html


def test_links_in_the_app() -> None:
    html = note_html(
        "[a](note:12) [b](event:6) [c](https://example.org/x) [d](mailto:a@b.org) "
        "[e](file:///etc/passwd) [f](javascript:alert(1)) [g](data:text/html,x) [h](note:x)"
    )
    hrefs = [attrs["href"] for tag, attrs in tags_of(html).tags if tag == "a"]
    assert hrefs == ["note:12", "event:6", "https://example.org/x", "mailto:a@b.org"]
    assert "".join(tags_of(html).text).split() == list("abcdefgh")


def test_links_in_an_export_refer_to_nothing_outside_it() -> None:
    html = note_html(
        "[a](note:12) [b](note:13) [c](https://example.org/x) <https://example.org/y>",
        web_links=WebLinks.AS_TEXT,
        in_app_links=lambda scheme, target: "#note-12" if target == 12 else None,
    )
    assert [attrs["href"] for tag, attrs in tags_of(html).tags if tag == "a"] == ["#note-12"]
    assert "c (https://example.org/x) https://example.org/y" in html


def test_images_outside_the_app_are_never_loaded() -> None:
    html = note_html("![a map](https://example.org/m.png) ![](file:///x.png) ![i](qrc:/icon.svg)")
    sources = [attrs["src"] for tag, attrs in tags_of(html).tags if tag == "img"]
    assert sources == ["qrc:/icon.svg"]
    assert "[a map]" in html and "[file:///x.png]" in html


def test_plain_text_has_no_marks() -> None:
    markdown = (
        "# Title\n\n**Bold** and _it_ with [a link](https://example.org) and `code`.\n\n"
        "- one\n- two\n\n> quoted\n"
    )
    assert note_plain_text(markdown) == (
        "Title\nBold and it with a link and code.\none\ntwo\nquoted"
    )
    [_, paragraph, *_] = note_blocks(markdown, web_addresses=True)
    assert paragraph.text == "Bold and it with a link (https://example.org) and code."
    kinds = [(b.kind, b.level) for b in note_blocks(markdown)]
    assert kinds == [("heading", 1), ("paragraph", 0), ("item", 1), ("item", 1), ("quote", 0)]


@pytest.mark.parametrize("markdown", ["", "   ", "\n\n"])
def test_an_empty_note_renders_to_nothing(markdown: str) -> None:
    assert note_html(markdown) == ""
    assert note_plain_text(markdown) == ""


_MARKDOWNISH = st.lists(
    st.sampled_from(
        [*"ab _*`[]()!<>#-:/\n\\~|", "note:1", "https://x.org", "<a ", "javascript:", "file:"]
    ),
    max_size=40,
).map("".join)


@given(_MARKDOWNISH, st.sampled_from(list(WebLinks)))
def test_no_note_makes_unsafe_html(markdown: str, web_links: WebLinks) -> None:
    parsed = tags_of(note_html(markdown, web_links=web_links))
    allowed_tags = {
        "p", "em", "strong", "a", "code", "pre", "ul", "ol", "li", "blockquote", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "br", "s", "table", "thead", "tbody", "tr", "th", "td",
    }  # fmt: skip
    for tag, attrs in parsed.tags:
        assert tag in allowed_tags, tag
        for name, value in attrs.items():
            assert name in {"href", "start", "style", "class"}, name
            if name == "href":
                assert value is not None
                assert value.startswith(("note:", "event:", "https:", "http:", "mailto:"))


@given(_MARKDOWNISH)
def test_plain_text_never_holds_a_link_in_markdown(markdown: str) -> None:
    text = note_plain_text(markdown)
    assert "](https://x.org)" not in text.replace("\\", "")


# Plain prose skips the parser; whatever it is, the HTML must be what the parser would make.
# Pieces of text that open (or almost open) Markdown's constructs, to be put together at random.
_PIECES = [
    "word", "é", "«", '"', "'", ".", ",", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "    ",
    "# ", "#", "- ", "-", "+ ", "1. ", "2) ", "> ", "===", "---", "***", "*", "_", "`", "```",
    "~~", "|", "| --- |", "&amp;", "&", "<b>", "[a](b)", "!", "\\", ":", "http://x.org",
]  # fmt: skip
_WORD = st.text(alphabet="abcdéœ'\",.:;()?«»/$%@{}", min_size=1, max_size=8).filter(
    lambda word: word[0] not in "'\"" or len(word) > 1
)


@pytest.mark.parametrize(
    "text",
    [
        "a  \nb", "a\n# b", "a\n- b", "a\n+ b", "a\n1. b", "a\n1) b", "a\n===", "a\n---",
        "a\n> b", "a\n***", "a\n```\nb", "~~a~~", "a\n    b", "\u00a0a", "a\u00a0\nb",
        "a | b\n--- | ---", "a &amp; b", "`a`", "a\\\nb", '"a" b', "a\n\n\nb", "a\tb", "<b>",
    ],
)  # fmt: skip
def test_what_opens_markdown_is_rendered_as_the_parser_renders_it(text: str) -> None:
    from serge_desktop.core.note_markdown import parsed_html

    assert note_html(text) == parsed_html(text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_any_text_renders_as_the_parser_renders_it(text: str) -> None:
    from serge_desktop.core.note_markdown import parsed_html
    from serge_desktop.core.note_text import parsed_blocks

    assert note_html(text) == parsed_html(text)
    assert note_blocks(text) == parsed_blocks(text)


@given(
    st.lists(
        st.tuples(st.lists(_WORD, min_size=1, max_size=6), st.sampled_from(["\n", "\n\n"])),
        min_size=1,
        max_size=5,
    )
)
def test_plain_prose_takes_the_short_way_to_the_same_html(
    lines: list[tuple[list[str], str]],
) -> None:
    from serge_desktop.core.note_markdown import is_plain_prose, parsed_html
    from serge_desktop.core.note_text import parsed_blocks

    text = "".join(" ".join(words) + end for words, end in lines).strip()
    if text[0].isalpha():
        assert is_plain_prose(text)  # the short way is taken, so this test can fail
    assert note_html(text) == parsed_html(text)
    assert note_blocks(text) == parsed_blocks(text)
