"""What the reader types becomes quoted FTS5 strings; no text can become FTS5 syntax."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.search_query import MAX_WORDS, fts_query, whole_word_query


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Victor Serge", '"Victor" "Serge"*'),
        ("kib", '"kib"*'),
        ("NOT (serge OR trotsky)", '"NOT" "serge" "OR" "trotsky"*'),
        ("body:paris", '"body paris"*'),
        ('"left opposition"', '"left" "opposition"*'),
        ("-stalin ^petrograd NEAR(ab cd)", '"stalin" "petrograd" "NEAR ab" "cd"*'),
        ("don't", '"don t"'),
        ("l'anarchie", '"l anarchie"*'),
        ("Kibaltchiché", '"Kibaltchiché"*'),
        ("1919*", '"1919"*'),
        ("  serge  ", '"serge"*'),
        ("victor s", '"victor" "s"'),
        ("s", '"s"'),
        ("l'a", '"l a"'),
        ("se", '"se"*'),
    ],
)
def test_words_become_quoted_strings(typed: str, expected: str) -> None:
    assert fts_query(typed) == expected


@pytest.mark.parametrize("typed", ["", "   \n\t", '"', "()", "* : ^ -", "\x00", "\u0301 \u0301"])
def test_nothing_to_search_for(typed: str) -> None:
    assert fts_query(typed) == ""


def test_a_pasted_page_is_cut_to_a_few_words() -> None:
    assert fts_query("word " * 1000).count('"') == 2 * MAX_WORDS


@pytest.fixture(scope="module")
def fts_table() -> Iterator[sqlite3.Connection]:
    # The same tokenizer and prefix options as the library's index (schema 3).
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, b, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    connection.execute(
        "INSERT INTO t (a, b) VALUES ('Victor Kibaltchiché', 'AND OR NOT \" * : ( ) -')"
    )
    with contextlib.closing(connection):
        yield connection


@given(st.text())
def test_any_text_is_a_valid_query(fts_table: sqlite3.Connection, typed: str) -> None:
    query = fts_query(typed)
    assert "\x00" not in query
    assert query.count('"') % 2 == 0
    if query:
        fts_table.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()


@given(st.lists(st.sampled_from(['"', "(", ")", ":", "*", "^", "-", "+", "AND", "NEAR", "x"])))
def test_operator_soup_is_a_valid_query(fts_table: sqlite3.Connection, parts: list[str]) -> None:
    query = fts_query(" ".join(parts))
    if query:
        fts_table.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()


@pytest.mark.parametrize(
    ("typed", "whole"),
    [("victor serge", '"victor" "serge"'), ("Serge", '"Serge"'), ("s", ""), ("", ""), ("a b", "")],
)
def test_the_whole_word_query_drops_only_the_prefix_star(typed: str, whole: str) -> None:
    assert whole_word_query(typed) == whole
