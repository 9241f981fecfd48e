"""The subcommands: `list` here, each of the others in its own module."""

from __future__ import annotations

import argparse
import sys

from serge_desktop.cli.exit_codes import DONE
from serge_desktop.cli.export_command import add_export_subcommand
from serge_desktop.cli.import_command import add_import_subcommand
from serge_desktop.cli.maintenance_commands import add_maintenance_subcommands
from serge_desktop.cli.notes_commands import add_notes_subcommands
from serge_desktop.cli.output import dump_json, field
from serge_desktop.cli.pack_command import add_pack_subcommand
from serge_desktop.cli.search_command import add_search_subcommand
from serge_desktop.cli.timeline_command import add_timeline_subcommand
from serge_desktop.cli.wording import counted
from serge_desktop.services.workspace import Workspace


def add_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    add_import_subcommand(subparsers, parents)
    lister = subparsers.add_parser("list", parents=parents, help="list the articles in the library")
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.set_defaults(handler=run_list, reads_only=True)
    add_notes_subcommands(subparsers, parents)
    add_search_subcommand(subparsers, parents)
    add_timeline_subcommand(subparsers, parents)
    add_pack_subcommand(subparsers, parents)
    add_export_subcommand(subparsers, parents)
    add_maintenance_subcommands(subparsers, parents)


def run_list(args: argparse.Namespace, workspace: Workspace) -> int:
    out = sys.stdout
    articles = workspace.library.list_articles()
    if args.json:
        rows = [
            {
                "slug": a.slug,
                "headline": a.headline,
                "publication": a.publication,
                "revisions": a.revisions,
                "events": a.events,
                "notes": a.notes,
                "layer_notes": a.layer_notes,
            }
            for a in articles
        ]
        dump_json(rows, out)
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
        fields = (a.slug, a.headline, a.publication or "-", counts)
        print("\t".join(field(f) for f in fields), file=out)
    if not articles:
        print("The library is empty.", file=out)
    return DONE
