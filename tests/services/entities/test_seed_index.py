"""Done means: the seed's index lists its people, places, organisations and works, each linked
to every passage that names it."""

from __future__ import annotations

import re

import pytest

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.workspace import Workspace
from tests.services.entities.conftest import SEED_SLUG

# (name, kind, the words that name it in the text as a regular expression)
EXPECTED = [
    ("Victor Serge", EntityKind.PERSON, r"\b(?:Victor )?Serge\b"),
    ("Leon Trotsky", EntityKind.PERSON, r"\bTrotsky\b"),
    ("Joseph Stalin", EntityKind.PERSON, r"\bStalin\b"),
    ("Petrograd", EntityKind.PLACE, r"\bPetrograd\b"),
    ("Brussels", EntityKind.PLACE, r"\bBrussels\b"),
    ("Paris", EntityKind.PLACE, r"\bParis\b"),
    ("Mexico", EntityKind.PLACE, r"\bMexico\b"),
    ("Russia", EntityKind.PLACE, r"\bRussia\b"),
    ("France", EntityKind.PLACE, r"\bFrance\b"),
    ("Germany", EntityKind.PLACE, r"\bGermany\b"),
    ("Austria", EntityKind.PLACE, r"\bAustria\b"),
    ("Left Opposition", EntityKind.ORGANISATION, r"\bLeft Opposition\b"),
    ("Communist Party", EntityKind.ORGANISATION, r"\bCommunist Party\b"),
    ("The Case of Comrade Tulayev", EntityKind.WORK, r"\bThe Case of Comrade Tulayev\b"),
    ("Memoirs of a Revolutionary", EntityKind.WORK, r"\bMemoirs of a Revolutionary\b"),
]


@pytest.mark.parametrize(("name", "kind", "pattern"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_entity_is_linked_to_every_passage_naming_it(
    indexed: Workspace, name: str, kind: EntityKind, pattern: str
) -> None:
    body = indexed.library.article_view(SEED_SLUG).body
    entity = indexed.entities.find(name)
    assert (entity.name, entity.kind) == (name, kind)
    page = indexed.entities.page(entity.id)
    found = [(line.passage.start, line.passage.end) for line in page.mentions]
    expected = [match.span() for match in re.finditer(pattern, body)]
    assert expected, f"the seed no longer names {name}"
    assert found == expected
    for line in page.mentions:
        assert body[line.passage.start : line.passage.end] == line.keyword
        paragraph = indexed.library.article_view(SEED_SLUG).paragraphs[line.passage.paragraph]
        assert paragraph.start <= line.passage.start < paragraph.end


def test_victor_serge_has_his_birth_name_as_an_alias(indexed: Workspace) -> None:
    serge = indexed.entities.find("Victor Lvovich Kibalchich")
    assert serge.name == "Victor Serge"
    assert "Victor Lvovich Kibalchich" in serge.aliases
    assert serge.origin == "curated"


def test_the_index_counts_and_filters(indexed: Workspace) -> None:
    everyone = indexed.entities.entities()
    assert len(everyone) >= 15
    people = indexed.entities.entities(kind=EntityKind.PERSON)
    assert {p.name for p in people} >= {"Victor Serge", "Leon Trotsky", "Joseph Stalin"}
    assert all(p.kind is EntityKind.PERSON for p in people)
    assert [e.name for e in indexed.entities.entities(text="kibal")] == ["Victor Serge"]
    article = indexed.library.get_summary(SEED_SLUG)
    in_article = indexed.entities.entities(article_id=article.id)
    assert {e.name for e in in_article} == {e.name for e in everyone if e.mentions}


def test_what_is_not_curated_stays_a_suggestion(indexed: Workspace) -> None:
    names = {s.name for s in indexed.entities.suggestions()}
    assert {"Nazis", "Russian Revolution", "October Revolution"} <= names
    confirmed = {alias for e in indexed.entities.entities() for alias in e.aliases}
    assert not names & confirmed


def test_places_are_located(indexed: Workspace) -> None:
    paris = indexed.entities.page(indexed.entities.find("Paris").id)
    assert paris.latitude == pytest.approx(48.85, abs=0.1)
    assert paris.country_code == "FR"
    petrograd = indexed.entities.page(indexed.entities.find("Petrograd").id)
    assert petrograd.country_code == "RU"
    russia = indexed.entities.page(indexed.entities.find("Russia").id)
    assert (russia.country_code, russia.latitude) == ("RU", None)


def test_an_entity_page_has_its_events_and_notes(indexed: Workspace) -> None:
    article = indexed.library.article_view(SEED_SLUG)
    start = article.body.index("links with Trotsky")
    indexed.notes.create_note(
        article_id=article.id, revision_id=article.revision_id, start=start,
        end=start + len("links with Trotsky"), body="the break",
    )  # fmt: skip
    other = article.body.index("a heart attack")
    indexed.notes.create_note(
        article_id=article.id, revision_id=article.revision_id, start=other,
        end=other + 5, body="Trotsky had been killed seven years before",
    )  # fmt: skip
    trotsky = indexed.entities.find("Trotsky")
    page = indexed.entities.page(trotsky.id)
    labels = {event.label for event in page.events}
    assert {"Breaks with Trotsky", "In Trotsky’s Left Opposition"} <= labels
    assert "Dies of a heart attack" not in labels
    assert {note.body for note in page.notes} == {
        "the break",
        "Trotsky had been killed seven years before",
    }
    assert indexed.entities.event_ids(trotsky.id) == {event.event_id for event in page.events}


def test_keyword_in_context_lines(indexed: Workspace) -> None:
    page = indexed.entities.page(indexed.entities.find("Mexico").id)
    (line,) = page.mentions
    assert line.keyword == "Mexico"
    assert line.before.endswith("he sought asylum in ")
    assert line.after == ". Even there he was attacked and nearly killed by Stalin’s…"
    assert line.passage.slug == SEED_SLUG
