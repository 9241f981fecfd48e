"""`make bench`: search latency on a generated library of 1,000 articles and 100,000 notes."""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from library_generator import ACCENTED, SEED_SLUG, generate_library

from serge_desktop.services.workspace import Workspace

GOAL_P95_MS = 30.0
WORD = re.compile(r"\w{3,}")


def make_queries(body: str, count: int, rng: random.Random) -> dict[str, list[str]]:
    """What a reader types: whole words, a word letter by letter, two words, accents dropped."""
    words = sorted(set(WORD.findall(body)))
    share = count // 4
    typing: list[str] = []
    while len(typing) < share:
        word = rng.choice(words)
        typing += [word[:length] for length in range(1, len(word) + 1)]
    return {
        "word": [rng.choice(words) for _ in range(share)],
        "as_you_type": typing[:share],
        "two_words": [f"{rng.choice(words)} {rng.choice(words)[:4]}" for _ in range(share)],
        "folded_accents": [
            rng.choice(ACCENTED).replace("é", "e").replace("ü", "u").replace("ï", "i")
            for _ in range(share)
        ],
    }


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def figures(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(samples) * 1000, 2),
        "p95_ms": round(percentile(samples, 0.95) * 1000, 2),
        "max_ms": round(max(samples) * 1000, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    options = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="serge-bench-search-") as root:
        data_dir = Path(root) / "data"
        library = generate_library(data_dir, articles=options.articles, notes=options.notes)
        with Workspace(data_dir) as workspace:
            body = workspace.library.article_view(SEED_SLUG).body
            kinds = make_queries(body, options.queries, rng)
            for query in kinds["word"][:20]:
                workspace.search.search(query)  # warm SQLite's page cache, as a session would
            timings: dict[str, list[float]] = {}
            hits = []
            for kind, queries in kinds.items():
                for query in queries:
                    started = time.perf_counter()
                    results = workspace.search.search(query)
                    timings.setdefault(kind, []).append(time.perf_counter() - started)
                    hits.append(results.total)
    every = [sample for samples in timings.values() for sample in samples]
    report = {
        "benchmark": "search_latency",
        "library": library,
        "queries": len(every),
        "limit_per_kind": 50,
        "median_hits": statistics.median(hits),
        **figures(every),
        "by_kind": {kind: figures(samples) for kind, samples in timings.items()},
        "goal_p95_ms": GOAL_P95_MS,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
