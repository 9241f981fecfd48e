"""Which backups rotation keeps: the rules of the backup policy, as one pure function.

- A manual backup is kept until the reader deletes it.
- Safety copies (made before a migration, an import, a pack import, a restore or a repair) are
  kept for at least 30 days, and the last 10 of each kind whatever their age.
- The automatic daily copies are thinned: the newest of each of the last 7 days, 4 ISO weeks
  and 6 months. This is the only thinning there is.
- The last copy made at each older schema version is kept: the way back before an upgrade.
- A copy made in the same run of the program is never deleted: it may just have been announced.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")

MANUAL = "manual"
DAILY = "daily"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
SAFETY_DAYS = 30
SAFETY_COUNT = 10


@dataclass(frozen=True, slots=True)
class BackupFacts:
    """What the rules need to know of one backup."""

    kind: str  # "manual", "daily", "before-import" …
    moment: datetime  # when it was made, in the reader's time zone (a day is the reader's day)
    schema_version: int | None  # None when the copy's header cannot be read
    made_this_run: bool = False


def backups_to_keep(
    backups: Iterable[T],
    facts_of: Callable[[T], BackupFacts],
    *,
    now: datetime,
    current_schema: int,
) -> set[T]:
    """The backups rotation keeps; every other one may be deleted."""
    items = list(backups)
    facts = {item: facts_of(item) for item in items}
    keep: set[T] = set()
    by_kind: dict[str, list[T]] = {}
    for item in items:
        fact = facts[item]
        if fact.kind == MANUAL or fact.made_this_run:
            keep.add(item)
        by_kind.setdefault(fact.kind, []).append(item)
    for kind, group in by_kind.items():
        # A total order, so copies made at the same moment are chosen the same way every time.
        newest_first = sorted(group, key=lambda item: _order(facts[item]), reverse=True)
        if kind == DAILY:
            keep.update(daily_copies_to_keep(newest_first, lambda i: facts[i].moment))
        elif kind != MANUAL:
            keep.update(newest_first[:SAFETY_COUNT])
            recent = now - timedelta(days=SAFETY_DAYS)
            keep.update(i for i in newest_first if facts[i].moment >= recent)
    keep.update(_last_of_each_older_schema(items, facts, current_schema))
    return keep


def _last_of_each_older_schema(
    items: list[T], facts: dict[T, BackupFacts], current_schema: int
) -> list[T]:
    newest: dict[int, T] = {}
    for item in items:
        fact = facts[item]
        version = fact.schema_version
        if version is None or version >= current_schema:
            continue
        held = newest.get(version)
        if held is None or _order(facts[held]) < _order(fact):
            newest[version] = item
    return list(newest.values())


def _order(fact: BackupFacts) -> tuple[datetime, str, int, bool]:
    return (
        fact.moment,
        fact.kind,
        -1 if fact.schema_version is None else fact.schema_version,
        fact.made_this_run,
    )


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def daily_copies_to_keep(
    backups: Iterable[T],
    moment_of: Callable[[T], datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[T]:
    """The daily copies to keep: the newest of each of the last days, weeks and months.

    Buckets are calendar days, ISO weeks and months of the times as given. Each of the
    ``daily`` most recent days that have a copy keeps its newest one, and likewise for weeks
    and months; the union is kept. The newest copy is always kept, at most daily + weekly +
    monthly are, and applying the rule again to what it kept keeps all of it.
    """
    # Two copies at the same moment: the sort is stable, so the one listed first wins.
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
