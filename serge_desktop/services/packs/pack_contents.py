"""A pack file read and checked whole, before anything touches the library.

Everything that can be wrong with a pack is found here, on any thread and with no database:
the zip's safety, the manifest and checksums, each article's text, events and annotations.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from serge_desktop.core.fuzzy_date import parse_edtf
from serge_desktop.core.text_form import nfc
from serge_desktop.services.importer import PreparedImport, prepare_bytes
from serge_desktop.services.packs.annotations_reader import PackNote, read_annotations
from serge_desktop.services.packs.errors import BrokenPackError
from serge_desktop.services.packs.json_guard import load_json
from serge_desktop.services.packs.manifest import Manifest, PackArticle, read_manifest
from serge_desktop.services.packs.pack_cards import PackCard, read_cards
from serge_desktop.services.packs.pack_entities import PackEntity, read_entities
from serge_desktop.services.packs.safe_zip import read_members

MAX_FIELD_CHARS = 10_000  # a label, a date, a quote or a description of an event
MAX_CATEGORY_CHARS = 60


@dataclass(frozen=True, slots=True)
class PackEvent:
    """A timeline event as a pack carries it: its date, words and the passage behind it."""

    edtf: str
    date_text: str
    label: str
    category: str  # a name; the import makes the category if the library has none of it
    is_context: bool
    description: str
    quote: str
    prefix: str
    suffix: str
    start: int  # a hint, -1 when the pack gave none


@dataclass(frozen=True, slots=True)
class ArticleInPack:
    entry: PackArticle
    prepared: PreparedImport  # the article's source, parsed as the importer would
    events: tuple[PackEvent, ...]
    notes: tuple[PackNote, ...]
    # The colour the pack's author gave each category ("#rrggbb", unchecked): offered to a
    # library that has no such category yet.
    category_colours: tuple[tuple[str, str], ...] = ()
    cards: tuple[PackCard, ...] = ()


@dataclass(frozen=True, slots=True)
class PackContents:
    file_name: str
    manifest: Manifest
    articles: tuple[ArticleInPack, ...]
    entities: tuple[PackEntity, ...] = ()  # the author's confirmed people, places, …

    @property
    def note_count(self) -> int:
        return sum(len(a.notes) for a in self.articles)


def open_pack(path: Path) -> PackContents:
    """Read and check the pack at ``path``; a PackError (or the importer's) if anything fails."""
    members = read_members(path)
    manifest = read_manifest(members)
    articles = []
    for entry in manifest.articles:
        prepared = prepare_bytes(members[entry.source], source_name=entry.source_name)
        document = load_json(members[entry.events], entry.events) if entry.events else None
        events = _events(document, entry.events) if entry.events else ()
        colours = _category_colours(document)
        notes = (
            tuple(read_annotations(load_json(members[entry.annotations], entry.annotations),
                                   entry.annotations))
            if entry.annotations
            else ()
        )  # fmt: skip
        cards = (
            read_cards(load_json(members[entry.cards], entry.cards), entry.cards)
            if entry.cards
            else ()
        )
        articles.append(ArticleInPack(entry, prepared, events, notes, colours, cards))
    entities = (
        read_entities(load_json(members[manifest.entities], manifest.entities), manifest.entities)
        if manifest.entities
        else ()
    )
    return PackContents(path.name, manifest, tuple(articles), entities)


def _events(document: Any, name: str) -> tuple[PackEvent, ...]:
    items = document.get("events") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise BrokenPackError(f"{name} in the pack is not a list of events.", name)
    return tuple(_event(item, name) for item in items)


def _category_colours(document: Any) -> tuple[tuple[str, str], ...]:
    """The pack's categories and colours; anything malformed in them is ignored, not refused.

    The events still name their categories, and the library picks a colour of its own.
    """
    items = document.get("categories") if isinstance(document, dict) else None
    if not isinstance(items, list):
        return ()
    return tuple(
        (item["name"], item["color"])
        for item in items
        if isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and isinstance(item.get("color"), str)
        and len(item["name"]) <= MAX_CATEGORY_CHARS
        and len(item["color"]) <= 7
    )


def _event(item: Any, name: str) -> PackEvent:
    if not isinstance(item, dict):
        raise BrokenPackError(f"{name} in the pack holds an event that is not an object.", name)

    def text(key: str, default: str | None = None) -> str:
        value = item.get(key, default)
        if not isinstance(value, str) or len(value) > MAX_FIELD_CHARS:
            raise BrokenPackError(f"An event in {name} has no valid {key!r}.", name)
        return nfc(value)

    edtf = text("edtf")
    parse_edtf(edtf)  # a date this app cannot read is refused here, not drawn wrong later
    category = text("category")
    if not category.strip() or len(category) > MAX_CATEGORY_CHARS:
        raise BrokenPackError(f"An event in {name} has no valid category.", name)
    start = item.get("start")
    return PackEvent(
        edtf=edtf,
        date_text=text("date_text"),
        label=text("label"),
        category=category,
        is_context=item.get("is_context") is True,
        description=text("description", ""),
        quote=text("quote", ""),
        prefix=text("prefix", ""),
        suffix=text("suffix", ""),
        start=start if isinstance(start, int) and not isinstance(start, bool) else -1,
    )
