"""The `export` subcommand: notes, timelines and articles in the formats teachers' tools open."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from serge_desktop.cli.exit_codes import DONE, REFUSED
from serge_desktop.cli.messages import report_failure
from serge_desktop.cli.scope_arguments import add_scope_arguments, scope_from
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.services.exports.options import (
    DOCUMENT_FORMATS,
    FILE_FORMATS,
    NO_COLOR,
    PAGE_SIZES,
    ExportOptions,
)
from serge_desktop.services.notes import NOTE_COLORS

if TYPE_CHECKING:
    from serge_desktop.services.exports.content import ExportContent
    from serge_desktop.services.exports.writers import ExportRefusedError
    from serge_desktop.services.workspace import Workspace

CONTENT = ("timeline", "article", "layers", "index")


class _DocumentRenderer(Protocol):
    """What the command uses of the drawing code that main() hands it (PDF and ODT)."""

    def write_pdf(self, content: ExportContent, path: Path, *, force: bool) -> int: ...

    def write_odt(self, content: ExportContent, path: Path, *, force: bool) -> None: ...


def add_export_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    export = subparsers.add_parser(
        "export",
        parents=parents,
        help="write notes, timelines and articles as Markdown, HTML, PDF, ODT, DOCX, CSV, "
        "W3C annotations or an Anki deck",
        description=(
            "Exports one article (--article), a series (--series, in part order) or all (--all). "
            "Notes come with their quoted "
            "passages; --include adds the timeline and the article itself (a handout). An "
            "existing FILE is kept unless --force is given."
        ),
    )
    add_scope_arguments(export, required=True, library_flag="--all")
    export.add_argument("--format", required=True, choices=FILE_FORMATS)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--tag", action="append", default=[], metavar="T", help="only notes with this tag (repeat)"
    )
    export.add_argument(
        "--color",
        action="append",
        default=[],
        choices=[*NOTE_COLORS, NO_COLOR],
        help="only notes with this highlight colour (repeat; 'none' for notes without)",
    )
    export.add_argument(
        "--changed-since",
        type=_date,
        metavar="YYYY-MM-DD",
        help="only notes written or edited on or after this day",
    )
    export.add_argument(
        "--include",
        type=_content,
        default=(),
        metavar="timeline,article,layers,index",
        help=(
            "also include the timeline, the article's text, notes from class packs, and/or an "
            "index of names"
        ),
    )
    export.add_argument("--no-notes", action="store_true", help="leave the notes out")
    export.add_argument("--page-size", choices=PAGE_SIZES, default="A4", help="for PDF and DOCX")
    export.add_argument("--title", help="the document's title (default: the headline)")
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.set_defaults(handler=run_export, reads_only=True)


def _date(text: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-31") from None
    return dt.datetime(day.year, day.month, day.day).astimezone()  # midnight, local time


def _content(text: str) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in parts if part not in CONTENT]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown content {', '.join(unknown)} (choose from {', '.join(CONTENT)})"
        )
    return parts


def run_export(args: argparse.Namespace, workspace: Workspace) -> int:
    # Loaded here, not at the top: every start of the app builds this command's parser, and the
    # writers (and their Markdown, Word and Anki libraries) are needed only to export.
    from serge_desktop.services.exports.content import gather_content
    from serge_desktop.services.exports.writers import (
        ExportRefusedError,
        check_format,
        write_file,
    )
    from serge_desktop.services.timelinejs import OutputExistsError

    path: Path = args.output
    try:
        scope = scope_from(args, workspace) if args.series else None
    except SergeError as error:
        return report_failure(error, path)
    options = ExportOptions(
        format=args.format,
        article_slugs=None if args.all or args.series else (args.article,),
        scope=scope,
        tags=tuple(args.tag),
        colors=tuple(args.color),
        changed_since=args.changed_since,
        include_notes=not args.no_notes,
        include_timeline="timeline" in args.include,
        include_article="article" in args.include,
        include_layers="layers" in args.include,
        include_index="index" in args.include,
        page_size=args.page_size,
        title=args.title or (workspace.series.get(args.series).name if args.series else None),
    )
    try:
        check_format(workspace.policy, options.format)
        if path.exists() and not args.force:
            raise OutputExistsError(path)  # before any work, and before Qt starts
    except ExportRefusedError as error:
        print(f"serge-desktop: {_refusal(error)}", file=sys.stderr)
        return REFUSED
    except OutputExistsError:
        print(
            f"serge-desktop: {path} already exists; nothing was written "
            "(use --force to replace it)",
            file=sys.stderr,
        )
        return REFUSED
    if not path.parent.is_dir():
        print(f"serge-desktop: {path}: the folder {path.parent} does not exist", file=sys.stderr)
        return REFUSED
    if not options.include_notes and not options.has_extra_parts:
        print(
            f"serge-desktop: nothing to export: --no-notes leaves {options.format} empty "
            "(see --include)",
            file=sys.stderr,
        )
        return REFUSED
    try:
        content = gather_content(workspace, options)
        if options.format in DOCUMENT_FORMATS:
            renderer = cast(_DocumentRenderer, args.load_document_renderer())
            if options.format == "pdf":
                what = counted(renderer.write_pdf(content, path, force=args.force), "page")
            else:
                renderer.write_odt(content, path, force=args.force)
                what = "OpenDocument text"
        else:
            write_file(content, path, force=args.force)
            what = options.format
    except (SergeError, OSError) as error:
        return report_failure(error, path)
    notes = len(content.notes)
    articles = len(content.sections)
    print(
        f"{path}: {counted(notes, 'note')} from {counted(articles, 'article')}, {what}",
        file=sys.stdout,
    )
    return DONE


def _refusal(error: ExportRefusedError) -> str:
    if error.reason == "policy":
        return f"exporting as {error.export_format} is turned off by your administrator"
    if error.reason == "missing":
        return (
            f"exporting as {error.export_format} needs an optional package: "
            f'pip install "serge-desktop[{error.extra}]"'
        )
    return f"unknown export format {error.export_format}"
