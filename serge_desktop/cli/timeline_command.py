"""The `timeline suggest` subcommand: events proposed from an article's dated sentences."""

from __future__ import annotations

import argparse
import sys

from serge_desktop.cli.exit_codes import DONE, exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.cli.output import dump_json, field
from serge_desktop.cli.timeline_export_command import register_timeline_export
from serge_desktop.core.event_suggestions import SuggestedEvent
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.workspace import Workspace


def add_timeline_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    timeline = subparsers.add_parser(
        "timeline", parents=parents, help="suggest an article's events, export timelines"
    )
    actions = timeline.add_subparsers(dest="timeline_action", metavar="ACTION", required=True)
    suggest = actions.add_parser(
        "suggest",
        parents=parents,
        help="propose events from the article's dated sentences",
        description=(
            "Nothing is saved: the suggestions are printed for you to accept or not. Like the "
            "window, it leaves out dated sentences already on the timeline and those dismissed."
        ),
    )
    suggest.add_argument("--article", required=True, metavar="SLUG", help="the article's slug")
    suggest.add_argument(
        "--all",
        action="store_true",
        help="list every dated sentence, also those on the timeline or dismissed",
    )
    suggest.add_argument("--json", action="store_true", help="print JSON instead of lines")
    suggest.set_defaults(handler=run_timeline, reads_only=True)
    register_timeline_export(actions, parents)


def run_timeline(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        article = workspace.library.article_view(args.article)
    except NotFoundError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return exit_code_for(error)
    # The window's review asks the same service, so both list the same suggestions.
    suggestions = (
        workspace.timeline.all_suggestions(article.id)
        if args.all
        else workspace.timeline.open_suggestions(article.id)
    )
    out = sys.stdout
    if args.json:
        dump_json([_as_json(s) for s in suggestions], out)
        return DONE
    # One tab-separated line per suggestion, like `list` and `search`: date, words, label, where.
    for s in suggestions:
        fields = (s.date_edtf, s.date_text, s.label, f"@{s.start}-{s.end}")
        print("\t".join(field(f) for f in fields), file=out)
    if not suggestions and args.all:
        print("No dated sentences found.", file=out)
    elif not suggestions:
        print(
            "No new suggestions: every dated sentence is on the timeline or dismissed "
            "(--all lists them).",
            file=out,
        )
    return DONE


def _as_json(suggestion: SuggestedEvent) -> dict[str, object]:
    return {
        "date_edtf": suggestion.date_edtf,
        "date_text": suggestion.date_text,
        "label": suggestion.label,
        "evidence": suggestion.evidence,
        "start": suggestion.start,
        "end": suggestion.end,
        "is_context": suggestion.is_context,  # the date comes from outside the article
        "description": suggestion.description,  # where such a date comes from
    }
