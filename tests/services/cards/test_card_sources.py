"""Cards are made with their notes and events, follow their edits, and wait in the trash."""

from __future__ import annotations

from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.cards.study_helpers import cards_of
from tests.services.seed_notes import SEED_SLUG, note_on, seed_id
from tests.services.test_revisions_and_first_run import seed_text


def card_of_note(note_id: int) -> m.Card:
    return m.Card.get(m.Card.note == note_id)


def test_a_new_library_has_cards_for_its_events_and_none_for_notes(workspace: Workspace) -> None:
    events = workspace.timeline.list_events(seed_id(workspace))
    when = cards_of(kind="when")
    assert sorted(c.event_id for c in when) == sorted(e.id for e in events) and len(when) == 23
    pairs = cards_of(kind="order")
    assert 10 <= len(pairs) < 23  # about one per event: neighbours whose order is certain
    by_id = {e.id: e for e in events}
    for card in pairs:
        one, two = by_id[card.event_id], by_id[card.other_event_id]
        assert one.latest < two.earliest or two.latest < one.earliest
    assert cards_of(kind="cloze") == [] and all(c.phase == 0 for c in m.Card.select())


def test_what_a_note_makes(workspace: Workspace) -> None:
    highlight = note_on(workspace, "he reached Petrograd", color="green")
    plain = note_on(workspace, "he joined the Communist Party", body="Why then?")
    question = note_on(
        workspace, "gun-runner", body="Q: What else did he do?\nA: Translated, kept archives."
    )
    about = workspace.notes.create_note_about(article_id=seed_id(workspace), body="Big picture.")
    assert card_of_note(highlight.id).kind == "cloze"
    assert m.Card.get_or_none(m.Card.note == plain.id) is None
    assert card_of_note(question.id).kind == "question"
    assert m.Card.get_or_none(m.Card.note == about.id) is None
    marked = workspace.notes.set_makes_card(note_id=about.id, makes_card=True)
    assert marked.makes_card and card_of_note(about.id).kind == "recall"
    workspace.notes.set_makes_card(note_id=plain.id, makes_card=True)
    assert card_of_note(plain.id).kind == "cloze"


def test_a_card_follows_its_note_through_edits_colours_and_the_trash(
    workspace: Workspace,
) -> None:
    note = note_on(workspace, "he reached Petrograd", color="green")
    card = card_of_note(note.id)
    assert workspace.cards.face(card.id).answer == "he reached Petrograd"
    workspace.notes.update_body(note_id=note.id, body="The city was besieged.")
    assert workspace.cards.face(card.id).extra == "The city was besieged."
    workspace.notes.update_body(note_id=note.id, body="Q: Where did he arrive?\nA: Petrograd")
    assert (card_of_note(note.id).kind, workspace.cards.face(card.id).prompt) == (
        "question",
        "Where did he arrive?",
    )
    workspace.notes.update_body(note_id=note.id, body="")
    workspace.notes.set_color(note_id=note.id, color=None)
    assert card_of_note(note.id).source_state == "retired"
    workspace.notes.set_color(note_id=note.id, color="pink")
    assert (card_of_note(note.id).id, card_of_note(note.id).source_state) == (card.id, "ok")
    workspace.notes.delete_note(note_id=note.id)
    assert card_of_note(note.id).source_state == "trashed"
    row = workspace.cards.get_card(card.id)
    assert (row.state, row.is_suspended) == ("suspended", False)  # set aside, not by the reader
    workspace.notes.restore_note(note_id=note.id)
    assert card_of_note(note.id).source_state == "ok"
    workspace.notes.delete_note(note_id=note.id)
    workspace.notes.empty_trash()
    assert m.Card.get_or_none(m.Card.id == card.id) is None


def test_a_deleted_event_suspends_its_cards_and_undo_gives_them_back(
    workspace: Workspace,
) -> None:
    article_id = seed_id(workspace)
    event = workspace.timeline.list_events(article_id)[5]
    linked = {c.id for c in m.Card.select().where(
        (m.Card.event == event.id) | (m.Card.other_event == event.id)
    )}  # fmt: skip
    assert linked
    m.Card.update(reps=3).where(m.Card.id.in_(linked)).execute()  # some history to keep
    snapshot = workspace.timeline.delete_event(event_id=event.id)
    for card in m.Card.select().where(m.Card.id.in_(linked)):
        assert card.source_state == "gone"
    fresh = workspace.timeline.create_event(
        article_id=article_id, fields=EventFields("1950", "1950", "Later", "life")
    )
    assert m.Card.get(m.Card.event == fresh.id).reps == 0  # never the deleted event's history
    workspace.timeline.delete_event(event_id=fresh.id)
    workspace.timeline.restore_event(snapshot)
    restored = list(m.Card.select().where(m.Card.id.in_(linked)))
    assert {c.source_state for c in restored} == {"ok"} and {c.reps for c in restored} == {3}
    assert {c.event_id == event.id or c.other_event_id == event.id for c in restored} == {True}


