"""Builds the Debian package from the PyInstaller bundle: `build_deb.py BUNDLE OUTPUT.deb`.

Lays the package out in build/deb/serge-desktop, then `dpkg-deb --build`s it:

    /opt/serge-desktop/                  the bundle
    /usr/bin/serge-desktop               a link to the bundle's executable
    /usr/share/applications/             the desktop entry (resources/desktop/)
    /usr/share/metainfo/                 the AppStream metainfo (resources/desktop/)
    /usr/share/icons/hicolor/            the SVG icon, and PNGs rendered from it with QtSvg
    /usr/share/man/man1/                 the manual page
    /usr/share/doc/serge-desktop/        copyright, changelog.Debian.gz, policy.sample.json
    /usr/share/lintian/overrides/        the overrides (packaging/lintian-overrides)

Depends comes from packaging/debian/shlibs.txt (see deb_depends.py). Every file gets the time of the
last commit (or $SOURCE_DATE_EPOCH), so two builds of one commit give the same package.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from deb_depends import depends

ROOT = Path(__file__).resolve().parents[1]
DEBIAN = ROOT / "packaging" / "debian"
DESKTOP = ROOT / "resources" / "desktop"
APP_ID = "org.sergedesktop.SergeDesktop"
PACKAGE = "serge-desktop"
PNG_SIZES = (48, 64, 128, 256, 512)


def app_version() -> str:
    text = (ROOT / "serge_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if not match:
        raise SystemExit("build_deb: no __version__ in serge_desktop/__init__.py")
    return match.group(1)


def package_version(upstream: str) -> str:
    """The top entry of packaging/debian/changelog, which must be for this version of the app."""
    first = (DEBIAN / "changelog").read_text(encoding="utf-8").splitlines()[0]
    match = re.match(rf"^{PACKAGE} \(([^)]+)\)", first)
    if not match or match.group(1).rsplit("-", 1)[0] != upstream:
        raise SystemExit(
            f"build_deb: packaging/debian/changelog starts with {first!r}; add an entry for "
            f"{upstream}-1 above it"
        )
    return match.group(1)


def build_epoch() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    result = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
        capture_output=True,
        text=True,
        check=False,
    )
    return int(result.stdout.strip() or 0)


def copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    main = target / PACKAGE
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            # Only the launcher is run; shared objects are mapped, and need no execute bit.
            path.chmod(0o755 if path == main else 0o644)


def render_icons(share: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = ROOT / "resources" / "icons" / "serge-desktop.svg"
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build_deb: Qt cannot read {svg}")
    hicolor = share / "icons" / "hicolor"
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(svg, scalable / f"{APP_ID}.svg")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        if not image.save(str(folder / f"{APP_ID}.png"), "PNG"):
            raise SystemExit(f"build_deb: could not write the {size} px icon")
    del app


def write_gzip(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed:
        packed.write(source.read_bytes())


def install_file(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def lay_out(bundle: Path, stage: Path) -> None:
    copy_bundle(bundle, stage / "opt" / PACKAGE)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = stage / "usr" / "share"
    install_file(DESKTOP / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    metainfo = f"{APP_ID}.metainfo.xml"
    install_file(DESKTOP / metainfo, share / "metainfo" / metainfo)
    render_icons(share)
    doc = share / "doc" / PACKAGE
    install_file(DEBIAN / "copyright", doc / "copyright")
    write_gzip(DEBIAN / "changelog", doc / "changelog.Debian.gz")
    # The administrator's starting point (docs/admin-guide.md); valid as shipped.
    install_file(ROOT / "packaging" / "policy.sample.json", doc / "policy.sample.json")
    write_gzip(DEBIAN / f"{PACKAGE}.1", share / "man" / "man1" / f"{PACKAGE}.1.gz")
    overrides = share / "lintian" / "overrides" / PACKAGE
    install_file(ROOT / "packaging" / "lintian-overrides", overrides)


def installed_size_kib(stage: Path) -> int:
    """As dpkg-gencontrol counts it: each file rounded up to a KiB, one KiB per link or folder."""
    total = 0
    for path in stage.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def write_control(stage: Path, version: str) -> None:
    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    sums = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and control_dir not in path.parents:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's format
            sums.append(f"{digest}  {path.relative_to(stage)}\n")
    (control_dir / "md5sums").write_text("".join(sums), encoding="utf-8")
    template = (DEBIAN / "control.in").read_text(encoding="utf-8")
    control = (
        template.replace("@VERSION@", version)
        .replace("@INSTALLED_SIZE@", str(installed_size_kib(stage)))
        .replace("@DEPENDS@", depends())
    )
    (control_dir / "control").write_text(control, encoding="utf-8")
    for path in (control_dir / "md5sums", control_dir / "control"):
        path.chmod(0o644)


def set_times(stage: Path, epoch: int) -> None:
    for path in [stage, *stage.rglob("*")]:
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, output = Path(argv[0]), Path(argv[1])
    if not (bundle / PACKAGE).is_file():
        print(f"build_deb: no bundle in {bundle}; run `make package` first", file=sys.stderr)
        return 1
    version = package_version(app_version())
    stage = ROOT / "build" / "deb" / PACKAGE
    if stage.exists():
        shutil.rmtree(stage)
    os.umask(0o022)
    stage.mkdir(parents=True)
    lay_out(bundle, stage)
    write_control(stage, version)
    epoch = build_epoch()
    set_times(stage, epoch)
    output.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(output)],
        check=True,
        env=env,
    )
    print(f"build_deb: {output} ({output.stat().st_size // (1024 * 1024)} MiB, version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
