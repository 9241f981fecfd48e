"""Notes as W3C Web Annotation Data Model JSON-LD: one Annotation each, in an AnnotationCollection.

https://www.w3.org/TR/annotation-model/ — the MUST rules this follows: every annotation has the
anno.jsonld @context, exactly one id (an IRI), type "Annotation" and a target; a SpecificResource
target has exactly one source; a TextQuoteSelector exactly one ``exact``; a TextPositionSelector
exactly one ``start`` and ``end`` (non-negative integers); a TextualBody exactly one ``value``;
``created``/``modified`` are xsd:dateTime (written in UTC with "Z", as the model recommends). A
collection has the context, one id, type "AnnotationCollection" and, holding annotations, a
``first`` AnnotationPage whose ``items`` are the annotations.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from serge_desktop.services.exports.identity import EXPORT_NAMESPACE, stable_urn
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import write_atomically

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'


def annotation_id(note: ExportedNote) -> str:
    """The note's annotation IRI: the same in every export from the same library."""
    return stable_urn(note.library_id, "note", note.note_id)


def article_source(library: str, note: ExportedNote) -> str:
    """An IRI for the note's article: its URL when it came from the web, else a stable URN."""
    url = note.article_url or ""
    if url.startswith(("http://", "https://")):
        return url
    return stable_urn(library, "article", note.article_slug)


def annotation_for(note: ExportedNote, *, source: str) -> dict[str, Any]:
    """One note as an Annotation targeting ``source`` (an IRI naming the article)."""
    bodies: list[dict[str, Any]] = []
    if note.body.strip():
        bodies.append(
            {
                "type": "TextualBody",
                "value": note.body,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags)
    target: dict[str, Any] = {"source": source}
    if note.quote:
        target["selector"] = [
            {
                "type": "TextQuoteSelector",
                "exact": note.quote,
                "prefix": note.prefix,
                "suffix": note.suffix,
            },
            {"type": "TextPositionSelector", "start": note.start, "end": note.end},
        ]
    annotation: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": annotation_id(note),
        "type": "Annotation",
        "motivation": "commenting" if note.body.strip() else "highlighting",
        "created": xsd_datetime(note.created),
        "modified": xsd_datetime(note.updated),
        "target": target,
    }
    if bodies:
        annotation["body"] = bodies[0] if len(bodies) == 1 else bodies
    if note.author is not None:
        annotation["creator"] = {"type": "Person", "name": note.author}
    if note.color is not None:
        # The highlight colour as the model carries styles: a class on the target, defined
        # by an embedded stylesheet (our colour names are CSS colour names).
        target["styleClass"] = note.color
        annotation["stylesheet"] = {
            "type": "CssStylesheet",
            "value": f".{note.color} {{ background-color: {note.color}; }}",
        }
    return annotation


def annotation_collection(
    notes: Sequence[ExportedNote],
    *,
    label: str,
    sources: Mapping[str, str],
    extra: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """The notes as one AnnotationCollection; ``sources`` maps an article slug to its IRI.

    ``extra`` are further annotations made elsewhere (the index of names' identifying ones).
    """
    items = [annotation_for(note, source=sources[note.article_slug]) for note in notes]
    items += extra
    key = label + "\n" + "\n".join(item["id"] for item in items)
    collection_id = uuid.uuid5(EXPORT_NAMESPACE, key).urn
    collection: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
    }
    if items:
        collection["first"] = {
            "id": f"{collection_id}#page-1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    return collection


def xsd_datetime(moment: dt.datetime) -> str:
    """An xsd:dateTime in UTC ("2024-05-01T09:30:00Z"); a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_w3c(
    path: Path,
    notes: Sequence[ExportedNote],
    *,
    label: str,
    force: bool = False,
    extra: Sequence[dict[str, Any]] = (),
) -> None:
    """The notes as an AnnotationCollection in a JSON-LD file, written whole or not at all."""
    sources = {n.article_slug: article_source(n.library_id, n) for n in notes}
    document = annotation_collection(notes, label=label, sources=sources, extra=extra)
    payload = json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def write(target: Path) -> None:
        target.write_text(payload, encoding="utf-8")

    write_atomically(path, write, force=force)
