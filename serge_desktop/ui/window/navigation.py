"""Going from a page elsewhere in the window (names, the series chart) to a passage in the study.

Several features open "this article, then this event / note / passage" from their own pages; the
steps and the message when the article cannot be opened are the same for all, so they live here,
beside the protocol they are written against.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from serge_desktop.core.errors import SergeError
from serge_desktop.ui.window.context import PageId, WindowContext


def _say_why(ctx: WindowContext, error: SergeError) -> None:
    ctx.show_error(QCoreApplication.translate("Navigation", "Open the Passage"), str(error))


def open_in_study(ctx: WindowContext, slug: str) -> bool:
    """Shows the study panes with the article open; False, after saying why, when it cannot be."""
    ctx.show_page(PageId.STUDY)
    try:
        ctx.open_article(slug)
    except SergeError as error:
        _say_why(ctx, error)
        return False
    return True


def show_passage_in_study(ctx: WindowContext, slug: str, start: int, end: int) -> None:
    """Shows the study panes with the passage from ``start`` to ``end`` of the article selected."""
    ctx.show_page(PageId.STUDY)
    try:
        ctx.show_passage(slug, start, end)
    except SergeError as error:
        _say_why(ctx, error)


def open_event_in_study(ctx: WindowContext, slug: str, event_id: int) -> None:
    """Shows the study panes with the article open and its event (and so its passage) selected."""
    if open_in_study(ctx, slug):
        ctx.timeline.activate_event(event_id)
