"""Run by the system Python: print the app's accessible tree as JSON, as a screen reader sees it.

It is not a test module: ``test_screen_reader`` runs it with ``/usr/bin/python3`` (where
Debian's python3-pyatspi lives) against the app on the test's accessibility bus.
Usage: atspi_tree.py APP_NAME TIMEOUT_SECONDS
"""

import json
import sys
import time

import pyatspi

MAX_DEPTH = 30


def find_app(name, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name and app.childCount:
                return app
        time.sleep(0.5)
    raise SystemExit(f"{name} never appeared on the accessibility bus")


def text_of(node):
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, text.characterCount)


def describe(node, path, parent_role, nodes, depth=0):
    states = node.getState()
    entry = {
        "path": path,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "parent_role": parent_role,
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "text": text_of(node),
        "children": node.childCount,
    }
    nodes.append(entry)
    if depth >= MAX_DEPTH:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            describe(child, f"{path}/{index}", entry["role"], nodes, depth + 1)


def main():
    app = find_app(sys.argv[1], float(sys.argv[2]))
    nodes = []
    describe(app, "0", "", nodes)
    json.dump(nodes, sys.stdout)


main()
