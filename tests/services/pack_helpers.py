"""Building class packs in tests: real ones through the app, hostile ones by hand."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from serge_desktop.services.packs.manifest import sha256_hex
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def note_on(workspace: Workspace, words: str, body: str, **extra: Any) -> int:
    view = workspace.library.article_view(SEED_SLUG)
    start = view.body.index(words)
    return workspace.notes.create_note(
        article_id=view.id, revision_id=view.revision_id, start=start,
        end=start + len(words), body=body, **extra,
    ).id  # fmt: skip


def make_pack(data_dir: Path, path: Path, author: str, notes: dict[str, str]) -> Path:
    """A real pack of the seed article from a library at ``data_dir`` with these notes."""
    with Workspace(data_dir) as workspace:
        for words, body in notes.items():
            note_on(workspace, words, body)
        PackService(workspace).export(path, article_slugs=[SEED_SLUG], author=author, force=True)
    return path


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_pack(path: Path, members: dict[str, bytes], *, resign: bool = True) -> Path:
    """Write members as a zip; ``resign`` updates the manifest's checksums to match."""
    members = dict(members)
    if resign and "manifest.json" in members:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {
            name: sha256_hex(data) for name, data in members.items() if name != "manifest.json"
        }
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def edit_manifest(members: dict[str, bytes], **changes: Any) -> dict[str, bytes]:
    manifest = json.loads(members["manifest.json"])
    manifest.update(changes)
    return {**members, "manifest.json": json.dumps(manifest).encode()}


def dump_database(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index included), read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
