"""Every tr() string is extracted under the context Qt looks it up in at run time."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "serge_desktop" / "ui"


def test_translation_contexts_match_the_classes_that_translate(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate ships with PySide6-Essentials"
    catalogue = tmp_path / "strings.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(catalogue)], check=True, capture_output=True)
    contexts = {c.findtext("name") or "" for c in ET.parse(catalogue).getroot().iter("context")}
    code = "\n".join(Path(p).read_text(encoding="utf-8") for p in sources)
    known = set(re.findall(r"^class (\w+)\(", code, re.MULTILINE))
    known |= set(re.findall(r'QCoreApplication\.translate\(\s*"(\w+)"', code))
    assert len(contexts) >= 8
    assert contexts <= known, f"strings under contexts no class uses: {contexts - known}"
