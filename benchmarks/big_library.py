"""The benchmarks' big library, built once per size and cached under build/bench/.

Every benchmark that needs a realistic library uses this small API:

    from big_library import copy_library, ensure_library, facts
    folder = ensure_library(1000)        # the cached data folder; read it, never write to it
    mine = copy_library(1000, tmp_path)  # a private copy, for a benchmark that writes
    facts(folder)["highlighted_slug"]    # what the library holds (its manifest, as a dict)

Sizes are counted in articles (SIZES); each holds 100 notes and 20 timeline events per article
(1,000 articles: 100,000 notes, 20,000 events), and one article carries 2,000 highlights. The
bundled seed article is the first, as in a reader's library, with about a hundred notes.
Text comes from ``library_text`` (a Zipf-distributed vocabulary), so queries hit a realistic
share of documents.

Articles go in through the importer's own parsing and writing code (``prepare_bytes`` and
``create_article``), events and notes through the peewee models, a few hundred per
transaction, so the search triggers index every row as they would in use. The cache folder is
named after the size, ``GENERATOR_VERSION`` and the schema version: change what is generated,
raise the version; a new migration rebuilds it by itself. ``SERGE_BENCH_CACHE`` points the
cache elsewhere (to share one between worktrees).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from library_text import ProseWriter, build_vocabulary

from serge_desktop.core.anchoring import make_anchor
from serge_desktop.core.date_words import date_in_words
from serge_desktop.core.slugs import slugify, unique_slug
from serge_desktop.services.article_writer import create_article
from serge_desktop.services.importer import prepare_bytes
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from serge_desktop.storage.migrations.runner import LATEST_VERSION

GENERATOR_VERSION = 1
SIZES = (100, 1000, 10_000)
NOTES_PER_ARTICLE = 100
EVENTS_PER_ARTICLE = 20
HIGHLIGHTS = 2000
SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"
DATABASE = "library.sqlite3"
MANIFEST = "bench-library.json"
ROOT = Path(__file__).resolve().parent.parent
BATCH = 200  # rows per INSERT and articles per transaction
CATEGORIES = ("life", "politics", "writing", "exile")
COLOURS = ("yellow", "green", "blue", "pink", "purple")
SENTENCE = re.compile(r"[^\s][^.?!\n]{20,300}[.?!]")
WORD_START = re.compile(r"\b\w")


def cache_root() -> Path:
    return Path(os.environ.get("SERGE_BENCH_CACHE") or ROOT / "build" / "bench")


def library_folder(articles: int) -> Path:
    name = f"library-{articles}-g{GENERATOR_VERSION}-s{LATEST_VERSION}"
    return cache_root() / name


def ensure_library(articles: int = 1000) -> Path:
    """The data folder of the big library of ``articles`` articles, built if not cached."""
    folder = library_folder(articles)
    if (folder / MANIFEST).is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = folder.with_name(f".{folder.name}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    print(f"big_library: building {articles:,} articles into {folder} …", file=sys.stderr)
    manifest = _build(building, articles)
    (building / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    if (folder / MANIFEST).is_file():  # another process finished first: keep its copy
        shutil.rmtree(building)
    else:
        shutil.rmtree(folder, ignore_errors=True)  # a half-built leftover without a manifest
        building.rename(folder)
    print(f"big_library: built in {manifest['build_s']} s", file=sys.stderr)
    return folder


def copy_library(articles: int, into: Path) -> Path:
    """A private copy of the big library's data folder inside ``into``; returns its path."""
    source = ensure_library(articles)
    target = into / source.name
    target.mkdir(parents=True)
    shutil.copy2(source / DATABASE, target / DATABASE)
    shutil.copy2(source / MANIFEST, target / MANIFEST)
    return target


def facts(folder: Path) -> dict[str, Any]:
    """The manifest: sizes, counts, slugs of the seed and the highlighted article, build time."""
    loaded: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return loaded


def _build(folder: Path, articles: int) -> dict[str, Any]:
    started = time.perf_counter()
    rng = random.Random(1929 + articles)
    with Workspace(folder) as workspace:
        workspace.keeps_backups = False  # a benchmark library needs no daily copy of itself
        db = m.database_proxy.obj
        # A library that is thrown away if the build fails needs no fsync per transaction.
        db.execute_sql("PRAGMA synchronous = OFF")
        seed = workspace.library.article_view(SEED_SLUG)
        writer = ProseWriter(build_vocabulary(seed.body, rng), rng)
        highlighted = _write_articles(workspace, writer, articles - 1)
        articles_done = time.perf_counter()
        _write_events(writer, rng)
        events_done = time.perf_counter()
        _write_notes(writer, rng, total=NOTES_PER_ARTICLE * articles, highlighted=highlighted)
        notes_done = time.perf_counter()
        counts = {
            "articles": m.Article.select().count(),
            "notes": m.Note.select().count(),
            "events": m.TimelineEvent.select().count(),
            "tags": m.Tag.select().count(),
            "highlights_on_highlighted": m.Note.select()
            .join(m.Article)
            .where(m.Article.slug == highlighted)
            .count(),
        }
        db.execute_sql("PRAGMA optimize")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {
        "generator_version": GENERATOR_VERSION,
        "schema_version": LATEST_VERSION,
        "size": articles,
        **counts,
        "seed_slug": SEED_SLUG,
        "highlighted_slug": highlighted,
        "database_mb": round((folder / DATABASE).stat().st_size / 1e6, 1),
        "articles_s": round(articles_done - started, 1),
        "events_s": round(events_done - articles_done, 1),
        "notes_s": round(notes_done - events_done, 1),
        "build_s": round(time.perf_counter() - started, 1),
    }


