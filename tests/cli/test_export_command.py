"""`serge-desktop export`: every file format from the command line; no overwriting by accident."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from tests.services.export_helpers import BORN, three_notes
from tests.services.seed_notes import SEED_SLUG


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    with Workspace(tmp_path / "data") as workspace:
        three_notes(workspace)
    return tmp_path / "data"


def export(data_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(data_dir), "export", *argv])


@pytest.mark.parametrize(
    ("export_format", "name"),
    [("markdown", "n.md"), ("html", "n.html"), ("csv", "n.csv"), ("w3c", "n.jsonld")],
)
def test_text_formats_hold_the_notes(
    data_dir: Path, tmp_path: Path, export_format: str, name: str
) -> None:
    path = tmp_path / name
    assert export(data_dir, "--article", SEED_SLUG, "--format", export_format, "-o", str(path)) == 0
    assert BORN in path.read_text(encoding="utf-8-sig")


def test_filters_and_all_articles(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "n.jsonld"
    argv = ["--all", "--format", "w3c", "-o", str(path), "--tag", "exile", "--color", "blue"]
    assert export(data_dir, *argv) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["total"] == 1


def test_an_existing_file_needs_force(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.md"
    path.write_text("mine", encoding="utf-8")
    argv = ["--article", SEED_SLUG, "--format", "markdown", "-o", str(path)]
    assert export(data_dir, *argv) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "mine"
    assert export(data_dir, *argv, "--force") == 0
    assert BORN in path.read_text(encoding="utf-8")


def test_unknown_article_is_a_clear_error(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.md"
    assert export(data_dir, "--article", "nope", "--format", "markdown", "-o", str(path)) == 2
    assert "nope" in capsys.readouterr().err
    assert not path.exists()


def test_no_notes_and_nothing_the_format_holds_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.csv"
    argv = ["--article", SEED_SLUG, "--format", "csv", "-o", str(path), "--no-notes"]
    assert export(data_dir, *argv, "--include", "index,timeline") == 2
    assert capsys.readouterr().err == (
        "serge-desktop: nothing to export: --no-notes leaves csv empty (see --include)\n"
    )
    assert not path.exists()
    markdown = tmp_path / "n.md"
    argv = ["--article", SEED_SLUG, "--format", "markdown", "-o", str(markdown), "--no-notes"]
    assert export(data_dir, *argv, "--include", "timeline") == 0
    assert "Brussels" in markdown.read_text(encoding="utf-8")


def test_pdf_handout_and_odt_through_the_renderer_main_hands_over(
    data_dir: Path, tmp_path: Path
) -> None:
    pdf, odt = tmp_path / "h.pdf", tmp_path / "h.odt"
    handout = ["--article", SEED_SLUG, "--include", "timeline,article", "--page-size", "Letter"]
    assert export(data_dir, *handout, "--format", "pdf", "-o", str(pdf)) == 0
    reader = PdfReader(pdf)
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert "".join(BORN.split()) in text
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, in points
    assert export(data_dir, *handout, "--format", "odt", "-o", str(odt)) == 0
    with zipfile.ZipFile(odt) as package:
        assert BORN in package.read("content.xml").decode("utf-8")


def test_a_one_page_pdf_is_one_page(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.pdf"
    assert export(data_dir, "--article", SEED_SLUG, "--format", "pdf", "--color", "blue",
                  "-o", str(path)) == 0  # fmt: skip
    assert len(PdfReader(path).pages) == 1
    assert capsys.readouterr().out.rstrip().endswith(": 1 note from 1 article, 1 page")
