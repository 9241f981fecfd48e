"""Links to notes and events are parsed strictly: ASCII digits within SQLite's range (item 5)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.link_targets import (
    MAX_ROW_ID,
    AppLink,
    LinkKind,
    neutralise_bad_links,
    parse_app_link,
    parse_row_id,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("note:12", AppLink(LinkKind.NOTE, 12)),
        ("EVENT:6", AppLink(LinkKind.EVENT, 6)),
        (f"note:{MAX_ROW_ID}", AppLink(LinkKind.NOTE, MAX_ROW_ID)),
        ("event:4294967302", AppLink(LinkKind.EVENT, 4294967302)),  # not wrapped round to 6
    ],
)
def test_well_formed_links(url: str, expected: AppLink) -> None:
    assert parse_app_link(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "note:2147483660" + "0" * 10,  # past SQLite's integer range
        f"note:{MAX_ROW_ID + 1}",
        "note:²",  # a superscript two: a digit to Unicode, not an id
        "note:١٢",  # Arabic-Indic digits
        "note:0",
        "note:-1",
        "note:+3",
        "note: 12",
        "note:12 ",
        "note:12abc",
        "note:",
        "file:12",
        "note12",
    ],
)
def test_anything_else_is_not_a_link(url: str) -> None:
    assert parse_app_link(url) is None


@given(st.text())
def test_parsing_never_fails_and_accepts_only_ascii_digits_in_range(text: str) -> None:
    value = parse_row_id(text)
    if value is not None:
        assert text.isascii() and text.isdigit() and 1 <= value <= MAX_ROW_ID
        assert str(value) == text.lstrip("0")


def test_ill_formed_links_keep_only_their_words() -> None:
    markdown = (
        "See [this](note:12), [that](note:²), [huge](event:99999999999999999999) and [ok](event:3)."
    )
    assert neutralise_bad_links(markdown) == "See [this](note:12), that, huge and [ok](event:3)."
