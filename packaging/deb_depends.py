"""The system libraries the bundle loads, and the Debian packages that provide them.

The bundle carries Python, Qt and ICU but loads everything else (glibc, X11 and xcb, Wayland,
fontconfig, D-Bus, OpenGL …) from the system. `packaging/debian/shlibs.txt` records which Debian
package provides each of those libraries, so building the package needs neither the libraries nor
a network:

    deb_depends.py derive dist/serge-desktop  # rewrite shlibs.txt (needs the libraries installed)
    deb_depends.py check dist/serge-desktop   # fail if the bundle needs a library the file lacks
    deb_depends.py depends                    # print the control file's Depends value

`derive` reads each ELF file's DT_NEEDED entries (`readelf -d`), leaves out the libraries the
bundle carries itself, finds the rest with `ldconfig -p` and their packages with `dpkg -S`. It also
records the newest glibc symbol version any file asks for, which becomes `libc6 (>= …)`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SHLIBS = Path(__file__).resolve().parent / "debian" / "shlibs.txt"
HEADER = """\
# System libraries the bundle in /opt/serge-desktop loads, and the Debian 12 packages providing
# them: one "soname<TAB>package" a line, written by `make deb-depends` (packaging/deb_depends.py
# derive) from readelf and dpkg -S. Commit it; `make deb` builds the Depends field from it and fails
# when the bundle needs a library that is not listed here.
"""
GLIBC_KEY = "glibc-symbol-version"
ELF_MAGIC = b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    files.append(path)
    return files


def needed_sonames(path: Path) -> set[str]:
    output = _run(["readelf", "-d", str(path)])
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output))


def glibc_version(paths: list[Path]) -> str:
    """The newest GLIBC_x.y symbol version any of the files asks for."""
    versions = set()
    for path in paths:
        symbols = _run(["objdump", "-T", str(path)])
        versions.update(re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", symbols))
    return max(versions, key=lambda text: tuple(int(part) for part in text.split(".")))


def system_sonames(bundle: Path) -> tuple[set[str], list[Path]]:
    files = elf_files(bundle)
    carried = {path.name for path in bundle.rglob("*")}
    needed: set[str] = set()
    for path in files:
        needed |= needed_sonames(path)
    return needed - carried, files


def installed_path(soname: str, cache: str) -> Path | None:
    for line in cache.splitlines():
        name, _, rest = line.strip().partition(" ")
        if name == soname and "x86-64" in rest:
            return Path(rest.rsplit(" => ", 1)[1])
    return None


def owning_package(path: Path) -> str | None:
    # Debian 12 merges /lib into /usr/lib, but dpkg records whichever path the package shipped.
    real_dir = path.parent.resolve()
    candidates = [real_dir / path.name, path, path.resolve()]
    candidates += [Path(str(c)[len("/usr") :]) for c in candidates if str(c).startswith("/usr/")]
    for candidate in candidates:
        result = subprocess.run(
            ["dpkg-query", "-S", str(candidate)], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0].strip()
            return package.split(",")[0].strip()
    return None


def derive(bundle: Path) -> int:
    sonames, files = system_sonames(bundle)
    cache = _run(["ldconfig", "-p"])
    rows, missing = [], []
    for soname in sorted(sonames):
        path = installed_path(soname, cache)
        package = owning_package(path) if path else None
        if package is None:
            missing.append(soname)
        else:
            rows.append(f"{soname}\t{package}")
    if missing:
        print(
            "deb_depends: install the libraries providing these first: " + " ".join(missing),
            file=sys.stderr,
        )
        return 1
    rows.append(f"{GLIBC_KEY}\t{glibc_version(files)}")
    SHLIBS.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"deb_depends: wrote {len(rows) - 1} libraries to {SHLIBS}")
    return 0


def read_shlibs() -> dict[str, str]:
    rows = {}
    for line in SHLIBS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            soname, package = line.split("\t")
            rows[soname] = package
    return rows


def check(bundle: Path) -> int:
    sonames, _ = system_sonames(bundle)
    unknown = sorted(sonames - read_shlibs().keys())
    if unknown:
        print(
            f"deb_depends: {SHLIBS.name} lacks {' '.join(unknown)}: run `make deb-depends` on a "
            "machine that has them installed, and commit the file",
            file=sys.stderr,
        )
        return 1
    return 0


def depends() -> str:
    rows = read_shlibs()
    glibc = rows.pop(GLIBC_KEY)
    packages = sorted(set(rows.values()) - {"libc6"})
    return ", ".join([f"libc6 (>= {glibc})", *packages])


def _run(command: list[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    if argv[:1] == ["derive"] and len(argv) == 2:
        return derive(Path(argv[1]))
    if argv[:1] == ["check"] and len(argv) == 2:
        return check(Path(argv[1]))
    if argv == ["depends"]:
        print(depends())
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
