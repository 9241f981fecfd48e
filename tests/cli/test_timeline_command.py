"""`serge-desktop timeline suggest`: the seed's suggestions as JSON or lines; unknown slugs fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.main import main

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def test_suggest_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["--data-dir", str(tmp_path), "timeline", "suggest", "--article", SEED_SLUG, "--json"]
    )
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"1890", "1908", "1917", "1919-01", "1919-05", "1947"} <= {r["date_edtf"] for r in rows}
    assert set(rows[0]) == {"date_edtf", "date_text", "label", "evidence", "start", "end"}
    first = rows[0]
    assert (first["date_text"], first["label"]) == ("in 1890", "Victor Serge was born in Brussels")
    assert first["evidence"] == "Victor Serge was born in Brussels in 1890."
    assert (first["start"], first["end"]) == (0, len(first["evidence"]))


def test_suggest_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "timeline", "suggest", "--article", SEED_SLUG]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[3].split("\t")[:3] == ["1919-01", "In January 1919", "He reached Petrograd"]


def test_unknown_slug(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "timeline", "suggest", "--article", "nope"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == "serge-desktop: no article named nope"
    assert len(captured.err.splitlines()) == 1
