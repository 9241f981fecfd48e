"""The structure holds: imports point one way, the window's rooms import only downwards.

Layers: ui -> services -> storage -> core, and cli -> services. The window's code (ui) is rooms
with ranks (common 0; reader, notes, timeline, search 1; window 2; features 3; shell 4;
startup 5): a module imports only its own room or lower ranks, counting every import
(under TYPE_CHECKING and inside functions too), and a feature imports no other feature. Each
rule has a test on the real tree and a test that shows it sees a violation.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "serge_desktop"
UI = PACKAGE / "ui"

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
    # The window and the command line know the library only through the services.
    "ui": ("peewee", "playhouse", "serge_desktop.storage", "serge_desktop.cli", "sqlite3"),
    "cli": (
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "peewee",
        "playhouse",
        "serge_desktop.storage",
        "serge_desktop.ui",
    ),
}

RANKS = {
    "common": 0,
    "reader": 1,
    "notes": 1,
    "timeline": 1,
    "search": 1,
    "window": 2,
    "features": 3,
    "shell": 4,
    "startup": 5,
}

# Modules allowed over MAX_LINES, each with the reason it is not split yet.
MAX_LINES = 400
LONG_MODULES: dict[str, str] = {}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.with_suffix("").relative_to(root.parent).parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = PACKAGE) -> set[str]:
    """Every module ``path`` imports, anywhere in it; relative imports resolved against ``root``."""
    here = module_name(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


# Layers -------------------------------------------------------------------------------------------


def layer_violations(root: Path, layer: str) -> list[str]:
    return [
        f"{path.relative_to(root)} imports {name}"
        for path in python_files(root / layer)
        for name in sorted(imported_modules(path, root))
        if name.startswith(FORBIDDEN[layer])
    ]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer: str) -> None:
    assert python_files(PACKAGE / layer), f"no modules found in {layer}"
    wrong = layer_violations(PACKAGE, layer)
    assert not wrong, "\n".join(wrong)


def test_the_layer_check_sees_the_window_and_the_command_line_reach_storage(
    tmp_path: Path,
) -> None:
    root = tmp_path / "serge_desktop"
    for layer, source in (
        ("ui", "def f():\n    from serge_desktop.storage.errors import StorageError\n"),
        ("cli", "from serge_desktop.storage import models\n"),
    ):
        (root / layer).mkdir(parents=True)
        (root / layer / "sly.py").write_text(source, encoding="utf-8")
    assert layer_violations(root, "ui") == [
        "ui/sly.py imports serge_desktop.storage.errors",
        "ui/sly.py imports serge_desktop.storage.errors.StorageError",
    ]
    assert layer_violations(root, "cli")[0] == "cli/sly.py imports serge_desktop.storage"


def test_the_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "serge_desktop" / "ui" / "notes"
    package.mkdir(parents=True)
    module = package / "bad.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "import peewee\n"
        "if TYPE_CHECKING:\n"
        "    from serge_desktop.storage.models import Note\n"
        "def later():\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "from ..shell import main_window\n",
        encoding="utf-8",
    )
    names = imported_modules(module, tmp_path / "serge_desktop")
    assert {"peewee", "serge_desktop.storage.models", "PySide6.QtWidgets"} <= names
    assert "serge_desktop.ui.shell.main_window" in names


def test_the_command_line_does_not_load_the_ui_by_name() -> None:
    # importlib.import_module("serge_desktop.ui…") would get past the import check above.
    wrong = [
        str(path.relative_to(PACKAGE))
        for path in python_files(PACKAGE / "cli")
        if "serge_desktop.ui" in path.read_text(encoding="utf-8")
    ]
    assert not wrong, wrong


def proxy_readers(root: Path) -> list[str]:
    """Modules outside storage that reach for the database the models happen to be bound to."""
    return [
        str(path.relative_to(root))
        for path in python_files(root)
        if path.relative_to(root).parts[0] != "storage"
        and "database_proxy" in path.read_text(encoding="utf-8")
    ]


def test_only_storage_touches_the_global_database_proxy() -> None:
    assert proxy_readers(PACKAGE) == []


def test_the_proxy_check_sees_a_reader(tmp_path: Path) -> None:
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "sly.py").write_text("db = m.database_proxy.obj\n", encoding="utf-8")
    assert proxy_readers(tmp_path) == ["services/sly.py"]


# The window's rooms ----------------------------------------------------------------------------


def room_of(path: Path, ui: Path) -> str | None:
    parts = path.relative_to(ui).parts
    return parts[0] if len(parts) > 1 else None


def rank_violations(ui: Path, package: str = "serge_desktop.ui") -> list[str]:
    """One line per module and room it should not import (however many names it takes)."""
    wrong = set()
    for path in python_files(ui):
        room = room_of(path, ui)
        if room is None:
            continue
        for name in imported_modules(path, ui.parent):
            parts = name.split(".")
            if name.startswith(package + ".") and len(parts) > 2:
                other = parts[2]
                if other != room and RANKS.get(other, 99) >= RANKS.get(room, -1):
                    wrong.add(f"{path.relative_to(ui)} ({room}) imports from {other}")
    return sorted(wrong)


def test_rooms_import_only_their_own_or_lower_ranks() -> None:
    assert {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(RANKS)
    wrong = rank_violations(UI)
    assert not wrong, "\n".join(wrong)


def test_the_rank_check_sees_an_upward_import(tmp_path: Path) -> None:
    ui = tmp_path / "serge_desktop" / "ui"
    (ui / "notes").mkdir(parents=True)
    (ui / "notes" / "pane.py").write_text(
        "def later():\n    from serge_desktop.ui.features import export\n", encoding="utf-8"
    )
    (ui / "reader").mkdir()
    (ui / "reader" / "view.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from serge_desktop.ui.notes.pane import NotesPane\n",
        encoding="utf-8",
    )
    assert rank_violations(ui) == [
        "notes/pane.py (notes) imports from features",  # up a rank
        "reader/view.py (reader) imports from notes",  # across to a room of the same rank
    ]


def feature_crossings(ui: Path) -> list[str]:
    """A feature (a module or package in features/) importing another feature."""
    features = ui / "features"
    wrong = []
    for path in python_files(features):
        parts = path.relative_to(features).parts
        if parts == ("__init__.py",):
            continue
        mine = parts[0].removesuffix(".py")
        for name in sorted(imported_modules(path, ui.parent)):
            if name.startswith("serge_desktop.ui.features."):
                theirs = name.split(".")[3]
                if theirs != mine:
                    wrong.append(f"features/{'/'.join(parts)} imports {name}")
    return wrong


def test_a_feature_imports_no_other_feature() -> None:
    wrong = feature_crossings(UI)
    assert not wrong, "\n".join(wrong)


def test_the_feature_check_sees_one_feature_importing_another(tmp_path: Path) -> None:
    features = tmp_path / "serge_desktop" / "ui" / "features"
    (features / "policy").mkdir(parents=True)
    (features / "policy" / "banner.py").write_text(
        "from serge_desktop.ui.features.export.feature import ExportFeature\n"
        "from serge_desktop.ui.features.policy.feature import PolicyFeature\n",
        encoding="utf-8",
    )
    assert feature_crossings(tmp_path / "serge_desktop" / "ui") == [
        "features/policy/banner.py imports serge_desktop.ui.features.export.feature",
        "features/policy/banner.py imports serge_desktop.ui.features.export.feature.ExportFeature",
    ]


def stray_modules(ui: Path) -> list[str]:
    return sorted(p.name for p in ui.glob("*.py") if p.name != "__init__.py")


def test_every_module_of_the_window_is_in_a_room() -> None:
    assert stray_modules(UI) == []


def test_the_room_check_sees_a_stray_module(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text('"""ui."""\n', encoding="utf-8")
    (tmp_path / "helpers.py").write_text("x = 1\n", encoding="utf-8")
    assert stray_modules(tmp_path) == ["helpers.py"]


LOADERS = {"import_module", "reload", "util", "__import__"}


def loads_by_name(path: Path) -> bool:
    """``importlib.import_module`` and the like (``importlib.resources`` reads files: allowed)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(
            a.name == "importlib" or a.name.startswith("importlib.util") for a in node.names
        ):
            return True
        if (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("importlib")
            and (node.module == "importlib.util" or {a.name for a in node.names} & LOADERS)
        ):
            return True
        if isinstance(node, ast.Name) and node.id == "__import__":
            return True
    return False


