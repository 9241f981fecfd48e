"""`import --update`: a changed article becomes its next revision, its notes re-anchored.

A file that matches no article is refused (one line on stderr, exit 2) rather than added: an
update is meant to keep the notes of an article the library already has.
"""

from __future__ import annotations

import argparse

from serge_desktop.core.reanchoring import PlacementKind
from serge_desktop.services.views import ImportOutcome, ImportStatus


def add_update_argument(importer: argparse.ArgumentParser) -> None:
    """Give the `import` subcommand its --update flag (its handler then calls run_import_update)."""
    importer.add_argument(
        "--update",
        action="store_true",
        help="import changed versions of articles already in the library as new revisions, "
        "re-anchoring their notes (a file that matches no article is refused)",
    )


def update_summary(outcome: ImportOutcome) -> str:
    """What an update did, in one line: the revision and how the notes were placed."""
    slug = outcome.article.slug
    if outcome.status is ImportStatus.UNCHANGED:
        return f"already in the library as {slug}; nothing changed"
    # Every kind is named, zeros too, so scripts can read the line the same way every time.
    counts = ", ".join(
        f"{kind.value} {outcome.placements.get(kind.value, 0)}" for kind in PlacementKind
    )
    return f"revision {outcome.article.revisions} of {slug}; notes placed: {counts}"
