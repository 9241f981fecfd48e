"""Which of our languages a text is in: French, English, or honestly unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.language_detection import detect_language, guess_language
from serge_desktop.core.languages import Language, language_of_tag, language_or_english
from tests.core.seed import SEED_PATH

FRENCH_ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "victor-serge-fr.md"


def test_the_articles_are_told_apart() -> None:
    assert detect_language(FRENCH_ARTICLE.read_text(encoding="utf-8")) is Language.FRENCH
    assert detect_language(SEED_PATH.read_text(encoding="utf-8")) is Language.ENGLISH


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il est parti pour Paris avec sa famille.", Language.FRENCH),
        ("Ce n’est qu’en 1919 qu’il arrive à Petrograd.", Language.FRENCH),
        ("He left for Paris with his family in 1908.", Language.ENGLISH),
        ("It was the last book that he wrote.", Language.ENGLISH),
    ],
)
def test_one_sentence_is_enough(text: str, language: Language) -> None:
    assert detect_language(text) is language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1890–1947",
        "Victor Serge",
        "Der Hund läuft schnell über die Straße und bellt laut in der Nacht.",
        "El perro corre rápido por la calle y ladra fuerte en la noche oscura.",
        "Il cane corre veloce per la strada e abbaia forte nella notte, come sempre.",
    ],
)
def test_too_little_or_another_language_is_unknown(text: str) -> None:
    assert detect_language(text) is None


def test_a_mixed_text_goes_to_the_language_of_most_of_it() -> None:
    french = FRENCH_ARTICLE.read_text(encoding="utf-8")
    quoted = french + " He said: “the revolution is a hard school”."
    guess = guess_language(quoted)
    assert guess.language is Language.FRENCH and guess.share > 0.3


@given(st.text(max_size=300))
def test_any_text_gets_an_answer_or_none(text: str) -> None:
    guess = guess_language(text)
    assert guess.language in (None, Language.ENGLISH, Language.FRENCH)
    assert 0.0 <= guess.share <= 2.0


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("fr", Language.FRENCH),
        ("fr-CA", Language.FRENCH),
        ("FR_fr", Language.FRENCH),
        ("en", Language.ENGLISH),
        ("en-GB", Language.ENGLISH),
        ("de", None),
        ("pt-BR", None),
        ("", None),
        (None, None),
        ("français", None),
    ],
)
def test_tags_name_our_languages(tag: str | None, language: Language | None) -> None:
    assert language_of_tag(tag) is language
    assert language_or_english(tag) is (language or Language.ENGLISH)
