"""The interface language the reader chose, kept per data folder; it applies on restart.

The choice is the key ``preferences/interface_language`` of the data folder's
``preferences.ini``, beside the reader's other preferences; empty or absent means "follow the
system". Edit ▸ Preferences writes it; ``ui.startup.translations`` reads it when the window is
built, since every string of the window is translated once, then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

INTERFACE_LANGUAGE_KEY = "preferences/interface_language"
PREFERENCES_FILENAME = "preferences.ini"  # the reader's preferences (ui.reader.settings)
# The interface languages offered, by BCP 47 tag; English is the source and needs no catalogue.
INTERFACE_LANGUAGES = ("en", "fr")
# Each language named in itself, as language menus do: a reader lost in a language they cannot
# read still finds their own.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


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
