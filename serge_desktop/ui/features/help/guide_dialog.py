"""Help ▸ User Guide: the guide shipped with the app (resources/guide), read offline in a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
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
        self.browser.setSearchPaths([str(guide_folder())])
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
        self.browser.setSource(QUrl.fromLocalFile(str(guide_folder() / GUIDE_PAGE)))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.isRelative() and url.path() == "" and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        self.browser.setSource(self.browser.source().resolved(url))
