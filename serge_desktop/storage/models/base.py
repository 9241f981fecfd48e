"""The models' common base: the database proxy they are bound through, and shared fields."""

from __future__ import annotations

import datetime as dt

import peewee as pw

# Models are bound to a real database by ``storage.database.open_database``; the proxy lets the
# classes be declared before any file is chosen (peewee's deferred initialisation).
database_proxy = pw.DatabaseProxy()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def placement_field() -> pw.TextField:
    """How an anchored row was placed in its article's current text (schema 4).

    The DEFAULT and CHECK are in the SQL, as migration 4 wrote them, so a table peewee creates
    from these models matches the migrated one.
    """
    return pw.TextField(
        default="exact",
        constraints=[
            pw.SQL("DEFAULT 'exact'"),
            pw.Check("\"placement\" IN ('exact', 'moved', 'approximate', 'unplaced')"),
        ],
    )


class BaseModel(pw.Model):
    # Declared for the type checker only: peewee adds the implicit primary key at class creation.
    id: int

    class Meta:
        """Every model goes through the proxy, so one open_database call binds them all."""

        database = database_proxy
        legacy_table_names = False
