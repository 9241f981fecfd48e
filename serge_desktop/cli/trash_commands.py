"""The `trash` subcommand: what is in the trash, and emptying it for good (after a backup)."""

from __future__ import annotations

import argparse
import json
import sys

from serge_desktop.cli.exit_codes import REFUSED, exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.services.workspace import Workspace


def add_trash_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    trash = subparsers.add_parser(
        "trash", parents=parents, help="list the articles and notes in the trash, or empty it"
    )
    actions = trash.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    lister = actions.add_parser("list", parents=parents, help="what is in the trash")
    lister.add_argument("--json", action="store_true", help="print JSON instead of lines")
    lister.set_defaults(handler=run_list, reads_only=True)
    empty = actions.add_parser(
        "empty",
        parents=parents,
        help="delete what is in the trash for good, after a verified backup",
        description="Asks first; --yes answers for you (needed when no one can be asked).",
    )
    empty.add_argument("--yes", action="store_true", help="do not ask")
    empty.set_defaults(handler=run_empty)


def run_list(args: argparse.Namespace, workspace: Workspace) -> int:
    out = sys.stdout
    articles = workspace.article_trash.list_trash()
    notes = workspace.notes.list_trash()
    if args.json:
        rows = {
            "articles": [
                {
                    "slug": t.summary.slug,
                    "title": t.summary.title,
                    "deleted_at": t.deleted_at.isoformat(),
                    "notes": t.summary.notes,
                    "events": t.summary.events,
                }
                for t in articles
            ],
            "notes": [
                {"id": n.id, "article_id": n.article_id, "quote": n.quote, "note": n.body}
                for n in notes
            ],
        }
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for t in articles:
        when = t.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
        counts = f"{counted(t.summary.notes, 'note')}, {counted(t.summary.events, 'event')}"
        print(f"article\t{t.summary.slug}\t{t.summary.title}\t{when}\t{counts}", file=out)
    for n in notes:
        text = " ".join((n.body or n.quote).split())[:60]
        print(f"note\t{n.id}\t{text}", file=out)
    if not articles and not notes:
        print("The trash is empty.", file=out)
    return 0


def run_empty(args: argparse.Namespace, workspace: Workspace) -> int:
    articles = workspace.article_trash.list_trash()
    notes = workspace.notes.list_trash()
    if not articles and not notes:
        print("The trash is empty.", file=sys.stdout)
        return 0
    question = (
        f"Delete for good {counted(len(articles), 'article')} and {counted(len(notes), 'note')} "
        "in the trash, "
        "with everything they hold? [y/N] "
    )
    if not args.yes and not _confirmed(question):
        return REFUSED
    try:
        emptied = workspace.article_trash.empty_trash()
    except SergeError as error:
        where = workspace.database_path
        print(
            f"serge-desktop: {where}: {describe(error)}; the trash was not emptied", file=sys.stderr
        )
        return exit_code_for(error)
    kept = f"; a backup was made first: {emptied.backup}" if emptied.backup else ""
    print(
        f"Deleted {counted(emptied.articles, 'article')} and {counted(emptied.notes, 'note')} "
        f"for good{kept}",
        file=sys.stdout,
    )
    return 0


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        print(
            "serge-desktop: emptying the trash cannot be undone; "
            "run it in a terminal to be asked, or give --yes",
            file=sys.stderr,
        )
        return False
    answer = input(question)
    if answer.strip().lower() in ("y", "yes"):
        return True
    print("The trash was left as it is.", file=sys.stderr)
    return False
