"""The library's commands through the real entry point: article, series, trash, conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.main import main

SEED = "he-found-the-seeds-of-hope-in-russia"
SERIES = "The socialists who opposed Stalin"
SECOND = (
    "# Kibalchich in Paris\n\n"
    "In 1909 the young Kibalchich went to Paris and wrote for anarchist papers.\n\n"
    "He reached Petrograd in January 1919.\n"
)


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A library with the seed and a second article of the same series, part 3."""
    folder = tmp_path / "data"
    source = tmp_path / "second.md"
    source.write_text(SECOND, encoding="utf-8")
    assert run(capsys, folder, "import", str(source))[0] == 0
    code, _, err = run(
        capsys, folder, "article", "edit", "kibalchich-in-paris", "--series", SERIES, "--part", "3"
    )
    assert code == 0, err
    return folder


def test_article_edit_prints_before_and_after_and_show_reads_it_back(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = run(
        capsys, data, "article", "edit", SEED, "--title", "Seeds of hope", "--author",
        "Chris Harman", "--date", "2004-11-20", "--language", "en",
    )  # fmt: skip
    assert code == 0
    assert f"{SEED}: title: 'He found the seeds of hope in Russia' → 'Seeds of hope'" in out
    assert f"{SEED}: date: (none) → '2004-11-20'" in out
    code, out, _ = run(capsys, data, "article", "show", SEED, "--json")
    shown = json.loads(out)
    assert (shown["title"], shown["author"], shown["series"], shown["part"]) == (
        "Seeds of hope", "Chris Harman", SERIES, 2,
    )  # fmt: skip
    code, out, _ = run(capsys, data, "article", "edit", SEED, "--title", "Seeds of hope")
    assert (code, out.strip()) == (0, f"{SEED}: nothing changed")


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (("--title", "  "), 2, "the title cannot be empty"),
        (("--part", "0"), 2, "the part must be a whole number from 1"),
        (("--part", "two"), 2, "the part must be a whole number"),
        (("--series", "", "--part", "1"), 2, "the part needs a series"),
        ((), 2, "give at least one detail"),
    ],
)
def test_bad_edits_are_refused_with_one_line(
    capsys: pytest.CaptureFixture[str], data: Path, argv: tuple[str, ...], status: int, message: str
) -> None:
    code, _out, err = run(capsys, data, "article", "edit", SEED, *argv)
    assert code == status and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_list_shows_series_and_filters(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "list", "--sort", "series", "--json")
    rows = json.loads(out)
    assert [(r["slug"], r["series"], r["part"]) for r in rows] == [
        (SEED, SERIES, 2), ("kibalchich-in-paris", SERIES, 3),
    ]  # fmt: skip
    assert rows[0]["words"] > 700
    code, out, _ = run(capsys, data, "list", "--filter", "kibalchich")
    assert out.startswith("kibalchich-in-paris\t") and f"{SERIES}, part 3" in out
    code, out, err = run(capsys, data, "list", "--series", "Nope")
    assert code == 2 and "no series named Nope" in err


def test_delete_restore_and_empty_the_trash(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "article", "delete", "kibalchich-in-paris")
    assert code == 0 and "in the trash" in out
    code, out, err = run(capsys, data, "notes", "list", "--article", "kibalchich-in-paris")
    assert code == 2 and "is in the trash" in err and "article restore" in err
    code, out, _ = run(capsys, data, "trash", "list", "--json")
    assert [a["slug"] for a in json.loads(out)["articles"]] == ["kibalchich-in-paris"]
    assert run(capsys, data, "article", "restore", "kibalchich-in-paris")[0] == 0
    code, _, err = run(capsys, data, "article", "restore", "kibalchich-in-paris")
    assert code == 2 and "no article in the trash named kibalchich-in-paris" in err
    run(capsys, data, "article", "delete", "kibalchich-in-paris")
    code, _, err = run(capsys, data, "trash", "empty")  # no terminal to ask, no --yes
    assert code == 2 and "--yes" in err
    assert "kibalchich" in run(capsys, data, "trash", "list")[1]
    code, out, _ = run(capsys, data, "trash", "empty", "--yes")
    assert code == 0 and "Deleted 1 article and" in out and "backup was made first" in out
    assert run(capsys, data, "trash", "list")[1].strip() == "The trash is empty."


