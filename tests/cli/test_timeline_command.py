"""`serge-desktop timeline suggest`: the seed's suggestions as JSON or lines; unknown slugs fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def test_suggest_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["--data-dir", str(tmp_path), "timeline", "suggest", "--article", SEED_SLUG, "--json",
         "--all"]
    )  # fmt: skip
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"1890", "1908", "1917", "1919-01", "1919-05", "1947"} <= {r["date_edtf"] for r in rows}
    assert set(rows[0]) == {
        "date_edtf", "date_text", "label", "evidence", "start", "end", "is_context", "description",
    }  # fmt: skip
    [left] = [r for r in rows if r["label"] == "Serge was allowed to leave Russia"]
    assert (left["date_edtf"], left["is_context"]) == ("1935-08~/1936-08~", True)
    first = rows[0]
    assert (first["date_text"], first["label"]) == ("in 1890", "Victor Serge was born in Brussels")
    assert first["evidence"] == "Victor Serge was born in Brussels in 1890."
    assert (first["start"], first["end"]) == (0, len(first["evidence"]))


def test_suggest_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--data-dir", str(tmp_path), "timeline", "suggest", "--article", SEED_SLUG, "--all"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[3].split("\t")[:3] == ["1919-01", "In January 1919", "He reached Petrograd"]


def test_unknown_slug(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "timeline", "suggest", "--article", "nope"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == "serge-desktop: no article named nope"
    assert len(captured.err.splitlines()) == 1


def test_suggest_leaves_out_what_the_window_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every dated sentence of the seed is a curated event already: the window's review is
    # empty, and so is the command's list.
    argv = ["--data-dir", str(tmp_path), "timeline", "suggest", "--article", SEED_SLUG]
    assert main([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(argv) == 0
    assert capsys.readouterr().out.startswith("No new suggestions")
    with Workspace(tmp_path) as workspace:
        article = workspace.library.article_view(SEED_SLUG)
        [paris] = [e for e in workspace.timeline.list_events(article.id) if e.edtf == "1908"]
        workspace.timeline.delete_event(event_id=paris.id)
        window = workspace.timeline.open_suggestions(article.id)
    assert main([*argv, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["date_edtf"], r["label"]) for r in rows] == [("1908", "He went to Paris")]
    assert [(s.date_edtf, s.label) for s in window] == [("1908", "He went to Paris")]
