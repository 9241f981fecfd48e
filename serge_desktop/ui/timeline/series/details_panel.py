"""The selected event's details on the series page: who tells it, their dates and evidence.

Signals:
    claim_requested(int): the user followed a telling's link (its event id) to open its passage.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from serge_desktop.ui.timeline.series.chart_data import SeriesItem
from serge_desktop.ui.timeline.series.series_words import CLAIM_LINK, item_html


class SeriesDetails(QTextBrowser):
    """Each telling of the selected event, with a link that opens its passage in its article."""

    claim_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Event details"))
        self.setOpenLinks(False)  # a telling's link opens its article here, not a browser
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.show_item(None, {})

    def show_item(self, item: SeriesItem | None, titles: Mapping[int, str]) -> None:
        if item is None:
            self.setHtml(
                "<qt><p>"
                + self.tr(
                    "Select an event to see which articles tell it, the date each gives, "
                    "and the sentence each gives as evidence."
                )
                + "</p></qt>"
            )
            return
        self.setHtml(item_html(item, titles, links=True))

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(CLAIM_LINK) and text[len(CLAIM_LINK) :].isdigit():
            self.claim_requested.emit(int(text[len(CLAIM_LINK) :]))
