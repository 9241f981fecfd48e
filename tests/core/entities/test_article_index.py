"""Held-out articles of other shapes: French, crowded with names, and with none at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.core.article_parser import parse_source
from serge_desktop.core.entities.article_index import KnownNames, TextSpan, index_article
from serge_desktop.core.entities.gazetteer import shipped_gazetteer
from serge_desktop.core.entities.matcher import NameMatcher
from serge_desktop.core.entities.names import EntityKind, name_key

HELD_OUT = Path(__file__).parent / "held_out"
NOTHING_KNOWN = KnownNames(NameMatcher([]), {}, frozenset())


def occurrences(name: str, known: KnownNames = NOTHING_KNOWN) -> dict[str, tuple[int, str]]:
    """Each name found: (how often, its kind guess or "")."""
    _decoded, parsed = parse_source((HELD_OUT / name).read_bytes())
    spans = [TextSpan(p.index, p.start, p.end) for p in parsed.paragraphs]
    found: dict[str, tuple[int, str]] = {}
    for occurrence in index_article(parsed.body, spans, known, shipped_gazetteer()):
        assert parsed.body[occurrence.start : occurrence.end] == occurrence.surface
        count, _kind = found.get(occurrence.surface, (0, ""))
        found[occurrence.surface] = (count + 1, occurrence.kind.value if occurrence.kind else "")
    return found


def test_a_french_article() -> None:
    found = occurrences("french-rirette-maitrejean.md")
    assert found["Rirette Maîtrejean"] == (2, "")
    assert found["Kibaltchiche"][0] == 1
    assert found["Victor Kibaltchiche"][0] == 1
    assert found["Paris"] == (2, "place")
    assert found["Bruxelles"] == (1, "place")
    assert found["Genève"] == (1, "place")
    assert found["Russie"] == (1, "place")
    assert "En" not in found and "Après" not in found and "Plus" not in found


def test_an_article_crowded_with_names() -> None:
    found = occurrences("many-names.md")
    assert len(found) >= 60
    assert found["Comrade Gorkin"] == (1, "person")
    assert found["Fourth International"] == (1, "organisation")
    assert found["Independent Labour Party"] == (1, "organisation")
    assert found["Mexico City"] == (1, "place")
    assert found["Emergency Rescue Committee"] == (1, "organisation")
    assert found["Varian Fry"] == (1, "")
    assert found["Marseille"] == (1, "place")


def test_an_article_without_names() -> None:
    assert occurrences("no-names.md") == {}


def test_known_names_win_and_rejected_names_are_never_offered() -> None:
    known = KnownNames(
        NameMatcher(["Trotsky", "Leon Trotsky"]),
        {name_key("Trotsky"): EntityKind.PERSON, name_key("Leon Trotsky"): EntityKind.PERSON},
        frozenset({name_key("Coyoacán"), name_key("Mundo")}),
    )
    found = occurrences("many-names.md", known)
    assert found["Leon Trotsky"] == (1, "person")
    assert found["Trotsky"] == (1, "person")
    assert "Coyoacán" not in found and "Mundo" not in found


@pytest.mark.parametrize("name", sorted(p.name for p in HELD_OUT.iterdir()))
def test_indexing_is_repeatable(name: str) -> None:
    assert occurrences(name) == occurrences(name)
