"""What is said of an event (the sidecar's note on a date): kept, searched, edited, shared."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from pathlib import Path

import pytest

from serge_desktop.services.errors import EventDescriptionTooLongError
from serge_desktop.services.exports.content import gather_content
from serge_desktop.services.exports.html_export import html_document
from serge_desktop.services.exports.markdown_export import markdown_document
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.services.views import TimelineEventView
from serge_desktop.services.workspace import Workspace
from tests.services.pack_helpers import SEED_SLUG
from tests.services.test_timeline_edits import seed

KIBALCHICH = "Born Victor Lvovich Kibalchich on 30 December 1890, to Russian exiles."


def born(workspace: Workspace) -> TimelineEventView:
    article_id, _, _ = seed(workspace)
    [event] = [e for e in workspace.timeline.list_events(article_id) if e.edtf == "1890"]
    return event


def test_the_sidecars_note_is_kept_with_its_event(workspace: Workspace) -> None:
    assert born(workspace).description == KIBALCHICH
    article_id, _, _ = seed(workspace)
    described = [e for e in workspace.timeline.list_events(article_id) if e.description]
    assert len(described) == 20  # every date the seed's sidecar has a note on


def test_descriptions_are_searched(workspace: Workspace) -> None:
    event = born(workspace)
    [hit] = workspace.search.search("kibalchich").events
    assert hit.event_id == event.id
    assert "Kibalchich" in hit.snippet.text


def test_a_description_is_edited_through_the_timeline(workspace: Workspace) -> None:
    event = born(workspace)
    before = workspace.timeline.set_description(
        event_id=event.id, description="  Son of Narodnik exiles.  "
    )
    assert before == KIBALCHICH
    assert workspace.timeline.get_event(event.id).description == "Son of Narodnik exiles."
    assert [h.event_id for h in workspace.search.search("narodnik").events] == [event.id]
    assert workspace.search.search("kibalchich").events == ()
    workspace.timeline.set_description(event_id=event.id, description=before)  # undo
    assert workspace.timeline.get_event(event.id).description == KIBALCHICH

    fields = EventFields(
        event.edtf, event.date_text, event.label, event.category, description="e\u0301migre\u0301"
    )
    previous = workspace.timeline.update_event(event_id=event.id, fields=fields)
    assert previous.description == KIBALCHICH
    assert workspace.timeline.get_event(event.id).description == unicodedata.normalize(
        "NFC", "émigré"
    )
    with pytest.raises(EventDescriptionTooLongError):
        workspace.timeline.set_description(event_id=event.id, description="x" * 10_001)


def test_a_deleted_event_comes_back_with_its_description(workspace: Workspace) -> None:
    event = born(workspace)
    snapshot = workspace.timeline.delete_event(event_id=event.id)
    assert workspace.timeline.restore_event(snapshot).description == KIBALCHICH


def test_exports_carry_descriptions_and_categories(workspace: Workspace) -> None:
    options = ExportOptions(
        format="html", article_slugs=(SEED_SLUG,), include_notes=False, include_timeline=True
    )
    content = gather_content(workspace, options)
    html = html_document(content)
    assert KIBALCHICH in html
    assert '<span class="swatch" style="color: #0072b2">■</span> life' in html
    markdown = markdown_document(content)
    assert "**1890** — Born in Brussels _(life)_  \n  Born Victor Lvovich Kibalchich" in markdown


def test_a_pack_carries_descriptions_and_its_own_categories(tmp_path: Path) -> None:
    pack = tmp_path / "t.sergepack"
    with Workspace(tmp_path / "teacher") as teacher:
        ideas = teacher.categories.add_category(name="Ideas", color="#7f3c8d")
        article_id, _, _ = seed(teacher)
        teacher.timeline.create_event(
            article_id=article_id,
            fields=EventFields("1930", "1930", "Reads Marx", "Ideas", description="In prison."),
        )
        PackService(teacher).export(pack, article_slugs=[SEED_SLUG], author="T", force=True)
    with zipfile.ZipFile(pack) as archive:
        document = json.loads(archive.read(f"events/{SEED_SLUG}.json"))
    assert {"name": "Ideas", "color": ideas.color} in document["categories"]
    assert {"name": "life", "color": "#0072b2"} in document["categories"]

    with Workspace(tmp_path / "student") as student:
        student.timeline.delete_event(event_id=born(student).id)
        packs = PackService(student)
        packs.import_pack(packs.read(pack))
        article_id, _, _ = seed(student)
        events = {e.label: e for e in student.timeline.list_events(article_id)}
        assert events["Born in Brussels"].description == KIBALCHICH
        marx = events["Reads Marx"]
        assert (marx.category, marx.category_color, marx.description) == (
            "Ideas", "#7f3c8d", "In prison.",
        )  # fmt: skip


def test_an_edit_that_does_not_name_the_description_keeps_it(workspace: Workspace) -> None:
    # The window's event editor (before it shows descriptions) sends the other fields only.
    event = born(workspace)
    fields = EventFields("1890-12-30", "30 December 1890", event.label, event.category)
    previous = workspace.timeline.update_event(event_id=event.id, fields=fields)
    assert workspace.timeline.get_event(event.id).description == KIBALCHICH
    assert previous.description == KIBALCHICH
    workspace.timeline.update_event(event_id=event.id, fields=previous)  # undo
    assert workspace.timeline.get_event(event.id).edtf == "1890"
