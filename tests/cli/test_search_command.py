"""`serge-desktop search`: grouped lines with «» around matches, or the grouped results as JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.cli.search_command import add_search_subcommand, run_search
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as opened:
        yield opened


def parse(*argv: str) -> argparse.Namespace:
    # The subcommand as the lead wires it into cli/commands.py, with --data-dir as a parent.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="serge-desktop")
    add_search_subcommand(parser.add_subparsers(dest="command"), parents=[data_dir])
    return parser.parse_args(argv)


def search(workspace: Workspace, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    args = parse("search", *argv)
    assert args.handler is run_search
    code = run_search(args, workspace)
    return code, capsys.readouterr().out


def add_note(workspace: Workspace, words: str, body: str) -> int:
    view = workspace.library.article_view(SEED_SLUG)
    start = view.body.index(words)
    note = workspace.notes.create_note(
        article_id=view.id,
        revision_id=view.revision_id,
        start=start,
        end=start + len(words),
        body=body,
    )
    return note.id


def test_lines_are_grouped_by_kind(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    note = add_note(workspace, "he reached Petrograd", "Petrograd under siege")
    code, out = search(workspace, capsys, "petrograd")
    assert code == 0
    kinds = [line.split("\t")[0] for line in out.splitlines()]
    assert kinds == sorted(kinds, key=["article", "note", "event", "entity"].index)
    assert "entity\tPetrograd (place)\t«Petrograd»" in out
    assert {"article", "note", "event"} <= set(kinds)
    article_line = out.splitlines()[0].split("\t")
    assert article_line[1].startswith(f"{SEED_SLUG} @")
    assert "«Petrograd»" in article_line[2]
    assert f"note\t{note} in {SEED_SLUG}\t«Petrograd» under siege" in out.splitlines()


def test_several_words_without_quotes(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    _, together = search(workspace, capsys, "left opposition")
    _, quoted = search(workspace, capsys, "left", "opposition")
    assert together == quoted
    assert "«Left» «Opposition»" in together


def test_json_gives_the_groups(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    note = add_note(workspace, "he reached Petrograd", "Kibaltchiché was here")
    code, out = search(workspace, capsys, "kibaltchiche", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "kibaltchiche"
    assert data["articles"] == [] and data["events"] == []
    [hit] = data["notes"]
    assert (hit["id"], hit["article"]) == (note, SEED_SLUG)
    assert hit["snippet"] == {"text": "Kibaltchiché was here", "matches": [[0, 12]]}
    assert isinstance(hit["rank"], float)


def test_nothing_found(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    assert search(workspace, capsys, "zzzzqx") == (0, "No matches.\n")
    code, out = search(workspace, capsys, '"(', "--json")
    assert code == 0
    assert json.loads(out) == {
        "query": '"(',
        "articles": [],
        "notes": [],
        "events": [],
        "entities": [],
    }
