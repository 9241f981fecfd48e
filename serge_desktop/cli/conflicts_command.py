"""The `conflicts` subcommand: events whose articles date them differently, with both claims."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from serge_desktop.cli.exit_codes import exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.cli.scope_arguments import add_scope_arguments, scope_from
from serge_desktop.core.errors import SergeError
from serge_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    # The matching (and rapidfuzz) loads when the command runs, not with every start's parser.
    from serge_desktop.services.series_timeline import MergedEvent

_QUOTE_SHOWN = 80


def add_conflicts_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    conflicts = subparsers.add_parser(
        "conflicts",
        parents=parents,
        help="list the events two articles date differently, each claim with its evidence",
        description="An event told by several articles (close dates, similar labels) whose "
        "dates do not overlap. Dates an article takes from outside its text are not counted.",
    )
    add_scope_arguments(conflicts, required=False, library_flag=None)
    conflicts.add_argument("--json", action="store_true", help="print JSON instead of lines")
    conflicts.set_defaults(handler=run_conflicts, reads_only=True)


def run_conflicts(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        scope = scope_from(args, workspace)
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return exit_code_for(error)
    timeline = workspace.series_timeline.timeline(scope)
    slugs = {band.article_id: band.slug for band in timeline.bands}
    out = sys.stdout
    if args.json:
        json.dump(
            [_as_json(e, slugs) for e in timeline.conflicts], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
        return 0
    for event in timeline.conflicts:
        print(event.label, file=out)
        for claim in event.claims:
            told = claim.event
            quote = " ".join(told.quote.split())
            if len(quote) > _QUOTE_SHOWN:
                quote = quote[: _QUOTE_SHOWN - 1] + "…"
            context = " (context)" if told.is_context else ""
            fields = (told.edtf, told.date_text + context, slugs[claim.article_id], quote or "-")
            print("\t" + "\t".join(fields), file=out)
    if not timeline.conflicts:
        print("No conflicting dates.", file=out)
    return 0


def _as_json(event: MergedEvent, slugs: dict[int, str]) -> dict[str, object]:
    return {
        "label": event.label,
        "earliest": event.earliest.isoformat(),
        "latest": event.latest.isoformat(),
        "claims": [
            {
                "article": slugs[claim.article_id],
                "event": claim.event.id,
                "label": claim.event.label,
                "edtf": claim.event.edtf,
                "date_text": claim.event.date_text,
                "evidence": claim.event.quote,
                "start": claim.event.start if claim.event.is_placed else None,
                "end": claim.event.end if claim.event.is_placed else None,
                "context": claim.event.is_context,
            }
            for claim in event.claims
        ],
    }
