"""Every sample database of an older schema in db/samples/ upgrades to the latest one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.database import APPLICATION_ID, close_database, open_database
from serge_desktop.storage.migrations.runner import LATEST_VERSION

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "db" / "samples").glob("v*.sqlite"))

# Defined only when there are samples: an empty parametrize would report a skipped test, and a
# test with nothing to check would pass without meaning anything. See db/samples/README.md.
if SAMPLES:

    @pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name)
    def test_sample_upgrades_to_latest(sample: Path, tmp_path: Path) -> None:
        copy = tmp_path / sample.name  # never migrate the committed file itself
        shutil.copyfile(sample, copy)
        db = open_database(copy)
        try:
            assert db.pragma("user_version") == LATEST_VERSION
            assert db.pragma("application_id") == APPLICATION_ID
            assert m.Article.select().count() > 0, "a sample should hold some content"
        finally:
            close_database(db)
