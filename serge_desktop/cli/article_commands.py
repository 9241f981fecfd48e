"""The `article` subcommand: show and edit an article's metadata, delete it, restore it."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from serge_desktop.cli.exit_codes import exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.core.errors import SergeError
from serge_desktop.services.workspace import Workspace

# Option name, metadata field, help; the order `article show` prints them in.
_FIELDS = (
    ("title", "title", "the title"),
    ("standfirst", "standfirst", "the standfirst (the lines under the title)"),
    ("publication", "publication", "where it was published"),
    ("series", "series", "its series ('' takes it out of any series)"),
    ("part", "part", "its part number in the series ('' for none)"),
    ("author", "author", "who wrote it"),
    ("date", "published", "its date, in any words (2004-11-20, November 2004)"),
    ("source", "source", "where it came from: a URL or a citation"),
    ("language", "language", "its language as a tag: en, fr, pt-BR ('' for unknown)"),
)


def add_article_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    article = subparsers.add_parser(
        "article", parents=parents, help="show or edit an article's details, delete or restore it"
    )
    actions = article.add_subparsers(dest="article_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=parents, help="print the article's details")
    show.add_argument("slug", metavar="SLUG")
    show.add_argument("--json", action="store_true", help="print JSON instead of lines")
    show.set_defaults(handler=run_show, reads_only=True)
    edit = actions.add_parser(
        "edit",
        parents=parents,
        help="change the article's details",
        description="Only the details given change; an empty value ('') clears one.",
    )
    edit.add_argument("slug", metavar="SLUG")
    for option, _, text in _FIELDS:
        edit.add_argument(f"--{option}", metavar=option.upper()[0], help=text)
    edit.set_defaults(handler=run_edit)
    delete = actions.add_parser(
        "delete",
        parents=parents,
        help="put the article in the trash with its notes and events",
        description="Nothing is lost until `serge-desktop trash empty`; `article restore` "
        "brings it back.",
    )
    delete.add_argument("slug", metavar="SLUG")
    delete.set_defaults(handler=run_delete)
    restore = actions.add_parser(
        "restore", parents=parents, help="take the article out of the trash"
    )
    restore.add_argument("slug", metavar="SLUG")
    restore.set_defaults(handler=run_restore)


def run_show(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        summary = workspace.library.get_summary(args.slug)
        metadata = workspace.metadata.metadata(summary.id)
    except SergeError as error:
        return _fail(describe(error), status=exit_code_for(error))
    values = {option: getattr(metadata, field) for option, field, _ in _FIELDS}
    counts = {"words": summary.words, "notes": summary.notes, "events": summary.events}
    row = {"slug": summary.slug, **values, **counts}
    if args.json:
        json.dump(row, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for name, value in row.items():
        print(f"{name}\t{'-' if value is None else value}", file=sys.stdout)
    return 0


def run_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    given = {field: getattr(args, option) for option, field, _ in _FIELDS}
    given = {field: value for field, value in given.items() if value is not None}
    if not given:
        print("serge-desktop: give at least one detail to change (see --help)", file=sys.stderr)
        return 2
    try:
        summary = workspace.library.get_summary(args.slug)
        current = workspace.metadata.metadata(summary.id)
        wanted = dataclasses.replace(current, **_values(given))  # type: ignore[arg-type]
        change = workspace.metadata.set_metadata(article_id=summary.id, metadata=wanted)
    except SergeError as error:
        return _fail(describe(error), status=exit_code_for(error))
    except ValueError:
        return _fail(f"the part must be a whole number, not {args.part!r}", status=2)
    if not change.changed_fields:
        print(f"{args.slug}: nothing changed", file=sys.stdout)
    for field in change.changed_fields:
        before, after = getattr(change.before, field), getattr(change.after, field)
        print(f"{args.slug}: {_name(field)}: {_shown(before)} → {_shown(after)}", file=sys.stdout)
    return 0


def _values(given: dict[str, str]) -> dict[str, object]:
    values: dict[str, object] = {
        field: (value or None) for field, value in given.items() if field != "title"
    }
    if "title" in given:
        values["title"] = given["title"]  # an empty title is refused by the service
    if "part" in given:
        values["part"] = int(given["part"]) if given["part"].strip() else None
    if "series" in values and values["series"] is None and "part" not in given:
        values["part"] = None  # out of the series, so no part in it either
    return values


def run_delete(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        summary = workspace.library.get_summary(args.slug)
        workspace.article_trash.delete_article(article_id=summary.id)
    except SergeError as error:
        return _fail(describe(error), status=exit_code_for(error))
    print(
        f"{args.slug}: in the trash with {summary.notes} notes and {summary.events} events "
        f"(`serge-desktop article restore {args.slug}` brings it back)",
        file=sys.stdout,
    )
    return 0


def run_restore(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        trashed = workspace.article_trash.find(args.slug)
        workspace.article_trash.restore_article(article_id=trashed.summary.id)
    except SergeError as error:
        return _fail(describe(error), status=exit_code_for(error))
    print(f"{args.slug}: restored from the trash", file=sys.stdout)
    return 0


def _name(field: str) -> str:
    return "date" if field == "published" else field


def _shown(value: object) -> str:
    return "(none)" if value is None else repr(value) if isinstance(value, str) else str(value)


def _fail(message: str, *, status: int = 1) -> int:
    print(f"serge-desktop: {message}", file=sys.stderr)
    return status
