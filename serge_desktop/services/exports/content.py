"""Everything one export holds, gathered from the library: articles, their events and notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from serge_desktop.core.errors import SergeError
from serge_desktop.services.exports.index_of_names import IndexEntry, index_entries
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.exports.records import (
    ExportedNote,
    article_source,
    exported_notes,
    selected_articles,
)
from serge_desktop.services.views import ArticleView, TimelineEventView

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace

# Called after each article with (articles done, articles in all); returning False cancels.
Progress = Callable[[int, int], bool]


class ExportCancelledError(SergeError):
    """The reader cancelled the export before it was written; nothing was written."""


@dataclass(frozen=True, slots=True)
class ArticleSection:
    """One article's part of an export."""

    article: ArticleView
    source: str | None  # where the article came from (a URL or a citation), if it says
    events: tuple[TimelineEventView, ...]  # empty unless the timeline is included
    notes: tuple[ExportedNote, ...]  # empty unless the notes are included


@dataclass(frozen=True, slots=True)
class ExportContent:
    title: str
    options: ExportOptions
    sections: tuple[ArticleSection, ...]
    library_id: str
    index: tuple[IndexEntry, ...] = ()  # the "Index of names", when the options ask for it

    @property
    def notes(self) -> tuple[ExportedNote, ...]:
        return tuple(note for section in self.sections for note in section.notes)

    @property
    def events(self) -> tuple[TimelineEventView, ...]:
        return tuple(event for section in self.sections for event in section.events)

    @property
    def articles_with_notes(self) -> int:
        return sum(1 for section in self.sections if section.notes)


def gather_content(
    workspace: Workspace, options: ExportOptions, progress: Progress | None = None
) -> ExportContent:
    """Read what the options ask for; an article with nothing to show is left out."""
    articles = selected_articles(workspace, options)
    sections: list[ArticleSection] = []
    for number, article in enumerate(articles, start=1):
        notes = exported_notes(workspace, options, [article]) if options.include_notes else []
        events = workspace.timeline.list_events(article.id) if options.include_timeline else []
        if notes or events or options.include_article:
            source = article_source(article.id)
            sections.append(ArticleSection(article, source, tuple(events), tuple(notes)))
        if progress is not None and not progress(number, len(articles)):
            raise ExportCancelledError("the export was cancelled")
    title = options.title or _default_title(articles)
    index = index_entries(workspace, articles) if options.include_index else ()
    return ExportContent(title, options, tuple(sections), workspace.library_id(), index)


def _default_title(articles: list[ArticleView]) -> str:
    if len(articles) == 1:
        return articles[0].headline
    return "Notes and timelines"
