"""A class pack carries the teacher's cards; the student gets them as new cards of their own."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.cards.study_helpers import FixedClock, study_with
from tests.services.pack_helpers import SEED_SLUG, note_on


def teacher_pack(folder: Path) -> Path:
    pack = folder / "class.sergepack"
    with Workspace(folder / "teacher") as teacher:
        note_on(teacher, "he reached Petrograd", "Q: Where did he arrive?\nA: Petrograd")
        note_on(teacher, "he joined the Communist Party", "", color="yellow")
        note_on(teacher, "Victor Serge", "Only a note.")
        PackService(teacher).export(pack, article_slugs=[SEED_SLUG], author="Ms Rivera", force=True)
    return pack


def import_pack(workspace: Workspace, pack: Path) -> None:
    packs = PackService(workspace)
    packs.import_pack(packs.read(pack))


def layer_cards() -> list[m.Card]:
    notes = m.Note.select(m.Note.id).where(m.Note.layer.is_null(False))
    return list(m.Card.select().where(m.Card.note.in_(notes)).order_by(m.Card.id))


def test_the_students_get_the_teachers_cards_as_new_cards(tmp_path: Path) -> None:
    pack = teacher_pack(tmp_path)
    with zipfile.ZipFile(pack) as archive:
        carried = json.loads(archive.read(f"cards/{SEED_SLUG}.json"))["cards"]
    kinds = sorted(card["kind"] for card in carried)
    assert kinds.count("question") == 1 and kinds.count("cloze") == 1 and "recall" not in kinds
    with Workspace(tmp_path / "student") as student:
        own_cards = m.Card.select().count()
        import_pack(student, pack)
        cards = layer_cards()
        assert sorted(c.kind for c in cards) == ["cloze", "question"]
        assert {c.guid for c in cards} <= {card["guid"] for card in carried}
        assert {(c.phase, c.source_state) for c in cards} == {(0, "ok")}
        assert m.Card.select().count() == own_cards + 2  # the events' cards: the student's own
        faces = {student.cards.face(c.id).prompt for c in cards}
        assert "Where did he arrive?" in faces
        assert student.cards.face(cards[0].id).author == "Ms Rivera"


def test_importing_the_pack_again_keeps_the_cards_and_their_history(tmp_path: Path) -> None:
    pack = teacher_pack(tmp_path)
    with Workspace(tmp_path / "student") as student:
        import_pack(student, pack)
        [question] = [c for c in layer_cards() if c.kind == "question"]
        study = study_with(FixedClock())
        study.grade(card_id=question.id, grade=Grade.GOOD)
    newer = tmp_path / "newer.sergepack"
    with Workspace(tmp_path / "teacher") as teacher:  # the teacher rewords the question
        [note] = [n for n in teacher.notes.list_notes(1) if n.body.startswith("Q:")]
        teacher.notes.update_body(
            note_id=note.id, body="Q: Which city did he reach in 1919?\nA: Petrograd"
        )
        PackService(teacher).export(
            newer, article_slugs=[SEED_SLUG], author="Ms Rivera", force=True
        )
    with Workspace(tmp_path / "student") as student:
        import_pack(student, newer)
        cards = layer_cards()
        again = m.Card.get_by_id(question.id)
        assert len(cards) == 2 and again.reps == 1 and again.source_state == "ok"
        assert student.cards.face(again.id).prompt == "Which city did he reach in 1919?"
        assert m.CardReview.select().where(m.CardReview.card == again.id).count() == 1


def test_removing_the_teachers_layer_takes_its_cards(tmp_path: Path) -> None:
    pack = teacher_pack(tmp_path)
    with Workspace(tmp_path / "student") as student:
        import_pack(student, pack)
        [layer] = student.layers.list_layers()
        student.layers.remove_layer(layer.id)
        assert (
            layer_cards() == [] and m.Card.select().where(m.Card.note.is_null(False)).count() == 0
        )
