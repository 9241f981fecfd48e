"""Run by the system Python: print what an app announces on the AT-SPI bus, one JSON line each.

It is not a test module: ``test_screen_reader`` runs it with ``/usr/bin/python3`` (where
Debian's python3-pyatspi lives) while keys are pressed in the app. It listens as a screen
reader does for "object:announcement" (Qt 6.8+ sends QAccessibleAnnouncementEvent so), prints
"ready" once the registry knows it listens, and stops after TIMEOUT_SECONDS.
Usage: atspi_listen.py APP_NAME TIMEOUT_SECONDS
"""

import json
import sys

import pyatspi
from gi.repository import GLib

EVENTS = ("object:announcement",)


def app_name(event):
    try:
        return event.host_application.name or ""
    except Exception:  # the app may be gone, or answer slowly, as events arrive
        return ""


def main():
    wanted, timeout = sys.argv[1], float(sys.argv[2])

    def heard(event):
        if app_name(event) != wanted:
            return
        said = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
        print(json.dumps({"type": event.type, "text": said, "politeness": event.detail1}))
        sys.stdout.flush()

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)
    GLib.timeout_add(300, lambda: print("ready", flush=True) and False)
    GLib.timeout_add(int(timeout * 1000), lambda: pyatspi.Registry.stop() and False)
    pyatspi.Registry.start()


main()
