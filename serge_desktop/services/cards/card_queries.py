"""The hot queries of studying, written as SQL: each reads ranges of the live cards' index.

The next card and the due counts run every time the review window moves on, on libraries of
tens of thousands of cards; here they are single statements, prepared once by SQLite's cache,
each naming the index it reads (``INDEXED BY``), so that no statistics gathered on another
library can send them scanning the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import peewee as pw

from serge_desktop.core.cards_scheduling import Phase

_LIVE = '("deleted_at" IS NULL) AND ("is_suspended" = 0) AND ("source_state" = \'ok\')'
# The cards of an article in the trash wait there with it, and come back when it is restored:
# the few trashed articles are read once per statement from the index on "deleted_at", and each
# card is checked by the article id its live index holds (no lookup of the card's row).
IN_LIBRARY = '"article_id" NOT IN (SELECT "id" FROM "article" WHERE "deleted_at" IS NOT NULL)'
_STUDIED = f"{_LIVE} AND {IN_LIBRARY}"


def _rows(db: pw.SqliteDatabase, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    cursor = db.execute_sql(sql, tuple(params))  # type: ignore[no-untyped-call]
    return list(cursor.fetchall())


def _first_of(phase: Phase, condition: str, articles: str) -> str:
    return (
        f'(SELECT "id", "due_at" FROM "card" INDEXED BY "card_live_due" '
        f'WHERE {_STUDIED} AND "phase" = {int(phase)} AND {condition}{articles} '
        'ORDER BY "due_at", "article_id", "id" LIMIT 1)'
    )


def next_card_id(
    db: pw.SqliteDatabase,
    *,
    now: int,
    ahead: int,
    allow_new: bool,
    article_ids: Sequence[int] | None,
) -> int | None:
    """The card to study, in one statement: the earliest due of each kind, in this order.

    Learning due, then review due, then new (if allowed), then learning due within ``ahead``.
    """
    articles, params = "", []
    if article_ids is not None:
        marks = ", ".join("?" for _ in article_ids) or "NULL"
        articles = f' AND "article_id" IN ({marks})'
    parts: list[tuple[int, Phase, str, list[Any]]] = [
        (0, Phase.LEARNING, '"due_at" <= ?', [now]),
        (0, Phase.RELEARNING, '"due_at" <= ?', [now]),
        (1, Phase.REVIEW, '"due_at" <= ?', [now]),
    ]
    if allow_new:
        parts.append((2, Phase.NEW, "1", []))
    parts += [
        (3, Phase.LEARNING, '"due_at" <= ?', [ahead]),
        (3, Phase.RELEARNING, '"due_at" <= ?', [ahead]),
    ]
    selects = []
    for rank, phase, condition, values in parts:
        selects.append(f'SELECT {rank} AS "rank", * FROM {_first_of(phase, condition, articles)}')
        params += values + list(article_ids or ())
    sql = " UNION ALL ".join(selects) + ' ORDER BY "rank", "due_at", "id" LIMIT 1'
    found = _rows(db, sql, params)
    return int(found[0][1]) if found else None


def due_by_article(db: pw.SqliteDatabase, *, now: int) -> list[tuple[int, int, int]]:
    """(article id, phase, cards): every new card, and the others due by ``now``.

    Articles in the trash are counted too: ``article_rows`` leaves them out of what is shown.
    """
    selects = []
    params: list[Any] = []
    for phase in Phase:
        due = "" if phase is Phase.NEW else ' AND "due_at" <= ?'
        if phase is not Phase.NEW:
            params.append(now)
        selects.append(
            f'SELECT "article_id", {int(phase)}, COUNT(*) FROM "card" INDEXED BY "card_live_due" '
            f'WHERE {_LIVE} AND "phase" = {int(phase)}{due} GROUP BY "article_id"'
        )
    return [(int(a), int(p), int(c)) for a, p, c in _rows(db, " UNION ALL ".join(selects), params)]


def live_by_phase(db: pw.SqliteDatabase) -> dict[Phase, int]:
    sql = (
        f'SELECT "phase", COUNT(*) FROM "card" INDEXED BY "card_live_due" WHERE {_STUDIED} '
        'GROUP BY "phase"'
    )
    return {Phase(int(phase)): int(count) for phase, count in _rows(db, sql, ())}


def due_days(db: pw.SqliteDatabase, *, start: int, end: int) -> list[tuple[int, int]]:
    """(days from ``start``, cards) for the studied cards due before ``end`` (overdue on 0)."""
    selects = [
        f'SELECT MAX(0, ("due_at" - ?) / 86400) AS "day", COUNT(*) FROM "card" '
        f'INDEXED BY "card_live_due" WHERE {_STUDIED} AND "phase" = {int(phase)} '
        'AND "due_at" < ? GROUP BY "day"'
        for phase in (Phase.LEARNING, Phase.REVIEW, Phase.RELEARNING)
    ]
    rows = _rows(db, " UNION ALL ".join(selects), [start, end] * 3)
    return [(int(day), int(count)) for day, count in rows]


def article_rows(db: pw.SqliteDatabase) -> list[tuple[int, str, str, str | None]]:
    """Every article's id, slug, headline and series name, in library order; none in the trash."""
    sql = (
        'SELECT a."id", a."slug", a."headline", s."name" FROM "article" AS a '
        'LEFT JOIN "series" AS s ON s."id" = a."series_id" '
        'WHERE a."deleted_at" IS NULL ORDER BY a."id"'
    )
    return [(int(i), str(s), str(h), series) for i, s, h, series in _rows(db, sql, ())]
