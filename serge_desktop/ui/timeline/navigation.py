"""How the timeline moves: wheel, pinch, drag and keys turned into zoom, pan and selection.

The scheme (also the view's status tip): arrow keys go to the previous or next event in time,
Enter opens its passage; + and − (also Ctrl+= and Ctrl+−, the reader's own zoom keys, while the
timeline has focus) zoom; Shift+Left/Right and Page Up/Down move in time; Home fits all and goes
to the first event, End to the last; Z zooms to the selected event. The wheel moves in time,
Ctrl+wheel and pinching zoom around the pointer, and dragging the background moves in time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture

from serge_desktop.ui.timeline.geometry.scale import Window, panned

if TYPE_CHECKING:
    from serge_desktop.ui.timeline.view import TimelineView

ZOOM_STEP = 1.25  # per key press or wheel notch
PAN_SHARE = 0.125  # of the visible span, per wheel notch or Shift+arrow
PAGE_SHARE = 0.9  # per Page Up or Page Down
NOTCH = 120  # a wheel's angle delta for one notch
Key = Qt.Key
Mod = Qt.KeyboardModifier
ZOOM_IN_KEYS = (Key.Key_Plus, Key.Key_Equal)
ZOOM_OUT_KEYS = (Key.Key_Minus, Key.Key_Underscore)


def _plain(e: QKeyEvent) -> Qt.KeyboardModifier:
    """The modifiers that matter: the keypad flag says nothing of what the user meant."""
    return e.modifiers() & ~Mod.KeypadModifier


class TimelineNavigation:
    """Turns the user's input on a TimelineView into calls of its zoom, pan and selection."""

    def __init__(self, view: TimelineView) -> None:
        self._view = view
        self._drag: tuple[float, Window] | None = None  # where the drag began, what was shown

    # Keys ----------------------------------------------------------------------------------------

    def takes_shortcut(self, e: QKeyEvent) -> bool:
        """Whether a key the window takes as a shortcut is ours while the timeline has focus."""
        zoom_key = e.key() in (*ZOOM_IN_KEYS, *ZOOM_OUT_KEYS)
        return zoom_key and not (_plain(e) & ~(Mod.ControlModifier | Mod.ShiftModifier))

    def key(self, e: QKeyEvent) -> bool:
        """Act on a key press; False for a key the timeline leaves to its parents."""
        view, key, mods = self._view, e.key(), _plain(e)
        if self.takes_shortcut(e):
            view.zoom_by(ZOOM_STEP if key in ZOOM_IN_KEYS else 1 / ZOOM_STEP)
        elif key in (Key.Key_Left, Key.Key_Right) and mods & Mod.ShiftModifier:
            self.pan_share(PAN_SHARE if key == Key.Key_Right else -PAN_SHARE)
        elif key in (Key.Key_PageUp, Key.Key_PageDown):
            self.pan_share(PAGE_SHARE if key == Key.Key_PageDown else -PAGE_SHARE)
        elif mods & ~Mod.ShiftModifier:
            return False  # Ctrl+, Alt+ and Meta+ keys belong to the window's shortcuts
        elif key in (Key.Key_Right, Key.Key_Down):
            view.step_selection(+1)
        elif key in (Key.Key_Left, Key.Key_Up):
            view.step_selection(-1)
        elif key == Key.Key_Home:
            view.fit_all()
            view.select_edge(last=False)
        elif key == Key.Key_End:
            view.select_edge(last=True)
        elif key == Key.Key_Z:
            view.zoom_to_selection()
        elif key in (Key.Key_Return, Key.Key_Enter) and view.selected_event_id() is not None:
            view.event_activated.emit(view.selected_event_id())
        else:
            return False
        return True

    # Wheel, drag and pinch -----------------------------------------------------------------------

    def pan_share(self, share: float) -> None:
        self._view.pan_by(share * self._view.visible_window().span)

    def wheel(self, e: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the pointer; the wheel otherwise moves in time."""
        angle, pixels = e.angleDelta(), e.pixelDelta()
        if e.modifiers() & Mod.ControlModifier:
            notches = (angle.y() or angle.x()) / NOTCH
            if notches:
                self._view.zoom_by(ZOOM_STEP**notches, e.position().x())
        elif not pixels.isNull():  # a touchpad: the content follows the fingers
            self._view.pan_by(-(pixels.x() or pixels.y()) * self._view.years_per_pixel())
        else:
            notches = (angle.x() or angle.y()) / NOTCH
            self.pan_share(-notches * PAN_SHARE)
        e.accept()

    def start_drag(self, pos: QPointF) -> None:
        self._drag = (pos.x(), self._view.visible_window())
        self._view.setCursor(Qt.CursorShape.ClosedHandCursor)

    def drag_to(self, pos: QPointF) -> bool:
        """Move in time so that the moment grabbed stays under the pointer; False if no drag."""
        if self._drag is None:
            return False
        x, window = self._drag
        view = self._view
        years = (x - pos.x()) * view.years_per_pixel()
        view.set_visible_window(panned(window, years, view.whole_window()))
        return True

    def end_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            self._view.unsetCursor()

    def gesture(self, e: QEvent) -> bool:
        """Pinch to zoom: a touchpad's native zoom gesture, or a touch screen's pinch."""
        if isinstance(e, QNativeGestureEvent):
            if e.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self._view.zoom_by(1 + e.value(), e.position().x())
                e.accept()
                return True
            return False
        if isinstance(e, QGestureEvent):
            pinch = e.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self._view.mapFromGlobal(pinch.centerPoint().toPoint())
                self._view.zoom_by(pinch.scaleFactor(), centre.x())
                e.accept(pinch)
                return True
        return False
