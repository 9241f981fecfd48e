"""`make bench`: exports of 2,000 and 40,000 notes to PDF, ODT and Word, as JSON.

Each note has generated text (Markdown now and then) and tags, and quotes its article; 2,000
notes are one article's, 40,000 twenty articles' (2,000 each). Times are the export as the
command line runs it: gathering the notes, then laying out and writing the file. Each format
must take under a second for 2,000 notes and grow linearly: 40,000 notes about 20 times as long.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import machine
from library_text import ProseWriter, build_vocabulary

from serge_desktop.core.anchoring import make_anchor
from serge_desktop.services.exports.content import gather_content
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.exports.writers import write_file
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from serge_desktop.ui.features.export.documents import export_document

NOTES_PER_ARTICLE = 2000
ARTICLES = 20
FORMATS = ("pdf", "odt", "docx")
GOAL_S = 1.0


def fill(workspace: Workspace, rng: random.Random) -> list[str]:
    """ARTICLES generated articles with NOTES_PER_ARTICLE notes each; returns their slugs."""
    seed = workspace.library.article_view("he-found-the-seeds-of-hope-in-russia")
    writer = ProseWriter(build_vocabulary(seed.body, rng), rng)
    slugs = []
    for number in range(ARTICLES):
        writer.new_topic()
        text = f"# {writer.headline()} {number}\n\n" + "\n\n".join(writer.article(3000)) + "\n"
        slugs.append(
            workspace.importer.import_bytes(text.encode(), source_name="a.md").article.slug
        )
    tags = [{"name": word} for word in writer.vocabulary.words[200:230]]
    with write_transaction(m.database_proxy.obj):
        m.Tag.insert_many(tags).execute()
    tag_ids = [tag.id for tag in m.Tag.select(m.Tag.id)]
    for slug in slugs:
        view = workspace.library.article_view(slug)
        rows = []
        for _ in range(NOTES_PER_ARTICLE):
            start = rng.randrange(len(view.body) - 200)
            anchor = make_anchor(view.body, start, start + rng.randrange(20, 160))
            rows.append(
                {
                    "article": view.id, "revision": view.revision_id, "quote": anchor.quote,
                    "prefix": anchor.prefix, "suffix": anchor.suffix, "start": anchor.start,
                    "end": anchor.end, "body": writer.note(),
                    "color": rng.choice((None, "yellow", "green", "blue", "pink")),
                }
            )  # fmt: skip
        with write_transaction(m.database_proxy.obj):
            first = (m.Note.select(m.Note.id).order_by(m.Note.id.desc()).scalar() or 0) + 1
            for offset in range(0, len(rows), 500):
                m.Note.insert_many(rows[offset : offset + 500]).execute()
            links = [
                {"note": note_id, "tag": rng.choice(tag_ids)}
                for note_id in range(first, first + len(rows))
                if rng.random() < 0.5
            ]
            for offset in range(0, len(links), 500):
                m.NoteTag.insert_many(links[offset : offset + 500]).execute()
    return slugs


def export(workspace: Workspace, slugs: list[str], fmt: str, folder: Path) -> dict[str, Any]:
    options = ExportOptions(format=fmt, article_slugs=tuple(slugs))
    started, cpu = time.perf_counter(), time.process_time()
    content = gather_content(workspace, options)
    gathered = time.perf_counter()
    path = folder / f"export-{len(slugs)}{options.extension}"
    if fmt in ("pdf", "odt"):
        export_document(content, path, force=True)
    else:
        write_file(content, path, force=True)
    return {
        "notes": len(content.notes),
        "gather_s": round(gathered - started, 3),
        "total_s": round(time.perf_counter() - started, 3),
        "total_cpu_s": round(time.process_time() - cpu, 3),
        "file_mb": round(path.stat().st_size / 1e6, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--large", type=int, default=ARTICLES, help="articles in the large export")
    options = parser.parse_args()
    rng = random.Random(2000)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="serge-bench-exports-") as root:
        folder = Path(root)
        with Workspace(folder / "data") as workspace:
            workspace.keeps_backups = False
            slugs = fill(workspace, rng)
            for fmt in options.formats.split(","):
                small = export(workspace, slugs[:1], fmt, folder)
                large = export(workspace, slugs[: options.large], fmt, folder)
                results[fmt] = {
                    "small": small,
                    "large": large,
                    "growth": round(large["total_s"] / small["total_s"], 1),
                    "notes_ratio": round(large["notes"] / small["notes"], 1),
                }
    report = {
        "benchmark": "exports",
        "machine": machine(),
        "formats": results,
        "goal_small_s": GOAL_S,
        "goal": "each under a second for 2,000 notes; growth close to the notes ratio",
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
