"""Every counted string of the window reads as English for 1 and for 2: no "page(s)" on screen."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from serge_desktop.ui.common.english_plurals import EnglishPlurals
from serge_desktop.ui.common.resources import resource_dir
from serge_desktop.ui.startup.app import prepare_application

UI = Path(__file__).resolve().parents[2] / "serge_desktop" / "ui"
# A quoted string holding %n or %Ln: Qt's count, which needs plural forms.
COUNTED_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*%L?n(?:[^"\\\n]|\\.)*)"')
CHOICE_MARK = re.compile(r"\((e?s)\)")


def counted_messages(tmp_path: Path) -> list[tuple[str, str, str]]:
    """(context, source, disambiguation) of every message lupdate finds with plural forms."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    catalogue = tmp_path / "plurals.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-pluralonly", "-ts", str(catalogue)], check=True, capture_output=True
    )
    found = []
    for context in ET.parse(catalogue).getroot().iter("context"):
        for message in context.iter("message"):
            found.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                )
            )
    return found


def test_every_counted_string_is_seen_by_the_catalogue_tools(tmp_path: Path) -> None:
    # lupdate marks plural forms only in tr(…, n): a count given to QCoreApplication.translate
    # would never reach the English catalogue, and "(s)" would show.
    known = {source for _c, source, _d in counted_messages(tmp_path)}
    code = {path: path.read_text(encoding="utf-8") for path in UI.rglob("*.py")}
    in_code = {
        (path.name, literal)
        for path, text in code.items()
        if path.name != "english_plurals.py"  # its docstring shows an example
        for literal in COUNTED_LITERAL.findall(text)
    }
    assert len(known) >= 10
    # A literal may be one piece of a longer string written over several lines.
    missed = sorted(
        f"{name}: {literal}"
        for name, literal in in_code
        if not any(literal in source for source in known)
    )
    assert not missed, "counted strings lupdate does not see as plural: " + "; ".join(missed)


def test_every_counted_string_reads_as_english_for_one_and_two(
    qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)  # installs the English plural forms, as the app does
    messages = counted_messages(tmp_path)
    wrong = []
    for context, source, disambiguation in messages:
        one = QCoreApplication.translate(context, source, disambiguation or None, 1)
        two = QCoreApplication.translate(context, source, disambiguation or None, 2)
        problems = [
            text for text in (one, two) if CHOICE_MARK.search(text) or "%n" in text or "%Ln" in text
        ]
        if problems or one.replace("1", "") == two.replace("2", ""):
            wrong.append(f"{context}: {source!r} gives {one!r} and {two!r}")
    assert not wrong, "\n".join(wrong)


def test_a_plain_string_never_says_s_in_brackets() -> None:
    # "(s)" belongs only in a counted string, where the catalogue chooses the form.
    offenders = []
    for path in UI.rglob("*.py"):
        for literal in re.findall(r'"([^"\n]*\(e?s\)[^"\n]*)"', path.read_text(encoding="utf-8")):
            if "%n" not in literal and "%Ln" not in literal:
                offenders.append(f"{path.name}: {literal}")
    assert not offenders


@pytest.mark.parametrize(("count", "expected"), [(0, "0 pages"), (1, "1 page"), (21, "21 pages")])
def test_english_takes_the_singular_for_one_only(count: int, expected: str) -> None:
    translator = EnglishPlurals({("Ctx", "%n page(s)", ""): ("%n page", "%n pages")})
    assert translator.translate("Ctx", "%n page(s)", None, count) == expected.replace(
        str(count), "%n"
    )
    assert translator.translate("Ctx", "elsewhere", None, -1) is None


def test_the_shipped_catalogues_hold_only_finished_forms() -> None:
    folder = resource_dir("translations") / "en"
    for catalogue in folder.glob("*.ts"):
        assert 'type="unfinished"' not in catalogue.read_text(encoding="utf-8"), catalogue.name