def importlib_users(ui: Path) -> list[str]:
    """Loading by name hides an import from every check here; only start-up may."""
    return [
        str(path.relative_to(ui))
        for path in python_files(ui)
        if room_of(path, ui) != "startup" and loads_by_name(path)
    ]


def test_no_room_but_startup_loads_modules_by_name() -> None:
    assert importlib_users(UI) == []


def test_the_importlib_check_sees_a_module_loaded_by_name(tmp_path: Path) -> None:
    ui = tmp_path / "serge_desktop" / "ui"
    (ui / "features").mkdir(parents=True)
    (ui / "features" / "banner.py").write_text(
        "def later():\n    import importlib\n", encoding="utf-8"
    )
    (ui / "features" / "packs.py").write_text(
        "from importlib import import_module\n", encoding="utf-8"
    )
    (ui / "common").mkdir()
    (ui / "common" / "resources.py").write_text(
        "from importlib import resources\n", encoding="utf-8"
    )
    (ui / "startup").mkdir()
    (ui / "startup" / "app.py").write_text("import importlib\n", encoding="utf-8")
    assert importlib_users(ui) == ["features/banner.py", "features/packs.py"]


def qt_in(folder: Path, root: Path) -> list[str]:
    return sorted(
        {
            f"{path.relative_to(root)} imports {'.'.join(name.split('.')[:2])}"
            for path in python_files(folder)
            for name in imported_modules(path, root)
            if name.split(".")[0] == "PySide6"
        }
    )


