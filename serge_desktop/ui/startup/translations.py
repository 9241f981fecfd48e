"""The interface's language: Qt's own translations and ours, chosen from the system or a setting.

The language comes from the system locale unless the reader chose one in Preferences
(``ui.common.language_choice``, kept in the data folder). It applies on restart: the
window's strings are translated once, when it is built. ``QLocale.setDefault`` makes every
``QLocale()`` (dates, numbers, sizes) follow the same choice.

Our catalogue is ``serge_desktop_<language>.qm`` among the bundled resources, compiled at build
time from ``resources/translations/<language>/*.ts`` (one catalogue per window room); Qt's own
``qtbase_<language>.qm`` (the standard dialogs' buttons) comes with PySide6.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from serge_desktop.ui.common.language_choice import (
    INTERFACE_LANGUAGES,
    chosen_language,
    set_chosen_language,
)
from serge_desktop.ui.common.resources import resource_dir

__all__ = [
    "INTERFACE_LANGUAGES",
    "InstalledLanguage",
    "chosen_language",
    "install_translations",
    "interface_locale",
    "set_chosen_language",
]

SOURCE_LANGUAGE = "en"
_PROPERTY = "_serge_interface_translators"  # keeps the installed translators alive


@dataclass(frozen=True, slots=True)
class InstalledLanguage:
    """What ``install_translations`` chose and which catalogues it found."""

    locale_name: str  # "fr_FR", "en_GB"
    language: str  # "fr", "en"
    catalogues: tuple[str, ...]  # the .qm files installed


def interface_locale(chosen: str | None, system: QLocale) -> tuple[str, QLocale]:
    """The language to speak and the locale for dates and numbers.

    With no choice: the system's language if we translate it, else English, and the system's
    formats either way. A choice other than the system's language brings its own formats.
    """
    system_language = QLocale.languageToCode(system.language())
    if chosen is None or chosen == system_language:
        speak = system_language if system_language in INTERFACE_LANGUAGES else SOURCE_LANGUAGE
        return speak, system
    return chosen, QLocale(chosen)


def install_translations(
    app: QCoreApplication,
    chosen: str | None = None,
    system: QLocale | None = None,
    catalogues: Path | None = None,
) -> InstalledLanguage:
    """Install Qt's catalogue and ours for the interface language, replacing any installed before.

    Safe to call again (at start with the system's language, then with the data folder's
    choice once it is known); call it before the window is built. ``catalogues`` is where our
    compiled catalogues are (the bundled resources unless a test says otherwise).
    """
    language, locale = interface_locale(chosen, system or QLocale.system())
    for old in app.property(_PROPERTY) or []:
        app.removeTranslator(old)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    names: list[str] = []
    # Qt's standard dialogs speak only a language we translate: a German system gets English
    # throughout, not English with German buttons.
    if language != SOURCE_LANGUAGE:
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours_path = str(catalogues or resource_dir("translations"))
        for name, folder in (("qtbase", qt_path), ("serge_desktop", ours_path)):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                installed.append(translator)
                names.append(Path(translator.filePath()).name)
    app.setProperty(_PROPERTY, installed)
    return InstalledLanguage(locale.name(), language, tuple(names))
