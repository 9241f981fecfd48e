"""The curated sidecar: a TOML file of dated, sourced events that goes with a bundled article."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from serge_desktop.core.errors import SidecarError
from serge_desktop.core.fuzzy_date import FuzzyDate, FuzzyDateError, parse_edtf
from serge_desktop.core.regular_files import NotARegularFileError, read_regular

# The categories every library has from the start; a sidecar may declare more in [categories].
CATEGORIES = frozenset({"life", "politics", "writing", "exile"})
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

MAX_SIDECAR_BYTES = 1024 * 1024  # a sidecar is a few kilobytes; more is a mistake

_ARTICLE_STR_KEYS = ("publication", "issue", "series", "subject", "credit", "source_file")
_ARTICLE_KEYS = frozenset({*_ARTICLE_STR_KEYS, "series_part"})
_EVENT_STR_KEYS = ("edtf", "date_text", "label", "category", "evidence")
_EVENT_KEYS = frozenset({*_EVENT_STR_KEYS, "context", "note"})
# The article's people, places, organisations and works: one array of tables per kind.
ENTITY_TABLES = {"people": "person", "places": "place", "organisations": "organisation",
                 "works": "work"}  # fmt: skip
_ENTITY_KEYS = frozenset({"name", "aliases", "note"})


@dataclass(frozen=True, slots=True)
class CuratedEvent:
    """One timeline event; ``evidence`` is the body sentence that tells it, word for word."""

    edtf: str
    date_text: str  # the date as the article words it (or, for context events, as history does)
    label: str
    category: str  # one of CATEGORIES
    is_context: bool  # the date comes from outside the article
    evidence: str
    # The curator's note on the date (what the article leaves out, or where a context date
    # comes from); it becomes the event's description.
    note: str | None = None

    @property
    def fuzzy_date(self) -> FuzzyDate:
        return parse_edtf(self.edtf)  # validated at load time, so this cannot fail


@dataclass(frozen=True, slots=True)
class CuratedEntity:
    """A person, place, organisation or work the article names, as its curator lists it."""

    kind: str  # "person", "place", "organisation" or "work"
    name: str
    aliases: tuple[str, ...] = ()  # other names: a birth name, a short form, a translation
    note: str | None = None  # where the curator's facts come from


@dataclass(frozen=True, slots=True)
class ArticleSidecar:
    """The curated facts about a bundled article and the events drawn on its timeline."""

    publication: str
    issue: str
    series: str
    series_part: int
    subject: str
    credit: str
    source_file: str  # the article's file name, next to the sidecar
    events: tuple[CuratedEvent, ...]
    # Categories beyond the four every library has, with their colours ("#rrggbb").
    categories: tuple[tuple[str, str], ...] = ()
    entities: tuple[CuratedEntity, ...] = ()


def sidecar_path_for(article_path: Path) -> Path:
    """Return the sidecar path for an article file: same folder and stem, ``.toml``."""
    return article_path.with_suffix(".toml")


def load_sidecar(path: Path) -> ArticleSidecar:
    """Read and validate a sidecar; raise SidecarError naming the table, event and key at fault."""
    try:
        raw = read_regular(path, MAX_SIDECAR_BYTES)
    except NotARegularFileError as exc:
        raise SidecarError(f"{path.name}: the sidecar is {exc.what}, not a file") from exc
    except OSError as exc:
        raise SidecarError(f"{path}: cannot read the sidecar ({exc.strerror or exc})") from exc
    if len(raw) > MAX_SIDECAR_BYTES:
        raise SidecarError(f"{path.name}: the sidecar is larger than {MAX_SIDECAR_BYTES} bytes")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SidecarError(f"{path.name}: the sidecar is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SidecarError(f"{path.name}: not valid TOML: {exc}") from exc

    try:
        return _sidecar(data)
    except SidecarError as exc:
        # Prefix the file so a message read in a log or dialog says which sidecar is wrong.
        raise SidecarError(f"{path.name}: {exc}") from exc


def _sidecar(data: dict[str, Any]) -> ArticleSidecar:
    allowed = {"article", "events", "categories", *ENTITY_TABLES}
    _check_keys(data, required={"article"}, allowed=allowed, where="the file")
    article = _table(data["article"], "[article]")
    _check_keys(article, _ARTICLE_KEYS, _ARTICLE_KEYS, "[article]")
    strings = {key: _string(article, key, "[article]") for key in _ARTICLE_STR_KEYS}
    series_part = article["series_part"]
    # bool is a subclass of int in Python, and "series_part = true" is surely a mistake.
    if isinstance(series_part, bool) or not isinstance(series_part, int) or series_part < 1:
        raise _error("[article]", "series_part", "must be a whole number from 1")
    source_file = strings["source_file"]
    if Path(source_file).name != source_file:
        raise _error("[article]", "source_file", "must be a file name, not a path")

    categories = _categories(data.get("categories", {}))
    known = CATEGORIES | {name for name, _ in categories}
    raw_events = data.get("events", [])
    if not isinstance(raw_events, list):
        raise _error("the file", "events", "must be an array of tables ([[events]])")
    events = tuple(_event(item, number, known) for number, item in enumerate(raw_events, start=1))
    entities = tuple(
        _entity(item, table, number)
        for table in ENTITY_TABLES
        for number, item in enumerate(_array(data, table), start=1)
    )
    return ArticleSidecar(
        publication=strings["publication"],
        issue=strings["issue"],
        series=strings["series"],
        series_part=series_part,
        subject=strings["subject"],
        credit=strings["credit"],
        source_file=source_file,
        events=events,
        categories=categories,
        entities=entities,
    )


def _categories(value: object) -> tuple[tuple[str, str], ...]:
    table = _table(value, "[categories]")
    declared = []
    for name, colour in table.items():
        if not name.strip():
            raise _error("[categories]", name, "must be a name")
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise _error("[categories]", name, 'must be a colour written "#rrggbb"')
        declared.append((name, colour))
    return tuple(declared)


def _array(data: dict[str, Any], table: str) -> list[Any]:
    items = data.get(table, [])
    if not isinstance(items, list):
        raise _error("the file", table, f"must be an array of tables ([[{table}]])")
    return items


def _entity(item: object, table: str, number: int) -> CuratedEntity:
    where = f"{table} {number}"
    entry = _table(item, where)
    _check_keys(entry, {"name"}, _ENTITY_KEYS, where)
    name = _string(entry, "name", where)
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise _error(f"{where} ({name!r})", "aliases", "must be an array of non-empty strings")
    note = _string(entry, "note", where) if "note" in entry else None
    return CuratedEntity(ENTITY_TABLES[table], name, tuple(aliases), note)


def _event(item: object, number: int, categories: frozenset[str]) -> CuratedEvent:
    where = f"event {number}"
    table = _table(item, where)
    label = table.get("label")
    if isinstance(label, str) and label.strip():
        where = f"event {number} ({label!r})"  # name it the way a curator would search for it
    _check_keys(table, set(_EVENT_KEYS - {"note"}), _EVENT_KEYS, where)
    values = {key: _string(table, key, where) for key in _EVENT_STR_KEYS}
    if values["category"] not in categories:
        allowed = ", ".join(sorted(categories))
        raise _error(where, "category", f"is {values['category']!r}, not one of {allowed}")
    try:
        parse_edtf(values["edtf"])
    except FuzzyDateError as exc:
        raise _error(where, "edtf", str(exc)) from exc
    context = table["context"]
    if not isinstance(context, bool):
        raise _error(where, "context", "must be true or false")
    note = _string(table, "note", where) if "note" in table else None
    return CuratedEvent(
        edtf=values["edtf"],
        date_text=values["date_text"],
        label=values["label"],
        category=values["category"],
        is_context=context,
        evidence=values["evidence"],
        note=note,
    )


def _error(where: str, key: str, problem: str) -> SidecarError:
    return SidecarError(f"{where}: key {key!r} {problem}")


def _table(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SidecarError(f"{where}: must be a table")
    return value


def _check_keys(
    table: dict[str, Any],
    required: set[str] | frozenset[str],
    allowed: set[str] | frozenset[str],
    where: str,
) -> None:
    missing = sorted(required - table.keys())
    if missing:
        raise _error(where, missing[0], "is missing")
    # Unknown keys are usually misspellings ("contxt"); silently ignoring them would lose data.
    unknown = sorted(table.keys() - allowed)
    if unknown:
        raise _error(where, unknown[0], "is not a known key")


def _string(table: dict[str, Any], key: str, where: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise _error(where, key, "must be a non-empty string")
    return value
