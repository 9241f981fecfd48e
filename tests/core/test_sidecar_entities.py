"""The sidecar's people, places, organisations and works: read, and checked like its events."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.core.errors import SidecarError
from serge_desktop.core.sidecar import CuratedEntity, load_sidecar
from tests.core.test_sidecar_errors import ARTICLE, write

SEED = Path(__file__).resolve().parents[2] / "seeds" / "socialist-worker-1929-victor-serge.toml"


def test_entities_are_read_by_kind(tmp_path: Path) -> None:
    text = ARTICLE + (
        '[[people]]\nname = "Victor Serge"\naliases = ["Victor Lvovich Kibalchich"]\n'
        '[[works]]\nname = "Memoirs of a Revolutionary"\nnote = "1951"\n'
    )
    sidecar = load_sidecar(write(tmp_path, text))
    assert sidecar.entities == (
        CuratedEntity("person", "Victor Serge", ("Victor Lvovich Kibalchich",)),
        CuratedEntity("work", "Memoirs of a Revolutionary", (), "1951"),
    )


def test_a_sidecar_without_entities_has_none(tmp_path: Path) -> None:
    assert load_sidecar(write(tmp_path, ARTICLE)).entities == ()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('people = "Serge"\n', "'people' must be an array of tables"),
        ("[[places]]\naliases = []\n", "places 1: key 'name' is missing"),
        ('[[places]]\nname = ""\n', "places 1: key 'name' must be a non-empty string"),
        ('[[works]]\nname = "X"\naliases = "Y"\n', "works 1 ('X'): key 'aliases' must be"),
        ('[[works]]\nname = "X"\naliases = [""]\n', "works 1 ('X'): key 'aliases' must be"),
        ('[[people]]\nname = "X"\nkind = "place"\n', "people 1: key 'kind' is not a known key"),
        ('[[events_people]]\nname = "X"\n', "key 'events_people' is not a known key"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(SidecarError, match=message.replace("(", r"\(").replace(")", r"\)")):
        # A bare key belongs before the first table, or TOML puts it in [article].
        text = extra + ARTICLE if not extra.startswith("[") else ARTICLE + extra
        load_sidecar(write(tmp_path, text))


def test_the_seed_lists_what_the_article_names() -> None:
    entities = load_sidecar(SEED).entities
    kinds = {entity.kind for entity in entities}
    assert kinds == {"person", "place", "organisation", "work"}
    serge = next(entity for entity in entities if entity.name == "Victor Serge")
    assert "Victor Lvovich Kibalchich" in serge.aliases
