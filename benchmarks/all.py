"""`make bench` and `make bench-large`: every benchmark, one JSON report (build/bench/report.json).

Each benchmark runs in its own process and prints its JSON; this gathers them under their names,
prints the whole and keeps a copy. ``--large`` adds the 10,000-article library to the start-up
and search growth figures (building it the first time takes a while: see big_library.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench_common import machine
from big_library import cache_root

HERE = Path(__file__).resolve().parent


def benchmarks(large: bool) -> dict[str, list[str]]:
    sizes = ["--sizes", "100,1000,10000" if large else "100,1000"]
    return {
        "startup": ["run.py", *sizes],
        "search": ["search.py", *sizes],
        "library_window": ["library.py"],
        "library_page_in_the_window": ["library_ui.py"],
        "series_chart_in_the_window": ["series_chart.py"],
        "notes_in_the_window": ["notes_ui.py", "--sizes", "1000"],
        "reader": ["reader.py", "--sizes", "1000"],
        "timeline": ["timeline_paint.py"],
        "exports": ["exports.py"],
        "reanchoring": ["reanchor.py"],
        "study": ["study.py"],
        "importing": ["import_formats.py"],
        "big_import": ["big_import.py"],
        "opening_a_large_library": ["open_check.py"],
        "index_of_names": ["entities.py"],
        "bundle": ["bundle.py"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--large", action="store_true", help="include 10,000 articles")
    parser.add_argument("--only", help="comma-separated names of the benchmarks to run")
    options = parser.parse_args()
    chosen = benchmarks(options.large)
    if options.only:
        chosen = {name: chosen[name] for name in options.only.split(",")}
    report: dict[str, Any] = {"machine_at_start": machine()}
    failed = []
    for name, (script, *arguments) in chosen.items():
        print(f"bench: {name} …", file=sys.stderr)
        # Its progress and errors go to the terminal as they come; its JSON is collected.
        done = subprocess.run(
            [sys.executable, str(HERE / script), *arguments],
            stdout=subprocess.PIPE,
            text=True,
            cwd=HERE,
        )
        if done.returncode == 0:
            report[name] = json.loads(done.stdout)
        else:  # one broken benchmark must not cost the others' figures
            failed.append(name)
            report[name] = {"error": f"exit status {done.returncode}; its messages are above"}
    report["machine_at_end"] = machine()
    text = json.dumps(report, indent=2)
    print(text)
    target = cache_root() / ("report-large.json" if options.large else "report.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text + "\n", encoding="utf-8")
    print(f"bench: written to {target}", file=sys.stderr)
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
