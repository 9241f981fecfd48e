"""Articles with metadata, series and events, made through the app's own services."""

from __future__ import annotations

from serge_desktop.services.article_metadata import ArticleMetadata
from serge_desktop.services.timeline_edits import EventFields, EventPassage
from serge_desktop.services.views import ArticleSummary
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"
SERIES = "The socialists who opposed Stalin"


def add_article(workspace: Workspace, title: str, *paragraphs: str, **metadata: object) -> int:
    """Import a Markdown article, then give it the metadata named; returns its id."""
    body = "\n\n".join(paragraphs or (f"A paragraph about {title}.",))
    outcome = workspace.importer.import_bytes(
        f"# {title}\n\n{body}\n".encode(), source_name=f"{title}.md"
    )
    article_id = outcome.article.id
    if metadata:
        current = workspace.metadata.metadata(article_id)
        values = {**_as_dict(current), **metadata}
        workspace.metadata.set_metadata(article_id=article_id, metadata=ArticleMetadata(**values))
    return article_id


def _as_dict(metadata: ArticleMetadata) -> dict[str, object]:
    return {name: getattr(metadata, name) for name in ArticleMetadata.__slots__}


def add_event(
    workspace: Workspace, article_id: int, edtf: str, label: str, evidence: str | None = None
) -> int:
    """An event of the article, anchored to ``evidence`` (words of its text) when given."""
    passage = None
    if evidence is not None:
        view = workspace.library.article_view(workspace.library.summary_by_id(article_id).slug)
        start = view.body.index(evidence)
        passage = EventPassage(view.revision_id, start, start + len(evidence))
    fields = EventFields(edtf=edtf, date_text=edtf, label=label, category="life")
    return workspace.timeline.create_event(article_id=article_id, fields=fields, passage=passage).id


def by_slug(rows: list[ArticleSummary]) -> dict[str, ArticleSummary]:
    return {row.slug: row for row in rows}
