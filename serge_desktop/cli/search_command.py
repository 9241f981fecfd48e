"""The `search` subcommand: the library's full-text search, grouped by kind, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from serge_desktop.cli.messages import describe
from serge_desktop.cli.scope_arguments import add_scope_arguments, scope_from
from serge_desktop.cli.terminal_text import printable
from serge_desktop.core.errors import SergeError
from serge_desktop.services.search_views import SearchResults, Snippet
from serge_desktop.services.workspace import Workspace


def add_search_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    searcher = subparsers.add_parser(
        "search",
        parents=parents,
        help="search article text, notes and timeline events",
        description=(
            "Every word must occur; the last may be the start of a word. Accents are ignored "
            "and punctuation is plain text."
        ),
    )
    # nargs="+" so an unquoted `search victor serge` works like the search box.
    searcher.add_argument("words", nargs="+", metavar="QUERY")
    searcher.add_argument("--json", action="store_true", help="print JSON instead of lines")
    searcher.add_argument(
        "--limit", type=int, default=50, metavar="N", help="at most N hits of each kind"
    )
    add_scope_arguments(searcher, required=False, library_flag=None)
    searcher.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, workspace: Workspace) -> int:
    query = " ".join(args.words)
    try:
        scope = scope_from(args, workspace)
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return 1
    results = workspace.search.search(query, limit=args.limit, scope=scope)
    out = sys.stdout
    if args.json:
        json.dump(_as_json(results), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    # One tab-separated line per hit, like `list`: kind, where to open it, the snippet.
    for a in results.articles:
        where = a.slug if a.body_offset is None else f"{a.slug} @{a.body_offset}"
        print(f"article\t{where}\t{_line(a.snippet)}", file=out)
    for n in results.notes:
        print(f"note\t{n.note_id} in {n.slug}\t{_line(n.snippet)}", file=out)
    for e in results.events:
        print(f"event\t{e.event_id} in {e.slug} ({e.date_text})\t{_line(e.snippet)}", file=out)
    for h in results.entities:
        print(f"entity\t{printable(h.name)} ({h.kind})\t{printable(_line(h.snippet))}", file=out)
    if not results.total:
        print("No matches.", file=out)
    return 0


def _line(snippet: Snippet) -> str:
    return snippet.with_brackets("«", "»")


def _snippet_json(snippet: Snippet) -> dict[str, object]:
    return {"text": snippet.text, "matches": [list(span) for span in snippet.matches]}


def _as_json(results: SearchResults) -> dict[str, object]:
    return {
        "query": results.query,
        "articles": [
            {
                "slug": a.slug,
                "headline": a.headline,
                "body_offset": a.body_offset,
                "snippet": _snippet_json(a.snippet),
                "rank": a.rank,
            }
            for a in results.articles
        ],
        "notes": [
            {
                "id": n.note_id,
                "article": n.slug,
                "headline": n.headline,
                "snippet": _snippet_json(n.snippet),
                "rank": n.rank,
            }
            for n in results.notes
        ],
        "events": [
            {
                "id": e.event_id,
                "article": e.slug,
                "headline": e.headline,
                "date_text": e.date_text,
                "label": e.label,
                "snippet": _snippet_json(e.snippet),
                "rank": e.rank,
            }
            for e in results.events
        ],
        "entities": [
            {
                "id": h.entity_id,
                "name": h.name,
                "kind": h.kind,
                "snippet": _snippet_json(h.snippet),
                "rank": h.rank,
            }
            for h in results.entities
        ],
    }
