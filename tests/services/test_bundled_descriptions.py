"""A library from before schema 8 gets the bundled timeline's notes once, never over yours."""

from __future__ import annotations

import shutil
from pathlib import Path

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.test_event_descriptions import KIBALCHICH, born

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"


def test_an_upgraded_library_gets_the_seeds_descriptions(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(SAMPLES / "v4-seed-with-tags.sqlite", data / "library.sqlite3")
    with Workspace(data) as workspace:
        assert born(workspace).description == KIBALCHICH
        described = m.TimelineEvent.select().where(m.TimelineEvent.description != "").count()
        assert described == 20
        workspace.timeline.set_description(event_id=born(workspace).id, description="")
    with Workspace(data) as workspace:  # once only: the reader's emptying stays
        assert born(workspace).description == ""
