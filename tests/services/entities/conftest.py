"""A real workspace with the seed imported and its names indexed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"
HELD_OUT = Path(__file__).resolve().parents[2] / "core" / "entities" / "held_out"


@pytest.fixture(scope="session")
def indexed_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the seed imported and indexed, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("indexed") / "data"
    with Workspace(folder) as workspace:
        workspace.entities.refresh()
    return folder


@pytest.fixture
def indexed(indexed_library: Path, tmp_path: Path) -> Iterator[Workspace]:
    copy = tmp_path / "data"
    shutil.copytree(indexed_library, copy)
    with Workspace(copy) as workspace:
        yield workspace
