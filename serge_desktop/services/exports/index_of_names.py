"""The "Index of names" an export can end with: each confirmed entity and its paragraphs.

Built from the index of names (issue 17) for the articles the export covers: only confirmed
entities, never suggestions. The same entries give the Markdown and HTML sections here (the
HTML is also what Qt lays out for PDF, ODT and print), the Word section (docx_export), and the
W3C export's ``identifying`` annotations.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from serge_desktop.core.anchoring import TextAnchor, make_anchor
from serge_desktop.core.entities.names import name_key
from serge_desktop.services.exports.identity import stable_urn
from serge_desktop.services.exports.records import article_source
from serge_desktop.services.exports.w3c import xsd_datetime
from serge_desktop.services.views import ArticleView

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class IndexPlace:
    """Where an entity appears in one article: its paragraphs (1-based) and each mention."""

    slug: str
    headline: str
    url: str | None  # where the article came from, if it says
    paragraphs: tuple[int, ...]
    mentions: tuple[TextAnchor, ...]  # in the article's current body


@dataclass(frozen=True, slots=True)
class IndexEntry:
    entity_id: int
    name: str
    kind: str
    other_names: tuple[str, ...]
    places: tuple[IndexPlace, ...]
    created: dt.datetime
    modified: dt.datetime


def index_entries(workspace: Workspace, articles: Sequence[ArticleView]) -> tuple[IndexEntry, ...]:
    """The confirmed entities the articles name, alphabetically, with where each appears."""
    if not workspace.read_only:
        workspace.entities.refresh()  # mentions of the texts as they are now
    current = {article.id: article for article in articles}
    found: dict[int, tuple[str, str]] = {}
    spans: dict[int, dict[int, list[tuple[int, int, int]]]] = defaultdict(lambda: defaultdict(list))
    for mention in workspace.entities.confirmed_mentions(sorted(current)):
        found[mention.entity_id] = (mention.name, mention.kind.value)
        spans[mention.entity_id][mention.article_id].append(
            (mention.paragraph + 1, mention.start, mention.end)
        )
    entries = []
    times = workspace.entities.timestamps(list(found))
    for entity_id, (name, kind) in found.items():
        summary = workspace.entities.summary(entity_id)
        places = tuple(
            IndexPlace(
                current[article_id].slug,
                current[article_id].headline,
                article_source(article_id),
                tuple(sorted({p for p, _s, _e in found_spans})),
                tuple(make_anchor(current[article_id].body, s, e) for _p, s, e in found_spans),
            )
            for article_id, found_spans in spans[entity_id].items()
        )
        others = tuple(alias for alias in summary.aliases if alias != name)
        entries.append(IndexEntry(entity_id, name, kind, others, places, *times[entity_id]))
    entries.sort(key=lambda entry: (name_key(entry.name), entry.entity_id))
    return tuple(entries)


def _where(entry: IndexEntry, *, several: bool, title: str) -> str:
    parts = []
    for place in entry.places:
        numbers = ", ".join(str(number) for number in place.paragraphs)
        parts.append(f"{title.format(place.headline)}: ¶ {numbers}" if several else f"¶ {numbers}")
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class IndexLine:
    """An entry as plain text: the name (set in bold), then the rest of its line."""

    name: str
    rest: str


def index_lines(entries: Sequence[IndexEntry], *, several: bool) -> list[IndexLine]:
    lines = []
    for entry in entries:
        also = f"; also {', '.join(entry.other_names)}" if entry.other_names else ""
        where = _where(entry, several=several, title="{}")
        lines.append(IndexLine(entry.name, f" ({entry.kind}{also}) — {where}"))
    return lines


def markdown_index(
    entries: Sequence[IndexEntry], *, several: bool, escape: Callable[[str], str]
) -> list[str]:
    """The section in Markdown (``escape`` is the Markdown writer's)."""
    if not entries:
        return []
    lines = []
    for entry in entries:
        also = (
            f"; also {', '.join(escape(n) for n in entry.other_names)}" if entry.other_names else ""
        )
        where = _where(entry, several=several, title="*{}*")
        lines.append(f"- **{escape(entry.name)}** ({entry.kind}{also}) — {where}")
    return ["## Index of names", "\n".join(lines)]


def html_index(entries: Sequence[IndexEntry], *, several: bool) -> list[str]:
    if not entries:
        return []
    items = []
    for entry in entries:
        also = (
            f"; also {', '.join(html.escape(n) for n in entry.other_names)}"
            if entry.other_names
            else ""
        )
        where = html.escape(_where(entry, several=several, title="{}"))
        items.append(f"<li><b>{html.escape(entry.name)}</b> ({entry.kind}{also}) — {where}</li>")
    return ['<h2 class="index">Index of names</h2>', '<ul class="index">', *items, "</ul>"]


def identifying_annotations(entries: Sequence[IndexEntry], *, library: str) -> list[dict[str, Any]]:
    """Each confirmed mention as a W3C Annotation whose motivation is ``identifying``.

    The body names the entity (a stable IRI and its name); the target is the mention, with the
    same selectors as the notes' annotations.
    """
    items: list[dict[str, Any]] = []
    for entry in entries:
        entity_iri = stable_urn(library, "entity", entry.entity_id)
        for place in entry.places:
            url = place.url or ""
            source = (
                url
                if url.startswith(("http://", "https://"))
                else (stable_urn(library, "article", place.slug))
            )
            for anchor in place.mentions:
                start, end = anchor.start, anchor.end
                items.append(
                    {
                        "@context": "http://www.w3.org/ns/anno.jsonld",
                        "id": stable_urn(library, "mention", f"{place.slug}:{start}:{end}"),
                        "type": "Annotation",
                        "motivation": "identifying",
                        "created": xsd_datetime(entry.created),
                        "modified": xsd_datetime(entry.modified),
                        "body": {
                            "id": entity_iri,
                            "type": "TextualBody",
                            "value": entry.name,
                            "purpose": "identifying",
                        },
                        "target": {
                            "source": source,
                            "selector": [
                                {
                                    "type": "TextQuoteSelector",
                                    "exact": anchor.quote,
                                    "prefix": anchor.prefix,
                                    "suffix": anchor.suffix,
                                },
                                {"type": "TextPositionSelector", "start": start, "end": end},
                            ],
                        },
                    }
                )
    return items
