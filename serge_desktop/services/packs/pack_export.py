"""Writing a class pack: articles as their raw sources, their events, and notes as W3C JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from serge_desktop import __version__
from serge_desktop.services.exports.identity import stable_urn
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.exports.records import exported_notes
from serge_desktop.services.exports.w3c import annotation_collection, article_source
from serge_desktop.services.library import current_revision
from serge_desktop.services.packs.manifest import (
    MANIFEST_NAME,
    MIN_READER_VERSION,
    Manifest,
    PackArticle,
    manifest_bytes,
    sha256_hex,
)
from serge_desktop.services.packs.pack_entities import ENTITIES_MEMBER, entities_bytes
from serge_desktop.services.timelinejs import write_atomically
from serge_desktop.storage import models as m

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace

PACK_SUFFIX = ".sergepack"


@dataclass(frozen=True, slots=True)
class PackExportSummary:
    path: Path
    articles: int
    events: int
    notes: int


def export_pack(
    workspace: Workspace,
    path: Path,
    *,
    article_slugs: Sequence[str],
    author: str,
    include_events: bool = True,
    title: str | None = None,
    force: bool = False,
) -> PackExportSummary:
    """Write a pack of the articles with the reader's own notes, signed as ``author``.

    The pack's id is the same each time the same library exports the same articles under the
    same name, so a reader who imports the new pack gets its notes in place of the old ones.
    """
    library = workspace.library_id()
    name = " ".join(author.split()) or "?"
    slugs = tuple(dict.fromkeys(article_slugs))
    pack_id = stable_urn(library, "pack", f"{name}\n" + "\n".join(slugs))
    members: dict[str, bytes] = {}
    entries: list[PackArticle] = []
    event_count = note_count = 0
    for slug in slugs:
        view = workspace.library.article_view(slug)
        revision = current_revision(view.id)
        suffix = Path(revision.source_name).suffix.lower() or ".txt"
        source = f"articles/{slug}{suffix}"
        members[source] = bytes(revision.raw_source)
        events_member = annotations_member = None
        if include_events:
            events = _events(view.id)
            if events:
                events_member = f"events/{slug}.json"
                document = {"events": events, "categories": _categories(events)}
                members[events_member] = _json(document)
                event_count += len(events)
        options = ExportOptions(format="w3c", article_slugs=(slug,))
        notes = [dataclasses.replace(n, author=name) for n in exported_notes(workspace, options)]
        if notes:
            annotations_member = f"annotations/{slug}.json"
            sources = {slug: article_source(library, notes[0])}
            collection = annotation_collection(notes, label=view.headline, sources=sources)
            members[annotations_member] = _json(collection)
            note_count += len(notes)
        entries.append(
            PackArticle(slug, view.headline, source, revision.source_name, events_member,
                        annotations_member)
        )  # fmt: skip
    entities = entities_bytes(workspace, [workspace.library.get_summary(s).id for s in slugs])
    if entities is not None:
        members[ENTITIES_MEMBER] = entities
    manifest = Manifest(
        pack_id=pack_id,
        author=name,
        created=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        app_version=__version__,
        min_reader_version=MIN_READER_VERSION,
        # No words of ours in a pack (its reader may not read English): several articles'
        # pack is named by their headlines.
        title=title or " · ".join(entry.headline for entry in entries),
        articles=tuple(entries),
        members={member: sha256_hex(data) for member, data in members.items()},
        entities=ENTITIES_MEMBER if entities is not None else None,
    )

    def write(target: Path) -> None:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST_NAME, manifest_bytes(manifest))
            for member, data in sorted(members.items()):
                archive.writestr(member, data)

    write_atomically(path, write, force=force)
    return PackExportSummary(path, len(entries), event_count, note_count)


def _events(article_id: int) -> list[dict[str, Any]]:
    query = (
        m.TimelineEvent.select()
        .where(m.TimelineEvent.article == article_id)
        .order_by(m.TimelineEvent.position, m.TimelineEvent.id)
    )
    return [
        {
            "edtf": e.edtf,
            "date_text": e.date_text,
            "label": e.label,
            "category": e.category,
            "is_context": e.is_context,
            "description": e.description,
            "quote": e.quote,
            "prefix": e.prefix,
            "suffix": e.suffix,
            "start": e.start,
            "end": e.end,
        }
        for e in query
    ]


def _categories(events: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The categories the events are in, with their colours, for the reader's library."""
    used = {str(event["category"]).casefold() for event in events}
    return [
        {"name": row.name, "color": row.color}
        for row in m.EventCategory.select().order_by(m.EventCategory.position)
        if row.name.casefold() in used
    ]


def _json(document: object) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
