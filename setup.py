"""Finds every package of serge_desktop, and compiles the translations into the build.

Everything else is in pyproject.toml. Discovery lives here because pyproject's
``[tool.setuptools.packages.find]`` cannot also take seeds/ and resources/, which the repository
keeps at its top level and ``package-dir`` maps into the package.

The interface's translations are kept as Qt Linguist catalogues, one per window room, under
``resources/translations/<language>/*.ts``; ``build_translations`` compiles each language's
catalogues into one ``serge_desktop_<language>.qm`` with Qt's lrelease (from PySide6-Essentials,
a build requirement), so compiled files are built, never committed. An editable install compiles
them in place, beside the catalogues.
"""

import subprocess
import sys
from pathlib import Path
from typing import ClassVar

from setuptools import Command, find_packages, setup
from setuptools.command.build import build

ROOT = Path(__file__).resolve().parent
CATALOGUES = Path("resources") / "translations"
TARGET = Path("serge_desktop") / "resources" / "translations"
# Runs the lrelease that PySide6 ships, wherever its wheel put it on this platform.
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease\nlrelease()"


class build_translations(Command):  # noqa: N801 (setuptools names commands in snake case)
    """Compile resources/translations/<language>/*.ts into serge_desktop_<language>.qm."""

    description = "compile the interface's translations with Qt's lrelease"
    user_options: ClassVar[list[tuple[str, str | None, str]]] = []
    editable_mode = False

    def initialize_options(self):
        self.build_lib = None

    def finalize_options(self):
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def run(self):
        for source, target in self.get_output_mapping().items():
            catalogues = sorted(str(ROOT / ts) for ts in self._catalogues(Path(source)))
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, "-c", LRELEASE, "-silent", "-nounfinished"]
            subprocess.run([*command, *catalogues, "-qm", target], check=True)

    def _languages(self):
        folder = ROOT / CATALOGUES
        return sorted(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.ts")))

    def _catalogues(self, language_folder):
        return sorted((ROOT / language_folder).glob("*.ts"))

    def get_output_mapping(self):
        """Each language's folder of catalogues and the compiled file it becomes."""
        where = ROOT / CATALOGUES if self.editable_mode else Path(self.build_lib) / TARGET
        return {
            str(CATALOGUES / language): str(where / f"serge_desktop_{language}.qm")
            for language in self._languages()
        }

    def get_outputs(self):
        return list(self.get_output_mapping().values())

    def get_source_files(self):
        return [
            str(ts.relative_to(ROOT))
            for language in self._languages()
            for ts in self._catalogues(CATALOGUES / language)
        ]


class build_with_translations(build):  # noqa: N801
    sub_commands: ClassVar[list[tuple[str, object]]] = [
        *build.sub_commands,
        ("build_translations", None),
    ]


setup(
    packages=[
        *find_packages(include=["serge_desktop", "serge_desktop.*"]),
        "serge_desktop.seeds",
        "serge_desktop.resources",
    ],
    cmdclass={"build": build_with_translations, "build_translations": build_translations},
)
