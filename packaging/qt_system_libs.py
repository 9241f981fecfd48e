"""Says in one line which Debian packages Qt needs here and cannot find.

`--plugin NAME` picks the window-system plugin to check (`xcb` for a desktop, the default;
`offscreen` for the tests). `--install` installs what is missing with apt-get (as root, or through
sudo) instead of only saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Shared libraries Qt's xcb plugin loads, and the Debian/Ubuntu packages that provide them.
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
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def missing_libraries() -> list[str]:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return sorted({line.split()[0] for line in output.stdout.splitlines() if "not found" in line})


def main() -> int:
    missing = missing_libraries()
    if not missing:
        return 0
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in missing})
    if "--install" in sys.argv[1:]:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*sudo, "apt-get", "install", "-y", "-q", *packages], check=True)
        return 0
    print(
        "Qt needs Debian libraries that are missing; install them with: "
        f"sudo apt-get install {' '.join(packages)}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
