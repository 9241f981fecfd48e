"""An EPUB's package document: where it is, what the book says about itself, its reading order.

The container names the package (``.opf``); the package lists the book's metadata, its files
(the manifest) and the order they are read in (the spine). Only those three are read here;
the chapters themselves are HTML and go to ``html_blocks``.
"""

from __future__ import annotations

import posixpath
import urllib.parse
from dataclasses import dataclass, field

from serge_desktop.core.document_zip import member_events
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from serge_desktop.core.safe_zip import SafeZip
from serge_desktop.core.text_blocks import collapse
from serge_desktop.core.xml_events import End, Start, Text, local_name

CONTAINER = "META-INF/container.xml"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/x-dtbook+xml"})


@dataclass
class Package:
    """What the package document says; ``spine`` is the members to read, in order."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    source: str | None = None
    series: str | None = None
    series_part: int | None = None
    language: str | None = None
    spine: list[str] = field(default_factory=list)


def read_package(archive: SafeZip) -> Package:
    """The package of the EPUB in ``archive``; DAMAGED if the container or package is missing."""
    if not archive.has(CONTAINER):
        raise DocumentRejectedError(DocumentProblem.DAMAGED, f"no {CONTAINER}")
    path = next(
        (
            event.attrs.get("full-path", "")
            for event in member_events(archive, CONTAINER)
            if isinstance(event, Start) and local_name(event.tag) == "rootfile"
        ),
        "",
    )
    if not archive.has(path):
        raise DocumentRejectedError(DocumentProblem.DAMAGED, f"no package document {path!r}")
    return _parse_package(archive, path)


def _parse_package(archive: SafeZip, path: str) -> Package:
    folder = posixpath.dirname(path)
    package = Package()
    manifest: dict[str, tuple[str, str, str]] = {}  # id: (member, media type, properties)
    order: list[str] = []
    collections: dict[str, str] = {}  # belongs-to-collection id: name
    positions: dict[str, str] = {}  # refined id: group-position
    calibre: dict[str, str] = {}
    element: Start | None = None
    text: list[str] = []
    for event in member_events(archive, path):
        if isinstance(event, Start):
            element, text = event, []
            name = local_name(event.tag)
            if name == "item":
                member = _member(folder, event.attrs.get("href", ""))
                kind = event.attrs.get("media-type", "")
                manifest[event.attrs.get("id", "")] = (
                    member,
                    kind,
                    event.attrs.get("properties", ""),
                )
            elif name == "itemref" and event.attrs.get("linear", "yes") != "no":
                order.append(event.attrs.get("idref", ""))
            elif name == "meta" and event.attrs.get("name", "").startswith("calibre:"):
                calibre[event.attrs["name"]] = event.attrs.get("content", "")
        elif isinstance(event, Text):
            text.append(event.text)
        elif isinstance(event, End) and element is not None:
            _take(package, element, collapse("".join(text)), collections, positions)
            element, text = None, []
    package.series = next(iter(collections.values()), None) or calibre.get("calibre:series")
    position = next((positions[key] for key in collections if key in positions), None)
    package.series_part = _number(position or calibre.get("calibre:series_index"))
    package.spine = [
        manifest[idref][0]
        for idref in order
        if idref in manifest
        and manifest[idref][1] in _XHTML_TYPES
        and "nav" not in manifest[idref][2].split()
    ]
    return package


def _take(
    package: Package,
    element: Start,
    value: str,
    collections: dict[str, str],
    positions: dict[str, str],
) -> None:
    """Keep one metadata element's value, if it is one the article has a field for."""
    name = local_name(element.tag)
    if not value:
        return
    if name == "title" and package.title is None:
        package.title = value
    elif name == "creator":
        package.authors.append(value)
    elif name == "date" and package.date is None:
        package.date = value[:10] if value[:4].isdigit() else value
    elif name == "publisher" and package.publisher is None:
        package.publisher = value
    elif name == "source" and package.source is None:
        package.source = value
    elif name == "language" and package.language is None:
        package.language = value
    elif name == "meta":
        prop = element.attrs.get("property", "")
        if prop == "belongs-to-collection":
            collections[element.attrs.get("id", value)] = value
        elif prop == "group-position":
            positions[element.attrs.get("refines", "").lstrip("#")] = value


def _member(folder: str, href: str) -> str:
    """The archive member an href in the package names (relative to the package's folder)."""
    target = urllib.parse.unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(folder, target)) if target else ""


def _number(value: str | None) -> int | None:
    try:
        number = float(value) if value else None
    except ValueError:
        return None
    return int(number) if number is not None and number.is_integer() and number > 0 else None
