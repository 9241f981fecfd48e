"""`make bench`: a batch import of 100 mixed files, with the time each format takes, as JSON.

The files are made from the samples the app ships (resources/samples) and a few generated text
articles: each copy gets its own title so that it becomes an article of its own. A PDF's title
is drawn on its first page, so the PDF copies (different bytes, the same title) become new
revisions of one article, which is what importing a corrected PDF does.
"""

from __future__ import annotations

import io
import itertools
import json
import statistics
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from serge_desktop.services.batch_import import BatchProgress, import_batch
from serge_desktop.services.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
FILES = 100
FORMATS = ("txt", "md", "html", "epub", "pdf", "docx", "odt")
# The member of each zip format that holds its title, and the title as the sample has it.
TITLED_MEMBERS = {
    "docx": (("docProps/core.xml", "word/document.xml"), "Letters from exile"),
    "odt": (("meta.xml", "content.xml"), "Letters from exile"),
    "epub": (("EPUB/content.opf",), "Voices from the margins"),
}
PARAGRAPH = (
    "In {year} the letters reached Paris by way of Brussels, and the friends who read them "
    "copied out the passages about the winter, the hunger and the books still unwritten. "
)


def text_article(number: int, markdown: bool) -> bytes:
    title = f"Letters, part {number}"
    paragraphs = [PARAGRAPH.format(year=1920 + (number + k) % 30) * 3 for k in range(12)]
    if markdown:
        body = "\n\n".join(f"Some *emphasis* here. {p}" for p in paragraphs)
        return f"# {title}\n\n## A subtitle\n\n{body}\n".encode()
    return (title + "\n\n" + "\n\n".join(paragraphs) + "\n").encode()


def retitled_zip(sample: Path, members: tuple[str, ...], old: str, new: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(sample) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename in members:
                data = data.replace(old.encode(), new.encode())
            target.writestr(info, data)
    return out.getvalue()


def pdf_copy(number: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(SAMPLES / "letters-from-exile.pdf"))
    writer.add_metadata({"/Subject": f"copy {number}"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_files(folder: Path) -> list[Path]:
    page = (SAMPLES / "news-article.html").read_text(encoding="utf-8")
    paths = []
    for number in range(FILES):
        kind = FORMATS[number % len(FORMATS)]
        path = folder / f"{number:03d}.{kind}"
        if kind in ("txt", "md"):
            path.write_bytes(text_article(number, markdown=kind == "md"))
        elif kind == "html":
            title = "The writer who kept his notebooks"
            path.write_text(page.replace(title, f"{title} ({number})"), encoding="utf-8")
        elif kind == "pdf":
            path.write_bytes(pdf_copy(number))
        else:
            members, title = TITLED_MEMBERS[kind]
            sample = next(SAMPLES.glob(f"*.{kind}"))
            path.write_bytes(retitled_zip(sample, members, title, f"{title} {number}"))
        paths.append(path)
    return paths


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="serge-bench-import-") as root:
        paths = make_files(Path(root))
        seconds: defaultdict[str, list[float]] = defaultdict(list)
        marks: list[tuple[float, Path | None]] = []

        def heard(where: BatchProgress) -> None:
            marks.append((time.perf_counter(), where.current))

        with Workspace(Path(root) / "library") as workspace:
            started = time.perf_counter()
            summary = import_batch(workspace.importer, paths, progress=heard)
            total = time.perf_counter() - started
        for (at, path), (until, _) in itertools.pairwise(marks):
            if path is not None:
                seconds[path.suffix.lstrip(".")].append(until - at)
        # Cancel is asked before each file: after the fiftieth, the batch stops.
        heard_before_cancel: list[BatchProgress] = []
        with Workspace(Path(root) / "cancelled") as workspace:
            cancelled = import_batch(
                workspace.importer,
                paths,
                progress=heard_before_cancel.append,
                is_cancelled=lambda: len(heard_before_cancel) >= 50,
            )
    result = {
        "benchmark": "batch import of mixed files",
        "files": len(paths),
        "total_ms": round(total * 1000, 1),
        "imported": len(summary.imported),
        "already_there": len(summary.already_there),
        "refused": [f"{r.path.name}: {r.error}" for r in summary.refused],
        "per_format": {
            kind: {
                "files": len(times),
                "median_ms": round(statistics.median(times) * 1000, 1),
                "max_ms": round(max(times) * 1000, 1),
                "total_ms": round(sum(times) * 1000, 1),
            }
            for kind, times in sorted(seconds.items())
        },
        "cancelled_after_50": {
            "imported_whole": len(cancelled.results),
            "not_tried": len(cancelled.not_tried),
        },
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0 if not summary.refused else 1


if __name__ == "__main__":
    sys.exit(main())
