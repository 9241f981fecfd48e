"""All notes: every note of the library, filtered, a page at a time, in two orders."""

from __future__ import annotations

from pathlib import Path

from serge_desktop.services.all_notes import ANY_AUTHOR, NotesFilter, NotesOrder
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from tests.services.library_helpers import SEED_SLUG, add_article
from tests.services.pack_helpers import make_pack, note_on


def note_in(workspace: Workspace, article_id: int, words: str, body: str, **extra: object) -> int:
    view = workspace.library.article_view_by_id(article_id)
    start = view.body.index(words)
    return workspace.notes.create_note(
        article_id=article_id, revision_id=view.revision_id, start=start,
        end=start + len(words), body=body, **extra,  # type: ignore[arg-type]
    ).id  # fmt: skip


def all_pages(workspace: Workspace, notes_filter: NotesFilter, order: NotesOrder) -> list[int]:
    ids: list[int] = []
    page = workspace.all_notes.page(notes_filter, order=order, limit=2)
    ids += [n.note.id for n in page.notes]
    while page.next is not None:
        page = workspace.all_notes.page(notes_filter, order=order, after=page.next, limit=2)
        ids += [n.note.id for n in page.notes]
    return ids


def test_pages_cover_every_note_once_in_both_orders(workspace: Workspace) -> None:
    other = add_article(
        workspace, "Kronstadt", "The sailors rose in March 1921.", series="Anarchists"
    )
    seed = workspace.library.get_summary(SEED_SLUG).id
    late = note_on(workspace, "In January 1919 he reached Petrograd.", "late in text")
    early = note_on(workspace, "Victor Serge was born", "early in text")
    sailors = note_in(workspace, other, "sailors rose", "mutiny")
    binned = note_on(workspace, "he joined the Communist Party", "binned")
    workspace.notes.delete_note(note_id=binned)
    assert all_pages(workspace, NotesFilter(), NotesOrder.NEWEST) == [sailors, early, late]
    # Series order: the seed's series comes first (it was there first), then Anarchists.
    assert all_pages(workspace, NotesFilter(), NotesOrder.ARTICLE) == [early, late, sailors]
    first = workspace.all_notes.page(NotesFilter(), order=NotesOrder.ARTICLE).notes[0]
    assert (first.article_slug, first.series, first.part) == (
        SEED_SLUG, "The socialists who opposed Stalin", 2,
    )  # fmt: skip
    assert first.note.article_id == seed and first.note.marks_text  # enough to open it
    assert workspace.all_notes.count() == 3


def test_filters_by_article_series_tag_colour_and_author(tmp_path: Path) -> None:
    # The teacher's pack is made first: a second library open at once would unbind ours.
    pack = make_pack(tmp_path / "teacher", tmp_path / "t.sergepack", "Ms Rivera", {"Paris": "Why?"})
    with Workspace(tmp_path / "data") as workspace:
        check_filters(workspace, pack)


def check_filters(workspace: Workspace, pack: Path) -> None:
    service = PackService(workspace)
    service.import_pack(service.read(pack))
    other = add_article(
        workspace, "Kronstadt", "The sailors rose in March 1921.", series="Anarchists"
    )
    green = note_on(workspace, "he reached Petrograd", "green one", color="green", tags=["Russia"])
    plain = note_on(workspace, "born in Brussels", "no colour")
    sailors = note_in(workspace, other, "sailors rose", "mutiny", tags=["russia"])

    def ids(**kwargs: object) -> set[int]:
        page = workspace.all_notes.page(NotesFilter(**kwargs))  # type: ignore[arg-type]
        return {n.note.id for n in page.notes}

    assert ids() == {green, plain, sailors}
    assert ids(article_ids=(other,)) == {sailors}
    anarchists = workspace.series.get("Anarchists").id
    assert ids(series_id=anarchists) == {sailors}
    assert ids(tag="RUSSIA") == {green, sailors}
    assert ids(color="green") == {green}
    assert ids(color="none") == {plain, sailors}
    teacher = ids(author="Ms Rivera")
    assert len(teacher) == 1 and teacher.isdisjoint({green, plain, sailors})
    assert ids(author=ANY_AUTHOR) == {green, plain, sailors} | teacher
    [layer_note] = workspace.all_notes.page(NotesFilter(author="Ms Rivera")).notes
    assert layer_note.note.author == "Ms Rivera" and layer_note.note.is_read_only


def test_notes_of_a_trashed_article_are_not_listed(workspace: Workspace) -> None:
    other = add_article(workspace, "Kronstadt", "The sailors rose in March 1921.")
    note_in(workspace, other, "sailors rose", "mutiny")
    workspace.article_trash.delete_article(article_id=other)
    assert workspace.all_notes.page().notes == ()
    assert workspace.all_notes.count() == 0
