"""Says in one line which Debian packages one of Qt's window-system plugins needs and cannot find.

`--plugin NAME` picks the plugin to check: `xcb` for a desktop (the default), `offscreen` for the
tests, which need far fewer libraries (no xcb extensions, no X keyboard). `--install` installs what
is missing with apt-get (as root, or through sudo) instead of only saying so.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

# Shared libraries Qt's plugins load, and the Debian/Ubuntu packages that provide them.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def plugin_path(plugin: str) -> Path:
    """Where PySide6 keeps the named window-system plugin (``libq<name>.so``)."""
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{plugin}.so"


def missing_libraries(plugin: str) -> list[str]:
    """The libraries the plugin (and the Qt libraries under it) cannot find; ldd follows all."""
    path = plugin_path(plugin)
    if not path.exists() or shutil.which("ldd") is None:
        return []
    output = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
    return sorted({line.split()[0] for line in output.stdout.splitlines() if "not found" in line})


def packages_for(libraries: Sequence[str]) -> list[str]:
    return sorted({DEBIAN_PACKAGES.get(library, library) for library in libraries})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plugin", default="xcb", help="the plugin to check (default: xcb)")
    parser.add_argument("--install", action="store_true", help="install what is missing")
    args = parser.parse_args(argv)
    missing = missing_libraries(args.plugin)
    if not missing:
        return 0
    packages = packages_for(missing)
    if args.install:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*sudo, "apt-get", "install", "-y", "-q", *packages], check=True)
        return 0
    print(
        f"Qt's {args.plugin} plugin needs Debian libraries that are missing; install them with: "
        f"sudo apt-get install {' '.join(packages)}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
