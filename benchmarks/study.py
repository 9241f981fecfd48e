"""`make bench`: studying with 50,000 cards and 500,000 graded reviews in the big library (JSON).

The cards are made in bulk on a private copy of the 1,000-article library: a "When?" card for
each of its 20,000 events and a card for 30,000 of its notes, in every state a reader's deck
has (new, learning, in review with dates spread over the past week and the next two months,
suspended), and 500,000 reviews spread over a year. Then the services the review window calls
are timed as it calls them: the next card (with its face and the four buttons' intervals), the
due counts per article and series, the statistics, a grade and its undo, a page of the browser.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median as statistics_median
from typing import Any

from bench_common import machine, ms_summary, timed
from big_library import copy_library, facts

from serge_desktop.core.cards_guid import card_guid
from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.browser import CardFilter
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

CARDS = 50_000
REVIEWS = 500_000
REPEATS = 50
GOALS_MS = {"next_card": 5.0, "due_counts": 20.0, "statistics": 200.0}
BATCH = 500


def fill_cards(rng: random.Random, now: int) -> dict[str, int]:
    """CARDS cards and REVIEWS reviews, inserted in bulk (timing is not what is measured here)."""
    m.Card.delete().execute()  # the seed's own, made on import: every card is made here
    events = [row[0] for row in m.TimelineEvent.select(m.TimelineEvent.id).tuples()]
    articles_of = dict(m.TimelineEvent.select(m.TimelineEvent.id, m.TimelineEvent.article).tuples())
    notes = list(m.Note.select(m.Note.id, m.Note.article).where(m.Note.quote != "").tuples())
    rng.shuffle(notes)
    sources = [("when", articles_of[e], None, e) for e in events]
    sources += [("cloze", a, n, None) for n, a in notes[: CARDS - len(sources)]]
    rows = []
    for index, (kind, article, note, event) in enumerate(sources):
        roll = rng.random()
        if roll < 0.2:
            phase, due, stability, last = 0, now - rng.randrange(86_400 * 30), None, None
        elif roll < 0.25:
            phase, due, stability, last = 1, now + rng.randrange(-3600, 600), 1.0, now - 600
        else:
            phase = 2
            due = now + rng.randrange(-7 * 86_400, 60 * 86_400)
            stability = rng.uniform(1, 200)
            last = due - int(stability * 86_400)
        rows.append(
            {
                "guid": card_guid("bench", kind, index),
                "kind": kind,
                "article": article,
                "note": note,
                "event": event,
                "is_suspended": rng.random() < 0.02,
                "created_at": m.utc_now(),
                "phase": phase,
                "stability": stability,
                "difficulty": None if stability is None else rng.uniform(1, 10),
                "due_at": due,
                "last_review_at": last,
                "reps": 0 if phase == 0 else 10,
            }
        )
    for start in range(0, len(rows), BATCH):
        m.Card.insert_many(rows[start : start + BATCH]).execute()
    card_ids = [row[0] for row in m.Card.select(m.Card.id).where(m.Card.phase != 0).tuples()]
    year_ms = 365 * 86_400_000
    reviews = []
    for _ in range(REVIEWS):
        reviews.append(
            {
                "card": rng.choice(card_ids),
                "reviewed_at": now * 1000 - rng.randrange(year_ms),
                "grade": rng.choices((1, 2, 3, 4), (10, 10, 70, 10))[0],
                "duration_ms": rng.randrange(2000, 20000),
                "phase_before": rng.choice((0, 1, 2, 2, 2)),
                "due_at_before": now,
            }
        )
        if len(reviews) == BATCH:
            m.CardReview.insert_many(reviews).execute()
            reviews.clear()
    if reviews:
        m.CardReview.insert_many(reviews).execute()
    return {"cards": m.Card.select().count(), "reviews": m.CardReview.select().count()}


def cpu_ms(action: Callable[[], object], repeats: int) -> float:
    """The median CPU time of one call, in milliseconds (this process's own work only)."""
    samples = []
    for _ in range(repeats):
        started = time.process_time()
        action()
        samples.append(time.process_time() - started)
    return round(statistics_median(samples) * 1000, 2)


def measure(folder: Path) -> dict[str, Any]:
    with Workspace(folder) as workspace:
        workspace.keeps_backups = False
        db = m.database_proxy.obj
        started = time.perf_counter()
        with write_transaction(db):
            # The big library was made without the cards' hooks: mark it done, as the cards
            # are put in here by hand.
            m.Setting.insert(
                key="cards_made_for_library", value="1"
            ).on_conflict_replace().execute()
            counts = fill_cards(random.Random(16), int(time.time()))
        db.execute_sql("PRAGMA optimize")
        fill_s = time.perf_counter() - started
        study, cards, statistics = workspace.study, workspace.cards, workspace.study_statistics
        one_article = facts(folder)["highlighted_slug"]
        article_id = workspace.library.get_summary(one_article).id
        for _ in range(3):  # warm SQLite's page cache, as a session would
            study.next_card(), study.due_counts(), statistics.statistics()
        # CPU time too: on a machine shared by many, wall time measures the others' load.
        cpu = {
            "next_card": cpu_ms(study.next_card, REPEATS),
            "due_counts": cpu_ms(study.due_counts, REPEATS),
            "statistics": cpu_ms(statistics.statistics, 10),
        }
        next_card = [timed(study.next_card) for _ in range(REPEATS)]
        next_in_article = [
            timed(lambda: study.next_card(article_ids=[article_id])) for _ in range(REPEATS)
        ]
        due_counts = [timed(study.due_counts) for _ in range(REPEATS)]
        stats = [timed(statistics.statistics) for _ in range(10)]
        grades = []
        for _ in range(20):
            card = study.next_card()
            assert card is not None
            began = time.perf_counter()
            outcome = study.grade(card_id=card.card_id, grade=Grade.GOOD)
            study.undo_grade(review_id=outcome.review_id)
            grades.append(time.perf_counter() - began)
        page = [
            timed(lambda: cards.list_cards(CardFilter(state="due"), limit=200)) for _ in range(10)
        ]
    return {
        **counts,
        "fill_s": round(fill_s, 1),
        "next_card": ms_summary(next_card),
        "next_card_one_article": ms_summary(next_in_article),
        "due_counts": ms_summary(due_counts),
        "statistics": ms_summary(stats),
        "grade_and_undo": ms_summary(grades),
        "browser_page_of_due": ms_summary(page),
        "cpu_p50_ms": cpu,
        "goals_p95_ms": GOALS_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000, help="library size in articles")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="serge-bench-study-") as root:
        folder = copy_library(options.size, Path(root))
        report = {
            "benchmark": "study",
            "machine": machine(),
            "library": {k: v for k, v in facts(folder).items() if k in ("size", "notes", "events")},
            **measure(folder),
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
