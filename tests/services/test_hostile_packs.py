"""A hostile or broken pack is refused with a plain message, and the library is left unchanged."""

from __future__ import annotations

import json
import stat
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.services.packs import errors as e
from serge_desktop.services.packs.json_guard import MAX_JSON_DEPTH, json_depth
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.policy import Policy
from serge_desktop.services.workspace import Workspace
from tests.services.pack_helpers import (
    dump_database,
    edit_manifest,
    make_pack,
    members_of,
    write_pack,
)


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("teacher")
    return make_pack(folder / "data", folder / "good.sergepack", "Ms Rivera", {
        "Victor Serge": "Who was he?",
    })  # fmt: skip


@pytest.fixture
def student(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "student") as workspace:
        yield workspace


def refused(workspace: Workspace, pack: Path, error: type[Exception]) -> str:
    """Import ``pack``, expect ``error``, prove that no table changed; the message."""
    before = dump_database(workspace.database_path)
    packs = PackService(workspace)
    with pytest.raises(error) as caught:
        packs.import_pack(packs.read(pack))
    assert dump_database(workspace.database_path) == before
    assert not (workspace.data_dir / "backups").exists() or not any(
        (workspace.data_dir / "backups").iterdir()
    ), "a refused pack is refused before the backup"
    return str(caught.value)


def test_the_good_pack_imports(student: Workspace, good_pack: Path) -> None:
    # The control: every refusal below is of a pack that differs from this one in one way.
    packs = PackService(student)
    assert packs.import_pack(packs.read(good_pack)).preview.notes == 1


def test_not_a_zip(student: Workspace, tmp_path: Path) -> None:
    pack = tmp_path / "notes.sergepack"
    pack.write_text("just some text", encoding="utf-8")
    assert "not a zip" in refused(student, pack, e.NotAPackError)


def test_over_200_mb(student: Workspace, tmp_path: Path) -> None:
    pack = tmp_path / "big.sergepack"
    with pack.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024 + 1)  # sparse: no 200 MB written
    assert "200 MB" in refused(student, pack, e.PackTooLargeError)


def test_over_10000_members(student: Workspace, tmp_path: Path) -> None:
    pack = tmp_path / "many.sergepack"
    with zipfile.ZipFile(pack, "w") as archive:
        for number in range(10_001):
            archive.writestr(f"m/{number}", b"")
    assert "10,000" in refused(student, pack, e.TooManyMembersError)


@pytest.mark.parametrize(
    "name", ["../escape.txt", "articles/../../x.txt", "/etc/passwd", "C:/Windows/x", "a\\b.txt"]
)
def test_unsafe_member_names(
    student: Workspace, good_pack: Path, tmp_path: Path, name: str
) -> None:
    members = members_of(good_pack)
    members[name] = b"x"
    pack = write_pack(tmp_path / "names.sergepack", members)
    assert "unsafe name" in refused(student, pack, e.UnsafeMemberError)


