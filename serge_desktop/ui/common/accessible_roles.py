"""Roles for painted widgets, so a screen reader says "chart" rather than a bare "filler".

Qt describes any QWidget subclass it does not know as a generic client area, which AT-SPI
reports as a filler: a reader landing on the timeline would hear a name and nothing saying what
kind of thing it is. A factory installed once gives the widget classes registered here the role
they really have; everything else (their names, descriptions, states, focus) stays Qt's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_ROLES: dict[type[QWidget], QAccessible.Role] = {}


def register_accessible_role(widget_class: type[QWidget], role: QAccessible.Role) -> None:
    """Make every widget of ``widget_class`` (subclasses included) report ``role``."""
    if not _ROLES:
        QAccessible.installFactory(_interface_for)
    _ROLES[widget_class] = role


def _interface_for(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    for widget_class, role in _ROLES.items():
        if isinstance(obj, widget_class):
            return QAccessibleWidget(obj, role)
    return None
