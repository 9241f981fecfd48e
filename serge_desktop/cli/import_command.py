"""`import FILE…`: files of every format the app reads, one line each, then a summary.

Ctrl+C stops the import between two files: the one being read is finished or not written at
all, the ones before it stay, and the summary names the files left.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from serge_desktop.cli.exit_codes import DONE, FAILED, exit_code_for, worst
from serge_desktop.cli.messages import describe
from serge_desktop.cli.output import field, unfiltered
from serge_desktop.cli.update_command import add_update_argument, update_summary
from serge_desktop.core.document_formats import IMPORT_FORMATS
from serge_desktop.services.batch_import import BatchProgress, BatchSummary, import_batch
from serge_desktop.services.views import ImportOutcome, ImportStatus
from serge_desktop.services.workspace import Workspace

_STATUS_WORDS = {
    ImportStatus.ADDED: "imported",
    ImportStatus.NEW_REVISION: "imported as a new revision of",
    ImportStatus.UNCHANGED: "already in the library as",
    ImportStatus.RESTORED: "restored from the trash as",
}


def add_import_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    formats = "; ".join(f"{f.label} ({', '.join(f.suffixes)})" for f in IMPORT_FORMATS)
    importer = subparsers.add_parser(
        "import",
        parents=parents,
        help="import article files into the library",
        description=f"Import article files: {formats}. Each file is imported whole or not at "
        "all; Ctrl+C stops between two files.",
    )
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_update_argument(importer)
    importer.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, workspace: Workspace) -> int:
    with _stop_on_interrupt() as stopped:
        summary = import_batch(
            workspace.importer,
            args.files,
            progress=_progress_line(unfiltered(sys.stderr)),
            is_cancelled=stopped.is_set,
            update_only=args.update,
        )
    _report(summary, update=args.update)
    # A file refused is 2, a write that failed 1; stopped with Ctrl+C, the import did not finish.
    codes = [exit_code_for(r.error) for r in summary.results if r.error is not None]
    return worst([DONE, *codes, *([FAILED] if summary.cancelled else [])])


def _report(summary: BatchSummary, *, update: bool) -> None:
    for result in summary.results:
        if result.error is not None:
            print(f"serge-desktop: {result.path}: {describe(result.error)}", file=sys.stderr)
        elif result.outcome is not None:
            print(f"{result.path}: {_words(result.outcome, update)}")
            if result.outcome.used_fallback:
                encoding = result.outcome.encoding
                print(f"{result.path}: note: not valid UTF-8; read as Windows-1252 ({encoding})")
    if summary.cancelled:
        print(
            f"serge-desktop: stopped; {len(summary.not_tried)} file(s) not imported, "
            f"starting with {summary.not_tried[0]}",
            file=sys.stderr,
        )
    if len(summary.results) + len(summary.not_tried) > 1:
        print(
            f"{len(summary.imported)} imported, {len(summary.already_there)} already in the "
            f"library, {len(summary.refused)} refused"
        )


def _words(outcome: ImportOutcome, update: bool) -> str:
    if update:
        return update_summary(outcome)
    words = _STATUS_WORDS.get(outcome.status, outcome.status.value.replace("_", " "))
    return f"{words} {outcome.article.slug}"


def _progress_line(stream: TextIO) -> Callable[[BatchProgress], None]:
    """Progress written over itself on a terminal; nothing when the output is a file or pipe.

    ``stream`` is the terminal itself, not the filtered one: these escape codes are ours.
    """
    if not stream.isatty():
        return lambda _: None

    def show(where: BatchProgress) -> None:
        if where.current is None:
            stream.write("\r\x1b[K")
        else:
            stream.write(
                f"\r\x1b[KImporting {where.done + 1} of {where.total}: {field(where.current.name)}"
            )
        stream.flush()

    return show


@contextlib.contextmanager
def _stop_on_interrupt() -> Iterator[threading.Event]:
    """Ctrl+C sets the event (the batch stops between files) instead of raising mid-write."""
    stopped = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stopped
        return
    previous = signal.signal(signal.SIGINT, lambda *_: stopped.set())
    try:
        yield stopped
    finally:
        signal.signal(signal.SIGINT, previous)
