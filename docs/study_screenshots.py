"""Studying in the window photographed under Xvfb: a card, the card browser, the statistics.

A card is shown asked and answered, the browser and the statistics, in the app's Light theme;
the answered card and the statistics in its Dark theme too (View ▸ Theme, applied as the reader
applies it).

Usage: study_screenshots.py OUTPUT_DIR   (writes review-question.png, review-answer.png,
                                          card-browser.png, study-statistics.png,
                                          review-answer-dark.png, study-statistics-dark.png)

The seed article gets highlights and a question-and-answer note through the services, and a
month of grades through the study service on a clock moved day by day, as a reader would have
given them.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_kit import feature, save, show_window, start_app, temporary_workspace

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.study import StudyService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.ui.common.theme_choice import apply_theme
from serge_desktop.ui.features.study.feature import StudyFeature

HIGHLIGHTS = (
    ("he reached Petrograd", "yellow", ""),
    ("he joined the Communist Party", "green", "Soon disillusioned: see the *Memoirs*."),
    ("an active member of Trotsky’s Left Opposition", "blue", ""),
)
QUESTION = (
    "gun-runner",
    "Q: What work did he do in the revolution?\nA: Journalist, teacher, "
    "schools inspector, gun-runner, translator and archivist.",
)
DAYS = 30


def prepare(workspace: Workspace) -> int:
    """Notes that make cards, and a month of grades; returns the cloze card to photograph."""
    article = workspace.library.article_view("he-found-the-seeds-of-hope-in-russia")
    notes = []
    for words, colour, body in (*HIGHLIGHTS, (QUESTION[0], None, QUESTION[1])):
        start = article.body.index(words)
        notes.append(
            workspace.notes.create_note(
                article_id=article.id, revision_id=article.revision_id, start=start,
                end=start + len(words), body=body, color=colour,
            )
        )  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    clock = _Clock(now - dt.timedelta(days=DAYS))
    study = StudyService(m.database_proxy.obj, clock=clock)
    luck = random.Random(1919)
    while clock.now < now - dt.timedelta(hours=2):
        for _ in range(luck.randint(3, 14)):
            card = study.next_card()
            if card is None or card.face.kind == "cloze":
                break
            grade = luck.choices(list(Grade), weights=(12, 15, 60, 13))[0]
            study.grade(card_id=card.card_id, grade=grade, duration_ms=luck.randint(3000, 15000))
            clock.now += dt.timedelta(minutes=2)
        clock.now += dt.timedelta(hours=luck.choice((22, 24, 26, 47)))
    cloze = m.Card.get((m.Card.note == notes[1].id) & (m.Card.kind == "cloze"))
    return int(cloze.id)


class _Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    apply_theme(app, "light")
    with temporary_workspace("serge-study-shots-") as (_folder, workspace):
        card_id = prepare(workspace)
        window = show_window(workspace)
        study = feature(window, StudyFeature)
        steps = [
            lambda: (study.show_review(), study.session.study_card(card_id)),
            lambda: save(window, output_dir / "review-question.png"),
            study.session.show_answer,
            lambda: save(window, output_dir / "review-answer.png"),
            study.show_browser,
            lambda: _browse(study),
            lambda: save(_dialog(study.browser), output_dir / "card-browser.png"),
            lambda: (_dialog(study.browser).close(), study.show_statistics()),
            lambda: save(_dialog(study.statistics), output_dir / "study-statistics.png"),
            lambda: _go_dark(app, study),
            lambda: save(_dialog(study.statistics), output_dir / "study-statistics-dark.png"),
            lambda: (_dialog(study.statistics).close(), study.session.show_answer()),
            lambda: save(window, output_dir / "review-answer-dark.png"),
            lambda: (window.close(), QApplication.quit()),
        ]

        def run(index: int = 0) -> None:
            steps[index]()
            if index + 1 < len(steps):
                QTimer.singleShot(700, lambda: run(index + 1))

        QTimer.singleShot(1200, run)
        return app.exec()


def _dialog(widget: QWidget | None) -> QWidget:
    assert widget is not None
    return widget


def _go_dark(app: QApplication, study: StudyFeature) -> None:
    """The Dark theme on the whole app, as View ▸ Theme puts it; the statistics shown anew."""
    apply_theme(app, "dark")
    _dialog(study.statistics).close()
    study.show_statistics()


def _browse(study: StudyFeature) -> None:
    browser = study.browser
    assert browser is not None
    browser.move(120, 80)
    browser.table.selectRow(3)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
