"""A pack whose cards member is hostile or broken is refused whole, the library left unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from serge_desktop.services.packs import errors as e
from serge_desktop.services.packs.pack_cards import MAX_CARDS
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from tests.services.pack_helpers import SEED_SLUG, dump_database, members_of, note_on, write_pack

CARDS = f"cards/{SEED_SLUG}.json"


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("teacher")
    pack = folder / "good.sergepack"
    with Workspace(folder / "data") as teacher:
        note_on(teacher, "he reached Petrograd", "Q: Where?\nA: Petrograd")
        PackService(teacher).export(pack, article_slugs=[SEED_SLUG], author="T", force=True)
    return pack


@pytest.fixture
def student(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "student") as workspace:
        yield workspace


def with_cards(good: Path, folder: Path, document: Any) -> Path:
    members = members_of(good)
    members[CARDS] = json.dumps(document).encode()
    return write_pack(folder / "bad.sergepack", members)


def refused(workspace: Workspace, pack: Path) -> str:
    before = dump_database(workspace.database_path)
    packs = PackService(workspace)
    with pytest.raises(e.BrokenPackError) as caught:
        packs.import_pack(packs.read(pack))
    assert dump_database(workspace.database_path) == before
    return str(caught.value)


def good_cards(good: Path) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = json.loads(members_of(good)[CARDS])["cards"]
    return cards


def test_the_good_pack_brings_its_card(student: Workspace, good_pack: Path) -> None:
    packs = PackService(student)
    packs.import_pack(packs.read(good_pack))
    assert [row.kind for row in student.cards.list_cards() if row.note_id] == ["question"]


@pytest.mark.parametrize(
    "document",
    [
        [],
        {"cards": "all of them"},
        {"cards": [42]},
        {"cards": [{"kind": "cloze", "note": "urn:x"}]},
        {"cards": [{"guid": "has space", "kind": "cloze", "note": "urn:x"}]},
        {"cards": [{"guid": "\x1b[2J", "kind": "cloze", "note": "urn:x"}]},
        {"cards": [{"guid": "x" * 65, "kind": "cloze", "note": "urn:x"}]},
        {"cards": [{"guid": "abc", "kind": "essay", "note": "urn:x"}]},
        {"cards": [{"guid": "abc", "kind": "cloze"}]},
        {"cards": [{"guid": "abc", "kind": "cloze", "note": "u" * 201}]},
        {"cards": [{"guid": "abc", "kind": "when", "events": []}]},
        {"cards": [{"guid": "abc", "kind": "order", "events": [{"edtf": "1919", "label": "a"}]}]},
        {"cards": [{"guid": "abc", "kind": "when", "events": [{"edtf": "soon", "label": "a"}]}]},
        {"cards": [{"guid": "abc", "kind": "when", "events": [{"edtf": "1919"}]}]},
        {"cards": [{"guid": "abc", "kind": "when", "events": [{"edtf": 1919, "label": "a"}]}]},
    ],
    ids=lambda document: json.dumps(document)[:40],
)
def test_a_malformed_cards_member_is_refused(
    student: Workspace, good_pack: Path, tmp_path: Path, document: Any
) -> None:
    assert "card" in refused(student, with_cards(good_pack, tmp_path, document))


def test_a_card_named_twice_is_refused(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    cards = good_cards(good_pack)
    pack = with_cards(good_pack, tmp_path, {"cards": [*cards, cards[0]]})
    assert "twice" in refused(student, pack)


def test_too_many_cards_are_refused(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    many = [{"guid": f"g{n}", "kind": "cloze", "note": "urn:x"} for n in range(MAX_CARDS + 1)]
    assert "more than" in refused(student, with_cards(good_pack, tmp_path, {"cards": many}))


def test_a_card_naming_what_the_pack_does_not_carry_is_left_out(
    student: Workspace, good_pack: Path, tmp_path: Path
) -> None:
    strangers = [
        {"guid": "stranger1", "kind": "question", "note": "urn:uuid:not-in-this-pack"},
        {"guid": "stranger2", "kind": "when", "events": [{"edtf": "1066", "label": "Hastings"}]},
    ]
    pack = with_cards(good_pack, tmp_path, {"cards": good_cards(good_pack) + strangers})
    packs = PackService(student)
    packs.import_pack(packs.read(pack))
    guids = {row.guid for row in student.cards.list_cards()}
    assert not guids & {"stranger1", "stranger2"}
    assert [row.kind for row in student.cards.list_cards() if row.note_id] == ["question"]
