"""Going to a passage from another page: the study panes come forward with the article open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from serge_desktop.ui.window.navigation import (
    open_event_in_study,
    open_in_study,
    show_passage_in_study,
)


@pytest.fixture
def away(window: MainWindow) -> MainWindow:
    """The window showing another page than the study panes."""
    window.add_page("elsewhere", QLabel("Elsewhere"), "Elsewhere")
    window.show_page("elsewhere")
    return window


def test_an_event_opens_selected_in_the_study_panes(away: MainWindow) -> None:
    article = away.current_article()
    assert article is not None
    event = away.workspace.timeline.list_events(article.id)[3]
    open_event_in_study(away, article.slug, event.id)
    assert away.current_page() == PageId.STUDY
    assert away.timeline.selected_event_id() == event.id


def test_a_passage_is_shown_flashing_in_the_reader(away: MainWindow) -> None:
    article = away.current_article()
    assert article is not None
    assert not away.reader.flash.is_running()
    show_passage_in_study(away, article.slug, 10, 40)
    assert away.current_page() == PageId.STUDY
    assert away.reader.flash.is_running()


def test_an_article_that_cannot_be_opened_is_named_and_nothing_else_happens(
    away: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(away, "show_error", lambda title, message: errors.append((title, message)))
    before = away.current_article()
    assert not open_in_study(away, "no-such-article")
    open_event_in_study(away, "no-such-article", 1)
    show_passage_in_study(away, "no-such-article", 0, 5)
    assert [title for title, _ in errors] == ["Open the Passage"] * 3
    assert all(message for _, message in errors)
    assert away.current_article() == before
