"""The study page's splitters: the article above its timeline, the notes beside both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

# First sizes, in proportion: the window keeps the proportions as it takes its size. The notes
# take under a third of the width, so at 1440×900 the chart beside them is wide enough to
# label all 23 of the seed's events; at 1024×700 the column is still 300 pixels wide.
COLUMNS = (1010, 430)
STUDY = (480, 360)  # the article and the timeline
NOTES = (490, 210)  # the list and the editor: at 1024×700 four notes above the editor


class StudyLayout:
    """The article over its timeline in one column, the notes in a column beside them.

    The notes run the window's full height, as a sidebar does: on a short screen (1024×700)
    the list shows several notes above the editor, where sharing the height with the timeline
    left room for one.
    """

    def __init__(
        self, reader: QWidget, timeline: QWidget, notes: QWidget, notes_splitter: QSplitter
    ) -> None:
        self.study = _splitter(Qt.Orientation.Vertical, "readerTimelineSplitter", reader, timeline)
        self.columns = _splitter(Qt.Orientation.Horizontal, "studyNotesSplitter", self.study, notes)
        self._notes = notes_splitter
        # Named anew when the panes were rearranged, so the old arrangement's sizes are not
        # restored into splitters that now run the other way.
        self.splitters = {"columns": self.columns, "study": self.study, "notes": notes_splitter}

    def set_first_sizes(self) -> None:
        """The sizes of a first start (a saved state, restored after, replaces them)."""
        self.columns.setSizes(list(COLUMNS))
        self.study.setSizes(list(STUDY))
        self._notes.setSizes(list(NOTES))


def _splitter(orientation: Qt.Orientation, name: str, first: QWidget, second: QWidget) -> QSplitter:
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    splitter.addWidget(first)
    splitter.addWidget(second)
    # Both grow with the window, each by its share of the room it has.
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    return splitter
