"""An article of more paragraphs than one statement can bind goes in, in batches (item 12).

The 9 MB, 100,000-paragraph article is timed in ``make bench`` (benchmarks/big_import.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m


def article(paragraphs: int) -> bytes:
    body = "\n\n".join(f"Paragraph {n} tells of Petrograd in 1919." for n in range(paragraphs))
    return f"A long article\n\n{body}\n".encode()


def test_more_paragraphs_than_one_statement_can_bind(tmp_path: Path) -> None:
    with Workspace(tmp_path) as workspace:
        connection = m.database_proxy.obj.connection()
        # The limit of an older SQLite (999), which the app must ask for at run time: the
        # bundle's SQLite need not be the system's. Debian's own allows 250,000 (41,666 rows).
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        with pytest.raises(sqlite3.OperationalError, match="too many SQL variables"):
            connection.execute("SELECT " + ", ".join("?" * 1000), tuple(range(1000)))
        outcome = workspace.importer.import_bytes(article(2_000), source_name="long.txt")
        view = workspace.library.article_view(outcome.article.slug)
        stored = m.Paragraph.select().where(m.Paragraph.revision == view.revision_id)
        assert [p.position for p in stored.order_by(m.Paragraph.position)] == list(range(2_000))
        assert workspace.search.search("Petrograd").articles
