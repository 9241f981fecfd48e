"""Trims the bundle's ICU data library to the tables Qt can ask for (`make package`, Linux).

Qt's wheels carry ICU, and its data library (libicudata.so.73, 31 MiB) holds every table ICU
has: converters for a hundred legacy encodings, break-iterator dictionaries, transliterators,
names of every currency, unit, language and region in every locale. Qt calls only four groups
of ICU functions (`nm -D --undefined-only libQt6Core.so.6`):

- case mapping (u_strToUpper, u_strToLower): its tables are compiled into libicuuc;
- collation (ucol_*, QCollator): the root collation, which every locale falls back to;
- calendars and time zones (ucal_*, QTimeZone names): the time zone rules, metazones and the
  root and English names;
- converters (ucnv_*, QStringConverter for legacy encodings): the app decodes files in Python,
  never through Qt, so only the alias table is kept (Unicode and Latin-1 are built into ICU).

Everything else is left out. A locale whose own data is gone falls back to the root locale, as
ICU does for any locale it lacks (so German file names sort by the root collation, which already
orders accented letters with their base letter). The self-test checks those paths in the frozen
app (`--self-test`, "use Qt's Unicode and locale data").

The data is ICU's "common data" package, kept in the library as the symbol icudt<N>_dat: a
header, a table of contents sorted by item name, then the items. This reads that package,
writes a smaller one with the same header, and assembles it into a new library of the same
name with the GNU assembler and linker (binutils, which PyInstaller needs anyway).
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

ALIGN = 16  # ICU's own packaging tool starts every item on a 16-byte boundary
# Items kept, by name under the package's folder (icudt73l/...): trees by folder and leaf name,
# top-level items by name or extension.
KEPT_IN_TREES = {
    "coll": {"root.res", "ucadata.icu", "res_index.res"},
    "zone": {"root.res", "en.res", "res_index.res", "pool.res", "tzdbNames.res"},
}
KEPT_TOP_LEVEL = {
    "root.res", "en.res", "res_index.res", "pool.res", "supplementalData.res",
    "likelySubtags.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res",
    "windowsZones.res", "keyTypeData.res", "icuver.res", "icustd.res", "numberingSystems.res",
    "plurals.res", "dayPeriods.res", "cnvalias.icu",
}  # fmt: skip
KEPT_EXTENSIONS = {".icu", ".nrm", ".spp", ".cfu"}  # Unicode properties and normalisation
_SYMBOL = re.compile(r"^icudt\d+_dat$")


def keep(name: str) -> bool:
    """Whether the item of this name (without the package folder) stays in the bundle."""
    tree, _, leaf = name.rpartition("/")
    if tree:
        return leaf in KEPT_IN_TREES.get(tree, set())
    return name in KEPT_TOP_LEVEL or (Path(name).suffix in KEPT_EXTENSIONS and name != "unames.icu")


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items as (full name, bytes), in table order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        stop = entries[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_offset : header_size + stop]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package of these items (already in name order) behind the same header."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first_item = _aligned(table_size + len(names) + len(header)) - len(header)
    entries, body, name_offset, data_offset = [], bytearray(), table_size, first_item
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = item + b"\0" * (_aligned(len(item)) - len(item))
        body += padded
        data_offset += len(padded)
    table = struct.pack("<I", len(items)) + b"".join(entries) + names
    table += b"\0" * (first_item - len(table))
    return header + table + bytes(body)


def _aligned(size: int) -> int:
    return (size + ALIGN - 1) // ALIGN * ALIGN


def trim_library(library: Path) -> tuple[int, int]:
    """Replace ICU's data library by one holding only the kept items; returns (before, after)."""
    symbol, data = _data_symbol(library)
    header, items = read_package(data)
    kept = [(name, item) for name, item in items if keep(name.split("/", 1)[1])]
    package = write_package(header, kept)
    with tempfile.TemporaryDirectory(prefix="icu-data-") as folder:
        work = Path(folder)
        (work / "data.bin").write_bytes(package)
        (work / "data.s").write_text(
            "\t.section .rodata\n"
            f"\t.balign {ALIGN}\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"{symbol}:\n"
            '\t.incbin "data.bin"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=work, check=True)
        soname = library.name
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", soname, "data.o"], cwd=work, check=True
        )
        subprocess.run(["strip", soname], cwd=work, check=True)
        before = library.stat().st_size
        library.write_bytes((work / soname).read_bytes())
    return before, library.stat().st_size


def _data_symbol(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes, read through the ELF tables with binutils' nm."""
    listing = subprocess.run(
        ["nm", "-D", "--defined-only", "-S", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in listing.splitlines():
        address, size, _kind, name = line.split()
        if _SYMBOL.match(name):
            offset = _file_offset(library, int(address, 16))
            with library.open("rb") as file:
                file.seek(offset)
                return name, file.read(int(size, 16))
    raise ValueError(f"{library} holds no ICU data symbol")


def _file_offset(library: Path, address: int) -> int:
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[0].startswith("[") and fields[1] == ".rodata":
            start, offset, size = (int(fields[n], 16) for n in (3, 4, 5))
            if start <= address < start + size:
                return address - start + offset
    raise ValueError(f"{library}: the data symbol is not in .rodata")
