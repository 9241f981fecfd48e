"""Slugs from headlines: ASCII, short, never empty, unique on demand."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.slugs import MAX_SLUG_LENGTH, slugify, unique_slug


def test_headline_slug() -> None:
    assert slugify("He found the seeds of hope in Russia") == "he-found-the-seeds-of-hope-in-russia"


def test_accents_are_folded() -> None:
    assert slugify("Café à la Straße — Łódź, Ærø") == "cafe-a-la-strasse-lodz-aero"


def test_long_text_is_cut_at_a_word_boundary() -> None:
    slug = slugify("word " * 30)
    assert len(slug) <= MAX_SLUG_LENGTH
    assert slug.endswith("word")
    assert not slug.endswith("-")


def test_one_huge_word_is_cut_hard() -> None:
    assert slugify("a" * 100) == "a" * MAX_SLUG_LENGTH


def test_never_empty() -> None:
    assert slugify("") == "article"
    assert slugify("“—”") == "article"
    assert slugify("日本語") == "article"


def test_unique_slug_appends_numbers() -> None:
    assert unique_slug("serge", set()) == "serge"
    assert unique_slug("serge", {"serge"}) == "serge-2"
    assert unique_slug("serge", ["serge", "serge-2", "serge-3"]) == "serge-4"


@given(st.text())
def test_slugify_shape(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    assert len(slug) <= MAX_SLUG_LENGTH
