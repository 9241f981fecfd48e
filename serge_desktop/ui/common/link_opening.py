"""Which links the app follows, and how: note: and event: inside, web and e-mail after asking.

Links come from imported articles and from notes, which may come from anyone (a class pack, a
pasted page). A web or e-mail link opens in the system's browser or mail program only after
the user has seen its full address and said yes; nothing is remembered, so every link asks.
Any other kind (file:, javascript:, data:, a bare word) is never opened.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from serge_desktop.core.link_targets import parse_row_id

NOTE_SCHEME = "note"
EVENT_SCHEME = "event"
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
# Resources a note or article may load: only the app's own (icons); never a file or the web.
LOADABLE_SCHEMES = frozenset({"qrc"})


class LinkKind(enum.Enum):
    NOTE = "note"  # to a note in the library
    EVENT = "event"  # to a timeline event
    EXTERNAL = "external"  # web or e-mail: the system opens it, once the user agrees
    REFUSED = "refused"  # anything else: never opened


def link_kind(url: QUrl) -> LinkKind:
    scheme = url.scheme().lower()
    if scheme in (NOTE_SCHEME, EVENT_SCHEME):
        # ASCII digits within SQLite's range only (core.link_targets): "note:²" or an id past
        # 2**63 is not a link, so it can neither wrap round nor overflow a signal's int.
        if in_app_id(url) is None:
            return LinkKind.REFUSED
        return LinkKind.NOTE if scheme == NOTE_SCHEME else LinkKind.EVENT
    if scheme in EXTERNAL_SCHEMES and url.isValid():
        if scheme != "mailto" and not url.host():
            return LinkKind.REFUSED  # "http:foo" names no place to go
        return LinkKind.EXTERNAL
    return LinkKind.REFUSED


def in_app_target(url: QUrl) -> str:
    """The id in ``note:12`` or ``event:6`` (as text; digits when well formed)."""
    return url.path() or url.toString().partition(":")[2]


def in_app_id(url: QUrl) -> int | None:
    """The row id of a well-formed ``note:`` or ``event:`` link; None for anything else."""
    return parse_row_id(in_app_target(url))


def may_load_resource(url: QUrl) -> bool:
    """Whether an image or style sheet named in a document may be loaded: never remote."""
    return url.scheme().lower() in LOADABLE_SCHEMES


def shown_address(url: QUrl) -> str:
    """The address as it will be opened; a host in another script is shown as its real name."""
    readable = url.toDisplayString()
    encoded_host = url.host(QUrl.ComponentFormattingOption.FullyEncoded)
    if encoded_host and encoded_host != url.host():
        # Letters that look Latin but are not (a homograph) show as xn--… in the real name.
        return (
            QCoreApplication.translate("ExternalLinkDialog", "%1\n(real address: %2)")
            .replace("%1", readable)
            .replace("%2", url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        )
    return readable


class ExternalLinkDialog(QMessageBox):
    """Names the full address and asks whether to open it; "Cancel" is the default."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Open Link?"))
        self.setAccessibleName(self.tr("Open link"))
        if url.scheme().lower() == "mailto":
            self.setText(self.tr("Write an e-mail with your mail program to this address?"))
        else:
            self.setText(self.tr("Open this address in your web browser?"))
        self.setInformativeText(shown_address(url))
        self.open_button = self.addButton(self.tr("Open Link"), QMessageBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(self.tr("Open the link"))
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)  # Enter does not open a link by accident
        self.setEscapeButton(self.cancel_button)


def confirm_external_link(parent: QWidget | None, url: QUrl) -> bool:
    """Ask whether to open ``url`` outside the app; True when the user chose "Open Link"."""
    dialog = ExternalLinkDialog(url, parent)
    dialog.exec()
    return dialog.clickedButton() is dialog.open_button


def open_external_link(parent: QWidget | None, url: QUrl) -> bool:
    """Open a web or e-mail link after the user agrees; True if it was handed to the system.

    Always asked, with no "don't ask again": on a shared machine the next patron must not
    inherit a choice, and a link in an imported article is text someone else wrote.
    """
    if link_kind(url) is not LinkKind.EXTERNAL:
        refuse_link(parent, url)
        return False
    if not confirm_external_link(parent, url):
        return False
    return QDesktopServices.openUrl(url)


def refuse_link(parent: QWidget | None, url: QUrl) -> None:
    """Say, in the window's status bar, that a link of this kind is not followed."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        message = QCoreApplication.translate(
            "ExternalLinkDialog", "This link is not opened: only web and e-mail links are (%1)."
        ).replace("%1", url.scheme() or url.toString()[:40])
        window.statusBar().showMessage(message, 6000)
