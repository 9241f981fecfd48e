"""Which articles study together: an article alone, or every article of its series.

Schema 7 keeps a series as text on each article ("The socialists who opposed Stalin, part 2"),
so the series is that text without its part; this module is the one place that reads it.
"""

from __future__ import annotations

import re

from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

_PART = re.compile(r",\s*part\s+[0-9]+\s*$", re.IGNORECASE)


def series_name(text: str | None) -> str | None:
    if text is None:
        return None
    name = " ".join(_PART.sub("", text).split())
    return name or None


def series_of_articles() -> dict[int, str | None]:
    """Every article's series name (None when it is in none), in one query."""
    query = m.Article.select(m.Article.id, m.Article.series)
    return {article_id: series_name(text) for article_id, text in tuples(query)}


def articles_studied_with(article_id: int) -> list[int]:
    """The article and the others of its series: whose events are paired with each other."""
    article = m.Article.get_or_none(m.Article.id == article_id)
    if article is None:
        return []
    name = series_name(article.series)
    if name is None:
        return [article_id]
    key = name.casefold()
    return sorted(
        other
        for other, series in series_of_articles().items()
        if series is not None and series.casefold() == key
    )
