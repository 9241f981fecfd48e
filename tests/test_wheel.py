"""A wheel built from the project (not an editable install) carries its seeds and resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel, and what the build said (-v shows setuptools' own warnings)."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    [wheel] = out.glob("serge_desktop-*.whl")
    return wheel, done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(built: tuple[Path, str]) -> Path:
    return built[0]


def test_the_build_warns_of_nothing_missing_from_packages(built: tuple[Path, str]) -> None:
    # Every install printed four long warnings about serge_desktop.resources.* folders.
    assert "absent from the `packages` configuration" not in built[1]


def test_the_wheel_holds_the_bundled_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "serge_desktop/seeds/socialist-worker-1929-victor-serge.txt",
        "serge_desktop/seeds/socialist-worker-1929-victor-serge.toml",
        "serge_desktop/resources/fonts/CharisSIL-Regular.ttf",
        "serge_desktop/resources/icons/serge-desktop.svg",
        "serge_desktop/resources/styles/app.qss",
        # The user guide (Help ▸ User Guide) and its pictures, read offline.
        "serge_desktop/resources/guide/index.html",
        "serge_desktop/resources/guide/main-window.png",
        # The French guide, shown in a French interface, with its own pictures.
        "serge_desktop/resources/guide/fr/index.html",
        "serge_desktop/resources/guide/fr/main-window.png",
        "serge_desktop/storage/migrations/m0001_initial.py",
        # Compiled at build time from resources/translations/fr/*.ts (never committed).
        "serge_desktop/resources/translations/serge_desktop_fr.qm",
    ):
        assert expected in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    # The French catalogues' sources stay behind; the English plural forms are read from theirs
    # at run time (ui/common/english_plurals.py), so they ship.
    shipped = [n for n in names if n.endswith(".ts")]
    assert shipped and all(
        n.startswith("serge_desktop/resources/translations/en/") for n in shipped
    )


def test_the_installed_wheel_passes_its_self_test(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    # -S skips site.py, so the editable install of the working tree cannot answer the import;
    # the dependencies still come from this environment's site-packages, after the wheel.
    path = os.pathsep.join([str(unpacked), sysconfig.get_paths()["purelib"]])
    done = subprocess.run(
        [sys.executable, "-S", "-m", "serge_desktop", "--self-test"],
        env={"PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
             "PATH": "/usr/bin:/bin"},
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["ok"] is True
