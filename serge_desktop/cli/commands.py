"""The `import` and `list` subcommands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from serge_desktop.cli.exit_codes import DONE, exit_code_for, worst
from serge_desktop.cli.export_command import add_export_subcommand
from serge_desktop.cli.maintenance_commands import add_maintenance_subcommands
from serge_desktop.cli.messages import describe
from serge_desktop.cli.notes_commands import add_notes_subcommands
from serge_desktop.cli.output import dump_json, field
from serge_desktop.cli.pack_command import add_pack_subcommand
from serge_desktop.cli.search_command import add_search_subcommand
from serge_desktop.cli.timeline_command import add_timeline_subcommand
from serge_desktop.cli.update_command import add_update_argument, run_import_update
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace

_STATUS_WORDS = {
    ImportStatus.ADDED: "imported",
    ImportStatus.NEW_REVISION: "imported as a new revision of",
    ImportStatus.UNCHANGED: "already in the library as",
}


def add_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    importer = subparsers.add_parser(
        "import", parents=parents, help="import article files into the library"
    )
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_update_argument(importer)
    importer.set_defaults(handler=run_import)
    lister = subparsers.add_parser("list", parents=parents, help="list the articles in the library")
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.set_defaults(handler=run_list, reads_only=True)
    add_notes_subcommands(subparsers, parents)
    add_search_subcommand(subparsers, parents)
    add_timeline_subcommand(subparsers, parents)
    add_pack_subcommand(subparsers, parents)
    add_export_subcommand(subparsers, parents)
    add_maintenance_subcommands(subparsers, parents)


def run_import(args: argparse.Namespace, workspace: Workspace) -> int:
    """Import each file; one line per file, and the backup made first, if one was."""
    if args.update:
        return run_import_update(args, workspace)
    out = sys.stdout
    codes = [DONE]
    for path in args.files:
        try:
            outcome = workspace.importer.import_file(path)
        except SergeError as error:
            codes.append(exit_code_for(error))
            print(f"serge-desktop: {path}: {describe(error)}", file=sys.stderr)
            continue
        print(f"{path}: {_STATUS_WORDS[outcome.status]} {outcome.article.slug}", file=out)
        if outcome.used_fallback:
            print(
                f"{path}: note: not valid UTF-8; read as Windows-1252 ({outcome.encoding})",
                file=out,
            )
    announce_backups(workspace)
    return worst(codes)


def announce_backups(workspace: Workspace) -> None:
    """Name the safety copies this command made (they are kept: see the backup policy)."""
    for backup in workspace.backups_made():
        if "before-import" in backup.name:
            print(f"The library was backed up first to {backup}.", file=sys.stdout)


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