def _write_articles(workspace: Workspace, writer: ProseWriter, count: int) -> str:
    """Articles of realistic lengths in batches; returns the slug of the highlighted one."""
    slugs = {a.slug for a in m.Article.select(m.Article.slug)}
    headlines = {a.headline for a in m.Article.select(m.Article.headline)}
    rng = writer.rng
    highlighted = ""
    db = m.database_proxy.obj
    for first in range(0, count, BATCH):
        prepared = []
        for number in range(first, min(count, first + BATCH)):
            writer.new_topic()
            headline = writer.headline()
            while headline in headlines:
                headline = writer.headline()
            headlines.add(headline)
            # Long-form articles: a median of about 1,200 words, a few of several thousand.
            words = min(8000, max(250, int(rng.lognormvariate(7.1, 0.55))))
            source = f"# {headline}\n\n" + "\n\n".join(writer.article(words)) + "\n"
            prepared.append(prepare_bytes(source.encode(), source_name=f"article-{number}.md"))
        with write_transaction(db):
            for p in prepared:
                slug = unique_slug(slugify(p.parsed.headline), slugs)
                slugs.add(slug)
                create_article(slug, p.parsed, p.decoded, p.raw, p.source_name, None, ())
                highlighted = highlighted or slug
    return highlighted


def _bodies() -> list[tuple[int, int, str]]:
    query = m.Revision.select(m.Revision.article, m.Revision.id, m.Revision.body)
    return [(r.article_id, r.id, r.body) for r in query.order_by(m.Revision.article)]


def _write_events(writer: ProseWriter, rng: random.Random) -> None:
    """Dated events on every generated article, each anchored to one of its sentences."""
    rows: list[dict[str, Any]] = []
    for article_id, revision_id, body in _bodies():
        if article_id == 1:
            continue  # the seed keeps its curated timeline
        sentences = [(s.start(), s.end()) for s in SENTENCE.finditer(body)]
        for position, (start, end) in enumerate(
            sorted(rng.sample(sentences, min(EVENTS_PER_ARTICLE, len(sentences))))
        ):
            anchor = make_anchor(body, start, end)
            edtf = _edtf(rng)
            rows.append(
                {
                    "article": article_id, "revision": revision_id, "edtf": edtf,
                    "date_text": date_in_words(edtf), "label": writer.headline(),
                    "category": rng.choice(CATEGORIES), "is_context": rng.random() < 0.1,
                    "quote": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix,
                    "start": anchor.start, "end": anchor.end, "position": position,
                }
            )  # fmt: skip
    _insert(m.TimelineEvent, rows)


def _edtf(rng: random.Random) -> str:
    """A date as articles give them: years, months, days, decades, spans, approximations."""
    year = rng.randint(1800, 1999)
    kind = rng.random()
    if kind < 0.35:
        return str(year)
    if kind < 0.55:
        return f"{year}-{rng.randint(1, 12):02d}"
    if kind < 0.70:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind < 0.80:
        return f"{year}/{year + rng.randint(1, 12)}"
    if kind < 0.90:
        return f"{year}~"
    return f"{str(year)[:3]}X"


def _write_notes(writer: ProseWriter, rng: random.Random, *, total: int, highlighted: str) -> None:
    """Notes spread unevenly over the articles, as readers annotate some far more than others."""
    bodies = _bodies()
    highlighted_id = m.Article.get(m.Article.slug == highlighted).id
    events = _events_by_article()
    # Pareto weights: most articles have a few notes, some a great many. The seed gets the
    # average, so the article the window opens on is a typical one.
    weights = [rng.paretovariate(1.3) for _ in bodies]
    for index, (article_id, _revision, _body) in enumerate(bodies):
        if article_id == 1:
            weights[index] = sum(weights) / len(weights)
        elif article_id == highlighted_id:
            weights[index] = 0.0
    others = total - HIGHLIGHTS
    chosen = [highlighted_id] * HIGHLIGHTS + rng.choices(
        [b[0] for b in bodies], weights=weights, k=others
    )
    by_id = {b[0]: b for b in bodies}
    tags = _write_tags(writer)
    moment = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
    step = dt.timedelta(days=3 * 365) / max(1, total)
    rows: list[dict[str, Any]] = []
    for number, article_id in enumerate(chosen):
        _article, revision_id, body = by_id[article_id]
        created = moment + step * number
        row = _note_row(writer, rng, body, always_colour=article_id == highlighted_id)
        row.update(article=article_id, revision=revision_id, created_at=created)
        row.update(event=None, deleted_at=None)
        row["updated_at"] = created + dt.timedelta(minutes=rng.choice((0, 0, 5, 600, 20000)))
        if rng.random() < 0.02 and events.get(article_id):
            row.update(quote="", prefix="", suffix="", start=0, end=0)
            row["event"] = rng.choice(events[article_id])
        if rng.random() < 0.02:
            row["deleted_at"] = row["updated_at"]
        rows.append(row)
    first_id = (m.Note.select(m.Note.id).order_by(m.Note.id.desc()).scalar() or 0) + 1
    for number, row in enumerate(rows):
        row["id"] = first_id + number
    tagged = _tag_rows(rng, tags, rows)
    db = m.database_proxy.obj
    for first in range(0, len(rows), BATCH * 10):
        batch = rows[first : first + BATCH * 10]
        with write_transaction(db):
            # Tags first, checked at commit: the note's search row is then written once, with
            # its tags, by the note's own trigger (each tag added later would rewrite it).
            db.execute_sql("PRAGMA defer_foreign_keys = ON")
            _insert_rows(m.NoteTag, [t for row in batch for t in tagged.get(row["id"], ())])
            _insert_rows(m.Note, batch)


