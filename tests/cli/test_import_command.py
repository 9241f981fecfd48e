"""`import` takes every format at once, says what became of each file, and stops on Ctrl+C."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from serge_desktop.cli.import_command import _stop_on_interrupt
from serge_desktop.core.document_formats import IMPORT_SUFFIXES
from serge_desktop.main import build_parser, main
from tests.core.document_checks import DOCX, EPUB, ODT, sample

EVERY_FORMAT = [
    ODT,
    EPUB,
    "html/wiki_page.html",
    "html/blog_post.html",
]


def test_every_format_in_one_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    markdown = tmp_path / "notes.md"
    markdown.write_text("# From Markdown\n\nIt has *one* paragraph.\n", encoding="utf-8")
    files = [str(sample(name)) for name in EVERY_FORMAT] + [str(markdown)]
    code = main(["--data-dir", str(tmp_path / "d"), "import", *files])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].endswith("letters-from-exile.odt: imported letters-from-exile")
    assert lines[1].endswith("voices-from-the-margins.epub: imported voices-from-the-margins")
    assert lines[-1] == "5 imported, 0 already in the library, 0 refused"


def test_refusals_name_their_reason_and_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [sample("scanned.pdf"), sample("drm.epub"), sample(DOCX)]
    code = main(["--data-dir", str(tmp_path / "d"), "import", *map(str, files)])
    out, err = capsys.readouterr()
    assert code == 2  # refused (cli/exit_codes.py)
    assert err.splitlines() == [
        f"serge-desktop: {files[0]}: this PDF has no text layer (a scan: run it through OCR first)",
        f"serge-desktop: {files[1]}: is protected by DRM (digital rights management): its text "
        "cannot be read (META-INF/rights.xml)",
    ]
    assert out.splitlines()[-1] == "1 imported, 0 already in the library, 2 refused"


def test_an_articles_details_file_beside_it_is_read_with_it_and_never_as_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A folder's files given at once (`import folder/*`, or dropped on the window).
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "memoir.md").write_text(
        "# A memoir\n\nIn 1919 he reached Petrograd.\n", encoding="utf-8"
    )
    (folder / "memoir.toml").write_text(
        (
            '[article]\npublication = "Marginal Notes"\nissue = "No. 1"\nsubject = "Serge"\n'
            'series = "Memoirs"\nseries_part = 1\nsource_file = "memoir.md"\n'
            'credit = "Written for this test."\n'
        ),
        encoding="utf-8",
    )
    data = str(tmp_path / "d")
    code = main(
        ["--data-dir", data, "import", str(folder / "memoir.md"), str(folder / "memoir.toml")]
    )
    out, err = capsys.readouterr()
    assert code == 2
    assert err == (
        f"serge-desktop: {folder / 'memoir.toml'}: is an article's details, read with the article "
        "file it sits beside (import the article file itself)\n"
    )
    assert out.splitlines()[-1] == "1 imported, 0 already in the library, 1 refused"
    assert main(["--data-dir", data, "article", "show", "a-memoir"]) == 0
    assert "Marginal Notes" in capsys.readouterr().out  # the details came with the article


def test_the_help_lists_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for suffix in IMPORT_SUFFIXES:
        assert suffix in help_text


def test_ctrl_c_during_an_import_asks_the_batch_to_stop() -> None:
    before = signal.getsignal(signal.SIGINT)
    with _stop_on_interrupt() as stopped:
        os.kill(os.getpid(), signal.SIGINT)  # no KeyboardInterrupt in the middle of a write
        assert stopped.wait(5)
    assert signal.getsignal(signal.SIGINT) is before
