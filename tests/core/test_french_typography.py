"""French typography for display: narrow no-break spaces, offsets kept or recoverable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.french_typography import (
    NARROW_NO_BREAK_SPACE,
    FrenchSpacing,
    french_spacing,
    with_inserted_spaces,
)

NNBSP = NARROW_NO_BREAK_SPACE


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Il répond : « Non. »", f"Il répond{NNBSP}: «{NNBSP}Non.{NNBSP}»"),
        ("Pourquoi ? Parce que !", f"Pourquoi{NNBSP}? Parce que{NNBSP}!"),
        ("un ; deux", f"un{NNBSP}; deux"),
        ("déjà\u00a0: fait", f"déjà{NNBSP}: fait"),
    ],
)
def test_spaces_before_the_marks_become_narrow_and_no_break(source: str, shown: str) -> None:
    spacing = french_spacing(source)
    assert spacing.text == shown
    assert spacing.gaps == ()


def test_where_the_source_has_no_space_a_gap_is_named() -> None:
    source = "«Non» dit-il; il rit: Quoi?! (!)"
    spacing = french_spacing(source)
    assert spacing.text == source  # nothing to replace
    # After «, after "Non", after "dit-il", after "rit", after "Quoi" (one gap for "?!").
    assert [source[i] for i in spacing.gaps] == ["«", "n", "l", "t", "i"]
    assert with_inserted_spaces(source).text == (
        f"«{NNBSP}Non{NNBSP}» dit-il{NNBSP}; il rit{NNBSP}: Quoi{NNBSP}?! (!)"
    )


@pytest.mark.parametrize(
    "source", ["à 12:30", "http://exemple.fr/?q=1", "un ratio de 3:1", "fin.\n: liste", ""]
)
def test_marks_inside_words_and_numbers_are_left_alone(source: str) -> None:
    assert french_spacing(source) == FrenchSpacing(source, ())


_ALPHABET = st.sampled_from([*"ab1 :;?!«»\u00a0\n.(/", NNBSP])


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_display_text_keeps_every_offset(source: str) -> None:
    spacing = french_spacing(source)
    # One character for one: every offset of the source is the same offset on screen.
    assert len(spacing.text) == len(source)
    for original, shown in zip(source, spacing.text, strict=True):
        assert original == shown or (original in " \u00a0\u2009" and shown == NNBSP)
    assert all(0 <= gap < len(source) for gap in spacing.gaps)


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_inserted_spaces_map_back_to_every_source_offset(source: str) -> None:
    inserted = with_inserted_spaces(source)
    shown = french_spacing(source).text
    for offset, char in enumerate(shown):
        index = inserted.to_display(offset)
        assert inserted.text[index] == char
        assert inserted.to_source(index) == offset
    assert inserted.to_display(len(source)) == len(inserted.text)
    # Only narrow no-break spaces were added.
    extra = len(inserted.text) - len(source)
    assert extra == len(french_spacing(source).gaps)
    assert inserted.text.count(NNBSP) - shown.count(NNBSP) == extra
