"""The application's style, wrapped for two corrections: level tabs and elided headings.

Fusion draws an unselected tab's label a couple of pixels lower than the selected one's
(``PM_TabBarTabShiftVertical``) inside a tab no taller, and the top of a capital's accent falls
outside the label's clip: the page tabs read "Etude". ``AppStyle`` keeps every label at the
same height over whatever style the desktop or the theme chose.

A table's column heading wider than its column is clipped at both ends by default (Qt's headers
do not elide): French headings are longer, and "Événements" read "vénement". Every header the
style polishes ends such a heading in "…" instead.

The style is a Python subclass that Qt calls into, so it must be gone before the interpreter is:
``QApplication.setStyle`` makes the application its owner (it deletes it with the next style),
and ``release_app_style`` swaps in the plain style on the way out, both where the app shuts down
(``ui.startup.app``) and, for scripts and tests that never get there, when Python exits.
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)
from typing_extensions import override

_STYLE_KEY = "_serge_style_key"  # app property: the name of the style under ours ("fusion")
_RELEASE_REGISTERED = "_serge_style_release"  # app property: release_app_style runs at exit


class AppStyle(QProxyStyle):
    """A style like ``base`` but for tab labels, all at the selected one's height, and headings."""

    @override
    def polish(self, widget: QWidget) -> None:  # type: ignore[override]
        super().polish(widget)
        if isinstance(widget, QHeaderView):
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)

    @override
    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def app_style_name(app: QApplication) -> str:
    """The name of the application's style ("fusion"), under our wrapper and any style sheet."""
    key = app.property(_STYLE_KEY)
    return key if isinstance(key, str) else app.style().name()


def known_style(name: str) -> bool:
    return name.lower() in (key.lower() for key in QStyleFactory.keys())  # noqa: SIM118 (a Qt list)


def set_app_style(app: QApplication, name: str) -> None:
    """Put the style ``name`` (a ``QStyleFactory`` key) on the application, its tabs level.

    An unknown name leaves the style as it is.
    """
    if not known_style(name):
        return
    base = QStyleFactory.create(name)
    key = base.name()
    # Qt owns it from here: setStyle parents it to the application (or to the style sheet's style,
    # itself the application's), and deletes it when the next style is set.
    app.setStyle(AppStyle(base))
    app.setProperty(_STYLE_KEY, key)
    if not app.property(_RELEASE_REGISTERED):
        app.setProperty(_RELEASE_REGISTERED, True)
        atexit.register(release_app_style)


def install_app_style(app: QApplication) -> None:
    """Wrap the style the application has now (the desktop's); again, it does nothing."""
    if app.findChild(AppStyle) is None:
        set_app_style(app, app_style_name(app))


def release_app_style(app: QApplication | None = None) -> None:
    """Give the application a plain style of the same name and delete ours, while Python lives.

    Call it once the window is gone; nothing is drawn after it, so the look does not change.
    """
    if app is None:
        instance = QApplication.instance()
        if not isinstance(instance, QApplication) or not shiboken6.isValid(instance):
            return
        app = instance
    if app.findChild(AppStyle) is None:
        return
    if known_style(app_style_name(app)):
        # Qt deletes the style it replaces, ours with it.
        app.setStyle(QStyleFactory.create(app_style_name(app)))
    for left in app.findChildren(AppStyle):  # kept alive elsewhere: not after Python
        if shiboken6.isValid(left):
            shiboken6.delete(left)
