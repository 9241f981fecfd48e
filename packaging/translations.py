"""Refresh and compile the interface's translation catalogues, one per window room.

A room is a subpackage of ``serge_desktop/ui`` (reader, notes, timeline …); each language has a
folder ``resources/translations/<language>/`` with one Qt Linguist catalogue per room, so that
several translators can work at once without touching the same file.

    python packaging/translations.py refresh   # pyside6-lupdate each room, obsolete entries out
    python packaging/translations.py compile   # pyside6-lrelease into serge_desktop_<lang>.qm

A string that moves from one room to another keeps its translation: before refreshing, every
catalogue of the language is merged into each room's, and lupdate then keeps only what that
room's code still says.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "serge_desktop" / "ui"
CATALOGUES = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("fr",)
# Modules directly in serge_desktop/ui (outside any room) would go into this catalogue.
LOOSE_ROOM = "window"


def rooms(ui: Path = UI) -> dict[str, list[Path]]:
    """Each room's name and its Python files; sorted, so catalogues do not churn."""
    found: dict[str, list[Path]] = {}
    for folder in sorted(p for p in ui.iterdir() if (p / "__init__.py").is_file()):
        found[folder.name] = sorted(folder.rglob("*.py"))
    loose = sorted(p for p in ui.glob("*.py") if p.name != "__init__.py")
    if loose:
        found[LOOSE_ROOM] = loose
    return found


def qt_tool(name: str, arguments: list[str]) -> None:
    """Run the lupdate or lrelease that PySide6 ships."""
    script = f"from PySide6.scripts.pyside_tool import {name}\n{name}()"
    subprocess.run([sys.executable, "-c", script, *arguments], check=True, cwd=ROOT)


def merged_translations(language_folder: Path) -> ET.ElementTree[ET.Element] | None:
    """Every message of the language's catalogues in one tree; of two copies, the better one.

    A finished translation beats an unfinished one, and an unfinished one beats none.
    """
    catalogues = sorted(language_folder.glob("*.ts"))
    if not catalogues:
        return None
    merged = ET.parse(catalogues[0])
    root = merged.getroot()
    for context in root.findall("context"):
        root.remove(context)
    contexts: dict[str | None, ET.Element] = {}
    kept: dict[tuple[str | None, ...], tuple[ET.Element, ET.Element]] = {}
    for path in catalogues:
        for context in ET.parse(path).getroot().findall("context"):
            name = context.findtext("name")
            if name not in contexts:
                contexts[name] = ET.SubElement(root, "context")
                ET.SubElement(contexts[name], "name").text = name
            for message in context.findall("message"):
                key = (name, message.findtext("source"), message.findtext("comment"))
                earlier = kept.get(key)
                if earlier is None:
                    contexts[name].append(message)
                    kept[key] = (contexts[name], message)
                elif _rank(message) > _rank(earlier[1]):
                    parent, old = earlier
                    parent.insert(list(parent).index(old), message)
                    parent.remove(old)
                    kept[key] = (parent, message)
    return merged


def _rank(message: ET.Element) -> int:
    """2 for a finished translation, 1 for an unfinished one with words, 0 for none."""
    translation = message.find("translation")
    if translation is None or not "".join(translation.itertext()).strip():
        return 0
    return 1 if translation.get("type") == "unfinished" else 2


def refresh(languages: tuple[str, ...] = LANGUAGES, catalogues: Path = CATALOGUES) -> None:
    """Bring each room's catalogue up to date with its code (``catalogues`` may be a copy)."""
    for language in languages:
        folder = catalogues / language
        folder.mkdir(parents=True, exist_ok=True)
        merged = merged_translations(folder)
        current = rooms()
        for room, files in current.items():
            catalogue = folder / f"{room}.ts"
            if merged is not None:
                merged.write(catalogue, encoding="utf-8", xml_declaration=True)
            sources = [str(f.relative_to(ROOT)) for f in files]
            qt_tool(
                "lupdate",
                [*sources, "-no-obsolete", "-locations", "relative", "-source-language",
                 SOURCE_LANGUAGE, "-target-language", language, "-ts", str(catalogue)],
            )  # fmt: skip
        for stale in folder.glob("*.ts"):
            if stale.stem not in current:  # a room that is gone; its strings live elsewhere now
                stale.unlink()


def compile_catalogues(out: Path = CATALOGUES, languages: tuple[str, ...] = LANGUAGES) -> None:
    """One serge_desktop_<language>.qm per language, for `make run` (the build does its own)."""
    for language in languages:
        catalogues = sorted(str(p) for p in (CATALOGUES / language).glob("*.ts"))
        if catalogues:
            target = out / f"serge_desktop_{language}.qm"
            qt_tool("lrelease", ["-silent", "-nounfinished", *catalogues, "-qm", str(target)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["refresh", "compile"])
    args = parser.parse_args(argv)
    if args.action == "refresh":
        refresh()
    else:
        compile_catalogues()
    return 0


if __name__ == "__main__":
    sys.exit(main())
