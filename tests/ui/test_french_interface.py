"""The interface in French, from the catalogues the build compiles: words, numbers, letters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.language_choice import chosen_language
from serge_desktop.ui.common.number_words import clauses, percent, percent_suffix
from serge_desktop.ui.features.library.columns import Column
from serge_desktop.ui.features.library.page import LibraryPage
from serge_desktop.ui.features.policy.feature import PolicyFeature
from serge_desktop.ui.features.policy.preferences_dialog import PreferencesDialog
from serge_desktop.ui.features.study.commands import CardCommandTexts, SuspendCardsCommand
from serge_desktop.ui.features.study.interval_words import IntervalWords
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.translations import install_translations
from serge_desktop.ui.timeline.date_wording import say_date
from serge_desktop.ui.timeline.editing.commands import AddEventCommand
from tests.ui.mnemonics import menu_clashes, window_clashes
from tests.ui.test_mnemonics import DIALOGS

NBSP, NARROW = "\u00a0", "\u202f"


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("1936~", "vers 1936"),
        ("1936?", "peut-être 1936"),
        ("1920~/1923~", "au début des années 1920"),
        ("1933/1936", "de 1933 à 1936"),
        ("../1936", "avant 1936"),
        # What English templates cannot say: French grammar, not translated words.
        ("1936-01-01", "1er janvier 1936"),
        ("19XX", "au XXe siècle"),
        ("1936-03-05/1936-04", "du 5 mars 1936 à avril 1936"),
    ],
)
def test_dates_in_words_are_french(edtf: str, words: str) -> None:
    assert say_date(edtf) == words


@pytest.mark.usefixtures("french")
def test_numbers_follow_the_french_locale() -> None:
    assert IntervalWords().say(dt.timedelta(days=365 * 1.5)) == "1,5 ans"
    assert IntervalWords().say(dt.timedelta(days=365 * 3)) == "3 ans"
    assert percent(90) == f"90{NARROW}%"
    assert percent(92.5, 1) == f"92,5{NARROW}%"
    assert percent_suffix() == f"{NARROW}%"
    assert clauses("a", "b") == f"a{NARROW}; b"


@pytest.mark.usefixtures("french")
def test_card_commands_count_in_french(workspace: Workspace) -> None:
    texts = CardCommandTexts()
    assert texts.suspend(1, suspended=True) == "Suspendre 1 carte"
    assert texts.suspend(2, suspended=True) == "Suspendre 2 cartes"
    assert texts.suspend(2, suspended=False) == "Lever la suspension de 2 cartes"
    assert texts.delete(1) == "Supprimer 1 carte"
    assert texts.reset(2) == "Réinitialiser 2 cartes"
    command = SuspendCardsCommand(workspace.cards, ChangeBus(), card_ids=[1, 2], suspended=True)
    assert command.text() == "Suspendre 2 cartes"


@pytest.mark.usefixtures("french")
def test_library_headings_are_not_cut_in_french(qtbot: QtBot) -> None:
    page = LibraryPage()
    qtbot.addWidget(page)
    page.resize(1400, 700)  # a desktop's width: narrower, every column shrinks for the title
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    for column in (Column.EVENTS, Column.NOTES, Column.WORDS, Column.LAST_READ):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert isinstance(title, str)
        needed = header.fontMetrics().horizontalAdvance(title)
        assert header.sectionSize(column) > needed, f"{title!r} is cut"


def test_french_letters_are_unique_in_every_menu_window_and_dialog(
    french_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert french_window.actions.menus()["study"].title() == "É&tude"
    clashes: list[str] = []
    for menu in french_window.actions.menus().values():
        clashes += menu_clashes(menu, menu.title().replace("&", ""))
    clashes += window_clashes(french_window, "main window")
    for kind, build in DIALOGS.items():
        for dialog in build(french_window, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            clashes += window_clashes(dialog, f"{kind.__name__} {dialog.windowTitle()!r}")
            dialog.close()
    assert not clashes, "\n".join(clashes)


def test_a_new_event_is_said_in_french(french_window: MainWindow) -> None:
    said: list[str] = []
    french_window.bus.spoken.connect(said.append)
    article = french_window.current_article()
    assert article is not None
    fields = EventFields("1919-01", "janvier 1919", "Arrive à Petrograd", "life")
    french_window.undo_stack.push(
        AddEventCommand(
            french_window.workspace.timeline,
            french_window.bus,
            article_id=article.id,
            fields=fields,
            passage=None,
        )
    )
    assert said == [f"Événement ajouté{NBSP}: Arrive à Petrograd, janvier 1919."]


def test_the_language_chosen_in_preferences_applies_on_restart(
    window: MainWindow,
    workspace: Workspace,
    qapp: QApplication,
    compiled_catalogues: Path,
    qtbot: QtBot,
) -> None:
    [feature] = [f for f in window.features if isinstance(f, PolicyFeature)]

    def choose_french() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.chosen_language() is None  # follows the system until chosen
        dialog.language.setCurrentIndex(dialog.language.findText("Français"))
        dialog.accept()

    QTimer.singleShot(0, choose_french)
    feature.preferences.trigger()
    assert chosen_language(workspace.data_dir) == "fr"
    assert window.actions.menus()["file"].title() == "&File"  # this window stays as it is

    # The next start: the data folder's choice is installed before the window is built.
    try:
        install_translations(
            qapp, chosen_language(workspace.data_dir), QLocale("en_GB"), compiled_catalogues
        )
        restarted = MainWindow(workspace)
        qtbot.addWidget(restarted)
        assert restarted.actions.menus()["file"].title() == "&Fichier"
        assert QLocale().name() == "fr_FR"
    finally:
        install_translations(qapp)
