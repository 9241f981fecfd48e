"""English plural forms for the interface's counted strings, read from Qt Linguist catalogues.

A counted string is written once with Qt's ``%n`` (``tr("Exported %n page(s)", "", pages)``);
Qt takes the form for the count from a translation's plural forms. English has two forms, so
English needs a catalogue too, as Qt documents (``lupdate -pluralonly``): ours are
``resources/translations/en/<room>.ts``, refreshed by ``make translations``. They hold a few
dozen messages, so this translator reads them when the application starts: no compiled file has
to be built for English. It is installed before any other translator, so a language the reader
chose is always asked first and English only fills in.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from typing_extensions import override

_Key = tuple[str, str, str]  # context, source text, disambiguation
_PROPERTY = "_serge_english_plurals"  # keeps the installed translator alive, and installs it once


class EnglishPlurals(QTranslator):
    """Answers only for counted strings: the singular for 1, the plural for any other count."""

    def __init__(self, forms: dict[_Key, tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forms = forms

    @classmethod
    def from_catalogues(cls, folder: Path, parent: QObject | None = None) -> EnglishPlurals:
        """The finished plural messages of every catalogue in ``folder`` (unfinished ones wait)."""
        forms: dict[_Key, tuple[str, str]] = {}
        for catalogue in sorted(folder.glob("*.ts")):
            forms |= read_plural_forms(catalogue)
        return cls(forms, parent)

    def forms(self) -> dict[_Key, tuple[str, str]]:
        return dict(self._forms)

    @override
    def isEmpty(self) -> bool:
        return not self._forms

    @override
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0:
            return None  # not a counted string: Qt keeps asking, and falls back to the source
        found = self._forms.get((context, source_text, disambiguation or ""))
        if found is None:
            return None
        return found[0] if n == 1 else found[1]


def read_plural_forms(catalogue: Path) -> dict[_Key, tuple[str, str]]:
    """(singular, plural) of each finished counted message in one Linguist catalogue."""
    forms: dict[_Key, tuple[str, str]] = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            numerus = [form.text or "" for form in translation.iter("numerusform")]
            if len(numerus) == 2 and all(numerus):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                forms[key] = (numerus[0], numerus[1])
    return forms


def install_english_plurals(app: QCoreApplication, folder: Path) -> EnglishPlurals:
    """Install the English plural forms once, before any other translator."""
    installed = app.property(_PROPERTY)
    if isinstance(installed, EnglishPlurals):
        return installed
    translator = EnglishPlurals.from_catalogues(folder, app)
    app.installTranslator(translator)
    app.setProperty(_PROPERTY, translator)
    return translator
