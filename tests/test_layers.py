"""Imports point one way: ui -> services -> storage -> core, and cli -> services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "serge_desktop"

# What each layer may not import (prefix match on the imported module's name).
FORBIDDEN = {
    "core": (
        "PySide6",
        "peewee",
        "playhouse",
        "serge_desktop.storage",
        "serge_desktop.services",
        "serge_desktop.ui",
        "serge_desktop.cli",
    ),
    "storage": ("PySide6", "serge_desktop.services", "serge_desktop.ui", "serge_desktop.cli"),
    # Services may ask Qt's core module where per-user data lives, but never for widgets or GUI.
    "services": ("PySide6.QtWidgets", "PySide6.QtGui", "serge_desktop.ui", "serge_desktop.cli"),
    "ui": ("peewee", "playhouse", "serge_desktop.storage.models", "serge_desktop.cli", "sqlite3"),
    "cli": (
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "peewee",
        "playhouse",
        "serge_desktop.storage.models",
        "serge_desktop.ui",
    ),
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer: str) -> None:
    files = layer_files(layer)
    assert files, f"no modules found in {layer}"
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in sorted(imported_modules(path))
        if name.startswith(FORBIDDEN[layer])
    ]
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_a_wrong_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtWidgets import QWidget\nimport peewee\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "peewee"} <= imported_modules(module)


def test_the_command_line_does_not_load_the_ui_by_name() -> None:
    # importlib.import_module("serge_desktop.ui…") would get past the import check above.
    wrong = [
        str(path.relative_to(PACKAGE))
        for path in layer_files("cli")
        if "serge_desktop.ui" in path.read_text(encoding="utf-8")
    ]
    assert not wrong, wrong
