"""Links in notes and articles: in-app links followed, web and e-mail after asking, others never.

The system's browser is replaced with QDesktopServices.setUrlHandler, so nothing really opens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.ui.common.link_opening import ExternalLinkDialog, LinkKind, link_kind
from serge_desktop.ui.notes.preview import NotePreview
from serge_desktop.ui.shell.main_window import MainWindow


class Browser(QObject):
    """Stands in for the system's browser and mail program."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp: object) -> Iterator[Browser]:
    handler = Browser()
    for scheme in ("http", "https", "mailto", "file"):
        # PySide6 wants the slot's name as str at run time, though its stubs say bytes.
        QDesktopServices.setUrlHandler(scheme, handler, "open")  # type: ignore[arg-type]
    yield handler
    for scheme in ("http", "https", "mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


class LinkDialogs:
    """Answers every link dialog that opens ("open" or "cancel"), noting what each said."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(20)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExternalLinkDialog) and dialog.isVisible():
            self.seen.append(dialog.informativeText())
            button = dialog.open_button if self.answer == "open" else dialog.cancel_button
            button.click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def preview(qtbot: QtBot) -> NotePreview:
    widget = NotePreview()
    qtbot.addWidget(widget)
    return widget


def test_a_web_link_opens_only_after_the_user_agrees(
    preview: NotePreview, browser: Browser
) -> None:
    url = "https://socialistworker.co.uk/long-reads/victor-serge?from=notes#top"
    dialogs = LinkDialogs("open")
    preview.anchorClicked.emit(QUrl(url))
    dialogs.stop()
    assert dialogs.seen == [url]  # the dialog named the whole address
    assert browser.opened == [url]


def test_cancel_opens_nothing_and_nothing_is_remembered(
    preview: NotePreview, browser: Browser
) -> None:
    dialogs = LinkDialogs("cancel")
    preview.anchorClicked.emit(QUrl("http://example.com/"))
    preview.anchorClicked.emit(QUrl("http://example.com/"))
    dialogs.stop()
    assert len(dialogs.seen) == 2  # asked both times
    assert browser.opened == []


def test_an_email_link_asks_too(preview: NotePreview, browser: Browser) -> None:
    dialogs = LinkDialogs("open")
    preview.anchorClicked.emit(QUrl("mailto:editor@example.com"))
    dialogs.stop()
    assert dialogs.seen == ["mailto:editor@example.com"]
    assert browser.opened == ["mailto:editor@example.com"]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.com/file",
        "relative/page.html",
        "http:no-host",
    ],
)
def test_other_links_are_never_opened(preview: NotePreview, browser: Browser, url: str) -> None:
    dialogs = LinkDialogs("open")
    preview.anchorClicked.emit(QUrl(url))
    dialogs.stop()
    assert dialogs.seen == []
    assert browser.opened == []


def test_note_and_event_links_stay_in_the_app(
    preview: NotePreview, browser: Browser, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(preview.note_link_activated) as note:
        preview.anchorClicked.emit(QUrl("note:12"))
    with qtbot.waitSignal(preview.event_link_activated) as event:
        preview.anchorClicked.emit(QUrl("event:6"))
    assert note.args == [12] and event.args == [6]
    assert link_kind(QUrl("note:12; rm")) is LinkKind.REFUSED
    assert browser.opened == []


def test_a_look_alike_address_shows_its_real_name(preview: NotePreview, browser: Browser) -> None:
    dialogs = LinkDialogs("cancel")
    preview.anchorClicked.emit(QUrl("https://ex\u0430mple.com/"))  # a Cyrillic "а"
    dialogs.stop()
    assert "xn--" in dialogs.seen[0]


def test_a_link_in_an_article_asks_first(window: MainWindow, browser: Browser) -> None:
    dialogs = LinkDialogs("open")
    window.reader.anchorClicked.emit(QUrl("https://example.com/source"))
    window.reader.anchorClicked.emit(QUrl("file:///etc/passwd"))
    dialogs.stop()
    assert dialogs.seen == ["https://example.com/source"]
    assert browser.opened == ["https://example.com/source"]
    assert "not opened" in window.statusBar().currentMessage()


def test_html_in_a_note_is_shown_as_text(preview: NotePreview) -> None:
    preview.show_markdown(
        'Before <b>bold</b> <script>alert("x")</script> <img src="http://example.com/p.png">'
    )
    text = preview.document().toPlainText()
    assert "<b>bold</b>" in text and "<script>" in text
    html = preview.document().toHtml()
    assert "&lt;img" in html and "<img" not in html  # the tag typed, not an image
    assert "font-weight:700" not in html  # and nothing made bold


def test_images_in_notes_and_articles_are_not_loaded(
    preview: NotePreview, window: MainWindow, tmp_path: Path
) -> None:
    picture = tmp_path / "picture.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    local = QUrl.fromLocalFile(str(picture))
    remote = QUrl("http://example.com/a.png")
    preview.show_markdown(f"![here]({local.toString()}) ![there]({remote.toString()})")
    preview.grab()  # lays out and paints: any image would be asked for now
    for view in (preview, window.reader):
        for url in (local, remote):
            assert view.loadResource(QTextDocument.ResourceType.ImageResource.value, url) is None
    assert preview.document().resource(QTextDocument.ResourceType.ImageResource.value, local) in (
        None,
        QImage(),
    )


def test_huge_and_odd_ids_never_reach_the_window_as_wrong_ids(
    window: MainWindow, qtbot: QtBot
) -> None:
    followed: list[int] = []
    window.notes.preview.event_link_activated.connect(followed.append)
    window.notes.preview.note_link_activated.connect(followed.append)
    # A C++ int would overflow (a crash) or wrap round to event 6; these stay what they are.
    window.notes.preview.anchorClicked.emit(QUrl("note:2147483660"))
    window.notes.preview.anchorClicked.emit(QUrl("event:4294967302"))
    assert followed == [2147483660, 4294967302]
    assert "not in this article" in window.statusBar().currentMessage()
    followed.clear()
    for odd in ("note:²", "note:99999999999999999999", "event:-1"):
        assert link_kind(QUrl(odd)) is LinkKind.REFUSED
        window.notes.preview.anchorClicked.emit(QUrl(odd))
    assert followed == []


def test_a_link_with_an_ill_formed_id_is_shown_as_plain_text(preview: NotePreview) -> None:
    preview.show_markdown("See [a note](note:²) and [another](note:3).")
    html = preview.document().toHtml()
    assert "note:²" not in html and 'href="note:3"' in html
    assert "a note" in preview.toPlainText()
