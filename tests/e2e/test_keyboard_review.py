"""A review session from the keyboard alone, on the real window (issue 16).

The app runs on Xvfb with openbox; xdotool presses the keys a reader would, never the mouse:
Ctrl+Shift+S (the Review page), Enter (study every article), Space (the answer), 1 to 4 (a
grade), Ctrl+Z (the last grade taken back), Enter on a card (its passage in the reader) and
Escape (back to the card), Ctrl+Q. The command line then reads the log the window kept.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.e2e.desktop_session import TIMEOUT_S, Desktop, desktop

Cards = list[dict[str, Any]]


def cards(session: Desktop) -> Cards:
    listed = session.cli("cards", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    found: Cards = json.loads(listed.stdout)
    return found


def graded(found: Cards) -> dict[int, tuple[int, str]]:
    """Each graded card's reviews and state: what the log holds, card by card."""
    return {card["id"]: (card["reps"], card["state"]) for card in found if card["reps"]}


def wait_until(session: Desktop, done: Callable[[Cards], bool]) -> Cards:
    """The cards as the command line reads them, once ``done`` says the window wrote enough."""
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        session.assert_app_running()
        found = cards(session)
        if done(found):
            return found
        assert time.monotonic() < deadline, graded(found)
        time.sleep(0.5)


@pytest.mark.e2e
def test_a_review_session_from_the_keyboard_alone(tmp_path: Any) -> None:
    with desktop(tmp_path, screen_reader=False) as session:
        due = session.cli("study", "due", "--json")  # makes the library's cards, once
        assert due.returncode == 0, due.stderr
        before = cards(session)
        assert before and all(card["state"] == "new" for card in before)
        session.start_app()

        session.key("ctrl+shift+s", pause=1.5)  # the Review page: what is due
        session.key("Return", pause=1.5)  # study every article
        session.key("3", pause=0.8)  # no grade before the answer is shown
        session.key("space", "3", pause=0.8)  # Good: into its learning steps
        first = wait_until(session, lambda found: len(graded(found)) == 1)
        session.key("space", "4", pause=0.8)  # Easy: straight into review
        session.key("space", "1", pause=0.8)  # Again
        during = wait_until(session, lambda found: len(graded(found)) == 3)
        session.key("ctrl+z", pause=1.2)  # Again taken back: its card again, question first
        wait_until(session, lambda found: len(graded(found)) == 2)
        session.key("Return", pause=1.5)  # its passage in the reader
        session.key("Escape", pause=1.5)  # back to the card
        session.key("space", "3", pause=0.8)  # Good instead
        wait_until(session, lambda found: len(graded(found)) == 3)

        session.key("ctrl+q", pause=1.0)
        assert session.wait_for_exit() == 0

    after = graded(cards(session))
    [good] = graded(first)
    easy, again = (card for card in graded(during) if card != good)
    assert after == {good: (1, "learning"), easy: (1, "review"), again: (1, "learning")}
    assert graded(during)[again] == (1, "learning")  # the Again that Ctrl+Z took back
    assert len(cards(session)) == len(before)
