"""Staging for the notes screenshots: highlights in several colours, tags, Markdown, unplaced."""

from __future__ import annotations

from pathlib import Path

from screenshot_kit import feature

from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.ui.features.importing.feature import ImportArticles
from serge_desktop.ui.shell.main_window import MainWindow

HIGHLIGHTS = (
    ("In May that year he joined the Communist Party", "green", ("party",),
     "A **brave choice**: the city was besieged.\n\n- Yudenich's army\n- hunger"),
    ("journalist, teacher, schools inspector, gun-runner, translator and archivist", "blue",
     ("work",), "Compare the *Memoirs*, chapter 3."),
    ("activities of the secret police", "pink", ("cheka", "russia"), "The Cheka."),
    ("unless the revolution spread across Europe, it would be crushed", "purple",
     ("russia", "strategy"), "Why Germany mattered."),
)  # fmt: skip


def stage_highlights(window: MainWindow) -> None:
    """Notes in four colours with tags; the last one shown rendered from its Markdown."""
    article = window.current_article()
    assert article is not None
    first_id = None
    for quote, colour, tags, body in HIGHLIGHTS:
        start = article.body.index(quote)
        note = window.workspace.notes.create_note(
            article_id=article.id, revision_id=article.revision_id, start=start,
            end=start + len(quote), body=body, color=colour, tags=tags,
        )  # fmt: skip
        first_id = first_id or note.id
    window.notes.reload()
    window.links.update_highlights()
    assert first_id is not None
    window.notes.select_note(first_id)
    window.notes.tabs.setCurrentWidget(window.notes.preview)
    start = article.body.index(HIGHLIGHTS[0][0])
    window.reader.scroll_to_offset(max(0, start - 400))


def stage_unplaced(window: MainWindow, folder: Path) -> None:
    """A new version of the article loses one note's passage: it is listed as unplaced."""
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = folder / "serge-revised.txt"
    text = seed.read_text(encoding="utf-8")
    changed.write_text(
        text.replace("activities of the secret police—", "").replace(
            "V ictor Serge was born", "V ictor Serge, the writer, was born"
        ),
        encoding="utf-8",
    )
    feature(window, ImportArticles).import_paths([changed])


def show_unplaced(window: MainWindow) -> None:
    window.notes.filter_bar.more_button.setChecked(True)  # the folded filters, open to see
    window.notes.filter_bar.unplaced.setChecked(True)
    proxy = window.notes.proxy
    if proxy.rowCount():
        window.notes.select_note(proxy.note_at(proxy.index(0, 0)).id)
