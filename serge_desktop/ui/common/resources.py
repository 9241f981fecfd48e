"""Finds the bundled resources and registers them with Qt: icon search path, fonts, translations."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QDir, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

READING_FONT_FAMILY = "Charis SIL"


def resource_dir(name: str) -> Path:
    return Path(str(resources.files("serge_desktop.resources").joinpath(name)))


def register_resources(app: QGuiApplication) -> list[QTranslator]:
    """Run once after the application object exists; returns translators to keep alive."""
    QDir.addSearchPath("icons", str(resource_dir("icons")))
    QDir.addSearchPath("styles", str(resource_dir("styles")))
    for font in sorted(resource_dir("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    return _install_translators(app)


def _install_translators(app: QGuiApplication) -> list[QTranslator]:
    installed = []
    locale = QLocale()
    ours = QTranslator(app)
    if ours.load(locale, "serge_desktop", "_", str(resource_dir("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    # Qt's own catalogue translates the standard dialogs' buttons.
    qt_base = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(locale, "qtbase", "_", qt_path):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