@pytest.mark.parametrize("kind", [stat.S_IFLNK, stat.S_IFCHR, stat.S_IFIFO, stat.S_IFBLK])
def test_links_and_special_files(
    student: Workspace, good_pack: Path, tmp_path: Path, kind: int
) -> None:
    pack = tmp_path / "link.sergepack"
    with zipfile.ZipFile(pack, "w") as archive:
        for name, data in members_of(good_pack).items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("articles/link.txt")
        link.create_system = 3  # Unix: the mode in the high bits is meaningful
        link.external_attr = (kind | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert "link or a special file" in refused(student, pack, e.UnsafeMemberError)


def test_duplicate_names(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    pack = tmp_path / "twice.sergepack"
    with zipfile.ZipFile(pack, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is told to write
        for name, data in members_of(good_pack).items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", b"{}")
    assert "two files named" in refused(student, pack, e.DuplicateMemberError)


def test_a_zip_bomb(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = members_of(good_pack)
    members["articles/zeros.txt"] = bytes(30 * 1024 * 1024)  # deflates about 1000 to 1
    pack = write_pack(tmp_path / "bomb.sergepack", members)
    assert pack.stat().st_size * 100 < 30 * 1024 * 1024
    assert "far more data" in refused(student, pack, e.PackBombError)


def test_a_deep_manifest(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = members_of(good_pack)
    manifest = json.loads(members["manifest.json"])
    text = json.dumps(manifest)[:-1] + ', "deep": ' + "[" * 200 + "]" * 200 + "}"
    members["manifest.json"] = text.encode()
    pack = write_pack(tmp_path / "deep.sergepack", members, resign=False)
    assert "nested more than 64" in refused(student, pack, e.JsonTooDeepError)


def test_deep_annotations(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = members_of(good_pack)
    name = next(n for n in members if n.startswith("annotations/"))
    members[name] = ("[" * 100_000 + "]" * 100_000).encode()  # would crash json.loads
    pack = write_pack(tmp_path / "deep.sergepack", members)
    assert name in refused(student, pack, e.JsonTooDeepError)


def test_depth_is_counted_outside_strings() -> None:
    assert json_depth('{"a": "[[[[{{{{"}') == 1
    assert json_depth('["\\"[[", [[]]]') == 3
    assert json_depth("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH) == MAX_JSON_DEPTH


def test_a_wrong_checksum(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = members_of(good_pack)
    name = next(n for n in members if n.startswith("articles/"))
    members[name] = members[name].replace(b"Serge", b"Sergo", 1)
    pack = write_pack(tmp_path / "altered.sergepack", members, resign=False)
    assert "checksum" in refused(student, pack, e.ChecksumMismatchError)


def test_a_pack_for_a_newer_app(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = edit_manifest(members_of(good_pack), min_reader_version="0.4")
    pack = write_pack(tmp_path / "new.sergepack", members)
    message = refused(student, pack, e.PackTooNewError)
    assert message == "This pack needs Serge Desktop 0.4 or later; you have 0.1.0."


def test_a_listed_member_missing(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = members_of(good_pack)
    name = next(n for n in members if n.startswith("events/"))
    del members[name]
    pack = write_pack(tmp_path / "short.sergepack", members, resign=False)
    assert "listed but missing" in refused(student, pack, e.MemberListError)


def test_an_unlisted_member(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = members_of(good_pack)
    members["articles/smuggled.txt"] = b"not in the manifest"
    pack = write_pack(tmp_path / "extra.sergepack", members, resign=False)
    assert "does not list" in refused(student, pack, e.MemberListError)


def test_a_broken_annotation_file_refuses_everything(
    student: Workspace, good_pack: Path, tmp_path: Path
) -> None:
    members = members_of(good_pack)
    name = next(n for n in members if n.startswith("annotations/"))
    members[name] = b"{not json"
    pack = write_pack(tmp_path / "broken.sergepack", members)
    refused(student, pack, e.BrokenPackError)


def test_unknown_fields_are_ignored(student: Workspace, good_pack: Path, tmp_path: Path) -> None:
    members = edit_manifest(members_of(good_pack), future_field={"anything": [1, 2]}, rating=5)
    pack = write_pack(tmp_path / "future.sergepack", members)
    packs = PackService(student)
    assert packs.import_pack(packs.read(pack)).preview.notes == 1


def test_the_policy_can_forbid_imports(good_pack: Path, tmp_path: Path) -> None:
    policy = Policy(allow_import=False)
    with Workspace(tmp_path / "locked", policy=policy) as workspace:
        assert "does not allow importing" in refused(workspace, good_pack, e.PackNotAllowedError)


def test_an_event_without_a_sound_category_refuses_everything(
    student: Workspace, good_pack: Path, tmp_path: Path
) -> None:
    members = members_of(good_pack)
    name = next(n for n in members if n.startswith("events/"))
    document = json.loads(members[name])
    document["events"][0]["category"] = "x" * 61
    members[name] = json.dumps(document).encode()
    refused(student, write_pack(tmp_path / "long.sergepack", members), e.BrokenPackError)


def test_faint_or_odd_category_colours_are_replaced_not_obeyed(
    student: Workspace, good_pack: Path, tmp_path: Path
) -> None:
    members = members_of(good_pack)
    name = next(n for n in members if n.startswith("events/"))
    document = json.loads(members[name])
    document["events"][0]["category"] = "Pale"
    document["events"][1]["category"] = "Odd"
    document["categories"] = [
        {"name": "Pale", "color": "#fffff0"},
        {"name": "Odd", "color": "url(x)"},
        "not an object",
    ]
    members[name] = json.dumps(document).encode()
    student.timeline.delete_event(event_id=student.timeline.list_events(1)[0].id)
    student.timeline.delete_event(event_id=student.timeline.list_events(1)[0].id)
    packs = PackService(student)
    packs.import_pack(packs.read(write_pack(tmp_path / "odd.sergepack", members)))
    colours = {c.name: c.color for c in student.categories.list_categories()}
    assert colours["Pale"] != "#fffff0" and colours["Odd"] != "url(x)"
    assert all(colour.startswith("#") and len(colour) == 7 for colour in colours.values())
