"""Which notes an export holds, the policy and the extras, and files written whole or not at all."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from serge_desktop.services.exports.content import gather_content
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.exports.writers import ExportRefusedError, check_format, write_file
from serge_desktop.services.policy import Policy
from serge_desktop.services.timelinejs import OutputExistsError
from serge_desktop.services.workspace import Workspace
from tests.services.export_helpers import BORN, ELITIST, PARIS, content_for, three_notes


def quotes(workspace: Workspace, **choices: object) -> list[str]:
    return [note.quote for note in content_for(workspace, "csv", **choices).notes]


def test_notes_are_filtered_by_tag_ignoring_case(workspace: Workspace) -> None:
    three_notes(workspace)
    assert quotes(workspace, tags=("exile",)) == [PARIS]
    assert quotes(workspace, tags=("LIFE", "press")) == [BORN, PARIS]


def test_notes_are_filtered_by_colour(workspace: Workspace) -> None:
    three_notes(workspace)
    assert quotes(workspace, colors=("pink", "yellow")) == [BORN, ELITIST]
    assert quotes(workspace, colors=("none",)) == []


def test_notes_are_filtered_by_the_day_they_changed(workspace: Workspace) -> None:
    three_notes(workspace)
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert quotes(workspace, changed_since=tomorrow) == []
    assert len(quotes(workspace, changed_since=tomorrow - dt.timedelta(days=2))) == 3


def test_all_articles_and_content_choices(workspace: Workspace) -> None:
    three_notes(workspace)
    content = gather_content(workspace, ExportOptions(format="pdf", include_timeline=True))
    assert len(content.sections) == 1 and len(content.events) == 23 and len(content.notes) == 3
    bare = gather_content(workspace, ExportOptions(format="pdf", include_notes=False))
    assert bare.sections == ()  # nothing asked for: an article with nothing to show is left out


def test_policy_and_missing_extras_refuse_a_format() -> None:
    only_csv = Policy(allow_export=("csv",))
    check_format(only_csv, "csv")
    with pytest.raises(ExportRefusedError) as refused:
        check_format(only_csv, "pdf")
    assert refused.value.reason == "policy"
    with pytest.raises(ExportRefusedError):
        check_format(Policy(allow_export=False), "markdown")
    with pytest.raises(ExportRefusedError) as unknown:
        check_format(Policy(), "rtf")
    assert unknown.value.reason == "unknown"


def test_an_existing_file_is_kept_without_force(workspace: Workspace, tmp_path: Path) -> None:
    three_notes(workspace)
    path = tmp_path / "notes.md"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        write_file(content_for(workspace, "markdown"), path)
    assert path.read_text(encoding="utf-8") == "mine"
    write_file(content_for(workspace, "markdown"), path, force=True)
    assert path.read_text(encoding="utf-8").startswith("# He found")


def test_a_failed_export_leaves_no_partial_file(workspace: Workspace, tmp_path: Path) -> None:
    three_notes(workspace)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "notes.csv"
    target.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(OSError):
        write_file(content_for(workspace, "csv"), target, force=True)
    assert sorted(os.listdir(folder)) == ["notes.csv"] and target.is_dir()
