"""Entry point: parse the command line, then run a subcommand, the self-test or the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from serge_desktop import APP_NAME, ORGANIZATION_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the window's options and every subcommand."""
    from serge_desktop.cli.commands import add_subcommands

    data_dir = _data_dir_parent()
    parser = _top_level_parser(data_dir)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_subcommands(subparsers, parents=[data_dir])
    return parser


def _data_dir_parent() -> argparse.ArgumentParser:
    # --data-dir belongs to every command and may stand before or after the subcommand; the
    # subcommands' copy uses SUPPRESS so it does not overwrite a value given before them.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="folder of the study database (default: $SERGE_DESKTOP_DATA_DIR, else per-user)",
    )
    return data_dir


def _top_level_parser(
    data_dir: argparse.ArgumentParser, *, whole: bool = True
) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="serge-desktop",
        description="Study an article beside a timeline of its events and your notes.",
        parents=[data_dir],
        add_help=whole,
        exit_on_error=whole,
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
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the window and quit once every feature is installed (after the first frame)",
    )
    parser.add_argument("--article", metavar="SLUG", help="open this article")
    return parser


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a start without a subcommand; None for anything else.

    Building the whole command line imports every subcommand's module, and through them the
    importers' parsers and the recovery tools: a window's start does not pay for that. Anything
    this parser does not fully take (a subcommand, --help, a mistake) goes to the whole one,
    which gives the same answers and messages as ever.
    """
    parser = _top_level_parser(_data_dir_parent(), whole=False)
    parser.set_defaults(command=None)
    try:
        args, unknown = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if unknown else args


def main(argv: Sequence[str] | None = None) -> int:
    args = window_arguments(argv)
    if args is None:
        from serge_desktop.cli.search_command import dash_words

        parser = build_parser()
        args, unknown = parser.parse_known_args(argv)
        if (usage_error := dash_words(args, unknown)) is not None:
            parser.error(usage_error)  # exit 2, as parse_args would
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
    missing = missing_display(os.environ, sys.platform)
    if missing is not None:
        print(f"serge-desktop: {missing}", file=sys.stderr)
        return 1
    from serge_desktop.ui.startup.app import run_app

    return run_app(
        data_dir=getattr(args, "data_dir", None),
        article_slug=args.article,
        exit_after_start=args.exit_after_start,
        argv=sys.argv[:1],
        exit_when_ready=args.exit_when_ready,
    )


def missing_display(environ: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot open here, in one line; None when it can try.

    Without a display Qt's window-system plugin aborts the process with several lines about
    plugins that mean nothing to someone who only started the app over ssh or from a cron job.
    Only Linux and the BSDs need a display server named in the environment; a platform chosen
    on purpose (QT_QPA_PLATFORM=offscreen, vnc, eglfs…) is left to Qt.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY"):
        return None
    if environ.get("WAYLAND_DISPLAY") or environ.get("WAYLAND_SOCKET"):
        return None
    return (
        "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from a "
        "desktop session, or use a command such as `serge-desktop list` (see --help)"
    )


def _load_timeline_renderer() -> object:
    from serge_desktop.ui.timeline import image_export

    return image_export


def _load_document_renderer() -> object:
    from serge_desktop.ui.features.export import documents

    return documents


def _name_application() -> None:
    # QStandardPaths derives the per-user data folder from these names, so they are set before
    # anything asks where the data lives, in the window and on the command line alike.
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


if __name__ == "__main__":
    sys.exit(main())
