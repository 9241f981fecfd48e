"""`make bench`: re-anchoring, as JSON: how many notes land right, and how fast 20,000 go.

Accuracy: 200 notes on the seed, whose words are then changed (5% by default); a note is
"right" when its new span covers what survived of its passage (MIN_OVERLAP). Speed: 20,000
notes on a long generated article, re-anchored when a changed version of it is imported
(`import --update`: the placing, and writing every note back), and the placing alone.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench_common import machine
from library_text import ProseWriter, build_vocabulary

from serge_desktop.core.anchoring import make_anchor
from serge_desktop.core.reanchoring import Reanchorer
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

SLUG = "he-found-the-seeds-of-hope-in-russia"
WORD = re.compile(r"\w+")
GOAL_RIGHT_SHARE = 0.98
GOAL_SPEED_S = 3.0
# A note is "right" when it is placed and its new span and the span its original words went to
# (from where its first word went to where its last word went; a replaced word goes to its
# replacement) overlap by at least 80% of each: it covers what survived of the passage and does
# not spill far past it. An unplaced note is not right, but it is not lost either.
MIN_OVERLAP = 0.8
LONG_ARTICLE_WORDS = 8000


def change_words(
    body: str, share: float, rng: random.Random
) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]], int]:
    """Replace a share of the words by other words of the same text.

    Returns the new text, every word's span before and after, and how many words changed.
    Words of the article itself make the hardest replacements: a changed passage can look like
    another part of the text.
    """
    words = [(w.start(), w.end()) for w in WORD.finditer(body)]
    vocabulary = sorted({body[start:end] for start, end in words})
    changed = set(rng.sample(range(len(words)), round(share * len(words))))
    pieces, moved, position, length = [], [], 0, 0
    for index, (start, end) in enumerate(words):
        pieces.append(body[position:start])
        length += start - position
        word = body[start:end]
        if index in changed:
            word = rng.choice([other for other in vocabulary if other != word])
        moved.append((length, length + len(word)))
        pieces.append(word)
        length += len(word)
        position = end
    pieces.append(body[position:])
    return "".join(pieces), words, moved, len(changed)


def is_right(placed: tuple[int, int], expected: tuple[int, int]) -> bool:
    overlap = min(placed[1], expected[1]) - max(placed[0], expected[0])
    return overlap >= MIN_OVERLAP * (expected[1] - expected[0]) and overlap >= MIN_OVERLAP * (
        placed[1] - placed[0]
    )


def random_spans(words: int, count: int, rng: random.Random) -> list[tuple[int, int]]:
    """(first word, last word) of each note: random passages of 3 to 25 words."""
    spans = []
    for _ in range(count):
        length = rng.randint(3, 25)
        first = rng.randrange(0, words - length + 1)
        spans.append((first, first + length - 1))
    return spans


def add_notes(
    view: Any, body: str, words: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[int]:
    """The notes, written in bulk (the speed run would otherwise wait for 20,000 fsyncs)."""
    rows = []
    for first, last in spans:
        anchor = make_anchor(body, words[first][0], words[last][1])
        rows.append(
            {
                "article": view.id, "revision": view.revision_id, "quote": anchor.quote,
                "prefix": anchor.prefix, "suffix": anchor.suffix, "start": anchor.start,
                "end": anchor.end, "body": "",
            }
        )  # fmt: skip
    first_id = (m.Note.select(m.Note.id).order_by(m.Note.id.desc()).scalar() or 0) + 1
    with write_transaction(m.database_proxy.obj):
        for offset in range(0, len(rows), 500):
            m.Note.insert_many(rows[offset : offset + 500]).execute()
    return list(range(first_id, first_id + len(rows)))


def run(
    workspace: Workspace, folder: Path, slug: str, notes: int, share: float, rng: random.Random
) -> dict[str, Any]:
    """Add the notes, import the changed text, and report placements, accuracy and times."""
    view = workspace.library.article_view(slug)
    new_body, words, moved, changed = change_words(view.body, share, rng)
    spans = random_spans(len(words), notes, rng)
    ids = add_notes(view, view.body, words, spans)
    anchors = [make_anchor(view.body, words[first][0], words[last][1]) for first, last in spans]
    # The changed text goes in as Markdown, a format that keeps a body exactly as written.
    source = folder / f"{slug}-changed.md"
    source.write_text(f"# {view.headline}\n\n{new_body}\n", encoding="utf-8")
    started, cpu = time.perf_counter(), time.process_time()
    outcome = workspace.importer.update_file(source)
    import_s, import_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    if workspace.library.article_view(slug).body != new_body:
        raise SystemExit("benchmark error: the changed text did not import as written")
    placed = {note.id: note for note in workspace.notes.list_notes(view.id)}
    right = sum(
        1
        for note_id, (first, last) in zip(ids, spans, strict=True)
        if note_id in placed
        and placed[note_id].is_placed
        and is_right(
            (placed[note_id].start, placed[note_id].end), (moved[first][0], moved[last][1])
        )
    )
    started, cpu = time.perf_counter(), time.process_time()
    placer = Reanchorer(new_body, previous=view.body)  # as the import places them
    for anchor in anchors:
        placer.place(anchor)
    placing_s, placing_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    return {
        "words": len(words),
        "words_changed": changed,
        "notes": len(ids),
        "right": right,
        "right_share": round(right / len(ids), 4),
        "lost": sum(1 for note_id in ids if note_id not in placed),
        "placements": outcome.placements,
        "placing_only_s": round(placing_s, 3),
        "placing_only_cpu_s": round(placing_cpu_s, 3),
        "import_with_reanchoring_s": round(import_s, 3),
        "import_with_reanchoring_cpu_s": round(import_cpu_s, 3),
    }


def long_article_source(rng: random.Random, seed_body: str) -> bytes:
    """A long article in the benchmark library's vocabulary (about LONG_ARTICLE_WORDS words)."""
    writer = ProseWriter(build_vocabulary(seed_body, rng), rng)
    writer.new_topic()
    paragraphs = writer.article(LONG_ARTICLE_WORDS)
    return ("# A long article to re-anchor\n\n" + "\n\n".join(paragraphs) + "\n").encode()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--seed", type=int, default=1929)
    options.add_argument("--notes", type=int, default=200, help="notes on the seed (accuracy)")
    options.add_argument("--many", type=int, default=20_000, help="notes on the long article")
    options.add_argument("--change", type=float, default=0.05, help="share of words replaced")
    args = options.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="serge-reanchor-") as root:
        folder = Path(root)
        with Workspace(folder / "data") as workspace:
            workspace.keeps_backups = False  # a backup per import would be timed too
            accuracy = run(workspace, folder, SLUG, args.notes, args.change, rng)
            events = Counter(e.placement for e in workspace.timeline.list_events(1))
            seed_body = workspace.library.article_view(SLUG).body
            outcome = workspace.importer.import_bytes(
                long_article_source(rng, seed_body), source_name="long.md"
            )
            speed = run(workspace, folder, outcome.article.slug, args.many, args.change, rng)
    figures = {
        "benchmark": "reanchoring",
        "machine": machine(),
        "seed_accuracy": {**accuracy, "event_placements": dict(sorted(events.items()))},
        "goal_right_share": GOAL_RIGHT_SHARE,
        "many_notes": speed,
        "goal_import_with_reanchoring_s": GOAL_SPEED_S,
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
