"""Finding the names in the library's texts and storing them as mentions, article by article.

Each article is indexed in its own transaction, from its current revision, so an interrupted or
cancelled run leaves every article either as it was or fully indexed. An article whose current
revision is not the one its mentions were found in (a new revision came in, or a decision
asked for it) is stale; ``index_stale`` brings exactly those up to date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import peewee as pw

from serge_desktop.core.entities.article_index import KnownNames, TextSpan, index_article
from serge_desktop.core.entities.gazetteer import Gazetteer, shipped_gazetteer
from serge_desktop.core.entities.matcher import NameMatcher
from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.curation import curate_bundled_once
from serge_desktop.services.entities.decisions import locate_places
from serge_desktop.services.entities.views import IndexRun
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

# Called after each article with (articles done, articles in all); returning False cancels.
Progress = Callable[[int, int], bool]

_KNOWN_SQL = (
    "SELECT a.name, a.key, e.kind FROM entity_alias AS a JOIN entity AS e ON e.id = a.entity_id"
)
_INSERT_MENTION = (
    'INSERT INTO "entity_mention" ("article_id", "revision_id", "paragraph", "start", "end", '
    '"key", "surface", "kind_guess", "source") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
)
_REJECTED_SQL = "SELECT key FROM entity_decision WHERE verdict = 'rejected'"
# Articles in the trash are not indexed (their mentions wait with them, unread); one restored
# from it is indexed again if its text or the decisions changed meanwhile.
_CURRENT_SQL = """
SELECT a.id,
       (SELECT r.id FROM revision AS r WHERE r.article_id = a.id ORDER BY r.number DESC LIMIT 1),
       s.revision_id
FROM article AS a LEFT JOIN entity_index_state AS s ON s.article_id = a.id
WHERE a.deleted_at IS NULL
ORDER BY a.id
"""


def known_names(db: pw.SqliteDatabase) -> KnownNames:
    """The confirmed names with their entities' kinds, and the rejected names."""
    cursor = db.execute_sql(_KNOWN_SQL)  # type: ignore[no-untyped-call]
    names: list[str] = []
    kinds: dict[str, EntityKind] = {}
    for name, key, kind in cursor.fetchall():
        names.append(name)
        kinds[key] = EntityKind(kind)
    cursor = db.execute_sql(_REJECTED_SQL)  # type: ignore[no-untyped-call]
    rejected = frozenset(key for (key,) in cursor.fetchall())
    return KnownNames(NameMatcher(names), kinds, rejected)


class EntityIndexer:
    """Keeps the mention table in step with the texts and the decisions."""

    def __init__(
        self, db: pw.SqliteDatabase, gazetteer: Callable[[], Gazetteer] = shipped_gazetteer
    ) -> None:
        self._db = db
        self._gazetteer = gazetteer

    def stale_articles(self) -> list[int]:
        """Articles never indexed, or indexed from a revision that is no longer current."""
        rows = self._db.execute_sql(_CURRENT_SQL).fetchall()  # type: ignore[no-untyped-call]
        return [article for article, current, indexed in rows if current != indexed]

    def index_stale(self, progress: Progress | None = None) -> IndexRun:
        return self.index_articles(self.stale_articles(), progress)

    def index_all(self, progress: Progress | None = None) -> IndexRun:
        live = m.Article.select(m.Article.id).where(m.Article.deleted_at.is_null())
        return self.index_articles([a.id for a in live], progress)

    def index_articles(
        self, article_ids: Sequence[int], progress: Progress | None = None
    ) -> IndexRun:
        """Index each article in its own transaction; ``progress`` may cancel between two."""
        if not article_ids:
            return IndexRun(0, 0)
        gazetteer = self._gazetteer()
        with write_transaction(self._db):
            curate_bundled_once()
            locate_places(gazetteer)
        known = known_names(self._db)  # what the library knows now; each article adds its own
        mentions = 0
        for done, article_id in enumerate(article_ids, start=1):
            mentions += self._index_one(article_id, known, gazetteer)
            if progress is not None and not progress(done, len(article_ids)):
                return IndexRun(done, mentions, cancelled=True)
        return IndexRun(len(article_ids), mentions)

    def _index_one(self, article_id: int, known: KnownNames, gazetteer: Gazetteer) -> int:
        with write_transaction(self._db):
            revision = (
                m.Revision.select(m.Revision.id, m.Revision.body)
                .where(m.Revision.article == article_id)
                .order_by(m.Revision.number.desc())
                .first()
            )
            m.EntityMention.delete().where(m.EntityMention.article == article_id).execute()
            if not isinstance(revision, m.Revision):
                return 0  # the article was removed meanwhile
            spans = [
                TextSpan(position, start, end)
                for position, start, end in tuples(
                    m.Paragraph.select(m.Paragraph.position, m.Paragraph.start, m.Paragraph.end)
                    .where(m.Paragraph.revision == revision.id)
                    .order_by(m.Paragraph.position)
                )
            ]
            found = index_article(revision.body, spans, known, gazetteer)
            rows = [
                (article_id, revision.id, o.paragraph, o.start, o.end, o.key, o.surface,
                 o.kind.value if o.kind else None, o.source)
                for o in found
            ]  # fmt: skip
            # One prepared statement for every row: peewee's insert_many would build the SQL
            # text row by row, which cost more than finding the names.
            connection = self._db.connection()  # type: ignore[no-untyped-call]
            connection.executemany(_INSERT_MENTION, rows)
            m.EntityIndexState.insert(
                article=article_id, revision=revision.id, indexed_at=m.utc_now()
            ).on_conflict_replace().execute()
            return len(rows)
