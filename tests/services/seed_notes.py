"""Notes on passages of the bundled article, for the service tests."""

from __future__ import annotations

from collections.abc import Sequence

from serge_desktop.services.views import NoteView
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def seed_id(workspace: Workspace) -> int:
    return workspace.library.get_summary(SEED_SLUG).id


def note_on(
    workspace: Workspace,
    words: str,
    *,
    body: str = "",
    color: str | None = None,
    tags: Sequence[str] = (),
) -> NoteView:
    span = workspace.notes.find_quote(article_id=seed_id(workspace), quote=words)
    return workspace.notes.create_note(
        article_id=seed_id(workspace),
        revision_id=span.revision_id,
        start=span.start,
        end=span.end,
        body=body,
        color=color,
        tags=tags,
    )


def table_count(table: str) -> int:
    """Rows in a table of the open library, counted with SQL rather than the code under test."""
    cursor = m.database_proxy.obj.execute_sql(f'SELECT count(*) FROM "{table}"')
    count: int = cursor.fetchone()[0]
    return count
