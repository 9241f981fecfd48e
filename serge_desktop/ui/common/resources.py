"""Finds the bundled resources and registers them with Qt: icon and style search paths, fonts.

Translations are installed by ``ui.startup.translations``, which knows the chosen language.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QFontDatabase

READING_FONT_FAMILY = "Charis SIL"


def resource_dir(name: str) -> Path:
    return Path(str(resources.files("serge_desktop.resources").joinpath(name)))


def register_resources() -> None:
    """Run once after the application object exists."""
    QDir.addSearchPath("icons", str(resource_dir("icons")))
    QDir.addSearchPath("styles", str(resource_dir("styles")))
    for font in sorted(resource_dir("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
