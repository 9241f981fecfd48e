"""Help ▸ User Guide: the guide shipped with the app (resources/guide), read offline in a window.

The English guide is ``resources/guide/index.html``; each translation is the same page in a folder
named by its language (``resources/guide/fr/index.html``) with its own pictures. The guide shown
is the interface's language's, else the English one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.ui.common.resources import resource_dir

GUIDE_PAGE = "index.html"


def guide_folder() -> Path:
    return resource_dir("guide")


def guide_page(language: str | None = None) -> Path:
    """The guide's first page in ``language`` (the interface's by default), else in English.

    The interface's language is the default locale's: ui.startup.translations sets it to the
    language it installed, and English where it has no catalogue.
    """
    if language is None:
        language = QLocale.languageToCode(QLocale().language())
    translated = guide_folder() / language / GUIDE_PAGE
    return translated if translated.is_file() else guide_folder() / GUIDE_PAGE


class GuideDialog(QDialog):
    """A window of its own (not modal), so the guide stays open beside the study window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serge Desktop User Guide"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        # Links within the guide are followed here; any other address goes to the browser.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        # A picture not found beside a translated page is the English guide's.
        self.browser.setSearchPaths([str(guide_folder())])
        self.page = guide_page()
        self.back = QPushButton(self.tr("&Back"), self)
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.home = QPushButton(self.tr("&Contents"), self)
        self.home.clicked.connect(self.show_start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.home)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.resize(900, 720)
        self.show_start()

    def show_start(self) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(self.page)))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.isRelative() and url.path() == "" and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        self.browser.setSource(self.browser.source().resolved(url))
