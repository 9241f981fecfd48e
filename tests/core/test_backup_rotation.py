"""Thinning the daily copies: 7 daily, 4 weekly, 6 monthly; never the newest; stable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.backup_rotation import daily_copies_to_keep as backups_to_keep

moments = st.lists(
    st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
    ),
    max_size=200,
)


def same(moment: datetime) -> datetime:
    return moment


@given(moments)
def test_the_newest_is_always_kept(times: list[datetime]) -> None:
    kept = backups_to_keep(times, same)
    if times:
        assert max(times) in kept


@given(moments)
def test_at_most_seventeen_are_kept_and_all_of_them_were_there(times: list[datetime]) -> None:
    kept = backups_to_keep(times, same)
    assert len(kept) <= 7 + 4 + 6
    assert kept <= set(times)


@given(moments)
def test_applying_the_rule_again_deletes_nothing_more(times: list[datetime]) -> None:
    kept = backups_to_keep(times, same)
    assert backups_to_keep(kept, same) == kept


def test_a_year_of_daily_backups() -> None:
    start = datetime(2026, 1, 1, 18, tzinfo=UTC)
    days = [start + timedelta(days=n) for n in range(365)]
    kept = sorted(backups_to_keep(days, same), reverse=True)
    newest = days[-1]
    assert kept[:7] == [newest - timedelta(days=n) for n in range(7)]  # the last week, daily
    assert len(kept) == 7 + 2 + 5  # weeks and months partly covered by the daily ones
    assert min(kept).month == 7  # six months back (Aug–Dec 2026 plus the end of July)


def test_a_busy_day_keeps_only_its_last_backup() -> None:
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    hours = [start + timedelta(hours=n) for n in range(10)]
    assert backups_to_keep(hours, same) == {hours[-1]}