def test_series_rename_merge_and_move(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    run(capsys, data, "article", "edit", "kibalchich-in-paris", "--series", "Anarchists")
    code, out, _ = run(capsys, data, "series", "move", "anarchists", "1")
    assert code == 0 and "is now number 1" in out
    code, out, _ = run(capsys, data, "series", "list", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Anarchists", SERIES]
    code, _, err = run(capsys, data, "series", "rename", "Anarchists", SERIES.upper())
    assert code == 2 and "series merge" in err
    assert run(capsys, data, "series", "merge", "Anarchists", SERIES)[0] == 0
    code, out, _ = run(capsys, data, "series", "list")
    assert out.splitlines()[0] == f"1\t{SERIES}" and "part 3\tkibalchich-in-paris" in out


def test_conflicts_and_the_series_timeline(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, data, "conflicts", "--series", SERIES)
    assert (code, out.strip()) == (0, "No conflicting dates.")
    add_event(data, "1909", "Moves to Paris", "In 1909 the young Kibalchich went to Paris")
    code, out, _ = run(capsys, data, "conflicts", "--series", SERIES, "--json")
    [conflict] = json.loads(out)
    claims = {(c["article"], c["edtf"]) for c in conflict["claims"]}
    assert claims == {(SEED, "1908"), ("kibalchich-in-paris", "1909")}
    assert all(c["evidence"] for c in conflict["claims"])
    target = tmp_path / "series.json"
    code, out, err = run(
        capsys, data, "timeline", "export", "--series", SERIES, "--format", "timelinejs",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["title"]["text"]["headline"] == SERIES
    merged = [e for e in document["events"] if "differently" in e["text"]["text"]]
    assert len(merged) == 1 and merged[0]["display_date"] == "1908 / 1909"
    # What the seed's curator says of an event (schema 8) is on its slide.
    assert any("Kibalchich on 30 December 1890" in e["text"]["text"] for e in document["events"])


def add_event(data: Path, edtf: str, label: str, evidence: str) -> None:
    from serge_desktop.services.timeline_edits import EventFields, EventPassage
    from serge_desktop.services.workspace import Workspace

    with Workspace(data) as workspace:
        view = workspace.library.article_view("kibalchich-in-paris")
        start = view.body.index(evidence)
        workspace.timeline.create_event(
            article_id=view.id,
            fields=EventFields(edtf=edtf, date_text=f"In {edtf}", label=label, category="life"),
            passage=EventPassage(view.revision_id, start, start + len(evidence)),
        )


def test_notes_of_every_author_in_a_series_and_scoped_search_and_export(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    run(
        capsys,
        data,
        "notes",
        "add",
        "--article",
        SEED,
        "--quote",
        "reached Petrograd",
        "--note",
        "x",
    )
    run(
        capsys, data, "notes", "add", "--article", "kibalchich-in-paris", "--quote",
        "reached Petrograd", "--note", "y", "--tag", "russia",
    )  # fmt: skip
    code, out, _ = run(capsys, data, "notes", "list", "--all", "--series", SERIES, "--json")
    rows = json.loads(out)
    assert [(r["article"], r["note"], r["author"]) for r in rows] == [
        (SEED, "x", None), ("kibalchich-in-paris", "y", None),
    ]  # fmt: skip
    code, out, _ = run(capsys, data, "notes", "list", "--all", "--tag", "RUSSIA")
    assert out.count("\n") == 1 and out.rstrip().endswith("me\treached Petrograd")
    code, out, _ = run(capsys, data, "search", "Petrograd", "--article", "kibalchich-in-paris")
    assert SEED not in out and "kibalchich-in-paris" in out
    target = tmp_path / "series.md"
    code, out, err = run(
        capsys, data, "export", "--series", SERIES, "--format", "markdown", "-o", str(target)
    )
    assert code == 0, err
    assert "2 notes from 2 articles" in out
