"""Help in French: the user guide and the keyboard shortcuts follow a French interface.

The guide is translated page for page (resources/guide/fr/), with its own pictures; a language
without a guide gets the English one.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.help.feature import HelpFeature
from serge_desktop.ui.features.help.guide_dialog import GUIDE_PAGE, guide_folder, guide_page
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import feature_of

FRENCH = guide_folder() / "fr"


def pages(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.html"))


def pictures(html: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', html)


def test_the_guide_is_french_in_a_french_interface(french_window: MainWindow, qtbot: QtBot) -> None:
    french_window.activateWindow()
    qtbot.keyClick(french_window, Qt.Key.Key_F1)
    guide = feature_of(french_window, HelpFeature).guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.windowTitle() == "Guide d’utilisation de Serge Desktop"
    text = guide.browser.document().toPlainText()
    assert "Guide d’utilisation de Serge Desktop" in text
    assert "Aide ▸ Raccourcis clavier" in text and "Ctrl+Maj+N" in text
    assert Path(guide.browser.source().toLocalFile()).parent == FRENCH
    document = guide.browser.document()
    for name in pictures((FRENCH / GUIDE_PAGE).read_text(encoding="utf-8")):
        assert (FRENCH / name).is_file(), name  # the French pictures, not the English ones
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    guide.browser.anchorClicked.emit(QUrl("#notes"))
    assert guide.browser.verticalScrollBar().value() > 0
    guide.home.click()
    assert Path(guide.browser.source().toLocalFile()) == FRENCH / GUIDE_PAGE
    guide.close()


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert guide_page("de") == guide_folder() / GUIDE_PAGE
    assert guide_page("en") == guide_folder() / GUIDE_PAGE
    assert guide_page("fr") == FRENCH / GUIDE_PAGE


def test_every_english_page_has_a_french_one_with_the_same_sections_and_pictures() -> None:
    assert pages(guide_folder()) == pages(FRENCH)
    for name in pages(guide_folder()):
        english = (guide_folder() / name).read_text(encoding="utf-8")
        french = (FRENCH / name).read_text(encoding="utf-8")
        anchors = re.findall(r'<a name="([^"]+)"', french)
        assert anchors == re.findall(r'<a name="([^"]+)"', english)
        # Every link within the page leads to one of its sections.
        assert set(re.findall(r'href="#([^"]+)"', french)) <= set(anchors)
        assert pictures(french) == pictures(english)
        assert all((FRENCH / picture).is_file() for picture in pictures(french))
        assert french.count("<h2>") == english.count("<h2>")
        assert french.count("<tr>") == english.count("<tr>")


def test_the_french_guide_keeps_french_typography_and_qt_s_french_key_names() -> None:
    html = (FRENCH / GUIDE_PAGE).read_text(encoding="utf-8")
    body = re.sub(r"<[^>]+>", "", html.split("<body>")[1])  # the words, not the markup
    body = re.sub(r"(?s)\*\*gras\*\*|Q:|A:", "", body)  # Markdown and card syntax, as typed
    assert not re.findall(r".{12}[ \n][:;?!]", body)  # a non-breaking space before : ; ? !
    assert not re.findall(r"«[ \n]|[ \n]»", body)
    assert '"' not in body and "Shift" not in body and "Del" not in body
    assert "Maj+F6" in body and "Ctrl+Maj+Suppr" in body and "Page suiv" in body


def test_the_keyboard_shortcuts_are_french_in_a_french_interface(
    french_window: MainWindow,
) -> None:
    help_feature = feature_of(french_window, HelpFeature)
    help_feature.shortcuts_action.trigger()
    dialog = help_feature.shortcuts_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Raccourcis clavier"
    header = dialog.list.headerItem()
    assert [header.text(i) for i in range(3)] == ["Touches", "Commande", "Où"]
    dialog.field.setText("note")
    shown = {(s.command, s.where): s.keys for s in dialog.shown()}
    assert shown[("Ajouter une note", "Édition")] == ("Ctrl+Maj+N",)
    dialog.field.setText("ctrl+maj+n")  # as the French placeholder suggests
    assert [s.command for s in dialog.shown()] == ["Ajouter une note"]
    dialog.close()
