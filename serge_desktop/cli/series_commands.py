"""The `series` subcommand: list series, rename, merge and reorder them."""

from __future__ import annotations

import argparse
import json
import sys

from serge_desktop.cli.exit_codes import exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.services.library_listing import LibrarySort
from serge_desktop.services.workspace import Workspace


def add_series_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    series = subparsers.add_parser(
        "series", parents=parents, help="list, rename, merge or reorder series of articles"
    )
    actions = series.add_subparsers(dest="series_action", metavar="ACTION", required=True)
    lister = actions.add_parser(
        "list", parents=parents, help="the series in order, each with its articles by part"
    )
    lister.add_argument("--json", action="store_true", help="print JSON instead of lines")
    lister.set_defaults(handler=run_list, reads_only=True)
    rename = actions.add_parser("rename", parents=parents, help="give a series another name")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.set_defaults(handler=run_rename)
    merge = actions.add_parser(
        "merge",
        parents=parents,
        help="move every article of one series into another (their parts kept)",
    )
    merge.add_argument("name", metavar="NAME", help="the series that goes")
    merge.add_argument("into", metavar="INTO", help="the series its articles join")
    merge.set_defaults(handler=run_merge)
    move = actions.add_parser("move", parents=parents, help="put a series at another place")
    move.add_argument("name", metavar="NAME")
    move.add_argument("position", type=int, metavar="POSITION", help="its place, from 1")
    move.set_defaults(handler=run_move)


def run_list(args: argparse.Namespace, workspace: Workspace) -> int:
    out = sys.stdout
    rows = []
    for series in workspace.series.list_series():
        articles = workspace.library.list_articles(series_id=series.id, sort=LibrarySort.SERIES)
        rows.append(
            {
                "name": series.name,
                "position": series.position,
                "articles": [{"slug": a.slug, "title": a.title, "part": a.part} for a in articles],
            }
        )
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for row in rows:
        print(f"{row['position']}\t{row['name']}", file=out)
        for article in row["articles"]:  # type: ignore[attr-defined]
            part = article["part"] if article["part"] is not None else "-"
            print(f"\tpart {part}\t{article['slug']}\t{article['title']}", file=out)
    if not rows:
        print("No series.", file=out)
    return 0


def run_rename(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        series = workspace.series.get(args.name)
        change = workspace.series.rename(series_id=series.id, name=args.new_name)
    except SergeError as error:
        return _fail(describe(error), exit_code_for(error))
    print(f"series {change.before!r} is now {change.after!r}", file=sys.stdout)
    return 0


def run_merge(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        source = workspace.series.get(args.name)
        into = workspace.series.get(args.into)
        merge = workspace.series.merge(source_id=source.id, into_id=into.id)
    except SergeError as error:
        return _fail(describe(error), exit_code_for(error))
    moved = len(merge.parts)
    print(
        f"{counted(moved, 'article')} of {source.name!r} moved into {into.name!r}", file=sys.stdout
    )
    return 0


def run_move(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        series = workspace.series.get(args.name)
        move = workspace.series.move(series_id=series.id, position=args.position)
    except SergeError as error:
        return _fail(describe(error), exit_code_for(error))
    print(f"series {series.name!r} is now number {move.after}", file=sys.stdout)
    return 0


def _fail(message: str, status: int) -> int:
    print(f"serge-desktop: {message}", file=sys.stderr)
    return status
