"""Whatever the reader does to notes, each note has the card its rules call for, and no other."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from serge_desktop.services.cards.sources import note_card_kind
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.seed_notes import note_on

PASSAGES = ("he reached Petrograd", "he joined the Communist Party", "gun-runner")
BODIES = ("", "A thought.", "Q: Where?\nA: Petrograd", "q : Who?\na: him")
actions = st.lists(
    st.tuples(
        st.sampled_from(("add", "body", "color", "flag", "trash", "restore", "empty")),
        st.integers(0, 10),
        st.sampled_from(BODIES),
        st.sampled_from((None, "yellow", "pink")),
    ),
    min_size=1,
    max_size=12,
)


def expected(note: m.Note) -> tuple[str, str] | None:
    """(kind, source state) the rules give the note's card; None when it should have none."""
    kind = note_card_kind(note)
    card = m.Card.get_or_none(m.Card.note == note.id)
    if card is None:
        return None if kind is None or note.deleted_at is not None else ("missing", "")
    state = "trashed" if note.deleted_at is not None else ("ok" if kind else "retired")
    return (kind or card.kind, state)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_cards_follow_any_sequence_of_note_edits(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int, str, str | None]]
) -> None:
    with Workspace(tmp_path_factory.mktemp("follow") / "data") as workspace:
        notes = workspace.notes
        made: list[int] = []
        for action, pick, body, color in steps:
            live = [n.id for n in m.Note.select() if n.id in made]
            target = live[pick % len(live)] if live else None
            if action == "add" or target is None:
                made.append(note_on(workspace, PASSAGES[pick % 3], body=body, color=color).id)
            elif action == "body":
                notes.update_body(note_id=target, body=body)
            elif action == "color":
                notes.set_color(note_id=target, color=color)
            elif action == "flag":
                notes.set_makes_card(note_id=target, makes_card=pick % 2 == 0)
            elif action == "trash":
                notes.delete_note(note_id=target)
            elif action == "restore":
                notes.restore_note(note_id=target)
            else:
                notes.empty_trash()
            for note in m.Note.select():
                card = m.Card.get_or_none(m.Card.note == note.id)
                want = expected(note)
                got = None if card is None else (card.kind, card.source_state)
                assert want != ("missing", ""), f"note {note.id} has no card"
                assert got == want
