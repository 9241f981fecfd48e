"""Class packs both ways: teacher → students → teacher, with real files and real libraries."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from serge_desktop.services.exports.csv_export import write_csv
from serge_desktop.services.packs.errors import ReadOnlyNoteError
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.timelinejs import OutputExistsError
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.pack_helpers import SEED_SLUG, dump_database, make_pack, note_on


def import_file(workspace: Workspace, path: Path) -> int | None:
    packs = PackService(workspace)
    return packs.import_pack(packs.read(path)).layer_id


def test_the_pack_holds_the_raw_source_events_and_w3c_notes(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "Ms Rivera", {
        "Victor Serge": "Who was he?",
    })  # fmt: skip
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        source = archive.read(f"articles/{SEED_SLUG}.txt")
        events = json.loads(archive.read(f"events/{SEED_SLUG}.json"))["events"]
        collection = json.loads(archive.read(f"annotations/{SEED_SLUG}.json"))
    assert manifest["format_version"] == 1 and manifest["author"] == "Ms Rivera"
    assert set(manifest["members"]) == {
        f"articles/{SEED_SLUG}.txt", f"events/{SEED_SLUG}.json", f"annotations/{SEED_SLUG}.json",
        "entities.json",  # the index of names (issue 17)
    }  # fmt: skip
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    assert source == (seeds / manifest["articles"][0]["source_name"]).read_bytes()
    assert events and {"edtf", "date_text", "label", "category", "quote"} <= set(events[0])
    assert collection["type"] == "AnnotationCollection"
    annotation = collection["first"]["items"][0]
    assert annotation["creator"]["name"] == "Ms Rivera"
    assert annotation["target"]["selector"][0]["exact"] == "Victor Serge"


def test_an_existing_pack_is_replaced_only_when_forced(tmp_path: Path) -> None:
    path = tmp_path / "t.sergepack"
    path.write_bytes(b"keep me")
    with Workspace(tmp_path / "t") as workspace:
        packs = PackService(workspace)
        with pytest.raises(OutputExistsError):
            packs.export(path, article_slugs=[SEED_SLUG], author="T")
        assert path.read_bytes() == b"keep me"
        packs.export(path, article_slugs=[SEED_SLUG], author="T", force=True)
    assert zipfile.is_zipfile(path)


def test_teacher_to_students_and_back(tmp_path: Path) -> None:
    teacher_pack = make_pack(tmp_path / "teacher", tmp_path / "teacher.sergepack", "Ms Rivera", {
        "Victor Serge": "Who was he?", "Russia": "Where, exactly?",
    })  # fmt: skip
    student_packs = []
    for name, words in (("Ana", "Petrograd"), ("Ben", "Trotsky")):
        folder = tmp_path / name
        with Workspace(folder) as student:
            import_file(student, teacher_pack)
            article = student.library.article_view(SEED_SLUG)
            # The teacher's notes are a layer: not in the student's own notes.
            assert student.notes.list_notes(article.id) == []
            layer = student.layers.layer_notes(article.id)
            assert {n.author for n in layer} == {"Ms Rivera"} and len(layer) == 2
            assert all(n.is_read_only and n.marks_text for n in layer)
            note_on(student, words, f"{name}'s answer", tags=["homework"])
            path = tmp_path / f"{name}.sergepack"
            PackService(student).export(path, article_slugs=[SEED_SLUG], author=name)
            student_packs.append(path)
    with Workspace(tmp_path / "teacher") as teacher:
        for path in student_packs:
            import_file(teacher, path)
        article = teacher.library.article_view(SEED_SLUG)
        assert len(teacher.notes.list_notes(article.id)) == 2  # the teacher's own, unchanged
        layers = teacher.layers
        assert sorted(layer.author for layer in layers.list_layers()) == ["Ana", "Ben"]
        notes = layers.layer_notes(article.id)
        assert {(n.author, n.quote, n.tags) for n in notes} == {
            ("Ana", "Petrograd", ("homework",)), ("Ben", "Trotsky", ("homework",)),
        }  # fmt: skip
        # The student's copy of the teacher's notes did not travel back: only their own.
        out = tmp_path / "class.csv"
        write_csv(layers.exported_layer_notes(["Ana", "Ben"]), out)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted((r["author"], r["quote"], r["note"]) for r in rows) == [
        ("Ana", "Petrograd", "Ana's answer"), ("Ben", "Trotsky", "Ben's answer"),
    ]  # fmt: skip


def test_importing_the_same_pack_again_replaces_its_notes(tmp_path: Path) -> None:
    first = make_pack(tmp_path / "t", tmp_path / "one.sergepack", "T", {"Victor Serge": "v1"})
    second = make_pack(tmp_path / "t", tmp_path / "two.sergepack", "T", {"Russia": "v2"})
    with Workspace(tmp_path / "s") as student:
        article = student.library.article_view(SEED_SLUG)
        events = len(student.timeline.list_events(article.id))
        layer = import_file(student, first)
        assert import_file(student, first) == layer
        assert len(student.layers.layer_notes(article.id)) == 1
        assert import_file(student, second) == layer  # the same articles and author: one pack
        assert sorted(n.body for n in student.layers.layer_notes(article.id)) == ["v1", "v2"]
        assert len(student.timeline.list_events(article.id)) == events  # none doubled
        assert [a.slug for a in student.library.list_articles()] == [SEED_SLUG]


def test_a_new_article_comes_with_its_events(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "T", {"Victor Serge": "n"})
    with Workspace(tmp_path / "s") as student:
        article = student.library.article_view(SEED_SLUG)
        events = len(student.timeline.list_events(article.id))
        # The student removed the seed: the pack brings it back whole.
        m.Article.delete().execute()
        packs = PackService(student)
        preview = packs.preview(packs.read(pack))
        assert preview.count("new") == 1 and preview.events == events and preview.notes == 1
        import_file(student, pack)
        article = student.library.article_view(SEED_SLUG)
        assert len(student.timeline.list_events(article.id)) == events


def test_layer_notes_are_read_only_and_left_out_of_own_lists(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "T", {"Victor Serge": "zanzibar"})
    with Workspace(tmp_path / "s") as student:
        import_file(student, pack)
        article = student.library.article_view(SEED_SLUG)
        (layer_note,) = student.layers.layer_notes(article.id)
        for change in (
            lambda: student.notes.update_body(note_id=layer_note.id, body="mine now"),
            lambda: student.notes.set_color(note_id=layer_note.id, color="pink"),
            lambda: student.notes.delete_note(note_id=layer_note.id),
            lambda: student.tags.add_tags(note_id=layer_note.id, names=["x"]),
        ):
            with pytest.raises(ReadOnlyNoteError):
                change()
        assert student.search.search("zanzibar").notes == ()
        assert student.library.get_summary(SEED_SLUG).notes == 0
        assert student.notes.list_trash() == [] and student.tags.list_tags() == []
        copy = student.notes.copy_to_own(note_id=layer_note.id)
        assert (copy.author, copy.quote, copy.body) == (None, "Victor Serge", "zanzibar")
        assert (copy.start, copy.end) == (layer_note.start, layer_note.end)
        assert [n.id for n in student.notes.list_notes(article.id)] == [copy.id]
        assert [hit.note_id for hit in student.search.search("zanzibar").notes] == [copy.id]


def test_hiding_an_author_is_remembered(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "T", {"Victor Serge": "n"})
    with Workspace(tmp_path / "s") as student:
        import_file(student, pack)
        article_id = student.library.article_view(SEED_SLUG).id
        student.layers.set_author_visible("T", False)
    with Workspace(tmp_path / "s") as student:
        layers = student.layers
        assert [layer.is_visible for layer in layers.list_layers()] == [False]
        assert layers.layer_notes(article_id) == []
        assert len(layers.layer_notes(article_id, visible_only=False)) == 1


def test_a_dry_run_preview_writes_nothing(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "T", {"Victor Serge": "n"})
    with Workspace(tmp_path / "s") as student:
        before = dump_database(student.database_path)
        packs = PackService(student)
        preview = packs.preview(packs.read(pack))
        assert (preview.author, preview.count("unchanged"), preview.notes) == ("T", 1, 1)
        assert dump_database(student.database_path) == before


def test_the_import_is_backed_up_first(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "T", {"Victor Serge": "n"})
    with Workspace(tmp_path / "s") as student:
        packs = PackService(student)
        result = packs.import_pack(packs.read(pack))
        assert result.backup.is_file() and "before-pack-import" in result.backup.name


def test_an_export_holds_layer_notes_only_when_asked(tmp_path: Path) -> None:
    from serge_desktop.services.exports.options import ExportOptions
    from serge_desktop.services.exports.records import exported_notes

    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "Ms Rivera", {"Russia": "Map"})
    with Workspace(tmp_path / "s") as student:
        note_on(student, "Victor Serge", "Mine")
        import_file(student, pack)
        own_only = ExportOptions(format="csv", article_slugs=(SEED_SLUG,))
        assert [(n.body, n.author) for n in exported_notes(student, own_only)] == [("Mine", None)]
        with_layers = ExportOptions(format="csv", article_slugs=(SEED_SLUG,), include_layers=True)
        found = {(n.body, n.author) for n in exported_notes(student, with_layers)}
        assert found == {("Mine", None), ("Map", "Ms Rivera")}
