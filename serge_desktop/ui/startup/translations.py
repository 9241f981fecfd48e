"""The interface's language: Qt's own translations and ours, chosen from the system or a setting.

The language comes from the system locale unless the reader chose one in Preferences (the key
``preferences/interface_language`` of the data folder's ``preferences.ini``, beside the reader's
other preferences; empty or absent means "follow the system"). It applies on restart: the
window's strings are translated once, when it is built. ``QLocale.setDefault`` makes every
``QLocale()`` (dates, numbers, sizes) follow the same choice.

Our catalogue is ``serge_desktop_<language>.qm`` among the bundled resources, compiled at build
time from ``resources/translations/<language>/*.ts`` (one catalogue per window room); Qt's own
``qtbase_<language>.qm`` (the standard dialogs' buttons) comes with PySide6.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from serge_desktop.ui.common.resources import resource_dir

INTERFACE_LANGUAGE_KEY = "preferences/interface_language"
PREFERENCES_FILENAME = "preferences.ini"  # the reader's preferences (ui.reader.settings)
# The interface languages offered, by BCP 47 tag; English is the source and needs no catalogue.
INTERFACE_LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"
_PROPERTY = "_serge_interface_translators"  # keeps the installed translators alive


@dataclass(frozen=True, slots=True)
class InstalledLanguage:
    """What ``install_translations`` chose and which catalogues it found."""

    locale_name: str  # "fr_FR", "en_GB"
    language: str  # "fr", "en"
    catalogues: tuple[str, ...]  # the .qm files installed


def chosen_language(data_dir: Path | None) -> str | None:
    """The language set in Preferences for this data folder, or None to follow the system."""
    if data_dir is None:
        return None
    settings = QSettings(str(data_dir / PREFERENCES_FILENAME), QSettings.Format.IniFormat)
    value = str(settings.value(INTERFACE_LANGUAGE_KEY, "") or "")
    return value if value in INTERFACE_LANGUAGES else None


def set_chosen_language(data_dir: Path, language: str | None) -> None:
    """Keep the reader's choice (None or "" follows the system); it applies on restart."""
    if language and language not in INTERFACE_LANGUAGES:
        raise ValueError(f"not an interface language: {language!r}")
    settings = QSettings(str(data_dir / PREFERENCES_FILENAME), QSettings.Format.IniFormat)
    settings.setValue(INTERFACE_LANGUAGE_KEY, language or "")
    settings.sync()


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
