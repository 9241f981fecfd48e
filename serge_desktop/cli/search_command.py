"""The `search` subcommand: the library's full-text search, grouped by kind, as text or JSON."""

from __future__ import annotations

import argparse
import sys

from serge_desktop.cli.exit_codes import DONE, exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.cli.output import dump_json, field
from serge_desktop.cli.scope_arguments import add_scope_arguments, scope_from
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
    # Several words, so an unquoted `search victor serge` works like the search box. A word
    # may start with a dash (`search -stalin`): main() hands such words over (see dash_words).
    searcher.add_argument("words", nargs="*", metavar="QUERY")
    searcher.add_argument("--json", action="store_true", help="print JSON instead of lines")
    searcher.add_argument(
        "--limit", type=int, default=50, metavar="N", help="at most N hits of each kind"
    )
    add_scope_arguments(searcher, required=False, library_flag=None)
    searcher.set_defaults(handler=run_search, reads_only=True, takes_dash_words=True)


def dash_words(args: argparse.Namespace, unknown: list[str]) -> str | None:
    """Give `search` the words argparse took for unknown options; the usage error, if any.

    Only `search` takes them (``takes_dash_words``); for any other command an unknown option
    is bad usage, as argparse itself would say.
    """
    if unknown and not getattr(args, "takes_dash_words", False):
        return f"unrecognized arguments: {' '.join(unknown)}"
    if getattr(args, "takes_dash_words", False):
        args.words = [*args.words, *unknown]
        if not args.words:
            return "the following arguments are required: QUERY"
    return None


def run_search(args: argparse.Namespace, workspace: Workspace) -> int:
    query = " ".join(args.words)
    try:
        scope = scope_from(args, workspace)
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return exit_code_for(error)
    results = workspace.search.search(query, limit=args.limit, scope=scope)
    out = sys.stdout
    if args.json:
        dump_json(_as_json(results), out)
        return DONE
    # One tab-separated line per hit, like `list`: kind, where to open it, the snippet.
    for a in results.articles:
        where = a.slug if a.body_offset is None else f"{a.slug} @{a.body_offset}"
        print(f"article\t{field(where)}\t{_line(a.snippet)}", file=out)
    for n in results.notes:
        print(f"note\t{n.note_id} in {field(n.slug)}\t{_line(n.snippet)}", file=out)
    for e in results.events:
        where = f"{e.event_id} in {e.slug} ({e.date_text})"
        print(f"event\t{field(where)}\t{_line(e.snippet)}", file=out)
    for h in results.entities:
        print(f"entity\t{field(f'{h.name} ({h.kind})')}\t{_line(h.snippet)}", file=out)
    if not results.total:
        print("No matches.", file=out)
    return DONE


def _line(snippet: Snippet) -> str:
    return field(snippet.with_brackets("«", "»"))


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
