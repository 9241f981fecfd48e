"""The bundle's ICU data trimming keeps what Qt asks for and a package ICU can still read."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("ld"),
    reason="the bundle trims ICU on Linux, with binutils",
)


@pytest.fixture(scope="module")
def icu_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_what_qt_can_ask_for_is_kept(icu_data: ModuleType) -> None:
    keep = icu_data.keep
    for kept in ("coll/root.res", "coll/ucadata.icu", "zoneinfo64.res", "cnvalias.icu",
                 "zone/en.res", "uts46.nrm", "root.res", "supplementalData.res"):  # fmt: skip
        assert keep(kept), kept
    for dropped in ("coll/zh.res", "ibm-943_P15A-2003.cnv", "brkitr/cjdict.dict", "de.res",
                    "translit/root.res", "unit/fr.res", "curr/en.res", "unames.icu"):  # fmt: skip
        assert not keep(dropped), dropped


def test_a_trimmed_library_holds_a_package_of_the_kept_items(
    icu_data: ModuleType, tmp_path: Path
) -> None:
    [original] = [p for p in QT_LIB.glob("libicudata.so.*") if not p.is_symlink()]
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    _, full = icu_data.read_package(icu_data._data_symbol(copy)[1])
    before, after = icu_data.trim_library(copy)
    assert after < before / 5
    header, items = icu_data.read_package(icu_data._data_symbol(copy)[1])
    assert header[12:16] == b"CmnD"
    names = [name for name, _ in items]
    assert names == sorted(names)  # ICU finds items by binary search
    expected = {name: data for name, data in full if icu_data.keep(name.split("/", 1)[1])}
    assert {name: data.rstrip(b"\0") for name, data in items} == {
        name: data.rstrip(b"\0") for name, data in expected.items()
    }


def test_qt_reads_collation_and_time_zones_from_the_trimmed_data(
    icu_data: ModuleType, tmp_path: Path
) -> None:
    [original] = [p for p in QT_LIB.glob("libicudata.so.*") if not p.is_symlink()]
    shutil.copy(original, tmp_path / original.name)
    icu_data.trim_library(tmp_path / original.name)
    probe = (
        "from functools import cmp_to_key\n"
        "from PySide6.QtCore import QCollator, QLocale, QTimeZone\n"
        "c = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))\n"
        "print(sorted(['zebra', 'Émile', 'apple'], key=cmp_to_key(c.compare)))\n"
        "print(QTimeZone(b'Europe/Berlin').displayName(QTimeZone.TimeType.StandardTime,"
        " QTimeZone.NameType.LongName, QLocale(QLocale.Language.English)))\n"
    )
    # The library search path comes before Qt's own $ORIGIN: the trimmed data is the one used.
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.splitlines() == [
        "['apple', 'Émile', 'zebra']",
        "Central European Standard Time",
    ]
    assert "collator" not in out.stderr.lower()
