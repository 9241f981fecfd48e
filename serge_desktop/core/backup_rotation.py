"""Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 6 months."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def backups_to_keep(
    backups: Iterable[T],
    moment_of: Callable[[T], datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[T]:
    """The backups to keep; every other one may be deleted.

    ``moment_of`` gives a backup's time. Buckets are calendar days, ISO weeks and months of
    those times as given (pass local times
    so "a day" is the reader's day). Each of the ``daily`` most recent days that have a backup
    keeps its newest one, and likewise for weeks and months; the union is kept. The newest
    backup is always kept, at most daily + weekly + monthly are, and applying the rule again
    to what it kept keeps all of it.
    """
    # Two backups at the same moment: the sort is stable, so the one listed first wins.
    ordered = sorted(backups, key=moment_of, reverse=True)
    keep: set[T] = set()
    for bucket_of, count in ((_day, daily), (_week, weekly), (_month, monthly)):
        keep.update(_newest_per_bucket(ordered, moment_of, bucket_of, count))
    return keep


def _newest_per_bucket(
    newest_first: list[T],
    moment_of: Callable[[T], datetime],
    bucket_of: Callable[[datetime], Hashable],
    count: int,
) -> list[T]:
    chosen: list[T] = []
    seen: set[Hashable] = set()
    for backup in newest_first:
        if len(chosen) >= count:
            break
        bucket = bucket_of(moment_of(backup))
        if bucket not in seen:
            seen.add(bucket)
            chosen.append(backup)
    return chosen
