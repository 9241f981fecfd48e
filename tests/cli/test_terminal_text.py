"""Text printed on a terminal: every control character escaped, everything else as it is."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.cli.terminal_text import terminal_safe


def test_escapes_controls_and_keeps_the_rest() -> None:
    assert terminal_safe("a\x1b[31mb\nc\td\u202ee\x9bf") == "a\\x1b[31mb\\nc\\td\\u202ee\\x9bf"
    assert terminal_safe("Émigrés — «l’anarchie»") == "Émigrés — «l’anarchie»"


@given(st.text())
def test_nothing_a_terminal_obeys_gets_through(text: str) -> None:
    categories = {unicodedata.category(c) for c in terminal_safe(text)}
    assert not categories & {"Cc", "Cf", "Cs", "Zl", "Zp"}
