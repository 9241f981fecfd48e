"""`cards list` and `study due` through the real entry point, on a real library folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import SEED_SLUG, note_on


def run(data: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cards_list_shows_every_card_with_its_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        note_on(workspace, "he reached Petrograd", color="yellow")
    code, out, _ = run(data, capsys, "cards", "list", "--article", SEED_SLUG, "--json")
    cards = json.loads(out)
    assert code == 0 and {c["article"] for c in cards} == {SEED_SLUG}
    assert {c["kind"] for c in cards} == {"cloze", "when", "order"}
    assert {c["state"] for c in cards} == {"new"}
    [cloze] = [c for c in cards if c["kind"] == "cloze"]
    assert cloze["title"] == "he reached Petrograd"
    code, out, _ = run(data, capsys, "cards", "list", "--state", "suspended")
    assert (code, out) == (0, "No cards.\n")
    code, out, _ = run(data, capsys, "cards", "list", "--state", "new")
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(cards)
    assert all(line.split("\t")[3] == "new" for line in lines)


def test_study_due_counts_per_article_and_series(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(tmp_path / "data", capsys, "study", "due", "--json")
    counts = {(c["scope"], c["key"]): c for c in json.loads(out)}
    assert code == 0
    assert counts[("article", SEED_SLUG)]["new"] == 20  # the daily limit of new cards
    assert counts[("series", "The socialists who opposed Stalin")]["total"] == 20
    code, out, _ = run(tmp_path / "data", capsys, "study", "due")
    assert code == 0 and out.splitlines()[0].split("\t")[:5] == [
        "article",
        SEED_SLUG,
        "20",
        "0",
        "0",
    ]


def test_control_characters_are_escaped_in_the_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        note_on(
            workspace,
            "he reached Petrograd",
            body="Q: Who \x1b]0;owned\x07 you?\nA: \u202enobody",
        )
    code, out, _ = run(data, capsys, "cards", "list")
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "Who \\x1b]0;owned\\x07 you?" in out


def test_unknown_article_fails_and_bad_state_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(tmp_path / "data", capsys, "cards", "list", "--article", "nope")
    assert (code, out) == (1, "") and "no article named nope" in err
    with pytest.raises(SystemExit) as refused:
        run(tmp_path / "data", capsys, "cards", "list", "--state", "later")
    assert refused.value.code == 2


def test_an_article_in_the_trash_takes_its_cards_out_of_both_listings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    code, out, _ = run(data, capsys, "cards", "list", "--json")
    assert code == 0 and json.loads(out)
    assert run(data, capsys, "article", "delete", SEED_SLUG)[0] == 0
    assert run(data, capsys, "cards", "list", "--json")[:2] == (0, "[]\n")
    assert run(data, capsys, "study", "due", "--json")[:2] == (0, "[]\n")
    assert run(data, capsys, "article", "restore", SEED_SLUG)[0] == 0
    code, out, _ = run(data, capsys, "study", "due", "--json")
    assert code == 0 and {c["key"] for c in json.loads(out)} >= {SEED_SLUG}
