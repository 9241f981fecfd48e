"""`make bench`: start-up to first paint, as a ratio to a bare Qt window, at every library size.

Each run is a whole process, from start to exit, with --exit-after-start (the app quits once its
window has painted); the bare window (bare_window.py) is measured in the same loop, run for run,
so both see the same load. The window installs the features its first frame does not show just
after that paint: the time until it is fully ready (--exit-when-ready: every feature installed)
is measured in the same loop, as its own figure. Each figure is given as wall-clock time and as
the process's CPU time (user and system, ``cpu``), which waiting for a core does not inflate.
Libraries: a fresh data folder (the first start, importing the seed), the seed library again (an
existing one), and the big libraries of big_library.py, each a private copy (a start-up writes
to its library: the reading position, the window state).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_common import machine, sizes_from
from big_library import copy_library

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "serge_desktop"
APP = [sys.executable, "-m", "serge_desktop"]
BARE = [sys.executable, str(HERE / "bare_window.py")]
# The PyInstaller bundle from `make package`, measured too when it has been built.
FROZEN = HERE.parent / "dist" / "serge-desktop" / "serge-desktop"
GOAL_RATIO = 1.5


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user and system) of one whole run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def compile_bytecode() -> str:
    """Compile the app's modules first, so no run pays for compiling them.

    With PYTHONDONTWRITEBYTECODE set, Python never writes the .pyc files it compiles, so every
    start would compile every module again, which no installed copy of the app does.
    """
    compileall.compile_dir(str(PACKAGE), quiet=1)
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return "compiled with compileall before measuring (PYTHONDONTWRITEBYTECODE is set)"
    return "compiled with compileall before measuring"


def measure(
    name: str, app: list[str], data_dir: Path, env: dict[str, str], *, fresh: bool = False
) -> dict[str, Any]:
    """The app to its first paint, the app until ready, and the bare window, alternately,
    RUNS times each; their medians (wall and CPU) and the ratios to the bare window's."""
    command = [*app, "--data-dir", str(data_dir)]
    if not fresh:
        timed([*command, "--exit-after-start"], env)  # a copy's first start migrates, backs up
    paint: list[tuple[float, float]] = []
    ready: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    for _ in range(RUNS):
        for option, runs in (("--exit-after-start", paint), ("--exit-when-ready", ready)):
            if fresh:
                shutil.rmtree(data_dir, ignore_errors=True)
            runs.append(timed([*command, option], env))
        bare.append(timed(BARE, env))
    app_ms, ready_ms, bare_ms = (_ms([w for w, _c in runs]) for runs in (paint, ready, bare))
    app_cpu, ready_cpu, bare_cpu = (_ms([c for _w, c in runs]) for runs in (paint, ready, bare))
    return {
        "library": name,
        "app_ms": app_ms,
        "app_spread_ms": [
            round(min(w for w, _c in paint) * 1000, 1),
            round(max(w for w, _c in paint) * 1000, 1),
        ],
        "bare_window_ms": bare_ms,
        "ratio": round(app_ms / bare_ms, 2),
        "ready_ms": ready_ms,
        "ready_ratio": round(ready_ms / bare_ms, 2),
        "cpu": {
            "app_ms": app_cpu,
            "ready_ms": ready_cpu,
            "bare_window_ms": bare_cpu,
            "ratio": round(app_cpu / bare_cpu, 2),
            "ready_ratio": round(ready_cpu / bare_cpu, 2),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", help="big library sizes in articles, e.g. 100,1000,10000")
    options = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bytecode = compile_bytecode()
    sizes = sizes_from(options.sizes)
    timed(BARE, env)  # warm the file cache for everyone alike
    results = []
    with tempfile.TemporaryDirectory(prefix="serge-bench-startup-") as root:
        folder = Path(root)
        results.append(measure("fresh (first start)", APP, folder / "fresh", env, fresh=True))
        results.append(measure("seed", APP, folder / "seed", env))
        for size in sizes:
            data = copy_library(size, folder / f"copy-{size}")
            results.append(measure(f"{size} articles", APP, data, env))
            shutil.rmtree(data.parent)
        frozen = []
        if FROZEN.is_file():
            frozen.append(measure("seed", [str(FROZEN)], folder / "frozen-seed", env))
            data = copy_library(max(sizes), folder / "frozen-big")
            frozen.append(measure(f"{max(sizes)} articles", [str(FROZEN)], data, env))
    report: dict[str, Any] = {
        "benchmark": "startup_to_first_paint",
        "machine": machine(),
        "platform": env["QT_QPA_PLATFORM"],
        "bytecode": bytecode,
        "runs": RUNS,
        "goal_ratio": GOAL_RATIO,
        "libraries": results,
        "growth_ratio": {row["library"]: row["ratio"] for row in results},
        "ready_growth_ratio": {row["library"]: row["ready_ratio"] for row in results},
    }
    if frozen:
        report["frozen_bundle"] = frozen
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
