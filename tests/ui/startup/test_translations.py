"""The interface's language: the system's or the reader's choice, Qt's catalogue and ours."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from serge_desktop.ui.startup.translations import (
    chosen_language,
    install_translations,
    interface_locale,
    set_chosen_language,
)

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context><name>MainActions</name>
<message><source>&amp;Quit</source><translation>&amp;Quitter</translation></message>
<message numerus="yes"><source>%n note(s)</source>
<translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
</message>
</context>
</TS>
"""


@pytest.fixture
def catalogues(tmp_path: Path) -> Path:
    """Our catalogue compiled by lrelease, as the build does."""
    source = tmp_path / "shell.ts"
    source.write_text(CATALOGUE, encoding="utf-8")
    script = "from PySide6.scripts.pyside_tool import lrelease\nlrelease()"
    target = tmp_path / "serge_desktop_fr.qm"
    subprocess.run(
        [sys.executable, "-c", script, "-silent", str(source), "-qm", str(target)], check=True
    )
    return tmp_path


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translations(qapp)  # back to the system's language for the other tests


def translate(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("MainActions", text, None, count)


@pytest.mark.parametrize(
    ("chosen", "system", "language", "locale"),
    [
        (None, "fr_FR", "fr", "fr_FR"),
        (None, "fr_CA", "fr", "fr_CA"),
        (None, "en_GB", "en", "en_GB"),
        (None, "de_DE", "en", "de_DE"),  # not ours: English words, German dates and numbers
        ("fr", "en_GB", "fr", "fr_FR"),
        ("en", "fr_FR", "en", "en_US"),
        ("fr", "fr_BE", "fr", "fr_BE"),  # the system's own French keeps its formats
    ],
)
def test_the_language_comes_from_the_system_unless_chosen(
    chosen: str | None, system: str, language: str, locale: str
) -> None:
    said, formats = interface_locale(chosen, QLocale(system))
    assert (said, formats.name()) == (language, locale)


def test_french_installs_qt_s_catalogue_and_ours(app: QApplication, catalogues: Path) -> None:
    installed = install_translations(app, "fr", QLocale("en_GB"), catalogues)
    assert installed.language == "fr"
    assert set(installed.catalogues) == {"qtbase_fr.qm", "serge_desktop_fr.qm"}
    assert translate("&Quit") == "&Quitter"
    assert translate("%n note(s)", 1) == "1 note" and translate("%n note(s)", 3) == "3 notes"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QLocale().language() == QLocale.Language.French  # dates and numbers follow
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"


def test_english_installs_nothing_and_undoes_french(app: QApplication, catalogues: Path) -> None:
    install_translations(app, "fr", QLocale("en_GB"), catalogues)
    installed = install_translations(app, None, QLocale("en_GB"), catalogues)
    assert (installed.language, installed.catalogues) == ("en", ())
    assert translate("&Quit") == "&Quit"
    assert QLocale().name() == "en_GB"


def test_a_system_in_another_language_gets_english_throughout(
    app: QApplication, catalogues: Path
) -> None:
    installed = install_translations(app, None, QLocale("de_DE"), catalogues)
    assert installed.catalogues == ()  # not English words with German buttons
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_choice_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    assert chosen_language(tmp_path) is None
    assert chosen_language(None) is None
    set_chosen_language(tmp_path, "fr")
    assert chosen_language(tmp_path) == "fr"
    assert "interface_language=fr" in (tmp_path / "preferences.ini").read_text()
    set_chosen_language(tmp_path, None)
    assert chosen_language(tmp_path) is None
    with pytest.raises(ValueError, match="not an interface language"):
        set_chosen_language(tmp_path, "de")
    (tmp_path / "preferences.ini").write_text("[preferences]\ninterface_language=klingon\n")
    assert chosen_language(tmp_path) is None  # a value edited by hand is ignored, not obeyed
