"""What a search, an export or a timeline covers: one article, one series, or the library."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import peewee as pw

from serge_desktop.services.library_listing import ArticleRef, article_refs


class ScopeKind(enum.Enum):
    ARTICLE = "article"
    SERIES = "series"
    LIBRARY = "library"


@dataclass(frozen=True, slots=True)
class Scope:
    """Build one with ``Scope.article(id)``, ``Scope.series(id)`` or ``Scope.library()``.

    Articles in the trash are never in a scope.
    """

    kind: ScopeKind
    id: int | None = None  # the article's or the series' id; None for the library

    @classmethod
    def article(cls, article_id: int) -> Scope:
        return cls(ScopeKind.ARTICLE, article_id)

    @classmethod
    def series(cls, series_id: int) -> Scope:
        return cls(ScopeKind.SERIES, series_id)

    @classmethod
    def library(cls) -> Scope:
        return cls(ScopeKind.LIBRARY)

    @property
    def is_library(self) -> bool:
        return self.kind is ScopeKind.LIBRARY


LIBRARY = Scope.library()


def scope_articles(db: pw.SqliteDatabase, scope: Scope) -> list[ArticleRef]:
    """The scope's articles not in the trash, in the library's series order."""
    if scope.kind is ScopeKind.ARTICLE:
        return article_refs(db, article_ids=[scope.id] if scope.id is not None else [])
    if scope.kind is ScopeKind.SERIES:
        return article_refs(db, series_id=scope.id) if scope.id is not None else []
    return article_refs(db)


def scope_article_ids(db: pw.SqliteDatabase, scope: Scope) -> list[int]:
    """The ids of the scope's articles not in the trash, in the library's series order."""
    return [ref.id for ref in scope_articles(db, scope)]
