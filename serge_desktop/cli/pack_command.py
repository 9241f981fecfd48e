"""The `pack export` and `pack import` actions: class packs (.sergepack) from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from serge_desktop.cli.exit_codes import DONE, REFUSED, exit_code_for
from serge_desktop.cli.messages import describe, report_failure
from serge_desktop.cli.output import field
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError

if TYPE_CHECKING:
    from serge_desktop.services.packs.pack_import import PackPreview
    from serge_desktop.services.workspace import Workspace

_STATUS = {"new": "new", "updated": "updated (a new revision)", "unchanged": "already here"}


def add_pack_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    pack = subparsers.add_parser(
        "pack", parents=parents, help="export or import a class pack (.sergepack)"
    )
    actions = pack.add_subparsers(dest="pack_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        parents=parents,
        help="write articles with your notes (and their events) as a class pack",
        description="An existing FILE is kept unless --force is given.",
    )
    export.add_argument(
        "--article", required=True, action="append", metavar="SLUG",
        help="an article's slug (repeat for several)",
    )  # fmt: skip
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--author", metavar="NAME", help="the name your notes are shown under (default: login)"
    )
    export.add_argument(
        "--events", choices=("all", "none"), default="all", help="include the timeline events"
    )
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.set_defaults(handler=run_pack_export, reads_only=True)
    importer = actions.add_parser(
        "import",
        parents=parents,
        help="show what a class pack adds, then add it (the library is backed up first)",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--dry-run", action="store_true", help="only show what would be added")
    importer.add_argument(
        "--as-revision",
        action="store_true",
        help="an article whose headline matches one of yours becomes its new version (your "
        "notes re-anchored); by default it is added as a separate article",
    )
    importer.set_defaults(handler=run_pack_import)


def run_pack_export(args: argparse.Namespace, workspace: Workspace) -> int:
    # Loaded when used: every start of the app builds this command's parser.
    from serge_desktop.services.packs.service import PackService
    from serge_desktop.services.timelinejs import OutputExistsError

    path: Path = args.output
    try:
        if path.exists() and not args.force:
            raise OutputExistsError(path)
        if not path.parent.is_dir():
            print(
                f"serge-desktop: {path}: the folder {path.parent} does not exist", file=sys.stderr
            )
            return REFUSED
        summary = PackService(workspace).export(
            path, article_slugs=args.article, author=args.author or getpass.getuser(),
            include_events=args.events == "all", force=args.force,
        )  # fmt: skip
    except (SergeError, OSError) as error:
        return report_failure(error, path)
    counts = [
        counted(summary.articles, "article"),
        counted(summary.events, "event"),
        counted(summary.notes, "note"),
    ]
    print(f"{path}: {', '.join(counts)}", file=sys.stdout)
    return DONE


def run_pack_import(args: argparse.Namespace, workspace: Workspace) -> int:
    from serge_desktop.services.packs.service import PackService

    path: Path = args.file
    packs = PackService(workspace)
    try:
        contents = packs.read(path)
        preview = packs.preview(contents, as_revision=args.as_revision)
        print_preview(preview)
        if args.dry_run:
            print("Nothing was changed (--dry-run).", file=sys.stdout)
            return DONE
        result = packs.import_pack(contents, as_revision=args.as_revision)
    except SergeError as error:
        print(f"serge-desktop: {path}: {describe(error)}; nothing was changed", file=sys.stderr)
        return exit_code_for(error)
    print(f"Imported. The library was backed up first to {result.backup}.", file=sys.stdout)
    return DONE


def print_preview(preview: PackPreview) -> None:
    out = sys.stdout
    print(f"Pack: {field(preview.file_name)} from {field(preview.author)}", file=out)
    if preview.title:
        print(f"Title: {field(preview.title)}", file=out)
    for article in preview.articles:
        status = _STATUS[article.status]
        if article.same_headline:
            status += (
                " (a separate article: one of yours has this headline; --as-revision makes it "
                "its new version)"
            )
        print(f"  {field(article.headline)}: {status}", file=out)
    counts = ", ".join(
        f"{preview.count(status)} {status}" for status in ("new", "updated", "unchanged")
    )
    print(f"Articles: {counts}", file=out)
    print(f"Events to add: {preview.events}", file=out)
    print(f"Notes from {field(preview.author)}: {preview.notes}", file=out)
    if preview.notes_lost:
        print(f"Notes left out (passage not found): {preview.notes_lost}", file=out)
    if preview.replaces_layer:
        print("This pack was imported before: its notes replace the earlier ones.", file=out)
