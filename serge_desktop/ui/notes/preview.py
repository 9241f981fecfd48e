"""A note's Markdown, shown rendered; links to other notes and to events are followed in the app.

Notes may come from anyone (a class pack, a pasted page), so the rendering is defensive: HTML
written in a note shows as text and is never interpreted, no image or style sheet is loaded from
a file or the network, and a web or e-mail link opens only after the user agrees
(common/link_opening.py). Other links (file:, javascript:, data:) are never followed.

Signals:
    note_link_activated(int): a link such as ``[see](note:12)`` was clicked.
    event_link_activated(int): a link such as ``[Petrograd](event:6)`` was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from serge_desktop.core.link_targets import neutralise_bad_links
from serge_desktop.core.note_markdown import note_html
from serge_desktop.ui.common.link_opening import (
    LinkKind,
    in_app_id,
    link_kind,
    may_load_resource,
    open_external_link,
    refuse_link,
)

# Tables get ruled cells; the HTML itself comes from markdown-it (core/note_markdown.py).
PREVIEW_STYLE = "th, td { border: 1px solid #8a8a8a; padding: 2px 6px; } th { text-align: left; }"


# Qt's own small "file" sign, drawn where a note names an image (its resources are built in).
BLOCKED_IMAGE = ":/qt-project.org/styles/commonstyle/images/file-16.png"


def set_safe_markdown(document: QTextDocument, text: str) -> None:
    """Render ``text`` into ``document`` as Markdown: no HTML interpreted, no image loaded.

    The renderer is the exports' (markdown-it, core/note_markdown.py), not Qt's own Markdown
    reader, so a note looks the same in the Preview as in a file: ``_x_`` is italic in both.
    ``document`` must not be shown yet (a view lays it out, and laying out loads images).
    """
    document.setDefaultStyleSheet(PREVIEW_STYLE)
    # Without its last line break, which Qt would show as a space after the last word.
    document.setHtml(note_html(text).strip())
    _unname_images(document)


def _unname_images(document: QTextDocument) -> None:
    # Qt's image drawing reads a file named by an image by itself when the document gives it
    # nothing, past any loadResource: each image outside the app is renamed to a sign of Qt's
    # own. Done before the document has a view, since laying it out loads the images.
    found: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                image = char_format.toImageFormat()
                if not may_load_resource(QUrl(image.name())):
                    found.append((fragment.position(), fragment.length(), image))
            fragments += 1
        block = block.next()
    for position, length, image in found:
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        image.setName(BLOCKED_IMAGE)
        image.setToolTip(QCoreApplication.translate("NotePreview", "Images are not shown"))
        cursor.setCharFormat(image)


class SafeTextDocument(QTextDocument):
    """A document that loads no image or style sheet it names, except the app's own.

    QTextDocument reads local files (and data: addresses) by itself when its view declines, so
    the refusal has to be here, not only in the view.
    """

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name)
        # Not from the web (the app makes no connection), and not from a file: a shared note
        # could name a file on a network share, which would be a connection too.
        return super().loadResource(kind, url) if may_load_resource(url) else None


class NotePreview(QTextBrowser):
    # object, not int: an id may be any of SQLite's (up to 2**63 - 1), past a C++ int's range.
    note_link_activated = Signal(object)
    event_link_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Note, rendered"))
        self.setDocument(SafeTextDocument(self))
        # Links never open by themselves: a click comes to _on_anchor_clicked, which decides.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_markdown(self, text: str) -> None:
        document = SafeTextDocument(self)
        if text.strip():
            # A note or event link whose id is ill-formed is shown as its words, not a link.
            set_safe_markdown(document, neutralise_bad_links(text))
        else:
            document.setHtml(f"<p><i>{self.tr('Nothing written yet.')}</i></p>")
        previous = self.document()
        self.setDocument(document)
        previous.deleteLater()

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Refused here as well as in the document (see SafeTextDocument).
        return super().loadResource(kind, name) if may_load_resource(QUrl(name)) else None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        kind = link_kind(url)
        target = in_app_id(url)
        if kind is LinkKind.NOTE and target is not None:
            self.note_link_activated.emit(target)
        elif kind is LinkKind.EVENT and target is not None:
            self.event_link_activated.emit(target)
        elif kind is LinkKind.EXTERNAL:
            open_external_link(self, url)
        else:
            refuse_link(self, url)
