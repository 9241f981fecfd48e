"""The SQL statements the window runs on the library's real connection, counted by what they do."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from serge_desktop.storage import models as m

# The statement that lists the library (``LibraryService.list_articles``): every article not in
# the trash with its counts, in one statement. One article's summary, or the trash's, reads the
# same columns with another condition.
LISTING_SQL = (
    "JOIN article_stats AS c ON c.article_id = a.id",
    "WHERE a.deleted_at IS NULL\nORDER BY",
)


@contextmanager
def statements_run() -> Iterator[list[str]]:
    """Every statement run on this thread's connection to the library while inside."""
    ran: list[str] = []
    connection = m.database_proxy.obj.connection()
    connection.set_trace_callback(ran.append)
    try:
        yield ran
    finally:
        connection.set_trace_callback(None)


def listings(statements: list[str]) -> int:
    """How many times the whole library was listed."""
    return sum(all(part in s for part in LISTING_SQL) for s in statements)
