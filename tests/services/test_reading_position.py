"""The reading position is remembered per article, in the library, and goes with its article."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction


def test_a_position_is_remembered_across_restarts(tmp_path: Path) -> None:
    with Workspace(tmp_path / "data") as workspace:
        article = workspace.library.list_articles()[0].id
        assert workspace.library.reading_position(article) is None
        workspace.library.set_reading_position(article_id=article, offset=1234)
        workspace.library.set_reading_position(article_id=article, offset=2345)
    with Workspace(tmp_path / "data") as workspace:
        assert workspace.library.reading_position(article) == 2345


def test_unknown_articles_and_negative_offsets_are_refused(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.library.reading_position(9999)
    with pytest.raises(NotFoundError):
        workspace.library.set_reading_position(article_id=9999, offset=0)
    with pytest.raises(ValueError, match="offset"):
        workspace.library.set_reading_position(article_id=1, offset=-1)


def test_a_new_article_that_reuses_an_id_starts_at_the_top(
    workspace: Workspace, tmp_path: Path
) -> None:
    [seed] = workspace.library.list_articles()
    workspace.library.set_reading_position(article_id=seed.id, offset=500)
    with write_transaction(m.database_proxy.obj):
        m.Article.delete().where(m.Article.id == seed.id).execute()
    essay = tmp_path / "essay.txt"
    essay.write_text("On Memory\n\nFirst paragraph of the essay.\n", encoding="utf-8")
    fresh = workspace.importer.import_file(essay).article
    assert fresh.id == seed.id  # SQLite reuses the highest id once its row is gone
    assert workspace.library.reading_position(fresh.id) is None
