"""Class packs carry the teacher's confirmed entities; hostile ones are refused untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.packs.errors import BrokenPackError, MemberListError
from serge_desktop.services.packs.pack_entities import ENTITIES_MEMBER
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from tests.services.entities.conftest import SEED_SLUG
from tests.services.pack_helpers import dump_database, members_of, write_pack


@pytest.fixture
def teachers_pack(tmp_path: Path) -> Path:
    with Workspace(tmp_path / "teacher") as teacher:
        teacher.entities.refresh()
        teacher.entities.confirm(names=["Nazis"], kind="organisation", display="Nazi Party")
        party = teacher.entities.find("Communist Party")
        teacher.entities.merge(names=["Communists"], into=party.id)
        teacher.entities.merge(names=["Russian"], into=teacher.entities.find("Russia").id)
        path = tmp_path / "teacher.sergepack"
        PackService(teacher).export(path, article_slugs=[SEED_SLUG], author="Ms Teacher")
    return path


def test_students_start_from_the_teachers_index(teachers_pack: Path, tmp_path: Path) -> None:
    with Workspace(tmp_path / "student") as student:
        student.entities.refresh()
        student.entities.reject(names=["Russian"])  # the student's own decision, made first
        packs = PackService(student)
        contents = packs.read(teachers_pack)
        assert packs.preview(contents).entities == 1  # only the Nazi Party is new here
        packs.import_pack(contents)
        student.entities.refresh()
        nazis = student.entities.find("Nazis")
        assert (nazis.name, nazis.kind, nazis.origin) == (
            "Nazi Party",
            EntityKind.ORGANISATION,
            "pack",
        )
        assert nazis.mentions == 1
        assert "Communists" in student.entities.find("Communist Party").aliases
        assert "Russian" not in student.entities.find("Russia").aliases  # the student's wins
        assert "Russian" not in {s.name for s in student.entities.suggestions()}


def test_the_pack_lists_its_entities_member(teachers_pack: Path) -> None:
    members = members_of(teachers_pack)
    manifest = json.loads(members["manifest.json"])
    assert manifest["entities"] == ENTITIES_MEMBER and ENTITIES_MEMBER in manifest["members"]
    names = {e["name"] for e in json.loads(members[ENTITIES_MEMBER])["entities"]}
    assert {"Victor Serge", "Nazi Party", "Petrograd"} <= names


@pytest.mark.parametrize(
    "document",
    [
        [],
        {"entities": {"name": "x"}},
        {"entities": ["Trotsky"]},
        {"entities": [{"kind": "event", "name": "Yalta"}]},
        {"entities": [{"kind": "person", "name": 7}]},
        {"entities": [{"kind": "person", "name": "\u200b\x07 "}]},
        {"entities": [{"kind": "person", "name": "x" * 900}]},
        {"entities": [{"kind": "person", "name": "A", "aliases": "B"}]},
        {"entities": [{"kind": "person", "name": "A", "aliases": ["B"] * 101}]},
        {"entities": [{"kind": "person", "name": "A"}] * 20_001},
    ],
    ids=lambda _: "",
)
def test_hostile_entities_refuse_the_pack_untouched(
    teachers_pack: Path, tmp_path: Path, document: object
) -> None:
    members = members_of(teachers_pack)
    members[ENTITIES_MEMBER] = json.dumps(document).encode()
    hostile = write_pack(tmp_path / "hostile.sergepack", members)
    with Workspace(tmp_path / "student") as student:
        database = student.database_path
        before = dump_database(database)
        with pytest.raises(BrokenPackError):
            PackService(student).read(hostile)
    assert dump_database(database) == before


def test_a_manifest_naming_a_missing_member_is_refused(teachers_pack: Path, tmp_path: Path) -> None:
    members = members_of(teachers_pack)
    manifest = json.loads(members["manifest.json"])
    manifest["entities"] = "elsewhere.json"
    members["manifest.json"] = json.dumps(manifest).encode()
    hostile = write_pack(tmp_path / "hostile.sergepack", members)
    with Workspace(tmp_path / "student") as student, pytest.raises(MemberListError):
        PackService(student).read(hostile)


def test_control_characters_in_names_are_cleaned(teachers_pack: Path, tmp_path: Path) -> None:
    members = members_of(teachers_pack)
    document = {"entities": [{"kind": "person", "name": "Evil\x1b[31m Name", "aliases": []}]}
    members[ENTITIES_MEMBER] = json.dumps(document).encode()
    pack = write_pack(tmp_path / "odd.sergepack", members)
    with Workspace(tmp_path / "student") as student:
        packs = PackService(student)
        packs.import_pack(packs.read(pack))
        assert student.entities.find("Evil [31m Name").name == "Evil [31m Name"