def _note_row(
    writer: ProseWriter, rng: random.Random, body: str, *, always_colour: bool
) -> dict[str, Any]:
    if not always_colour and rng.random() < 0.03:  # a note on the whole article
        return {"quote": "", "prefix": "", "suffix": "", "start": 0, "end": 0,
                "body": writer.note() or "On the whole article.", "color": None}  # fmt: skip
    start = WORD_START.search(body, rng.randrange(len(body) - 50))
    begin = start.start() if start else 0
    end = min(len(body), begin + int(rng.lognormvariate(4.3, 0.7)))
    while end < len(body) and body[end].isalnum():
        end += 1  # a selection ends at the end of a word
    anchor = make_anchor(body, begin, end)
    colour = rng.choice(COLOURS) if always_colour or rng.random() < 0.7 else None
    return {
        "quote": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix,
        "start": anchor.start, "end": anchor.end,
        "body": writer.note() if not always_colour or rng.random() < 0.3 else "",
        "color": colour,
    }  # fmt: skip


def _events_by_article() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for event_id, article_id in m.TimelineEvent.select(
        m.TimelineEvent.id, m.TimelineEvent.article
    ).tuples():
        found.setdefault(article_id, []).append(event_id)
    return found


def _write_tags(writer: ProseWriter) -> list[int]:
    """A few hundred tags, some used often and most rarely."""
    names: list[str] = []
    seen: set[str] = set()
    for word in writer.vocabulary.words[150:]:
        if len(names) == 400:
            break
        if len(word) > 3 and word.casefold() not in seen:
            seen.add(word.casefold())
            names.append(word)
    _insert(m.Tag, [{"name": name} for name in names])
    return [tag.id for tag in m.Tag.select(m.Tag.id).order_by(m.Tag.id)]


def _tag_rows(
    rng: random.Random, tags: list[int], notes: list[dict[str, Any]]
) -> dict[int, list[dict[str, Any]]]:
    """Each note's tags: half have none, a few have three; popular tags far more often."""
    cumulative = []
    total = 0.0
    for rank in range(1, len(tags) + 1):
        total += 1.0 / rank
        cumulative.append(total)
    found: dict[int, list[dict[str, Any]]] = {}
    for row in notes:
        count = rng.choices((0, 1, 2, 3), (50, 30, 15, 5))[0]
        chosen = set(rng.choices(tags, cum_weights=cumulative, k=count))
        found[row["id"]] = [{"note": row["id"], "tag": tag_id} for tag_id in sorted(chosen)]
    return found


def _insert(model: type[m.BaseModel], rows: list[dict[str, Any]]) -> None:
    for first in range(0, len(rows), BATCH * 10):
        with write_transaction(m.database_proxy.obj):
            _insert_rows(model, rows[first : first + BATCH * 10])


def _insert_rows(model: type[m.BaseModel], rows: list[dict[str, Any]]) -> None:
    """Insert rows with executemany, each value converted by its peewee field as a save would.

    peewee's insert_many builds its SQL in Python, row by row, which took longer than SQLite
    itself; the values and the triggers are the same either way. An "id" in the rows is kept.
    """
    if not rows:
        return
    fields = [
        f
        for f in model._meta.sorted_fields
        if not (f.primary_key and f.name == "id" and "id" not in rows[0])
    ]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    defaults = {f.name: f.default for f in fields if f.default is not None}
    values = [tuple(f.db_value(_value(row, f.name, defaults)) for f in fields) for row in rows]
    m.database_proxy.obj.connection().executemany(sql, values)


def _value(row: dict[str, Any], name: str, defaults: dict[str, Any]) -> Any:
    if name in row:
        return row[name]
    default = defaults.get(name)
    return default() if callable(default) else default


if __name__ == "__main__":
    for size in [int(argument) for argument in sys.argv[1:]] or [1000]:
        print(json.dumps(facts(ensure_library(size)), indent=2))
