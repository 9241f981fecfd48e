"""The translation tools: one catalogue per window room, and the checker of what they lack."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


checker = _load("translation_check")
tools = _load("translations")


def catalogue(folder: Path, name: str, body: str, language: str = "fr") -> Path:
    path = folder / name
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">\n{body}\n</TS>\n',
        encoding="utf-8",
    )
    return path


def message(source: str, translation: str = "", *, kind: str = "", menu: str = "") -> str:
    attribute = f' type="{kind}"' if kind else ""
    extra = f"<extra-menu>{menu}</extra-menu>" if menu else ""
    return (
        f"<message><source>{source}</source>"
        f"<translation{attribute}>{translation}</translation>{extra}</message>"
    )


def plural(source: str, *forms: str) -> str:
    inner = "".join(f"<numerusform>{form}</numerusform>" for form in forms)
    translation = f"<translation>{inner}</translation>"
    return f'<message numerus="yes"><source>{source}</source>{translation}</message>'


def context(name: str, *messages: str) -> str:
    return f"<context><name>{name}</name>{''.join(messages)}</context>"


def kinds(folder: Path) -> list[tuple[str, str]]:
    return [(p.source, p.kind) for p in checker.check_folder(folder)]


def test_a_complete_catalogue_has_no_problem(tmp_path: Path) -> None:
    catalogue(
        tmp_path,
        "notes.ts",
        context(
            "NotesPane",
            message("&amp;Delete Note", "&amp;Supprimer la note"),
            message("Note written: %1", "Note écrite : %1"),
            plural("%n note(s)", "%n note", "%n notes"),
            message("Tom &amp;&amp; Jerry", "Tom &amp;&amp; Jerry"),
        ),
    )
    assert kinds(tmp_path) == []
    assert checker.main([str(tmp_path)]) == 0


def test_missing_unfinished_and_obsolete_strings_are_listed(tmp_path: Path) -> None:
    catalogue(
        tmp_path,
        "reader.ts",
        context(
            "FindBar",
            message("Find in article", kind="unfinished"),
            message("Matches", "Correspondances", kind="unfinished"),
            message("Old words", "Vieux mots", kind="vanished"),
        ),
    )
    assert kinds(tmp_path) == [
        ("Find in article", "missing"),
        ("Matches", "unfinished"),
        ("Old words", "obsolete"),
    ]
    assert checker.main([str(tmp_path)]) == 1


def test_plural_forms_are_checked(tmp_path: Path) -> None:
    catalogue(
        tmp_path,
        "timeline.ts",
        context(
            "TimelinePane",
            plural("%n event(s)", "%n événement"),
            plural("%n day(s)", "%n jour", ""),
            message("%n page(s)", "%n page(s)"),
        ),
    )
    problems = checker.check_folder(tmp_path)
    assert [(p.source, p.kind) for p in problems] == [
        ("%n event(s)", "plural"),
        ("%n day(s)", "plural"),
        ("%n page(s)", "plural"),
    ]
    assert "2 needed" in problems[0].detail and "empty" in problems[1].detail
    assert "count" in problems[2].detail


def test_placeholders_must_survive_translation(tmp_path: Path) -> None:
    catalogue(tmp_path, "shell.ts", context("AboutDialog", message("%1 of %2", "%1 sur 2")))
    [problem] = checker.check_folder(tmp_path)
    assert (problem.kind, "%2" in problem.detail) == ("placeholder", True)


def test_a_translated_mnemonic_is_unique_in_its_dialog(tmp_path: Path) -> None:
    catalogue(
        tmp_path,
        "features.ts",
        context(
            "ExportDialog",
            message("&amp;Format", "&amp;Format"),
            message("&amp;Notes only", "&amp;Fiches seulement"),
            message("&amp;Undo", "&amp;Annuler"),
            message("&amp;Undo %1", "&amp;Annuler %1"),  # the same action: same letter is fine
            message("E&amp;xport", "Exporter"),
        ),
    )
    problems = checker.check_folder(tmp_path)
    clashes = sorted(p.source for p in problems if "more than once" in p.detail)
    assert clashes == ["&Format", "&Notes only"]
    [lost] = [p for p in problems if "no mnemonic" in p.detail]
    assert lost.source == "E&xport"


def test_menus_of_one_context_are_checked_apart(tmp_path: Path) -> None:
    catalogue(
        tmp_path,
        "shell.ts",
        context(
            "MainActions",
            message("&amp;Open…", "&amp;Ouvrir…", menu="file"),
            message("&amp;Undo", "&amp;Annuler", menu="edit"),
            message("&amp;Quit", "&amp;Quitter", menu="file"),
            message("&amp;Print", "&amp;Quitter l’aperçu", menu="edit"),
        ),
    )
    problems = checker.check_folder(tmp_path)
    # "&Quitter" in File and "&Quitter l’aperçu" in Edit are in different menus; "&Ouvrir" and
    # "&Annuler" too. Nothing clashes.
    assert problems == []
    catalogue(
        tmp_path,
        "shell.ts",
        context(
            "MainActions",
            message("&amp;Open…", "&amp;Ouvrir…", menu="file"),
            message("&amp;Quit", "Qu&amp;itter", menu="file"),
            message("&amp;Import…", "&amp;Importer…", menu="file"),
        ),
    )
    clashes = [p for p in checker.check_folder(tmp_path) if "menu file" in p.detail]
    assert sorted(p.source for p in clashes) == ["&Import…", "&Quit"]


def test_rich_text_entities_are_not_mnemonics() -> None:
    assert checker.mnemonic("a&nbsp;b &#160; &lt;p&gt;") is None
    assert checker.mnemonic("Save &As…") == "a"
    assert checker.mnemonic("Tom && Jerry") is None


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    assert checker.main([str(tmp_path / "nowhere")]) == 2


def test_each_room_of_the_window_is_a_catalogue(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    for room in ("reader", "notes"):
        (ui / room / "dialogs").mkdir(parents=True)
        (ui / room / "__init__.py").write_text("")
        (ui / room / "dialogs" / "one.py").write_text("")
    (ui / "__init__.py").write_text("")
    (ui / "not_a_room").mkdir()
    found = tools.rooms(ui)
    assert list(found) == ["notes", "reader"]
    assert [p.name for p in found["notes"]] == ["__init__.py", "one.py"]
    assert set(tools.rooms()) >= {"common", "notes", "reader", "timeline", "startup"}


def test_a_string_moved_to_another_room_keeps_its_translation(tmp_path: Path) -> None:
    catalogue(tmp_path, "notes.ts", context("NoteCommands", message("Delete", "Supprimer")))
    catalogue(
        tmp_path,
        "common.ts",
        context("NoteCommands", message("Delete", kind="unfinished"), message("Tag", "Étiquette")),
    )
    merged = tools.merged_translations(tmp_path)
    assert merged is not None
    found = {
        (m.findtext("source"), m.findtext("translation")) for m in merged.getroot().iter("message")
    }
    # The finished translation wins over the unfinished copy; nothing is lost.
    assert found == {("Delete", "Supprimer"), ("Tag", "Étiquette")}


# The French catalogues; resources/translations/en/ holds the English plural forms instead
# (tests/ui/test_plurals.py checks those).
@pytest.mark.parametrize("path", sorted((ROOT / "resources" / "translations").glob("fr/*.ts")))
def test_the_committed_catalogues_are_french_qt_catalogues(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert (root.tag, root.get("language"), root.get("sourcelanguage")) == ("TS", "fr", "en")
    assert not [m for m in root.iter("translation") if m.get("type") in ("obsolete", "vanished")]
