"""Class packs with hostile text or structure: named refusals, nothing written (item 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.layers import LayersService
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.pack_helpers import (
    dump_database,
    edit_manifest,
    make_pack,
    members_of,
    write_pack,
)
from tests.services.seed_notes import note_on, seed_id


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("teacher")
    return make_pack(folder / "data", folder / "good.sergepack", "Ms Rivera", {
        "Victor Serge": "Who was he?",
    })  # fmt: skip


def with_annotation_text(pack: Path, out: Path, **changes: str) -> Path:
    """The pack with its first annotation's body text or tag replaced (raw JSON text)."""
    members = members_of(pack)
    name = next(n for n in members if n.endswith(".json") and "annotation" in n)
    document = json.loads(members[name])
    note = document["first"]["items"][0]
    if not isinstance(note["body"], list):
        note["body"] = [note["body"]]
    for entry in note["body"]:
        if entry.get("purpose") == "tagging" and "tag" in changes:
            entry["value"] = changes["tag"]
        elif entry.get("purpose") != "tagging" and "body" in changes:
            entry["value"] = changes["body"]
    if "tag" in changes and not any(e.get("purpose") == "tagging" for e in note["body"]):
        note["body"].append({"type": "TextualBody", "purpose": "tagging", "value": changes["tag"]})
    # ensure_ascii writes a lone surrogate as the escape \\ud800, as a hostile file would.
    members[name] = json.dumps(document, ensure_ascii=True).encode()
    return write_pack(out, members)


def refused_on_the_command_line(
    student: Path, pack: Path, capsys: pytest.CaptureFixture[str], words: str
) -> None:
    Workspace(student).close()
    before = dump_database(student / "library.sqlite3")
    code = main(["--data-dir", str(student), "pack", "import", str(pack)])
    _out, err = capsys.readouterr()
    assert code == 2, err
    assert words in err and "nothing was changed" in err and "Traceback" not in err
    assert dump_database(student / "library.sqlite3") == before
    assert not (student / "backups").exists() or not [
        p for p in (student / "backups").iterdir() if "pack" in p.name
    ]


@pytest.mark.parametrize("where", ["author", "body", "tag"])
def test_a_lone_surrogate_is_refused(
    tmp_path: Path, good_pack: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    hostile = tmp_path / "hostile.sergepack"
    if where == "author":
        write_pack(hostile, edit_manifest(members_of(good_pack), author="Ms \ud800 Rivera"))
    else:
        with_annotation_text(good_pack, hostile, **{where: "bad \ud800 text"})
    refused_on_the_command_line(tmp_path / "s", hostile, capsys, "not valid Unicode")


def test_a_reader_version_of_thousands_of_digits_is_refused(
    tmp_path: Path, good_pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = write_pack(
        tmp_path / "v.sergepack",
        edit_manifest(members_of(good_pack), min_reader_version="9" * 5000),
    )
    refused_on_the_command_line(tmp_path / "s", hostile, capsys, "odd app version")


def test_a_pack_listing_one_article_twice_is_refused(
    tmp_path: Path, good_pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = members_of(good_pack)
    manifest = json.loads(members["manifest.json"])
    manifest["articles"] = manifest["articles"] * 2
    hostile = write_pack(tmp_path / "twice.sergepack", {**members, "manifest.json": json.dumps(
        manifest).encode()})  # fmt: skip
    refused_on_the_command_line(tmp_path / "s", hostile, capsys, "twice")


def changed_article_pack(tmp_path: Path) -> Path:
    """A pack whose article has the seed's headline but a text of its own."""
    teacher = tmp_path / "teacher"
    with Workspace(teacher) as workspace:
        from serge_desktop.services.importer import bundled_article_paths

        [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
        changed = tmp_path / "changed.txt"
        changed.write_text(seed.read_text().replace("In 1908", "In the year 1908"))
        workspace.importer.update_file(changed)
    return make_pack(teacher, tmp_path / "changed.sergepack", "Ms Rivera", {"Serge": "note"})


def test_an_article_with_the_same_headline_but_another_text_stays_separate(
    tmp_path: Path,
) -> None:
    pack = changed_article_pack(tmp_path)
    with Workspace(tmp_path / "student") as student:
        mine = note_on(student, "In 1908 he went to Paris", body="my own note")
        packs = PackService(student)
        contents = packs.read(pack)
        [preview] = packs.preview(contents).articles
        assert preview.status == "new" and preview.same_headline
        packs.import_pack(contents)
        articles = student.library.list_articles()
        assert len(articles) == 2  # the pack's copy beside the reader's own
        [own] = student.notes.list_notes(seed_id(student))
        assert (own.id, own.placement, own.start, own.end) == (
            mine.id,
            "exact",
            mine.start,
            mine.end,
        )


def test_as_a_new_version_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = changed_article_pack(tmp_path)
    student = tmp_path / "student"
    code = main(["--data-dir", str(student), "pack", "import", "--as-revision", str(pack)])
    assert code == 0, capsys.readouterr().err
    with Workspace(student) as workspace:
        [article] = workspace.library.list_articles()
        assert article.revisions == 2


def test_links_with_ill_formed_ids_come_in_neutralised(tmp_path: Path, good_pack: Path) -> None:
    hostile = with_annotation_text(
        good_pack,
        tmp_path / "links.sergepack",
        body="See [huge](note:2147483660000000000000), [odd](note:²) and [fine](note:12).",
    )
    with Workspace(tmp_path / "student") as student:
        packs = PackService(student)
        packs.import_pack(packs.read(hostile))
        [note] = LayersService(m.database_proxy.obj).layer_notes(seed_id(student))
    assert note.body == "See huge, odd and [fine](note:12)."
