"""Set-up: `make run` brings every export format; the tests ask only for the offscreen plugin."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def qt_system_libs() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "qt_system_libs", ROOT / "packaging" / "qt_system_libs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dry_run(target: str, tmp_path: Path) -> str:
    """What `make TARGET` would run from scratch (a venv that does not exist yet)."""
    done = subprocess.run(
        ["make", "-n", target, f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_installs_the_word_and_anki_extras(tmp_path: Path) -> None:
    [install] = [line for line in dry_run("run", tmp_path).splitlines() if " -e " in line]
    assert "[docx,anki]" in install


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_test_checks_the_offscreen_plugin_only(tmp_path: Path) -> None:
    checks = [line for line in dry_run("pytest", tmp_path).splitlines() if "qt_system_libs" in line]
    assert checks and all("--plugin offscreen" in line for line in checks)


def test_the_plugin_asked_for_is_the_plugin_checked() -> None:
    libs = qt_system_libs()
    assert libs.plugin_path("offscreen").name == "libqoffscreen.so"
    assert libs.plugin_path("offscreen").exists()
    assert libs.plugin_path("xcb").name == "libqxcb.so"


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_the_offscreen_plugin_needs_no_xcb_extension(capsys: pytest.CaptureFixture[str]) -> None:
    # The libraries ldd lists for each plugin (found or not): the offscreen one asks for none
    # of the X extensions the desktop plugin needs, so `make test` must not install them.
    libs = qt_system_libs()

    def needed(plugin: str) -> set[str]:
        out = subprocess.run(
            ["ldd", str(libs.plugin_path(plugin))], capture_output=True, text=True, check=True
        ).stdout
        return {line.split()[0] for line in out.splitlines() if line.strip()}

    desktop_only = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"}
    assert desktop_only <= needed("xcb")
    assert not desktop_only & needed("offscreen")
    assert libs.main(["--plugin", "offscreen"]) == 0  # everything it needs is here
    assert libs.packages_for(["libxcb-icccm.so.4", "libX11.so.6"]) == ["libx11-6", "libxcb-icccm4"]
    assert capsys.readouterr().err == ""
