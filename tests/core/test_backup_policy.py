"""The backup policy: what rotation may delete, and what it never does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from serge_desktop.core.backup_rotation import BackupFacts, backups_to_keep

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
KINDS = ("manual", "daily", "before-import", "before-pack-import", "before-restore", "other")

facts = st.builds(
    BackupFacts,
    kind=st.sampled_from(KINDS),
    moment=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2026, 12, 1), timezones=st.just(UTC)
    ),
    schema_version=st.one_of(st.none(), st.integers(1, 8)),
    made_this_run=st.booleans(),
)


# The rules' properties, not the machine's speed: on a shared, loaded machine one draw once took
# 2.6 s and the too_slow health check failed the run.
patient = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)


def keep(backups: list[BackupFacts], current_schema: int = 8) -> set[BackupFacts]:
    return backups_to_keep(backups, lambda b: b, now=NOW, current_schema=current_schema)


@patient
@given(st.lists(facts, max_size=80, unique=True))
def test_manual_copies_and_copies_of_this_run_are_never_deleted(backups: list[BackupFacts]) -> None:
    kept = keep(backups)
    assert {b for b in backups if b.kind == "manual" or b.made_this_run} <= kept


@patient
@given(st.lists(facts, max_size=80, unique=True))
def test_safety_copies_are_kept_thirty_days_and_the_last_ten_of_each_kind(
    backups: list[BackupFacts],
) -> None:
    kept = keep(backups)
    for kind in ("before-import", "before-pack-import", "before-restore", "other"):
        of_kind = sorted((b for b in backups if b.kind == kind), key=lambda b: b.moment)
        assert set(of_kind[-10:]) <= kept
        assert {b for b in of_kind if b.moment >= NOW - timedelta(days=30)} <= kept


@patient
@given(st.lists(facts, max_size=80, unique=True))
def test_the_last_copy_at_each_older_schema_is_kept(backups: list[BackupFacts]) -> None:
    kept = keep(backups)
    for version in {b.schema_version for b in backups if b.schema_version is not None}:
        if version >= 8:
            continue
        newest = max((b for b in backups if b.schema_version == version), key=lambda b: b.moment)
        assert newest in kept


@patient
@given(st.lists(facts, max_size=80, unique=True))
def test_only_daily_copies_are_thinned_and_applying_it_again_deletes_nothing(
    backups: list[BackupFacts],
) -> None:
    kept = keep(backups)
    for gone in set(backups) - kept:
        # A deleted copy is a daily one, or a safety copy both old and not among its last ten.
        same_kind = sorted((b for b in backups if b.kind == gone.kind), key=lambda b: b.moment)
        assert gone.kind == "daily" or (
            gone.moment < NOW - timedelta(days=30) and gone not in same_kind[-10:]
        )
    assert keep(list(kept)) == kept


def test_old_safety_copies_beyond_the_last_ten_go_and_daily_copies_thin() -> None:
    old = NOW - timedelta(days=90)
    imports = [BackupFacts("before-import", old + timedelta(hours=n), 8) for n in range(15)]
    dailies = [BackupFacts("daily", old + timedelta(hours=n), 8) for n in range(5)]
    kept = keep([*imports, *dailies])
    assert kept == {*imports[-10:], dailies[-1]}
