"""`make bench`: the index of names — indexing the library, the seed alone, an entity's page.

Goals (issue 17): 1,000 articles with 5,000 known names indexed in under 30 s (each article its
own transaction, as the window's background run does it); the seed alone in under 50 ms; an
entity's page with 2,000 mentions in under 100 ms. The big library is benchmarks/big_library.py's
(1,000 articles of generated prose, with generated names), copied so the benchmark may write.

The 5,000 known names are the library's own most frequent suggestions, confirmed in bulk (as a
reader who had confirmed them over time), topped up with invented names if the texts hold fewer.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_common import machine, ms_summary, seed_library, timed_both
from big_library import copy_library, facts

from serge_desktop.core.entities.gazetteer import shipped_gazetteer
from serge_desktop.core.entities.names import name_key
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

ARTICLES = 1000
KNOWN_NAMES = 5000
PAGE_MENTIONS = 2000
REPEATS = 10
GOALS = {"library_s": 30.0, "seed_ms": 50.0, "page_ms": 100.0, "new_article_ms": 1000.0}


def cold_gazetteer() -> float:
    started = time.perf_counter()
    shipped_gazetteer()
    return time.perf_counter() - started


def seed_alone(root: Path) -> dict[str, Any]:
    """The seed indexed again and again (after a first run that loads the gazetteers)."""
    with Workspace(seed_library(root)) as workspace:
        first = timed_both(workspace.entities.refresh)
        article = [a.id for a in workspace.library.list_articles()]
        samples = [timed_both(lambda: workspace.entities.indexer.index_articles(article))
                   for _ in range(REPEATS)]  # fmt: skip
        return {
            "first_run_ms": round(first[0] * 1000, 1),
            "wall": ms_summary([s[0] for s in samples]),
            "cpu": ms_summary([s[1] for s in samples]),
            "goal_ms": GOALS["seed_ms"],
        }


def confirm_known_names(workspace: Workspace) -> int:
    """Confirm the most frequent suggestions (then invented names) up to KNOWN_NAMES."""
    names = [s.name for s in workspace.entities.suggestions()][:KNOWN_NAMES]
    names += [f"Invented Name {n}" for n in range(KNOWN_NAMES - len(names))]
    with write_transaction(m.database_proxy.obj):
        for number, name in enumerate(names):
            entity = m.Entity.create(
                kind=("person", "place", "organisation", "work")[number % 4], name=name,
                note="", origin="reader",
            )  # fmt: skip
            m.EntityAlias.create(entity=entity, name=name, key=name_key(name))
            m.EntityDecision.create(
                key=name_key(name), name=name, verdict="confirmed", entity=entity, origin="reader"
            )
    return len(names)


def big_page(workspace: Workspace) -> tuple[int, int]:
    """An entity with at least PAGE_MENTIONS mentions, as few more as the library allows.

    The least mentioned entity that has enough; failing one, the most mentioned merged with the
    next until it has.
    """
    ranked = sorted(workspace.entities.entities(), key=lambda e: -e.mentions)
    enough = [e for e in ranked if e.mentions >= PAGE_MENTIONS]
    target = enough[-1] if enough else ranked[0]
    for other in ranked[1:]:
        if workspace.entities.summary(target.id).mentions >= PAGE_MENTIONS:
            break
        workspace.entities.merge_entities(source=other.id, into=target.id)
    return target.id, workspace.entities.summary(target.id).mentions


def library(root: Path) -> dict[str, Any]:
    folder = copy_library(ARTICLES, root)
    described = facts(folder)
    report: dict[str, Any] = {
        "library": {k: described[k] for k in ("articles", "notes", "events", "database_mb")}
    }
    with Workspace(folder) as workspace:
        wall, cpu = timed_both(workspace.entities.reindex_all)
        report["first_pass_no_known_names_s"] = {"wall": round(wall, 2), "cpu": round(cpu, 2)}
        report["known_names"] = confirm_known_names(workspace)
        steps: list[float] = []
        last = time.perf_counter()

        def progress(done: int, total: int) -> bool:
            nonlocal last
            now = time.perf_counter()
            steps.append(now - last)
            last = now
            return True

        wall, cpu = timed_both(lambda: workspace.entities.reindex_all(progress))
        report["index_all_s"] = {"wall": round(wall, 2), "cpu": round(cpu, 2)}
        report["per_article_ms"] = ms_summary(steps)
        report["goal_s"] = GOALS["library_s"]
        report["mentions"] = m.EntityMention.select().count()
        report["new_article"] = new_article(workspace)
        entity_id, mentions = big_page(workspace)
        samples = [timed_both(lambda: workspace.entities.page(entity_id)) for _ in range(REPEATS)]
        report["entity_page"] = {
            "mentions": mentions,
            "events": len(workspace.entities.page(entity_id).events),
            "wall": ms_summary([s[0] for s in samples]),
            "cpu": ms_summary([s[1] for s in samples]),
            "goal_ms": GOALS["page_ms"],
        }
        graph = timed_both(lambda: workspace.entities.graph())
        report["graph_ms"] = {"wall": round(graph[0] * 1000, 1), "cpu": round(graph[1] * 1000, 1)}
        listing = [timed_both(lambda: workspace.entities.entities()) for _ in range(REPEATS)]
        report["index_listing"] = {
            "entities": report["known_names"],
            "wall": ms_summary([s[0] for s in listing]),
            "cpu": ms_summary([s[1] for s in listing]),
        }
    return report


def new_article(workspace: Workspace) -> dict[str, Any]:
    """One article imported into the big library, then indexed with every known name."""
    body = workspace.library.article_view(workspace.library.list_articles()[1].slug).body
    text = "# A new article on the exiles\n\n" + body.replace("the", "a")
    outcome = workspace.importer.import_bytes(text.encode(), source_name="new.md")
    samples = [timed_both(lambda: workspace.entities.indexer.index_articles([outcome.article.id]))
               for _ in range(REPEATS)]  # fmt: skip
    return {
        "wall": ms_summary([s[0] for s in samples]),
        "cpu": ms_summary([s[1] for s in samples]),
        "goal_ms": GOALS["new_article_ms"],
    }


def main() -> int:
    report: dict[str, Any] = {"benchmark": "index_of_names", "machine": machine()}
    report["gazetteer_load_ms"] = round(cold_gazetteer() * 1000, 1)
    with tempfile.TemporaryDirectory(prefix="serge-bench-entities-") as root:
        report["seed"] = seed_alone(Path(root))
        report[str(ARTICLES)] = library(Path(root))
    report["medians"] = {
        "seed_ms": report["seed"]["wall"]["p50_ms"],
        "library_s": report[str(ARTICLES)]["index_all_s"]["wall"],
        "page_ms": report[str(ARTICLES)]["entity_page"]["wall"]["p50_ms"],
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
