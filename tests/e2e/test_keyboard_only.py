"""Every step of a study session from the keyboard alone, on the real window (issue 15).

The app runs on Xvfb with openbox; xdotool presses keys with a person's pauses, never the
mouse. The command line then reads the library the window wrote.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.e2e.desktop_session import ROOT, Desktop, desktop

FRENCH = ROOT / "tests" / "fixtures" / "victor-serge-fr.md"
HEADLINE = "Victor Serge, l’écrivain qu’on n’a pas fait taire"
NOTE = "Written without a mouse"


def wait_for_title(session: Desktop, words: str) -> None:
    deadline = time.monotonic() + 20
    while words not in session.window_title():
        assert time.monotonic() < deadline, f"{words!r} not in {session.window_title()!r}"
        time.sleep(0.3)


@pytest.mark.e2e
def test_a_note_from_the_keyboard_alone(tmp_path: Path) -> None:
    with desktop(tmp_path, screen_reader=False) as session:
        imported = session.cli("import", str(FRENCH))
        assert imported.returncode == 0, imported.stderr
        [slug] = [line.split("\t")[0] for line in session.cli("list").stdout.splitlines()
                  if HEADLINE in line]  # fmt: skip
        session.start_app()

        # Ctrl+O: the library's articles; the French one is the second.
        session.key("ctrl+o", pause=1.0)
        session.key("Down", "Return", pause=1.0)
        wait_for_title(session, HEADLINE)

        # The article opened takes the keyboard (issue 12): a sentence selected with Shift and
        # the arrows, no F6 needed.
        session.key("ctrl+Home", "Down", "Down", pause=0.5)
        session.key(*["ctrl+shift+Right"] * 6, pause=0.3)

        # Ctrl+Shift+N: a note on it, typed, saved after a pause.
        session.key("ctrl+shift+n", pause=1.0)
        session.type(NOTE, pause=2.0)

        # Ctrl+K: search finds it; Escape closes the search.
        session.key("ctrl+k", pause=1.5)
        wait_for_title(session, "Search")
        session.type("without mouse", pause=2.0)
        session.key("Escape", pause=1.0)
        wait_for_title(session, HEADLINE)

        # Back from the note's editor to the article (Shift+F6): a highlight in green (Ctrl+2)
        # on its last words, then undone (Ctrl+Z).
        session.key("shift+F6", pause=0.8)
        session.key("ctrl+End", *["ctrl+shift+Left"] * 4, pause=0.3)
        session.key("ctrl+2", pause=1.0)
        during = json.loads(session.cli("notes", "list", "--article", slug, "--json").stdout)
        session.key("ctrl+z", pause=1.0)

        session.key("ctrl+q", pause=1.0)
        assert session.wait_for_exit() == 0

    notes = json.loads(session.cli("notes", "list", "--article", slug, "--json").stdout)
    assert [note["note"] for note in notes] == [NOTE]
    assert notes[0]["quote"].startswith("Victor Serge naît à Bruxelles")
    assert len(during) == 2, during  # the highlight was there before Ctrl+Z
