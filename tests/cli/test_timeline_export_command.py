"""`serge-desktop timeline export`: PNG, SVG and TimelineJS files; no overwriting by accident."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.cli.timeline_export_command import register_timeline_export, run_timeline_export
from serge_desktop.main import _load_timeline_renderer
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def parse(*argv: str) -> argparse.Namespace:
    # As it is wired: `timeline` has actions, and `export` is one of them.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="serge-desktop")
    timeline = parser.add_subparsers(dest="command").add_parser("timeline", parents=[data_dir])
    actions = timeline.add_subparsers(dest="timeline_action", required=True)
    register_timeline_export(actions, [data_dir])
    return parser.parse_args(["timeline", "export", *argv])


def export(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    args = parse(*argv)
    assert args.handler is run_timeline_export
    args.load_timeline_renderer = _load_timeline_renderer  # as main() hands it over
    code = run_timeline_export(args, workspace)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_timelinejs(workspace: Workspace, capsys: pytest.CaptureFixture[str], out: Path) -> None:
    target = out / "serge.json"
    code, stdout, _ = export(
        workspace, capsys, "--article", SEED_SLUG, "--format", "timelinejs", "-o", str(target)
    )
    assert code == 0
    assert "23 events" in stdout
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["events"]) == 23
    assert len(document["eras"]) >= 3


def test_png_and_svg(
    qapp: object, workspace: Workspace, capsys: pytest.CaptureFixture[str], out: Path
) -> None:
    png, svg = out / "serge.png", out / "serge.svg"
    args = ("--article", SEED_SLUG, "--width", "900")
    assert export(workspace, capsys, *args, "--format", "png", "-o", str(png))[0] == 0
    assert export(workspace, capsys, *args, "--format", "svg", "-o", str(svg))[0] == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "Born in Brussels" in svg.read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["serge.png", "serge.svg"]


@pytest.mark.parametrize("kind", ["png", "svg", "timelinejs"])
def test_overwrite_needs_force(
    qapp: object, workspace: Workspace, capsys: pytest.CaptureFixture[str], out: Path, kind: str
) -> None:
    target = out / f"serge.{kind}"
    target.write_text("mine", encoding="utf-8")
    argv = ("--article", SEED_SLUG, "--format", kind, "-o", str(target))
    code, stdout, stderr = export(workspace, capsys, *argv)
    assert code == 2
    assert stdout == ""
    assert stderr.count("\n") == 1 and "already exists" in stderr and "--force" in stderr
    assert target.read_text(encoding="utf-8") == "mine"
    assert export(workspace, capsys, *argv, "--force")[0] == 0
    assert target.read_bytes() != b"mine"
    assert [p.name for p in out.iterdir()] == [target.name]


def test_errors_are_one_line(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], out: Path
) -> None:
    code, _, stderr = export(
        workspace, capsys, "--article", "nope", "--format", "timelinejs", "-o", str(out / "a")
    )
    assert (code, stderr) == (2, "serge-desktop: no article named nope\n")
    missing = out / "missing" / "a.json"
    code, _, stderr = export(
        workspace, capsys, "--article", SEED_SLUG, "--format", "timelinejs", "-o", str(missing)
    )
    assert code == 2 and stderr.count("\n") == 1 and "does not exist" in stderr
    assert list(out.iterdir()) == []