def test_the_timeline_geometry_is_pure_python() -> None:
    geometry = UI / "timeline" / "geometry"
    assert python_files(geometry)
    assert qt_in(geometry, PACKAGE) == []


def test_the_qt_check_sees_qt_in_the_geometry(tmp_path: Path) -> None:
    geometry = tmp_path / "geometry"
    geometry.mkdir()
    (geometry / "scale.py").write_text(
        "def f():\n    from PySide6.QtCore import QRectF\n", encoding="utf-8"
    )
    assert qt_in(geometry, tmp_path) == ["geometry/scale.py imports PySide6.QtCore"]


def long_modules(root: Path, allowed: dict[str, str]) -> list[str]:
    found = []
    for path in python_files(root):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        name = str(path.relative_to(root))
        if lines > MAX_LINES and name not in allowed:
            found.append(f"{name}: {lines} lines")
    return found


def test_no_module_is_longer_than_the_limit_unless_listed() -> None:
    assert all(reason.strip() for reason in LONG_MODULES.values())
    assert long_modules(PACKAGE, LONG_MODULES) == []


def test_the_length_check_sees_a_long_module(tmp_path: Path) -> None:
    (tmp_path / "grab_bag.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert long_modules(tmp_path, {}) == [f"grab_bag.py: {MAX_LINES + 1} lines"]
    assert long_modules(tmp_path, {"grab_bag.py": "a reason"}) == []


# Qt overrides carry @override -------------------------------------------------------------------


def ui_modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages([str(UI)], "serge_desktop.ui."):
        yield importlib.import_module(info.name)


def unmarked_overrides(module: ModuleType) -> list[str]:
    """Methods a class of ``module`` defines over a Qt class's method, without @override."""
    found = []
    for cls in vars(module).values():
        if not inspect.isclass(cls) or cls.__module__ != module.__name__:
            continue
        qt_bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("PySide6")]
        for name, member in vars(cls).items():
            if name.startswith("__") or not callable(member):
                continue
            if any(hasattr(base, name) for base in qt_bases) and not getattr(
                member, "__override__", False
            ):
                found.append(f"{cls.__name__}.{name}")
    return found


def test_every_qt_override_carries_override(qapp: object) -> None:
    wrong = [f"{m.__name__}: {name}" for m in ui_modules() for name in unmarked_overrides(m)]
    assert not wrong, "\n".join(wrong)


def test_the_override_check_sees_an_unmarked_override(qapp: object) -> None:
    from PySide6.QtWidgets import QWidget
    from typing_extensions import override

    module = ModuleType("fake_view")

    class Marked(QWidget):
        @override
        def sizeHint(self) -> object:  # type: ignore[override]
            return super().sizeHint()

        def helper(self) -> None:  # not a Qt method: no mark needed
            return None

    class Unmarked(QWidget):
        def sizeHint(self) -> object:  # type: ignore[override]
            return super().sizeHint()

    for cls in (Marked, Unmarked):
        cls.__module__ = "fake_view"
        setattr(module, cls.__name__, cls)
    assert unmarked_overrides(module) == ["Unmarked.sizeHint"]
