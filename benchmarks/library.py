"""`make bench`: the library list, a filter keystroke, All notes and the series timeline.

On a copy of the big library (1,000 articles, 100,000 notes, 20,000 events; big_library.py)
given series, parts, authors and dates, and a series of 200 articles whose timelines tell some
of the same events (about one in five told again by another article, a year apart or not).
Targets (issue 14): the list and a filter keystroke under 50 ms, All notes' first screen under
100 ms; the series timeline's data is reported for the window's 16 ms frame budget to build on.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_common import machine, ms_summary
from big_library import copy_library

from serge_desktop.services.all_notes import ANY_AUTHOR, NotesFilter, NotesOrder
from serge_desktop.services.library_listing import LibrarySort, SummaryFilter, sort_summaries
from serge_desktop.services.scope import Scope
from serge_desktop.services.series_timeline import SeriesTimelineService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

BIG_SERIES = 200  # articles in the series whose timeline is measured
SERIES_SIZE = 20  # articles in each other series; a tenth of the library is in none
RETOLD_SHARE = 0.2  # events of the big series told again by another of its articles
AUTHORS = tuple(f"{first} {last}" for first in ("Ida", "Jean", "Rosa", "Paul", "Anna") for last in (
    "Mett", "Rous", "Martinet", "Paz", "Gorkin", "Serge", "Harman", "Weissman", "Cotterill", "Dray"
))  # fmt: skip
GOALS_MS = {"library_list": 50.0, "filter_keystroke": 50.0, "all_notes_first_screen": 100.0}
REPEATS = 15


def figure(calls: list[Callable[[], object]]) -> dict[str, float]:
    """Wall-clock milliseconds of each call (median, p95, worst) and the median CPU time.

    Every engineer shares this machine's two cores: CPU time says what a call costs whatever
    else runs, wall time what a reader would wait at that load (reported beside it).
    """
    wall, cpu = [], []
    for call in calls:
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return {**ms_summary(wall), "cpu_p50_ms": round(statistics.median(cpu) * 1000, 2)}


def repeat(call: Callable[[], object], times: int = REPEATS) -> list[Callable[[], object]]:
    return [call] * times


def dress_library(workspace: Workspace, rng: random.Random) -> int:
    """Give the articles series, parts, authors, dates and languages; return the big series."""
    ids = [a.id for a in m.Article.select(m.Article.id).order_by(m.Article.id)]
    with write_transaction(m.database_proxy.obj):
        big = m.Series.create(name="The socialists who opposed Stalin (bench)", position=1)
        series_of = {
            article_id: (big.id, part) for part, article_id in enumerate(ids[:BIG_SERIES], 1)
        }
        rest = ids[BIG_SERIES:]
        in_series = rest[: len(rest) - len(ids) // 10]
        for start in range(0, len(in_series), SERIES_SIZE):
            series = m.Series.create(name=f"Series {start // SERIES_SIZE + 1}", position=start + 2)
            for part, article_id in enumerate(in_series[start : start + SERIES_SIZE], 1):
                series_of[article_id] = (series.id, part)
        for article_id in ids:
            series_id, part = series_of.get(article_id, (None, None))
            m.Article.update(
                series=series_id,
                part=part,
                author=rng.choice(AUTHORS),
                published=_date(rng),
                language=rng.choice(("en", "en", "en", "fr")),
            ).where(m.Article.id == article_id).execute()
        _retell_events(ids[:BIG_SERIES], rng)
    return int(big.id)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1968, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _retell_events(series_ids: list[int], rng: random.Random) -> None:
    """Copy some events to another article of the series, as a second telling would.

    Reworded a little, and a year off three times in ten (a conflict).
    """
    events = list(m.TimelineEvent.select().where(m.TimelineEvent.article.in_(series_ids)))
    rows = []
    for event in rng.sample(events, int(len(events) * RETOLD_SHARE)):
        other = rng.choice([i for i in series_ids if i != event.article_id])
        edtf = event.edtf
        if rng.random() < 0.3 and edtf[:4].isdigit() and "/" not in edtf:
            edtf = f"{int(edtf[:4]) + rng.choice((-1, 1)):04d}{edtf[4:]}"
        words = event.label.split()
        if len(words) > 2:  # reworded: a word left out, as another writer would put it
            del words[rng.randrange(1, len(words))]
        rows.append({
            "article": other, "revision": m.Revision.get(m.Revision.article == other).id,
            "edtf": edtf, "date_text": edtf, "label": " ".join(words),
            "category": event.category, "is_context": False, "quote": "", "prefix": "",
            "suffix": "", "start": 0, "end": 0, "position": 1000, "placement": "unplaced",
        })  # fmt: skip
    for start in range(0, len(rows), 200):
        m.TimelineEvent.insert_many(rows[start : start + 200]).execute()


def measure(workspace: Workspace, big_series: int, rng: random.Random) -> dict[str, Any]:
    library = workspace.library
    rows = library.list_articles()
    typed = SummaryFilter(rows)
    word = max(rows[len(rows) // 2].title.split(), key=len).lower()
    keystrokes = [word[:n] for n in range(1, len(word) + 1)]
    notes = workspace.all_notes
    colour_filter = NotesFilter(color="green")
    tag = m.Tag.select(m.Tag.name).order_by(m.Tag.id).first()
    tag_filter = NotesFilter(tag=tag.name if tag is not None else "none")
    series_timeline = workspace.series_timeline
    timeline = series_timeline.timeline(Scope.series(big_series))
    by_series = Scope.series(big_series)
    figures: dict[str, Any] = {
        "library_list": figure(repeat(library.list_articles)),
        "library_list_by_series": figure(
            repeat(lambda: library.list_articles(sort=LibrarySort.SERIES))
        ),
        # A keystroke in the window: the rows are loaded and folded once (SummaryFilter, as the
        # window's filter proxy keeps them); each keystroke filters them in memory.
        "filter_keystroke": figure([lambda q=q: typed.matching(q) for q in keystrokes * 3]),
        "filter_rows_folded_once": figure(repeat(lambda: SummaryFilter(rows), 5)),
        # The same through the service (a fresh query each keystroke), for the command line.
        "filter_keystroke_query": figure(
            [lambda q=q: library.list_articles(query=q) for q in keystrokes]
        ),
        "sort_by_date": figure(repeat(lambda: sort_summaries(rows, LibrarySort.DATE))),
        "all_notes_first_screen": figure(repeat(notes.page)),
        "all_notes_first_screen_by_article": figure(
            repeat(lambda: notes.page(order=NotesOrder.ARTICLE))
        ),
        "all_notes_first_screen_every_author": figure(
            repeat(lambda: notes.page(NotesFilter(author=ANY_AUTHOR)))
        ),
        "all_notes_first_screen_colour": figure(repeat(lambda: notes.page(colour_filter))),
        "all_notes_first_screen_tag_by_article": figure(
            repeat(lambda: notes.page(tag_filter, order=NotesOrder.ARTICLE))
        ),
        # Built from the library each time (a new service holds no timeline yet), then again
        # from the one kept while the library is unchanged (showing or hiding a band).
        "series_timeline_data": figure(
            repeat(lambda: SeriesTimelineService(m.database_proxy.obj).timeline(by_series), 5)
        ),
        "series_timeline_data_unchanged": figure(
            repeat(lambda: series_timeline.timeline(by_series), 5)
        ),
        "series_timeline": {
            "articles": len(timeline.bands),
            "events_told": sum(len(e.claims) for e in timeline.events),
            "events_drawn": len(timeline.events),
            "merged": sum(1 for e in timeline.events if len(e.claims) > 1),
            "conflicts": len(timeline.conflicts),
        },
    }
    figures["goals_ms"] = GOALS_MS
    # Met when the median CPU time is within the goal: wall time on a machine others share
    # says as much about their work as about ours (both are reported).
    figures["met"] = {name: figures[name]["cpu_p50_ms"] < goal for name, goal in GOALS_MS.items()}
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000, help="articles in the big library")
    args = parser.parse_args()
    rng = random.Random(14)
    with tempfile.TemporaryDirectory(prefix="serge-bench-library-") as scratch:
        folder = copy_library(args.size, Path(scratch))
        with Workspace(folder) as workspace:
            workspace.keeps_backups = False
            big_series = dress_library(workspace, rng)
            counts = {
                "articles": m.Article.select().count(),
                "notes": m.Note.select().count(),
                "events": m.TimelineEvent.select().count(),
                "series": m.Series.select().count(),
            }
            figures = measure(workspace, big_series, rng)
    result = {"benchmark": "library", "machine": machine(), "library": counts, **figures}
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
