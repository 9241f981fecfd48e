"""The window's one channel for what changed and which article is shown (Anki's change hooks).

Views connect to ``changed`` and refresh for the flags they show; whoever writes (an undo
command, an import, a restore) announces what it changed. No view is handed a refresh callback.

Signals:
    changed(Changes): something in the library changed; each view reads the flags it cares about.
    article_opened(ArticleView): the window shows this article (again, after a reload).
    article_read(int, datetime): the article of this id was read until now (opened, or left with
        its reading position kept): its "last read" is this time. Not a ``Changes``: nothing
        listed needs reading again for it, only this one time shown.
    spoken(str): words for what the reader just made ("Highlight added."); the window shows them
        in its status bar and announces them to a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from serge_desktop.services.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)
    article_opened = Signal(object)
    article_read = Signal(int, object)
    spoken = Signal(str)

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed; a change of nothing is not announced."""
        if changes:
            self.changed.emit(changes)

    def say(self, message: str) -> None:
        """Tell the reader in words what just happened, on screen and to a screen reader."""
        if message:
            self.spoken.emit(message)
