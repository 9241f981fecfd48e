"""The reader's selection: deepened until selected text reads on it, and following the theme."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from serge_desktop.ui.common.highlight_colours import readable_selection


class SelectionColours:
    """Keeps ``widget``'s selection colour at 4.5:1 under its selected text, theme after theme.

    The deepened colour is set as the widget's own palette, which Qt would then keep through a
    change of theme; so when the application's palette changes, the own palette is dropped and
    the new theme's selection deepened in its turn.
    """

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._own = False  # the widget's own palette is only our deepened selection

    def start(self) -> None:
        """Deepen the selection now (once the widget can take the change events that follow)."""
        self._deepen()

    def follow(self, event: QEvent) -> bool:
        """Handle the widget's change event; True when its colours changed and stay as they are."""
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._own:
            self._own = False
            self._widget.setPalette(QPalette())  # back to the theme's; deepened again below
            return False
        return event.type() == QEvent.Type.PaletteChange and not self._deepen()

    def _deepen(self) -> bool:
        palette = self._widget.palette()
        readable = readable_selection(palette)
        if readable == palette:
            return False
        self._own = palette.resolveMask() == 0
        self._widget.setPalette(readable)  # a PaletteChange comes back once, then is equal
        return True
