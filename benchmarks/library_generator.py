"""A large generated library for the benchmarks: articles the size of the seed and many notes."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"
WORD = re.compile(r"\w+")
# Words with accents the seed lacks, so folded searches have something to find.
ACCENTED = ("Kibaltchiché", "café", "émigré", "Zürich", "Malraux-à-Paris", "Liège", "naïve")
NOTE_BATCH = 500  # rows per INSERT: under SQLite's limit of host parameters per statement


def generate_library(
    data_dir: Path, *, articles: int = 1000, notes: int = 100_000, seed: int = 1
) -> dict[str, object]:
    """Fill a new data folder; return how long each part took and what was made.

    Articles go through the real importer (parsing, revisions, events, the search triggers),
    one transaction each, as a reader's imports would. Notes are inserted in bulk through the
    peewee models in one transaction: 100,000 NotesService calls would each wait for an fsync
    (synchronous=FULL) and take many minutes without measuring anything about search. The
    search index triggers still run for every note row.
    """
    rng = random.Random(seed)
    started = time.perf_counter()
    with Workspace(data_dir) as workspace:
        seed_view = workspace.library.article_view(SEED_SLUG)
        paragraphs = [p.text for p in seed_view.paragraphs]
        vocabulary = sorted({w for w in WORD.findall(seed_view.body) if len(w) > 2})
        vocabulary += ACCENTED
        for number in range(1, articles):  # the bundled seed is the first
            text = _article_markdown(number, paragraphs, vocabulary, rng)
            workspace.importer.import_bytes(text.encode("utf-8"), source_name=f"gen-{number}.md")
        articles_done = time.perf_counter()
        _insert_notes(notes, vocabulary, rng)
        notes_done = time.perf_counter()
        counts = {
            "articles": m.Article.select().count(),
            "notes": m.Note.select().count(),
            "events": m.TimelineEvent.select().count(),
        }
    return {
        **counts,
        "article_import_s": round(articles_done - started, 1),
        "note_insert_s": round(notes_done - articles_done, 1),
        "generation_s": round(notes_done - started, 1),
        "database_mb": round(_size(data_dir) / 1e6, 1),
    }


def _article_markdown(
    number: int, paragraphs: list[str], vocabulary: list[str], rng: random.Random
) -> str:
    # The seed's paragraphs with their words shuffled and a few swapped for others: the same
    # size and word frequencies as the seed, different enough that each is its own article.
    shuffled = []
    for paragraph in paragraphs:
        words = [w.strip("*_#>`[]") for w in paragraph.split()]
        rng.shuffle(words)
        for index in rng.sample(range(len(words)), k=max(1, len(words) // 10)):
            words[index] = rng.choice(vocabulary)
        shuffled.append(" ".join(w for w in words if w))
    title = f"{rng.choice(vocabulary).capitalize()} {rng.choice(vocabulary)} {number}"
    return f"# {title}\n\n" + "\n\n".join(shuffled) + "\n"


def _insert_notes(count: int, vocabulary: list[str], rng: random.Random) -> None:
    revisions = list(m.Revision.select(m.Revision.id, m.Revision.article, m.Revision.body))
    rows = []
    for _ in range(count):
        revision = rng.choice(revisions)
        body = revision.body
        start = rng.randrange(0, len(body) - 80)
        end = start + rng.randrange(20, 80)
        rows.append(
            {
                "article": revision.article_id,
                "revision": revision.id,
                "quote": body[start:end],
                "prefix": body[max(0, start - 32) : start],
                "suffix": body[end : end + 32],
                "start": start,
                "end": end,
                "body": " ".join(rng.choices(vocabulary, k=rng.randrange(0, 40))),
                "color": rng.choice((None, "yellow", "green", "blue", "pink", "purple")),
            }
        )
    with write_transaction(m.database_proxy.obj):
        for offset in range(0, len(rows), NOTE_BATCH):
            m.Note.insert_many(rows[offset : offset + NOTE_BATCH]).execute()


def _size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir() if path.is_file())
