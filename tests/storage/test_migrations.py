"""The migration runner: one transaction per step, failures roll back and name the version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage.errors import DatabaseTooNewError, MigrationError
from serge_desktop.storage.migrations import MIGRATIONS, m0001_initial
from serge_desktop.storage.migrations.runner import LATEST_VERSION, current_version, run_migrations


@dataclass(frozen=True)
class StepForTest:
    """A migration built in the test, passed to the runner in place of the real list."""

    VERSION: int
    apply: Callable[[pw.SqliteDatabase], None]


def create_then_fail(db: pw.SqliteDatabase) -> None:
    db.execute_sql('CREATE TABLE "half_done" ("id" INTEGER PRIMARY KEY)')
    db.execute_sql('ALTER TABLE "article" ADD COLUMN "half_done" TEXT')
    raise RuntimeError("boom")


def orphan_a_revision(db: pw.SqliteDatabase) -> None:
    # Runs with foreign keys off (as table rebuilds must), so only the final check can catch it.
    db.execute_sql('DELETE FROM "article"')


@pytest.fixture
def bare(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    """A plain peewee database with our pragmas' foreign_keys on, not yet migrated."""
    db = pw.SqliteDatabase(str(tmp_path / "bare.sqlite"), pragmas={"foreign_keys": 1})
    db.connect()
    try:
        yield db
    finally:
        db.close()


def schema(db: pw.SqliteDatabase) -> list[tuple[str, str]]:
    return db.execute_sql("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_latest_version_is_the_last_migration() -> None:
    assert LATEST_VERSION == MIGRATIONS[-1].VERSION == len(MIGRATIONS)


def test_applies_pending_migrations_once(bare: pw.SqliteDatabase) -> None:
    assert run_migrations(bare) == list(range(1, LATEST_VERSION + 1))
    assert current_version(bare) == LATEST_VERSION
    assert run_migrations(bare) == []


def test_failing_migration_rolls_back_and_names_its_version(bare: pw.SqliteDatabase) -> None:
    run_migrations(bare, [m0001_initial])
    before = schema(bare)

    with pytest.raises(MigrationError) as raised:
        run_migrations(bare, [m0001_initial, StepForTest(2, create_then_fail)])

    assert raised.value.version == 2
    assert "boom" in str(raised.value)
    assert isinstance(raised.value.__cause__, RuntimeError)
    assert current_version(bare) == 1
    assert schema(bare) == before
    assert bare.pragma("foreign_keys") == 1  # restored after the run
    assert not bare.in_transaction()


def test_failure_keeps_the_steps_before_it(bare: pw.SqliteDatabase) -> None:
    with pytest.raises(MigrationError):
        run_migrations(bare, [m0001_initial, StepForTest(2, create_then_fail)])
    assert current_version(bare) == 1
    assert "half_done" not in bare.get_tables()
    assert "article" in bare.get_tables()


def test_a_step_that_breaks_foreign_keys_is_rolled_back(bare: pw.SqliteDatabase) -> None:
    run_migrations(bare, [m0001_initial])
    bare.execute_sql(
        "INSERT INTO article (id, slug, headline, created_at) VALUES (1, 's', 'h', '')"
    )
    bare.execute_sql(
        "INSERT INTO revision (article_id, number, content_hash, source_name, source_format, "
        "encoding, raw_source, body, imported_at) VALUES (1, 1, '', '', '', '', x'', '', '')"
    )

    with pytest.raises(MigrationError, match="revision") as raised:
        run_migrations(bare, [m0001_initial, StepForTest(2, orphan_a_revision)])

    assert raised.value.version == 2
    assert current_version(bare) == 1
    assert bare.execute_sql("SELECT count(*) FROM article").fetchone()[0] == 1


def test_database_newer_than_the_list_is_refused(bare: pw.SqliteDatabase) -> None:
    bare.pragma("user_version", 5)
    with pytest.raises(DatabaseTooNewError) as raised:
        run_migrations(bare, [m0001_initial])
    assert (raised.value.found, raised.value.supported) == (5, 1)


@pytest.mark.parametrize("versions", [[2], [1, 3], [1, 1]])
def test_misnumbered_lists_are_a_programming_error(
    bare: pw.SqliteDatabase, versions: list[int]
) -> None:
    steps = [StepForTest(version, m0001_initial.apply) for version in versions]
    with pytest.raises(ValueError, match="numbered"):
        run_migrations(bare, steps)
    assert current_version(bare) == 0
