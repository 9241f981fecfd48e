"""`make bench`: how many notes land on the right passage after the seed's words change (JSON)."""

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

from serge_desktop.core.anchoring import make_anchor
from serge_desktop.core.reanchoring import Reanchorer
from serge_desktop.services.workspace import Workspace

SLUG = "he-found-the-seeds-of-hope-in-russia"
WORD = re.compile(r"\w+")
GOAL_RIGHT_SHARE = 0.98
# A note is "right" when it is placed and its new span and the span its original words went to
# (from where its first word went to where its last word went; a replaced word goes to its
# replacement) overlap by at least 80% of each: it covers what survived of the passage and does
# not spill far past it. An unplaced note is not right, but it is not lost either.
MIN_OVERLAP = 0.8


def change_words(
    body: str, share: float, rng: random.Random
) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]], int]:
    """Replace a share of the words by other words of the same text.

    Returns the new text, every word's span before and after, and how many words changed.
    Words of the article itself make the hardest replacements: a changed passage can look like
    another part of the text.
    """
    words = [(m.start(), m.end()) for m in WORD.finditer(body)]
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


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--seed", type=int, default=1929)
    options.add_argument("--notes", type=int, default=200)
    options.add_argument("--change", type=float, default=0.05, help="share of words replaced")
    args = options.parse_args()
    rng = random.Random(args.seed)
    with (
        tempfile.TemporaryDirectory(prefix="serge-reanchor-") as folder,
        Workspace(Path(folder) / "data") as workspace,
    ):
        view = workspace.library.article_view(SLUG)
        new_body, words, moved, changed = change_words(view.body, args.change, rng)
        spans = []  # (first word, last word) of each note: random spans of 3 to 25 words
        for _ in range(args.notes):
            length = rng.randint(3, 25)
            first = rng.randrange(0, len(words) - length + 1)
            spans.append((first, first + length - 1))
        ids = [
            workspace.notes.create_note(
                article_id=view.id,
                revision_id=view.revision_id,
                start=words[first][0],
                end=words[last][1],
            ).id
            for first, last in spans
        ]
        anchors = [make_anchor(view.body, words[first][0], words[last][1]) for first, last in spans]
        # The changed text goes in as Markdown, a format that keeps a body exactly as written.
        source = Path(folder) / "changed.md"
        source.write_text(f"# {view.headline}\n\n{new_body}\n", encoding="utf-8")
        started = time.perf_counter()
        outcome = workspace.importer.update_file(source)
        import_ms = (time.perf_counter() - started) * 1000
        if workspace.library.article_view(SLUG).body != new_body:
            print("benchmark error: the changed text did not import as written", file=sys.stderr)
            return 1
        notes = {note.id: note for note in workspace.notes.list_notes(view.id)}
        events = Counter(e.placement for e in workspace.timeline.list_events(view.id))
        right = sum(
            1
            for note_id, (first, last) in zip(ids, spans, strict=True)
            if note_id in notes
            and notes[note_id].is_placed
            and is_right(
                (notes[note_id].start, notes[note_id].end), (moved[first][0], moved[last][1])
            )
        )
        started = time.perf_counter()
        placer = Reanchorer(new_body)
        for anchor in anchors:
            placer.place(anchor)
        reanchor_ms = (time.perf_counter() - started) * 1000
    figures = {
        "benchmark": "reanchor_seed_after_changed_words",
        "seed": args.seed,
        "words": len(words),
        "words_changed": changed,
        "notes": len(ids),
        "right": right,
        "right_share": round(right / len(ids), 4),
        "goal_right_share": GOAL_RIGHT_SHARE,
        "lost": sum(1 for note_id in ids if note_id not in notes),
        "placements": outcome.placements,
        "event_placements": dict(sorted(events.items())),
        "reanchor_ms": round(reanchor_ms, 1),
        "import_with_reanchoring_ms": round(import_ms, 1),
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
