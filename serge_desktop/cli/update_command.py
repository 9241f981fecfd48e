"""`import --update`: a changed article becomes its next revision, its notes re-anchored."""

from __future__ import annotations

import argparse
import sys

from serge_desktop.cli.exit_codes import DONE, exit_code_for, worst
from serge_desktop.cli.messages import describe
from serge_desktop.core.errors import SergeError
from serge_desktop.core.reanchoring import PlacementKind
from serge_desktop.services.views import ImportOutcome, ImportStatus
from serge_desktop.services.workspace import Workspace


def add_update_argument(importer: argparse.ArgumentParser) -> None:
    """Give the `import` subcommand its --update flag (its handler then calls run_import_update)."""
    importer.add_argument(
        "--update",
        action="store_true",
        help="import changed versions of articles already in the library as new revisions, "
        "re-anchoring their notes (a file that matches no article is refused)",
    )


def run_import_update(args: argparse.Namespace, workspace: Workspace) -> int:
    """Import each of ``args.files`` as a new revision of the article with the same headline.

    A file that matches no article is refused (one line on stderr, exit 2) rather than added: an
    update is meant to keep the notes of an article the library already has.
    """
    codes = [DONE]
    for path in args.files:
        try:
            outcome = workspace.importer.update_file(path)
        except SergeError as error:
            codes.append(exit_code_for(error))
            print(f"serge-desktop: {path}: {describe(error)}", file=sys.stderr)
            continue
        print(f"{path}: {_summary(outcome)}", file=sys.stdout)
        if outcome.used_fallback:
            print(
                f"{path}: note: not valid UTF-8; read as Windows-1252 ({outcome.encoding})",
                file=sys.stdout,
            )
    for backup in workspace.backups_made():
        if "before-import" in backup.name:
            print(f"The library was backed up first to {backup}.", file=sys.stdout)
    return worst(codes)


def _summary(outcome: ImportOutcome) -> str:
    slug = outcome.article.slug
    if outcome.status is ImportStatus.UNCHANGED:
        return f"already in the library as {slug}; nothing changed"
    # Every kind is named, zeros too, so scripts can read the line the same way every time.
    counts = ", ".join(
        f"{kind.value} {outcome.placements.get(kind.value, 0)}" for kind in PlacementKind
    )
    return f"revision {outcome.article.revisions} of {slug}; notes placed: {counts}"
