"""The `search` subcommand: the library's full-text search, grouped by kind, as text or JSON."""

from __future__ import annotations

import argparse
import sys

from serge_desktop.cli.exit_codes import DONE
from serge_desktop.cli.output import dump_json, field
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
    searcher.set_defaults(handler=run_search, reads_only=True)


# The options before the subcommand that take a value (see main.build_parser).
_GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--data-dir", "--article"})
# The search command's own options, and which of them take a value.
_OPTIONS = frozenset({"--json", "-h", "--help"})
_OPTIONS_WITH_VALUE = frozenset({"--limit", "--data-dir"})


def protect_search_words(argv: list[str]) -> list[str]:
    """``search -stalin``: words that start with a dash are words, not unknown options.

    The arguments after ``search`` are split into its own options (kept first) and the words
    (after a ``--``, in their order), so argparse reads every word as part of the query.
    """
    at = _subcommand_at(argv)
    if at is None or argv[at] != "search":
        return argv
    rest = argv[at + 1 :]
    if "--" in rest:
        return argv
    options: list[str] = []
    words: list[str] = []
    expecting_value = False
    for token in rest:
        if expecting_value:
            options.append(token)
            expecting_value = False
        elif token in _OPTIONS or token.split("=", 1)[0] in _OPTIONS_WITH_VALUE:
            options.append(token)
            expecting_value = token in _OPTIONS_WITH_VALUE
        else:
            words.append(token)
    if not any(word.startswith("-") for word in words):
        return argv
    return [*argv[: at + 1], *options, "--", *words]


def _subcommand_at(argv: list[str]) -> int | None:
    """Where the subcommand's name stands: the first word that is not an option or its value."""
    expecting_value = False
    for index, token in enumerate(argv):
        if expecting_value:
            expecting_value = False
        elif token.startswith("-"):
            expecting_value = token in _GLOBAL_OPTIONS_WITH_VALUE
        else:
            return index
    return None


def run_search(args: argparse.Namespace, workspace: Workspace) -> int:
    query = " ".join(args.words)
    results = workspace.search.search(query, limit=args.limit)
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
    }
