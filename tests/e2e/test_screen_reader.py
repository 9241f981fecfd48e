"""A screen reader's view of the real window, through the AT-SPI bus (issue 15).

The app runs on Xvfb with openbox, a session bus and the accessibility bus; the system Python's
pyatspi (Debian's python3-pyatspi, as Orca uses it) walks its accessible tree. One app start:
the tree is read, the keyboard moves to the timeline and its next event, and the tree is read
again to hear what the focused chart says; then a listener hears what the app announces while
keys make a highlight, a note and an event.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop_session import SYSTEM_PYTHON, TIMEOUT_S, Desktop, desktop

WALKER = Path(__file__).with_name("atspi_tree.py")
LISTENER = Path(__file__).with_name("atspi_listen.py")
SENTENCE = "In January 1919 he reached Petrograd."
NOTE = "Arrival in Petrograd"
# Containers whose items a reader reaches inside them (a combo box's popup list, a table's
# cells): their own names come from the items.
ITEM_ROLES = {"table cell", "list item", "tree item", "page tab", "table row header"}
# Roles that tell a screen reader nothing about what a focused control is or does.
VAGUE_ROLES = {"unknown", "invalid", "redundant object", "panel", "filler"}
MENUS = {"File", "Edit", "View", "Library", "Timeline", "Help"}

Node = dict[str, Any]


def accessible_tree(session: Desktop) -> list[Node]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), "Serge Desktop", str(TIMEOUT_S)],
        env=session.env, capture_output=True, text=True, timeout=3 * TIMEOUT_S, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    nodes: list[Node] = json.loads(done.stdout)
    return nodes


@contextmanager
def announcements(session: Desktop) -> Iterator[Callable[[], list[str]]]:
    """What the app announces meanwhile, as a screen reader listening on the bus hears it."""
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(LISTENER), "Serge Desktop", str(3 * TIMEOUT_S)],
        env=session.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert listener.stdout is not None
    heard: list[str] = []
    try:
        assert listener.stdout.readline().strip() == "ready", listener.stderr
        time.sleep(1.0)  # the registry tells the app someone listens; only then does it send
        yield lambda: list(heard)
        time.sleep(1.0)  # the last announcement on its way
    finally:
        listener.terminate()
        out, _errors = listener.communicate(timeout=TIMEOUT_S)
        heard += [json.loads(line)["text"] for line in out.splitlines() if line.startswith("{")]


def under(nodes: list[Node], parent: Node) -> list[Node]:
    return [node for node in nodes if node["path"].startswith(parent["path"] + "/")]


def one(nodes: list[Node], role: str, name: str) -> Node:
    [found] = [node for node in nodes if node["role"] == role and node["name"] == name]
    return found


@pytest.mark.e2e
def test_a_screen_reader_can_use_the_window(tmp_path: Path) -> None:
    with desktop(tmp_path, screen_reader=True) as session:
        [article] = json.loads(session.cli("list", "--json").stdout)
        added = session.cli(
            "notes", "add", "--article", article["slug"], "--quote", SENTENCE, "--note", NOTE
        )
        assert added.returncode == 0, added.stderr
        session.start_app()
        nodes = accessible_tree(session)

        [frame] = [node for node in nodes if node["role"] == "frame"]
        assert frame["name"] == f"{article['headline']} — Serge Desktop"

        # Every control the keyboard can reach says what it is and what it is called.
        unnamed, vague = [], []
        for node in nodes:
            if "focusable" not in node["states"] or node["role"] in ITEM_ROLES:
                continue
            if node["parent_role"] == "combo box":  # the combo box's own popup list
                continue
            label = f"{node['role']} {node['name']!r} at {node['path']}"
            if not node["name"].strip():
                unnamed.append(label)
            if node["role"] in VAGUE_ROLES and node["children"] == 0:
                vague.append(label)
        assert unnamed == []
        assert vague == []

        # The article is read through the Text interface, whole. (Qt reports a read-only text
        # view as static text, a "label" to AT-SPI; Orca reads it with the caret all the same.)
        [reader] = [node for node in nodes if node["name"] == "Article text"]
        assert reader["role"] in {"label", "text", "document text"}
        assert "focusable" in reader["states"]
        assert SENTENCE in reader["text"]
        assert article["headline"] in reader["text"]

        # The notes list names its notes by what they say.
        notes_list = one(nodes, "list", "Notes of this article")
        items = [node["name"] for node in under(nodes, notes_list) if node["role"] == "list item"]
        assert any(NOTE in item and SENTENCE[:20] in item for item in items), items

        # Every event is there with its date in words, in the timeline's table.
        table = one(nodes, "table", "Timeline events")
        cells = {node["name"] for node in under(nodes, table) if node["role"] == "table cell"}
        assert {"1890", "Born in Brussels", "1911 to 1912", "Imprisoned in France"} <= cells
        assert len([n for n in under(nodes, table) if n["role"] == "table row header"]) == 23

        # The menus, each with named items and their keys.
        menu_bar = one(nodes, "menu bar", "")
        menus = {n["name"]: n for n in under(nodes, menu_bar) if n["parent_role"] == "menu bar"}
        assert set(menus) >= MENUS
        entries = {
            name: {n["name"] for n in under(nodes, menu) if n["role"] == "menu item"}
            for name, menu in menus.items()
        }
        assert {"Quit", "Open from Library…", "Export…"} <= entries["File"]
        assert {"Undo", "Add Note", "Search Everything…"} <= entries["Edit"]
        assert {"Next Pane", "Previous Pane"} <= entries["View"]
        for name, menu in menus.items():
            items = [n for n in under(nodes, menu) if n["role"] == "menu item"]
            assert items and all(n["name"] for n in items), name

        # The keyboard goes to the timeline (F6 twice) and on to its first event: the focused
        # chart says that event, its date in words first.
        [chart] = [n for n in nodes if n["role"] == "chart" and "showing" in n["states"]]
        assert chart["name"] == "Timeline"
        session.key("F6", "F6", "Right", pause=0.8)
        [chart] = [n for n in accessible_tree(session) if n["path"] == chart["path"]]
        assert "focused" in chart["states"]
        assert chart["name"] == "in 1890: Born in Brussels"

        # Making a highlight, a note and an event is announced: the keys did something.
        with announcements(session) as heard:
            session.key("F6", pause=0.8)  # from the timeline round to the article
            # (The article's last words: its first lines are the title block, not its text.)
            session.key("ctrl+End", *["ctrl+shift+Left"] * 2, pause=0.3)
            session.key("ctrl+1", pause=1.5)  # a yellow highlight on them
            session.key("ctrl+End", *["ctrl+shift+Left"] * 4, pause=0.3)
            session.key("ctrl+shift+n", pause=1.5)  # a note, its editor takes the keyboard
            session.type("Announced", pause=1.5)
            session.key("shift+F6", pause=1.0)  # back to the article
            session.key("ctrl+End", *["ctrl+shift+Left"] * 3, pause=0.3)
            session.key("ctrl+shift+e", pause=2.0)  # Add Event, its title first
            session.type("Leaves for Mexico", pause=0.5)
            session.key("Tab", pause=0.5)
            session.type("about 1941", pause=1.0)
            session.key("Return", pause=2.0)
        assert heard() == [
            "Highlight added.",
            "Note added.",
            "Event added: Leaves for Mexico, about 1941.",
        ]
