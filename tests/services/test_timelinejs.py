"""TimelineJS JSON for the seed article: every event, eras for periods, dates at their precision."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from serge_desktop.services.timelinejs import (
    OutputExistsError,
    date_object,
    display_date,
    timelinejs_document,
    write_atomically,
    write_timelinejs,
)
from serge_desktop.services.views import TimelineEventView
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def seed_document(workspace: Workspace) -> dict[str, object]:
    article = workspace.library.article_view(SEED_SLUG)
    return timelinejs_document(article, workspace.timeline.list_events(article.id))


def event(edtf: str, date_text: str, first: dt.date, last: dt.date) -> TimelineEventView:
    return TimelineEventView(
        id=1, edtf=edtf, date_text=date_text, label="x", category="life", is_context=False,
        earliest=first, latest=last, is_period="/" in edtf, quote="", start=0, end=0,
    )  # fmt: skip


def test_the_seed_has_every_event_and_an_era_per_period(workspace: Workspace) -> None:
    document = seed_document(workspace)
    events = document["events"]
    eras = document["eras"]
    assert isinstance(events, list) and isinstance(eras, list)
    assert len(events) == 23
    assert len(eras) >= 3
    assert len(eras) == sum("end_date" in e for e in events)
    for slide in events:
        assert 1890 <= slide["start_date"]["year"] <= 1947
        assert slide["group"] in {"life", "politics", "writing", "exile"}
        assert slide["display_date"]
    assert len({slide["unique_id"] for slide in events}) == 23
    title = document["title"]
    assert isinstance(title, dict)
    assert title["text"]["headline"] == "He found the seeds of hope in Russia"
    json.dumps(document)  # plain JSON all the way down


def test_dates_carry_only_their_precision(workspace: Workspace) -> None:
    by_label = {s["text"]["headline"]: s for s in seed_document(workspace)["events"]}  # type: ignore[attr-defined]
    assert by_label["Born in Brussels"]["start_date"] == {"year": 1890}
    assert by_label["Reaches Petrograd"]["start_date"] == {"year": 1919, "month": 1}
    mexico = by_label["Asylum in Mexico"]
    assert mexico["start_date"] == {"year": 1941, "month": 9}
    assert mexico["end_date"] == {"year": 1947, "month": 11}
    assert "end_date" not in by_label["Born in Brussels"]
    assert date_object("1919-05-03") == {"year": 1919, "month": 5, "day": 3}
    assert date_object("192X") == {"year": 1920}
    assert date_object("1919-XX") == {"year": 1919}
    assert date_object("..") is None


def test_display_dates_are_worded_and_say_when_unsure(workspace: Workspace) -> None:
    by_label = {s["text"]["headline"]: s for s in seed_document(workspace)["events"]}  # type: ignore[attr-defined]
    assert by_label["Sees the revolution must spread"]["display_date"] == "the early 1920s"
    assert by_label["Joins the Communist Party"]["display_date"] == "May 1919"  # not "that year"
    assert by_label["Breaks with Trotsky"]["display_date"] == "c. 1937–1939"
    assert by_label["Attacked by Stalin’s followers"]["display_date"] == "1943 (uncertain)"
    assert by_label["Born in Brussels"]["display_date"] == "1890"
    decade = event("192X", "the 1920s", dt.date(1920, 1, 1), dt.date(1929, 12, 31))
    assert display_date(decade) == "the 1920s"


def test_text_is_html_escaped(workspace: Workspace) -> None:
    article = workspace.library.article_view(SEED_SLUG)
    plain = event("1900", "1900", dt.date(1900, 1, 1), dt.date(1900, 12, 31))
    tricky = dataclasses.replace(plain, label="<b>", quote="a & b")
    slide = timelinejs_document(article, [tricky])["events"][0]  # type: ignore[index]
    assert slide["text"] == {"headline": "&lt;b&gt;", "text": "<p>a &amp; b</p>"}


def test_an_existing_file_is_kept_without_force(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "timeline.json"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="--force"):
        write_timelinejs(target, seed_document(workspace))
    assert target.read_text(encoding="utf-8") == "mine"
    write_timelinejs(target, seed_document(workspace), force=True)
    assert len(json.loads(target.read_text(encoding="utf-8"))["events"]) == 23
    assert [p.name for p in folder.iterdir()] == ["timeline.json"]


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.json"

    def fail(partial: Path) -> None:
        partial.write_text("half", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, fail)
    assert list(tmp_path.iterdir()) == []
