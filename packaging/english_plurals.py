"""Refresh the English plural catalogues, one per window room, and fill the regular forms.

Counted strings are written with Qt's ``%n`` ("Exported %n page(s)"); English needs their two
forms in a catalogue (``lupdate -pluralonly``), kept as ``resources/translations/en/<room>.ts``.

    python packaging/english_plurals.py   # lupdate each room, then fill what follows the rule

The rule fills only what it can be sure of: a message whose "(s)" or "(es)" marks the only
change between 1 and more ("%n note(s)" → "%n note", "%n notes"). A message that needs more
("%n entries were salvaged") is left unfinished for a person to write in Qt Linguist, and the
test of plural forms names it until then. Finished forms are never changed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "serge_desktop" / "ui"
CATALOGUES = ROOT / "resources" / "translations" / "en"
LUPDATE = "from PySide6.scripts.pyside_tool import lupdate\nlupdate()"
_MARK = re.compile(r"\((e?s)\)")
# Words that change with the count besides the noun: such messages need a person.
_AGREEING = re.compile(r"\b(are|were|have|these|those|them|their|they)\b", re.IGNORECASE)


def rooms(ui: Path = UI) -> dict[str, list[Path]]:
    """Each room (a subpackage of the window's code) and its Python files, sorted."""
    return {
        folder.name: sorted(folder.rglob("*.py"))
        for folder in sorted(p for p in ui.iterdir() if (p / "__init__.py").is_file())
    }


def refresh(catalogues: Path = CATALOGUES) -> None:
    """Bring each room's English plural catalogue up to date with its code."""
    catalogues.mkdir(parents=True, exist_ok=True)
    found = rooms()
    for room, files in found.items():
        sources = [str(f.relative_to(ROOT)) for f in files]
        subprocess.run(
            [sys.executable, "-c", LUPDATE, *sources, "-pluralonly", "-no-obsolete",
             "-silent", "-locations", "none", "-source-language", "en", "-target-language",
             "en", "-ts", str(catalogues / f"{room}.ts")],
            check=True, cwd=ROOT,
        )  # fmt: skip
    for stale in catalogues.glob("*.ts"):
        if stale.stem not in found:
            stale.unlink()


def regular_forms(source: str) -> tuple[str, str] | None:
    """("%n note", "%n notes") for "%n note(s)"; None when the rule cannot be sure."""
    if not _MARK.search(source) or _AGREEING.search(source):
        return None
    return _MARK.sub("", source), _MARK.sub(r"\1", source)


def fill(catalogue: Path) -> list[str]:
    """Write the regular forms into unfinished messages; returns the sources left to a person."""
    tree = ET.parse(catalogue)
    left: list[str] = []
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        forms = regular_forms(source)
        if forms is None:
            left.append(source)
            continue
        for form in list(translation):
            translation.remove(form)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    return left


def main() -> int:
    refresh()
    for catalogue in sorted(CATALOGUES.glob("*.ts")):
        for source in fill(catalogue):
            print(f"{catalogue.name}: write the English forms of {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
