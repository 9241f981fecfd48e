"""What every benchmark reports besides its figures: the machine's load, and timing summaries."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# The library sizes `make bench` measures, and the larger one only `make bench-large` builds.
SIZES = (100, 1000)
LARGE_SIZES = (100, 1000, 10_000)


def sizes_from(argument: str | None) -> tuple[int, ...]:
    """``--sizes 100,1000`` as a tuple; the default sizes when not given."""
    if not argument:
        return SIZES
    return tuple(int(part) for part in argument.split(",") if part.strip())


def machine() -> dict[str, Any]:
    """The load figures are shared by everyone on the machine: read them beside every figure."""
    one, five, fifteen = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "load_1_5_15": [round(one, 2), round(five, 2), round(fifteen, 2)],
        "python": platform.python_version(),
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def percentile(samples: Iterable[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms_summary(seconds: list[float]) -> dict[str, float]:
    """Median, 95th percentile and worst of samples taken in seconds, in milliseconds."""
    return {
        "p50_ms": round(statistics.median(seconds) * 1000, 2),
        "p95_ms": round(percentile(seconds, 0.95) * 1000, 2),
        "max_ms": round(max(seconds) * 1000, 2),
    }


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of ``action`` takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def timed_both(action: Callable[[], object]) -> tuple[float, float]:
    """Seconds one call takes on the clock and on this process's CPU.

    Other engineers share the machine's two cores: when they are busy the clock time grows
    with waiting for a core, the CPU time does not. Both are reported; read the CPU time as
    what an idle machine would show.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def seed_library(folder: Path) -> Path:
    """A fresh data folder holding only the bundled seed, as on a first start; returns it."""
    from serge_desktop.services.workspace import Workspace

    data = folder / "seed-library"
    with Workspace(data):
        pass
    return data


def desktop_screen(folder: Path, width: int = 1920, height: int = 1200) -> None:
    """Give the offscreen platform a desktop's screen; call before the QApplication is made.

    Its default screen is 800×800, and a window is kept within its screen: without this a
    window asked to be 1440×900 is measured at 796×796.
    """
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return  # a real display, or a platform chosen by whoever runs it
    screen = {"name": "bench", "x": 0, "y": 0, "width": width, "height": height}
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [screen | {"logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
