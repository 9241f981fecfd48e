"""Numbered schema migrations: each module is one step, applied once and never edited afterwards."""

from __future__ import annotations

from typing import Protocol

import peewee as pw

from serge_desktop.storage.migrations import (
    m0001_initial,
    m0002_settings,
    m0003_search,
    m0004_placement,
    m0005_note_versions,
    m0006_note_subjects,
    m0007_layers,
    m0008_event_details,
    m0009_paragraph_structure,
    m0010_library,
    m0011_entities,
)


class Migration(Protocol):
    """What a migration module provides: its schema version and the step that reaches it."""

    VERSION: int

    def apply(self, db: pw.SqliteDatabase) -> None: ...


# An explicit list rather than discovery: the order is visible in review, and a stray or
# half-written module in this folder cannot run by accident. Append m0002_… here when it exists.
MIGRATIONS: tuple[Migration, ...] = (
    m0001_initial,
    m0002_settings,
    m0003_search,
    m0004_placement,
    m0005_note_versions,
    m0006_note_subjects,
    m0007_layers,
    m0008_event_details,
    m0009_paragraph_structure,
    m0010_library,
    m0011_entities,
)
