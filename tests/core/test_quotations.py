"""Finding quotations in a body, across paragraphs by the paper's convention."""

from __future__ import annotations

from serge_desktop.core.quotations import find_quotations, is_quotation_paragraph


def _texts(body: str) -> list[str]:
    quotes = find_quotations(body)
    for quote in quotes:
        assert body[quote.start : quote.end] == quote.text
    return [quote.text for quote in quotes]


def test_curly_quotations_exclude_the_marks() -> None:
    assert _texts("He said “yes” and “no”.") == ["yes", "no"]


def test_straight_quotations_pair_up() -> None:
    assert _texts('He said "yes" and "no".') == ["yes", "no"]


def test_nested_single_quotes_stay_inside() -> None:
    assert _texts("“It is said that ‘the germ was there’. Well.”") == [
        "It is said that ‘the germ was there’. Well."
    ]


def test_nested_double_curly_quotes_stay_inside() -> None:
    assert _texts("“He called it “planned” at first.” After.") == [
        "He called it “planned” at first."
    ]


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    body = "Said: “I own nothing.\n\n“On several occasions.\n\n“Last part.” Done."
    assert _texts(body) == ["I own nothing.", "On several occasions.", "Last part."]


def test_stray_closing_mark_and_empty_quotes_are_ignored() -> None:
    assert _texts("Odd” text “” and “ ” here.") == []


def test_spaces_inside_the_marks_are_trimmed() -> None:
    assert _texts("“ spaced ”") == ["spaced"]


def test_is_quotation_paragraph() -> None:
    assert is_quotation_paragraph("“Only, Bolshevism also…")
    assert is_quotation_paragraph('"Straight."')
    assert not is_quotation_paragraph("He said “so”.")
    assert not is_quotation_paragraph("‘Single’ opening.")
