"""The subcommands: `list` here, each of the others in its own module."""

from __future__ import annotations

import argparse
import sys

from serge_desktop.cli.article_commands import add_article_subcommand
from serge_desktop.cli.cards_commands import add_cards_subcommands
from serge_desktop.cli.conflicts_command import add_conflicts_subcommand
from serge_desktop.cli.exit_codes import DONE, exit_code_for
from serge_desktop.cli.export_command import add_export_subcommand
from serge_desktop.cli.import_command import add_import_subcommand
from serge_desktop.cli.index_command import add_index_subcommand
from serge_desktop.cli.maintenance_commands import add_maintenance_subcommands
from serge_desktop.cli.messages import describe
from serge_desktop.cli.notes_commands import add_notes_subcommands
from serge_desktop.cli.output import dump_json, field
from serge_desktop.cli.pack_command import add_pack_subcommand
from serge_desktop.cli.search_command import add_search_subcommand
from serge_desktop.cli.series_commands import add_series_subcommand
from serge_desktop.cli.timeline_command import add_timeline_subcommand
from serge_desktop.cli.trash_commands import add_trash_subcommand
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.services.library_listing import LibrarySort
from serge_desktop.services.views import ArticleSummary
from serge_desktop.services.workspace import Workspace


def add_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    add_import_subcommand(subparsers, parents)
    lister = subparsers.add_parser("list", parents=parents, help="list the articles in the library")
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.add_argument(
        "--filter", default="", metavar="WORDS", help="only articles whose details hold every word"
    )
    lister.add_argument("--series", metavar="NAME", help="only this series' articles")
    lister.add_argument(
        "--sort",
        choices=[s.value for s in LibrarySort],
        default=LibrarySort.ADDED.value,
        help="the order (default: as they came in)",
    )
    lister.add_argument("--reverse", action="store_true", help="the other way round")
    lister.set_defaults(handler=run_list, reads_only=True)
    add_article_subcommand(subparsers, parents)
    add_series_subcommand(subparsers, parents)
    add_trash_subcommand(subparsers, parents)
    add_notes_subcommands(subparsers, parents)
    add_conflicts_subcommand(subparsers, parents)
    add_search_subcommand(subparsers, parents)
    add_timeline_subcommand(subparsers, parents)
    add_pack_subcommand(subparsers, parents)
    add_export_subcommand(subparsers, parents)
    add_maintenance_subcommands(subparsers, parents)
    add_index_subcommand(subparsers, parents)
    add_cards_subcommands(subparsers, parents)


def run_list(args: argparse.Namespace, workspace: Workspace) -> int:
    out = sys.stdout
    try:
        series_id = workspace.series.get(args.series).id if args.series else None
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return exit_code_for(error)
    articles = workspace.library.list_articles(
        query=args.filter, series_id=series_id, sort=LibrarySort(args.sort), descending=args.reverse
    )
    if args.json:
        dump_json([_row(a) for a in articles], out)
        return DONE
    for a in articles:
        counts = ", ".join(
            [
                counted(a.revisions, "revision"),
                counted(a.events, "event"),
                counted(a.notes, "note"),
                *([f"{counted(a.layer_notes, 'note')} from class packs"] if a.layer_notes else []),
            ]
        )
        series = "-" if a.series is None else a.series + (f", part {a.part}" if a.part else "")
        fields = (a.slug, a.headline, a.publication or "-", series, counts)
        print("\t".join(field(f) for f in fields), file=out)
    if not articles:
        print(
            "No articles match." if args.filter or args.series else "The library is empty.",
            file=out,
        )
    return DONE


def _row(a: ArticleSummary) -> dict[str, object]:
    return {
        "slug": a.slug,
        "headline": a.headline,
        "publication": a.publication,
        "series": a.series,
        "part": a.part,
        "author": a.author,
        "date": a.published,
        "language": a.language,
        "words": a.words,
        "revisions": a.revisions,
        "events": a.events,
        "notes": a.notes,
        "layer_notes": a.layer_notes,
        "last_read": a.last_read_at.isoformat() if a.last_read_at else None,
    }
