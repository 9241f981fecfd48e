"""`make bench`: search latency, 20 realistic queries, on the seed and the big libraries (JSON).

Ten queries are what a reader of this library types (names and words of the seed's subject,
two words, accents left out); ten are drawn from the library's own index by how many articles
hold them (common, middling, rare words, a prefix being typed), so their hits are a realistic
share of the library. Each is timed REPEATS times through SearchService.search, as the search
box calls it; the first page (what the window shows before the rest) is timed too.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from bench_common import machine, ms_summary, seed_library, sizes_from, timed_both
from big_library import ensure_library, facts

from serge_desktop.services.search import FIRST_PAGE
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m

READER_QUERIES = (
    "revolution", "Serge", "Petrograd", "trotsky mexico", "Stalinism", "anarchist",
    "memoirs", "victor serge", "paris 1919", "brussels",
)  # fmt: skip
# Bands of article document frequency (share of articles holding the word) and how many
# queries each gives; the prefix query is the first four letters of a middling word.
BANDS = (("common", 0.3, 0.6, 3), ("middling", 0.02, 0.1, 3), ("rare", 0.001, 0.01, 1))
ACCENTED = re.compile(r"\w*[éöüá]\w*")
REPEATS = 5
GOAL_P95_MS = {1000: 10.0, 10_000: 30.0}
TYPED = ("p", "pe", "pet", "petr", "petro", "petrog", "petrograd")


def drawn_queries(articles: int) -> list[str]:
    """Words from the index by how many articles hold them, chosen the same way every run."""
    db = m.database_proxy.obj
    db.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab "
        "USING fts5vocab(main, search_article, row)"
    )
    rng = random.Random(18)
    chosen: list[str] = []
    middling: list[str] = []
    for name, low, high, count in BANDS:
        rows = db.execute_sql(
            "SELECT term FROM temp.bench_vocab WHERE doc BETWEEN ? AND ? "
            "AND length(term) > 3 AND term GLOB '[a-z]*' ORDER BY term",
            (max(1, round(low * articles)), max(1, round(high * articles))),
        ).fetchall()
        terms = [row[0] for row in rows]
        picked = rng.sample(terms, min(count, len(terms)))
        chosen += picked
        if name == "middling":
            middling = terms
    if middling:
        chosen.append(rng.choice(middling)[:4])
        chosen.append(f"{rng.choice(middling)} {chosen[0]}")
    chosen.append(_accented_word_typed_plain(rng))
    return chosen


def _accented_word_typed_plain(rng: random.Random) -> str:
    """A word written with accents in the notes, typed without them (folding must find it)."""
    rows = m.database_proxy.obj.execute_sql(
        "SELECT body FROM note WHERE body GLOB '*[éöüá]*' ORDER BY id LIMIT 200"
    ).fetchall()
    words = sorted({w for (body,) in rows for w in ACCENTED.findall(body)})
    word = rng.choice(words)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def match_counts(workspace: Workspace, query: str) -> dict[str, int]:
    """How many rows of each kind the query matches (not timed): its share of the library."""
    from serge_desktop.core.search_query import fts_query

    match = fts_query(query)
    db = m.database_proxy.obj
    counts = {}
    for kind, table in (("articles", "search_article"), ("notes", "search_note"), ("events",
                        "search_event")):  # fmt: skip
        row = db.execute_sql(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,))
        counts[kind] = row.fetchone()[0]
    return counts


def measure(data_dir: Path, articles: int) -> dict[str, Any]:
    with Workspace(data_dir, read_only=True) as workspace:
        queries = list(READER_QUERIES) + (drawn_queries(articles) if articles > 1 else [])
        search = workspace.search
        for query in queries:
            search.search(query)  # warm SQLite's page cache, as a session would
        wall: dict[str, list[float]] = {"first_page": [], "full": [], "as_you_type": []}
        cpu: dict[str, list[float]] = {"first_page": [], "full": [], "as_you_type": []}
        per_query = []
        for query in queries:
            first: list[float] = []
            for _ in range(REPEATS):
                for name, limit in (("first_page", FIRST_PAGE), ("full", 50)):
                    clock, used = timed_both(lambda q=query, n=limit: search.search(q, limit=n))
                    wall[name].append(clock)
                    cpu[name].append(used)
                    if name == "first_page":
                        first.append(used)
            results = search.search(query)
            per_query.append(
                {
                    "query": query,
                    "first_page_cpu": ms_summary(first),
                    "shown": [len(results.articles), len(results.notes), len(results.events)],
                    "matching": match_counts(workspace, query),
                }
            )
        for text in TYPED * REPEATS:
            clock, used = timed_both(lambda t=text: search.search(t, limit=FIRST_PAGE))
            wall["as_you_type"].append(clock)
            cpu["as_you_type"].append(used)
    report: dict[str, Any] = {"queries": len(queries), "samples_each": len(wall["full"])}
    for name in wall:
        report[name] = {"wall": ms_summary(wall[name]), "cpu": ms_summary(cpu[name])}
    report["per_query"] = per_query
    if articles in GOAL_P95_MS:
        report["goal_p95_ms"] = GOAL_P95_MS[articles]
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", help="library sizes in articles, e.g. 100,1000,10000")
    options = parser.parse_args()
    libraries: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="serge-bench-search-") as root:
        libraries["seed"] = {"library": {"articles": 1}, **measure(seed_library(Path(root)), 1)}
    for size in sizes_from(options.sizes):
        folder = ensure_library(size)
        described = facts(folder)
        library = {k: described[k] for k in ("articles", "notes", "events", "database_mb")}
        libraries[str(size)] = {"library": library, **measure(folder, size)}
    report = {
        "benchmark": "search_latency",
        "machine": machine(),
        "limit_per_kind": {"first_page": FIRST_PAGE, "full": 50},
        "repeats": REPEATS,
        "libraries": libraries,
        "growth_first_page_p95_ms": {
            size: lib["first_page"]["wall"]["p95_ms"] for size, lib in libraries.items()
        },
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
