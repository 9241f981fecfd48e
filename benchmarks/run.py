"""`make bench`: start-up figures as JSON, the app beside a bare Qt window."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
HERE = Path(__file__).resolve().parent
APP = [sys.executable, "-m", "serge_desktop"]
# The PyInstaller bundle from `make package`, measured too when it has been built.
FROZEN = HERE.parent / "dist" / "serge-desktop" / "serge-desktop"


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare = [sys.executable, str(HERE / "bare_window.py")]
    timed(bare, env)  # warm the file cache for everyone alike
    frozen = [str(FROZEN)] if FROZEN.is_file() else None
    with tempfile.TemporaryDirectory(prefix="serge-bench-") as root:
        warm_dir = Path(root) / "warm"
        timed([*APP, "--data-dir", str(warm_dir), "--exit-after-start"], env)
        frozen_dir = Path(root) / "frozen"
        if frozen:
            timed([*frozen, "--data-dir", str(frozen_dir), "--exit-after-start"], env)
        fresh, warm, bare_runs, frozen_runs = [], [], [], []
        for run in range(RUNS):
            fresh_dir = Path(root) / f"fresh-{run}"
            fresh.append(timed([*APP, "--data-dir", str(fresh_dir), "--exit-after-start"], env))
            shutil.rmtree(fresh_dir)
            warm.append(timed([*APP, "--data-dir", str(warm_dir), "--exit-after-start"], env))
            bare_runs.append(timed(bare, env))
            if frozen:
                args = [*frozen, "--data-dir", str(frozen_dir), "--exit-after-start"]
                frozen_runs.append(timed(args, env))
    figures = {
        "benchmark": "startup_to_first_paint",
        "platform": env["QT_QPA_PLATFORM"],
        "runs": RUNS,
        "bare_window_ms": median_ms(bare_runs),
        "app_fresh_data_ms": median_ms(fresh),
        "app_existing_data_ms": median_ms(warm),
        "ratio_fresh": round(statistics.median(fresh) / statistics.median(bare_runs), 2),
        "ratio_existing": round(statistics.median(warm) / statistics.median(bare_runs), 2),
        "goal_ratio": 1.5,
    }
    if frozen_runs:
        # The bundle on an existing data folder, beside app_existing_data_ms.
        figures["frozen_app_existing_data_ms"] = median_ms(frozen_runs)
        figures["frozen_ratio_existing"] = round(
            statistics.median(frozen_runs) / statistics.median(bare_runs), 2
        )
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