def test_two_events_made_to_overlap_retire_their_pair(workspace: Workspace) -> None:
    article_id = seed_id(workspace)
    events = workspace.timeline.list_events(article_id)
    pair = m.Card.get(m.Card.kind == "order")
    first = next(e for e in events if e.id == pair.event_id)
    other = next(e for e in events if e.id == pair.other_event_id)
    before = workspace.timeline.update_event(
        event_id=first.id,
        fields=EventFields(other.edtf, other.date_text, first.label, first.category),
    )
    assert m.Card.get_by_id(pair.id).source_state == "retired"
    workspace.timeline.update_event(event_id=first.id, fields=before)
    assert m.Card.get_by_id(pair.id).source_state == "ok"


def test_a_card_keeps_its_passage_when_the_text_changes(
    workspace: Workspace, tmp_path: Path
) -> None:
    note = note_on(workspace, "he reached Petrograd", color="yellow")
    card = card_of_note(note.id)
    changed = tmp_path / "serge-revised.txt"
    changed.write_text(
        seed_text().replace("V ictor Serge was born", "V ictor Serge, the writer, was born"),
        encoding="utf-8",
    )
    workspace.importer.import_file(changed)
    view = workspace.library.article_view(SEED_SLUG)
    evidence = workspace.cards.face(card.id).evidence
    assert evidence is not None and evidence.is_placed
    assert view.body[evidence.start : evidence.end] == "he reached Petrograd"
    assert evidence.start > view.body.index("the writer")


def test_a_card_deleted_by_the_reader_is_not_made_again(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", color="yellow")
    card = card_of_note(note.id)
    assert workspace.cards.delete(card_ids=[card.id]) == (card.id,)
    workspace.notes.set_color(note_id=note.id, color="green")
    workspace.notes.update_body(note_id=note.id, body="Still a highlight.")
    assert m.Card.select().where(m.Card.note == note.id).count() == 1
    assert card_of_note(note.id).deleted_at is not None
    workspace.cards.undelete(card_ids=[card.id])
    assert workspace.cards.get_card(card.id).state == "new"


def test_one_card_per_note_and_per_event(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", color="yellow")
    card = card_of_note(note.id)
    with pytest.raises(pw.IntegrityError):
        m.Card.create(guid="x", kind="cloze", article=card.article_id, note=note.id, due_at=0)
    event = m.Card.get(m.Card.kind == "when")
    with pytest.raises(pw.IntegrityError):
        m.Card.create(
            guid="y", kind="when", article=card.article_id, event=event.event_id, due_at=0
        )


def test_an_event_given_a_deleted_events_id_gets_a_card_of_its_own(workspace: Workspace) -> None:
    article_id = seed_id(workspace)
    last = max(workspace.timeline.list_events(article_id), key=lambda event: event.id)
    waiting = m.Card.get((m.Card.event == last.id) & (m.Card.kind == "when"))
    workspace.timeline.delete_event(event_id=last.id)
    fresh = workspace.timeline.create_event(
        article_id=article_id, fields=EventFields("1950", "1950", "Later", "life")
    )
    assert fresh.id == last.id  # SQLite hands the id out again
    card = m.Card.get((m.Card.event == fresh.id) & (m.Card.kind == "when"))
    assert card.id != waiting.id and card.guid != waiting.guid
    assert m.Card.get_by_id(waiting.id).source_state == "gone"


def test_which_came_first_pairs_events_across_a_series(workspace: Workspace) -> None:
    seed = seed_id(workspace)
    text = "# The Opposition\n\nIn 1927 the Left Opposition was expelled.\n\nMore followed.\n"
    other = workspace.importer.import_bytes(text.encode(), source_name="part3.md").article
    series_id = m.Article.get_by_id(seed).series_id
    assert series_id is not None
    m.Article.update(series=series_id, part=3).where(m.Article.id == other.id).execute()
    made = workspace.timeline.create_event(
        article_id=other.id, fields=EventFields("1927", "1927", "Opposition expelled", "politics")
    )
    pairs = m.Card.select().where(
        (m.Card.kind == "order") & ((m.Card.event == made.id) | (m.Card.other_event == made.id))
    )
    partners = {c.event_id if c.other_event_id == made.id else c.other_event_id for c in pairs}
    assert partners and {m.TimelineEvent.get_by_id(p).article_id for p in partners} == {
        seed
    }  # paired with the seed's events: the series studies together
