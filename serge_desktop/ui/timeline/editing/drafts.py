"""What the event editor opens with: drafted from a reader's passage, an event or a suggestion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from serge_desktop.services.timeline_edits import EventFields, EventPassage
from serge_desktop.services.views import ArticleView, TimelineEventView
from serge_desktop.ui.timeline.editing.editor import EditorStart

if TYPE_CHECKING:
    from serge_desktop.core.event_suggestions import PassageDraft, SuggestedEvent

DEFAULT_CATEGORY = "life"


@dataclass(frozen=True, slots=True)
class Draft:
    """An editor start, and the passage a new event will be anchored to (None for none)."""

    start: EditorStart
    passage: EventPassage | None


def draft_from_passage(article: ArticleView, start: int, end: int) -> Draft:
    """A selection (start < end) or the sentence at ``start``, with the date read from it."""
    found = _passage_draft(article.body, start, end)
    passage = EventPassage(article.revision_id, found.start, found.end) if found.evidence else None
    fields = None
    if found.suggestions:
        first = found.suggestions[0]
        fields = EventFields(first.date_edtf, first.date_text, first.label, DEFAULT_CATEGORY)
    editor_start = EditorStart(
        fields=fields, evidence=found.evidence, context=found.context, no_date=not fields
    )
    return Draft(editor_start, passage)


def draft_from_suggestion(article: ArticleView, suggestion: SuggestedEvent, label: str) -> Draft:
    context = _passage_draft(article.body, suggestion.start, suggestion.start).context
    fields = EventFields(suggestion.date_edtf, suggestion.date_text, label, DEFAULT_CATEGORY)
    return Draft(
        EditorStart(fields=fields, evidence=suggestion.evidence, context=context),
        EventPassage(article.revision_id, suggestion.start, suggestion.end),
    )


def blank_draft() -> Draft:
    return Draft(EditorStart(fields=None, evidence=""), None)


def editing_start(article: ArticleView, event: TimelineEventView) -> EditorStart:
    """An existing event in the editor; its passage is shown, not changed."""
    context = (
        _passage_draft(article.body, event.start, event.start).context if event.is_placed else None
    )
    fields = EventFields(
        event.edtf, event.date_text, event.label, event.category, event.is_context,
        event.description,
    )  # fmt: skip
    return EditorStart(fields=fields, evidence=event.quote, context=context, is_new=False)


def _passage_draft(body: str, start: int, end: int) -> PassageDraft:
    # Reading dates in words compiles some 40 expressions: on first use, not at start.
    from serge_desktop.core.event_suggestions import draft_for_passage

    return draft_for_passage(body, start, end)
