from __future__ import annotations

import pytest

from serge_desktop.core.entities.candidates import find_candidates
from serge_desktop.core.entities.names import EntityKind


def surfaces(text: str) -> list[str]:
    return [candidate.surface for candidate in find_candidates(text)]


def test_capitalised_runs_outside_sentence_starts() -> None:
    text = "In 1908 he went to Paris, where he met Victor Serge and the Left Opposition."
    assert surfaces(text) == ["Paris", "Victor Serge", "Left Opposition"]


def test_a_lone_capital_opening_a_sentence_is_not_a_name() -> None:
    assert surfaces("Serge became famous. Even there he wrote.") == []


def test_a_sentence_start_loses_its_function_word() -> None:
    assert surfaces("When the Nazis came. In January it snowed. Though Serge wrote.") == [
        "Nazis",
        "Serge",
    ]


def test_a_multiword_name_at_a_sentence_start_counts() -> None:
    assert surfaces("Victor Serge was born in Brussels in 1890.") == ["Victor Serge", "Brussels"]


def test_connectors_join_inside_a_name_but_never_end_one() -> None:
    text = "notably The Case of Comrade Tulayev and his Memoirs of a Revolutionary—Serge wrote"
    assert surfaces(text) == ["The Case of Comrade Tulayev", "Memoirs of a Revolutionary", "Serge"]
    assert [c.kind for c in find_candidates(text)] == [EntityKind.WORK, EntityKind.WORK, None]


def test_possessives_and_punctuation_end_a_name() -> None:
    assert surfaces("he joined Trotsky’s Left Opposition, then France.") == [
        "Trotsky",
        "Left Opposition",
        "France",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("a talk with Comrade Tulayev today", EntityKind.PERSON, "title"),
        ("a talk with comrade Tulayev today", EntityKind.PERSON, "title"),
        ("he joined the Communist Party then", EntityKind.ORGANISATION, "capitalised"),
        ("il entra au Parti communiste alors", EntityKind.ORGANISATION, "capitalised"),
        ("then Magdeleine Paz spoke", None, "capitalised"),
    ],
)
def test_shapes_suggest_a_kind(text: str, kind: EntityKind | None, source: str) -> None:
    (candidate,) = find_candidates(text)
    assert (candidate.kind, candidate.source) == (kind, source)


def test_months_ideas_and_single_letters_are_not_names() -> None:
    assert surfaces("it was in May that year, and Stalinism rose, as I said.") == []


def test_french_elision_keeps_the_name() -> None:
    assert surfaces("la ville d’Orléans et l’Humanité") == ["Orléans", "Humanité"]


def test_an_opening_quote_starts_a_sentence() -> None:
    assert surfaces("he said, “In every case we lose.”") == []


def test_offsets_are_into_the_whole_text() -> None:
    text = "First paragraph.\n\nthen Paris again"
    (candidate,) = find_candidates(text, 18, len(text))
    assert text[candidate.start : candidate.end] == "Paris"


def test_a_lone_sentence_start_word_can_be_accepted() -> None:
    assert [
        c.surface for c in find_candidates("Paris was grey.", accept_lone={"Paris"}.__contains__)
    ] == ["Paris"]
