"""Entry point: parse the command line, then run a subcommand, the self-test or the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from serge_desktop import APP_NAME, ORGANIZATION_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    from serge_desktop.cli.commands import add_subcommands

    # --data-dir belongs to every command and may stand before or after the subcommand; the
    # subcommands' copy uses SUPPRESS so it does not overwrite a value given before them.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="folder of the study database (default: $SERGE_DESKTOP_DATA_DIR, else per-user)",
    )
    parser = argparse.ArgumentParser(
        prog="serge-desktop",
        description="Study an article beside a timeline of its events and your notes.",
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run the real start-up path on a temporary folder and print a JSON summary",
    )
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help="open the window and quit once its first frame is painted",
    )
    parser.add_argument("--article", metavar="SLUG", help="open this article")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_subcommands(subparsers, parents=[data_dir])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from serge_desktop.cli.search_command import protect_search_words

    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(protect_search_words(arguments))
    _name_application()
    if args.self_test:
        from serge_desktop.self_test import run_self_test

        return run_self_test()
    if args.command:
        from serge_desktop.cli.runner import run_command

        # The command line draws no widgets itself (its imports stop at the services); the one
        # command that draws, `timeline export` to PNG or SVG, is handed the drawing code here.
        args.load_timeline_renderer = _load_timeline_renderer
        args.load_document_renderer = _load_document_renderer  # `export` to PDF and ODT
        return run_command(args)
    from serge_desktop.ui.app import run_app

    return run_app(
        data_dir=getattr(args, "data_dir", None),
        article_slug=args.article,
        exit_after_start=args.exit_after_start,
        argv=sys.argv[:1],
    )


def _load_timeline_renderer() -> object:
    from serge_desktop.ui import timeline_export

    return timeline_export


def _load_document_renderer() -> object:
    from serge_desktop.ui import export_documents

    return export_documents


def _name_application() -> None:
    # QStandardPaths derives the per-user data folder from these names, so they are set before
    # anything asks where the data lives, in the window and on the command line alike.
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


if __name__ == "__main__":
    sys.exit(main())
