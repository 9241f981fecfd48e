"""Text printed on a terminal: what a terminal obeys is escaped, the rest stays as written."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.terminal_text import shown_file_name, terminal_safe

# Bidirectional classes of the explicit embeddings, overrides, isolates and marks.
_BIDI_CONTROLS = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
_BIDI_MARKS = {"\u061c", "\u200e", "\u200f"}


def test_escapes_controls_and_keeps_the_rest() -> None:
    shown = "a\\x1b[31mb\\x0ac\\x09d\\u202ee\\u009bf"
    assert terminal_safe("a\x1b[31mb\nc\td\u202ee\x9bf") == shown
    assert terminal_safe("Émigrés — «l’anarchie»") == "Émigrés — «l’anarchie»"
    assert terminal_safe("one\u2028two") == "one\\u2028two"


def test_keeps_soft_hyphens_and_emoji_joiners() -> None:
    assert terminal_safe("Pé\u00adtro\u00adgrad 👩\u200d🏫") == "Pé\u00adtro\u00adgrad 👩\u200d🏫"


def test_a_whole_message_may_keep_its_tabs_and_lines() -> None:
    assert terminal_safe("a\tb\nc\x07", keep_layout=True) == "a\tb\nc\\x07"


@given(st.text())
def test_nothing_a_terminal_obeys_gets_through(text: str) -> None:
    shown = terminal_safe(text)
    assert not {unicodedata.category(c) for c in shown} & {"Cc", "Cs", "Zl", "Zp"}
    assert not {unicodedata.bidirectional(c) for c in shown} & _BIDI_CONTROLS
    assert not set(shown) & _BIDI_MARKS


def test_file_names_show_their_undecodable_bytes() -> None:
    assert shown_file_name("caf\udce9.txt") == "caf\\xe9.txt"
    assert shown_file_name("café.txt") == "café.txt"
