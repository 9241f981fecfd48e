"""Publisher's trailing appeals and adverts, and nothing else, are taken out."""

from __future__ import annotations

import pytest

from serge_desktop.core.boilerplate import is_boilerplate, split_trailing_boilerplate

APPEAL = "If you enjoy Socialist Worker, please consider giving to our annual appeal."
MOBILE = "Mobile users! Don't forget to add Socialist Worker to your home screen."


@pytest.mark.parametrize(
    "text",
    [
        APPEAL,
        MOBILE,
        "Subscribe to Socialist Worker for just £5 a month.",
        "Sign up for our newsletter to get every issue.",
        "Donate today.",
        "Go here for details and to donate.",
    ],
)
def test_boilerplate_is_recognised(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "He gave his life to the revolution.",
        "The workers were asked to subscribe to the loan.",
        "A campaign was mounted in France for his release.",
    ],
)
def test_article_words_are_not_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


def test_only_trailing_boilerplate_is_removed() -> None:
    paragraphs = ["Start.", APPEAL, "Middle.", APPEAL, MOBILE]
    assert split_trailing_boilerplate(paragraphs) == (
        ["Start.", APPEAL, "Middle."],
        [APPEAL, MOBILE],
    )


def test_the_first_paragraph_is_always_kept() -> None:
    assert split_trailing_boilerplate([APPEAL, MOBILE]) == ([APPEAL], [MOBILE])
    assert split_trailing_boilerplate([]) == ([], [])
