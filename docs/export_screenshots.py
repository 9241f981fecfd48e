"""The Export dialog, and the first page of a PDF handout, photographed for the docs.

Usage (under Xvfb): export_screenshots.py OUTPUT_DIR — needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from screenshot_kit import show_window, start_app, temporary_workspace

from serge_desktop.services.exports.content import gather_content
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.export.dialog import ExportDialog
from serge_desktop.ui.features.export.documents import write_pdf

NOTES = (
    ("In 1908 he went to Paris, where he edited an anarchist paper.", "yellow", ["exile"],
     "The paper was *l'anarchie*. Serge was 18."),
    ("highly elitist", "pink", ["views"], "Compare what he wrote of this in the Memoirs."),
    ("In January 1919 he reached Petrograd", "blue", ["revolution"],
     "He arrived in the winter of the civil war."),
)  # fmt: skip


def add_notes(workspace: Workspace, slug: str) -> None:
    article_id = workspace.library.get_summary(slug).id
    for words, colour, tags, body in NOTES:
        span = workspace.notes.find_quote(article_id=article_id, quote=words)
        workspace.notes.create_note(
            article_id=article_id, revision_id=span.revision_id, start=span.start,
            end=span.end, body=body, color=colour, tags=tags,
        )  # fmt: skip


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with temporary_workspace("serge-export-shots-", "data") as (folder, workspace):
        slug = workspace.library.list_articles()[0].slug
        add_notes(workspace, slug)
        window = show_window(workspace)
        dialog = ExportDialog(workspace, window.current_article(), window)
        dialog.timeline.setChecked(True)
        dialog.article_text.setChecked(True)
        dialog.show()
        dialog.adjustSize()
        for _ in range(20):
            app.processEvents()
        dialog.grab().save(str(output_dir / "export-dialog.png"))
        options = ExportOptions(
            "pdf", (slug,), include_timeline=True, include_article=True,
            title="Victor Serge: a handout",
        )  # fmt: skip
        pdf = folder / "handout.pdf"
        write_pdf(gather_content(workspace, options), pdf)
        prefix = folder / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(prefix)],
            check=True,
        )  # fmt: skip
        (output_dir / "handout-page1.png").write_bytes(prefix.with_suffix(".png").read_bytes())
        dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
