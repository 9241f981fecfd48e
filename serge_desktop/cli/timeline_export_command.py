"""The `timeline export` action: an article's, a series' or the library's timeline, whole."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, cast

from serge_desktop.cli.exit_codes import DONE, REFUSED
from serge_desktop.cli.messages import report_failure
from serge_desktop.cli.scope_arguments import add_scope_arguments, scope_from, scope_title
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.services.timelinejs import (
    OutputExistsError,
    timelinejs_document,
    write_timelinejs,
)
from serge_desktop.services.views import TimelineEventView
from serge_desktop.services.workspace import Workspace

FORMATS = ("png", "svg", "timelinejs")
DEFAULT_WIDTH = 1600  # the drawing code's own default width, in pixels


class _Size(Protocol):
    def width(self) -> int: ...
    def height(self) -> int: ...


class _Renderer(Protocol):
    """What the command uses of the drawing code that main() hands it."""

    def export_png(
        self, events: Sequence[TimelineEventView], path: Path, *, width: int, force: bool
    ) -> _Size: ...

    def export_svg(
        self,
        events: Sequence[TimelineEventView],
        path: Path,
        *,
        title: str,
        description: str,
        width: int,
        force: bool,
    ) -> _Size: ...


def register_timeline_export(
    timeline_subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    """Add `export` to the actions of the `timeline` subcommand."""
    export = timeline_subparsers.add_parser(
        "export",
        parents=parents,
        help="write a whole timeline as PNG, SVG or TimelineJS JSON",
        description=(
            "PNG and SVG draw the timeline as the window does, light on white; timelinejs writes "
            "JSON for TimelineJS 3. A series' or the library's timeline draws an event several "
            "articles tell once (TimelineJS quotes each telling). An existing FILE is kept "
            "unless --force is given."
        ),
    )
    add_scope_arguments(export, required=True)
    export.add_argument("--format", required=True, choices=FORMATS, help="what to write")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--width",
        type=int,
        default=DEFAULT_WIDTH,
        metavar="PX",
        help=f"width of a PNG or SVG in logical pixels (default {DEFAULT_WIDTH}; PNG has twice)",
    )
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.set_defaults(handler=run_timeline_export, reads_only=True)


def run_timeline_export(args: argparse.Namespace, workspace: Workspace) -> int:
    path: Path = args.output
    if not workspace.policy.export_allowed(args.format):
        print(
            f"serge-desktop: exporting as {args.format} is turned off by your administrator",
            file=sys.stderr,
        )
        return REFUSED
    try:
        if path.exists() and not args.force:
            raise OutputExistsError(path)  # before any work, and before Qt starts
        if not path.parent.is_dir():
            print(
                f"serge-desktop: {path}: the folder {path.parent} does not exist", file=sys.stderr
            )
            return REFUSED
        if args.article:
            article = workspace.library.article_view(args.article)
            title = article.headline
            events = workspace.timeline.list_events(article.id)
            document = timelinejs_document(article, events)
        else:
            # Loaded here: the matching (rapidfuzz) is not needed to build the parser.
            from serge_desktop.services.series_timelinejs import series_timelinejs_document

            title = scope_title(args, workspace)
            scope = scope_from(args, workspace)
            series_timeline = workspace.series_timeline.timeline(scope)
            # Drawn once per event: the telling of the first article (in series order).
            events = [event.claims[0].event for event in series_timeline.events]
            document = series_timelinejs_document(title, series_timeline)
        if args.format == "timelinejs":
            write_timelinejs(path, document, force=args.force)
            print(f"{path}: {counted(len(events), 'event')} as TimelineJS JSON", file=sys.stdout)
            return DONE
        renderer = cast(_Renderer, args.load_timeline_renderer())
        if args.format == "png":
            size = renderer.export_png(events, path, width=args.width, force=args.force)
        else:
            size = renderer.export_svg(
                events,
                path,
                title=title,
                description=_description(title, events),
                width=args.width,
                force=args.force,
            )
    except (SergeError, OSError) as error:
        return report_failure(error, path)
    kind = args.format.upper()
    dimensions = f"{size.width()}×{size.height()} {kind}"
    print(f"{path}: {counted(len(events), 'event')}, {dimensions}", file=sys.stdout)
    return DONE


def _description(headline: str, events: Sequence[TimelineEventView]) -> str:
    if not events:
        return f"Timeline of “{headline}”: no dated events."
    first = min(e.earliest for e in events).year
    last = max(e.latest for e in events).year
    return f"Timeline of “{headline}”: {counted(len(events), 'event')}, {first}–{last}."
