"""The `cards list` and `study due` subcommands: the review cards' state without the window."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from serge_desktop.cli.messages import describe
from serge_desktop.cli.output import field
from serge_desktop.core.errors import SergeError
from serge_desktop.services.workspace import Workspace

# The browser's states, as the issue names them for scripts (plus Anki's "review").
STATE_CHOICES = ("new", "learning", "review", "due", "suspended")
_TITLE_SHOWN = 60  # characters of a card's title in the plain listing; --json gives it whole


def add_cards_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    cards = subparsers.add_parser("cards", parents=parents, help="list review cards")
    actions = cards.add_subparsers(dest="cards_command", metavar="ACTION", required=True)
    lister = actions.add_parser("list", parents=parents, help="list review cards and their state")
    lister.add_argument("--article", metavar="SLUG", help="only this article's cards")
    lister.add_argument("--state", choices=STATE_CHOICES, help="only cards in this state")
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.set_defaults(handler=run_cards_list)
    study = subparsers.add_parser("study", parents=parents, help="what there is to study")
    study_actions = study.add_subparsers(dest="study_command", metavar="ACTION", required=True)
    due = study_actions.add_parser(
        "due", parents=parents, help="cards due now, per article and per series"
    )
    due.add_argument("--json", action="store_true", help="print JSON instead of a table")
    due.set_defaults(handler=run_study_due)


def run_cards_list(args: argparse.Namespace, workspace: Workspace) -> int:
    from serge_desktop.services.cards.browser import CardFilter

    out = sys.stdout
    try:
        articles = None
        if args.article:
            articles = (workspace.library.get_summary(args.article).id,)
        rows = workspace.cards.list_cards(CardFilter(article_ids=articles, state=args.state))
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return 1
    if args.json:
        json.dump([_card_json(row) for row in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for row in rows:
        title = row.title if len(row.title) <= _TITLE_SHOWN else row.title[: _TITLE_SHOWN - 1] + "…"
        due = row.due.astimezone().strftime("%Y-%m-%d %H:%M")
        fields = (str(row.id), row.article_slug, row.kind, row.state, due, title)
        print("\t".join(field(value) for value in fields), file=out)
    if not rows:
        print("No cards.", file=out)
    return 0


def run_study_due(args: argparse.Namespace, workspace: Workspace) -> int:
    out = sys.stdout
    try:
        counts = workspace.study.due_counts()
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return 1
    if args.json:
        document = [
            {
                "scope": c.scope,
                "key": c.key,
                "title": c.title,
                "new": c.new,
                "learning": c.learning,
                "review": c.review,
                "total": c.total,
            }
            for c in counts
        ]
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for c in counts:
        fields = (c.scope, c.key, str(c.new), str(c.learning), str(c.review), c.title)
        print("\t".join(field(value) for value in fields), file=out)
    if not counts:
        print("Nothing to study now.", file=out)
    return 0


def _card_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "guid": row.guid,
        "article": row.article_slug,
        "kind": row.kind,
        "state": row.state,
        "title": row.title,
        "due": row.due.isoformat(),
        "reps": row.reps,
        "lapses": row.lapses,
        "suspended_by_reader": row.is_suspended,
        "source": row.source_state,
        "note": row.note_id,
        "event": row.event_id,
    }
