"""The --article, --series and --library options that choose what a command covers."""

from __future__ import annotations

import argparse

from serge_desktop.services.scope import Scope
from serge_desktop.services.workspace import Workspace


def add_scope_arguments(
    parser: argparse.ArgumentParser, *, required: bool, library_flag: str | None = "--library"
) -> None:
    """Add --article SLUG | --series NAME (| the library flag) as one exclusive choice."""
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("--article", metavar="SLUG", help="one article, by its slug")
    group.add_argument("--series", metavar="NAME", help="every article of a series")
    if library_flag is not None:
        dest = library_flag.lstrip("-").replace("-", "_")
        group.add_argument(library_flag, dest=dest, action="store_true", help="the whole library")


def scope_from(args: argparse.Namespace, workspace: Workspace) -> Scope:
    """The scope the options name; NotFoundError for an article or a series not there."""
    if getattr(args, "article", None):
        return Scope.article(workspace.library.get_summary(args.article).id)
    if getattr(args, "series", None):
        return Scope.series(workspace.series.get(args.series).id)
    return Scope.library()


def scope_title(args: argparse.Namespace, workspace: Workspace) -> str:
    """What the scope is called in a document's title."""
    if getattr(args, "article", None):
        return workspace.library.get_summary(args.article).title
    if getattr(args, "series", None):
        return workspace.series.get(args.series).name
    return "The library"
