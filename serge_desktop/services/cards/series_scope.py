"""Which articles study together: an article alone, or every article of its series.

The library keeps a series as a row of its own (schema 10), each article pointing at it with its
part number; a series is known here by its name, as the study window and the card browser show it.
"""

from __future__ import annotations

import peewee as pw

from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m


def series_name(name: str | None) -> str | None:
    """The series' name as studying groups by it (spaces tidied); None outside any series."""
    if name is None:
        return None
    return " ".join(name.split()) or None


def series_of_articles() -> dict[int, str | None]:
    """Every article's series name (None when it is in none), in one query."""
    query = m.Article.select(m.Article.id, m.Series.name).join(
        m.Series, pw.JOIN.LEFT_OUTER, on=(m.Article.series == m.Series.id)
    )
    return {article_id: series_name(name) for article_id, name in tuples(query)}


def articles_studied_with(article_id: int) -> list[int]:
    """The article and the others of its series: whose events are paired with each other.

    Articles in the trash are left out (the article itself too): their events wait there.
    """
    article = m.Article.get_or_none(m.Article.id == article_id)
    if article is None:
        return []
    if article.series_id is None:
        return [article_id] if article.deleted_at is None else []
    query = m.Article.select(m.Article.id).where(
        (m.Article.series == article.series_id) & m.Article.deleted_at.is_null()
    )
    return sorted(other for (other,) in tuples(query))
