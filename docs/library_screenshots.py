"""The Library, All notes, Conflicting dates and the series timeline, photographed under Xvfb.

Usage: library_screenshots.py OUTPUT_DIR          (writes library.png, all-notes.png,
                                                   conflicts.png, series-timeline.png)
       library_screenshots.py --prepare DATA_DIR  (only stages the data folder, to look at it
                                                   with the real app)

Three articles of the series come in through the command line, as a reader would bring them
(``import``, then ``article edit``); their events and notes through the services.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from screenshot_kit import feature, place, save, start_app

from serge_desktop.services.timeline_edits import EventFields, EventPassage
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.library.across import ALL_NOTES_PAGE, CONFLICTS_PAGE
from serge_desktop.ui.features.library.feature import LibraryFeature
from serge_desktop.ui.features.series_timeline import SeriesTimelineFeature
from serge_desktop.ui.shell.main_window import MainWindow

SERIES = "The socialists who opposed Stalin"
ARTICLES = {
    "souvarine.md": (
        "# Boris Souvarine, the first to break\n\n"
        "A founder of the French Communist Party, expelled in 1924 for defending Trotsky.\n\n"
        "Souvarine was born in Kyiv and grew up in Paris, where his family settled in 1897. "
        "By 1919 he led the small group that wanted the French socialists to join the new "
        "International.\n\n"
        "In 1924 he was expelled from the party for publishing Trotsky's *The New Course*. "
        "He went on to write the first serious biography of Stalin, finished in 1935.\n\n"
        "Victor Serge, who met him in Moscow, went to Paris in 1909 and knew the same "
        "anarchist cafés a decade before Souvarine's friends took them over.\n",
        ("1", "Marcel Liebman", "2024-10-02"),
    ),
    "rosmer.md": (
        "# Alfred Rosmer, a friend to the end\n\n"
        "The syndicalist who stood by Trotsky, and by Serge, when others would not.\n\n"
        "Rosmer arrived in Moscow in 1920 and sat on the executive of the International.\n\n"
        "He reached Petrograd with the French delegation; Serge had reached Petrograd in "
        "January 1919 and met him at the Smolny.\n\n"
        "In April 1941 Serge sailed from Marseille for Martinique, and Rosmer, already in "
        "New York, raised the money for the crossing.\n",
        ("3", "Dave Sewell", "2024-10-16"),
    ),
    "nin.md": (
        "# Andreu Nin and the POUM\n\n"
        "The Catalan revolutionary whose murder in 1937 Serge never stopped denouncing.\n\n"
        "Nin lived in Moscow from 1921 to 1930, translating Dostoevsky and Tolstoy into "
        "Catalan. Back in Barcelona he helped found the POUM in 1935.\n\n"
        "In June 1937 he was arrested by Stalin's agents and killed. Serge wrote his "
        "obituary from Paris.\n",
        ("4", "Socialist Worker", "2024-10-23"),
    ),
}
# Each article's events: date, words, label, evidence (words of its text).
EVENTS = {
    "boris-souvarine-the-first-to-break": [
        ("1909", "in 1909", "Goes to Paris", "went to Paris in 1909"),
        ("1924", "In 1924", "Souvarine expelled", "In 1924 he was expelled from the party"),
    ],
    "alfred-rosmer-a-friend-to-the-end": [
        ("1919-01", "January 1919", "Reaches Petrograd", "Serge had reached Petrograd"),
        ("1941-04", "In April 1941", "Sails from Marseille", "Serge sailed from Marseille"),
    ],
    "andreu-nin-and-the-poum": [
        ("1937-06", "In June 1937", "Nin murdered", "he was arrested by Stalin's agents"),
    ],
}
NOTES = (
    ("boris-souvarine-the-first-to-break", "the first serious biography of Stalin", "green",
     "Still worth reading beside Deutscher."),
    ("alfred-rosmer-a-friend-to-the-end", "raised the money for the crossing", "yellow",
     "Compare the *Memoirs*, chapter 9."),
    ("andreu-nin-and-the-poum", "Serge wrote his obituary from Paris", "pink",
     "Find the text: *La Révolution prolétarienne*?"),
    ("he-found-the-seeds-of-hope-in-russia", "he reached Petrograd", "blue",
     "Rosmer's article says he met him at the Smolny."),
)  # fmt: skip


def prepare(data_dir: Path) -> None:
    """Import the articles with the command line, then give them events and notes."""
    command = [sys.executable, "-m", "serge_desktop", "--data-dir", str(data_dir)]
    with tempfile.TemporaryDirectory(prefix="serge-library-files-") as folder:
        paths = []
        for name, (text, _details) in ARTICLES.items():
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        subprocess.run([*command, "import", *paths], check=True, stdout=subprocess.DEVNULL)
    for slug, (part, author, date) in zip(EVENTS, (d for _t, d in ARTICLES.values()), strict=True):
        edit = ["article", "edit", slug, "--series", SERIES, "--part", part]
        subprocess.run([*command, *edit, "--author", author, "--date", date,
                        "--publication", "Socialist Worker"], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    with Workspace(data_dir) as workspace:
        for slug, events in EVENTS.items():
            view = workspace.library.article_view(slug)
            for edtf, words, label, evidence in events:
                start = view.body.index(evidence)
                fields = EventFields(edtf=edtf, date_text=words, label=label, category="life")
                passage = EventPassage(view.revision_id, start, start + len(evidence))
                workspace.timeline.create_event(article_id=view.id, fields=fields, passage=passage)
        for slug, quote, colour, body in NOTES:
            view = workspace.library.article_view(slug)
            start = view.body.index(quote)
            workspace.notes.create_note(
                article_id=view.id, revision_id=view.revision_id, start=start,
                end=start + len(quote), body=body, color=colour,
            )  # fmt: skip


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with tempfile.TemporaryDirectory(prefix="serge-library-shots-") as folder:
        data = Path(folder) / "data"
        prepare(data)
        with Workspace(data) as workspace:
            window = MainWindow(workspace)
            window.open_initial_article()  # several articles, none open before: the Library
            place(window)
            window.show()
            library = feature(window, LibraryFeature)

            def shoot_library() -> None:
                library.page.select_article(
                    workspace.library.get_summary("andreu-nin-and-the-poum").id
                )
                QTimer.singleShot(500, lambda: (save(window, output_dir / "library.png"),
                                                show(ALL_NOTES_PAGE)))  # fmt: skip

            def show(page: str) -> None:
                library.across.show(page)
                target = "all-notes.png" if page == ALL_NOTES_PAGE else "conflicts.png"
                after = (lambda: show(CONFLICTS_PAGE)) if page == ALL_NOTES_PAGE else timeline
                QTimer.singleShot(600, lambda: (save(window, output_dir / target), after()))

            def timeline() -> None:
                # Ctrl+T on the seed: its series, the event two articles date apart chosen.
                window.actions.get("timeline.series").trigger()
                chart = feature(window, SeriesTimelineFeature).page.chart
                told = [i for i in chart.data().items.values() if len(i.claims) > 1]
                chart.select_by_user(next(i.key for i in told if "Paris" in i.event.label))
                target = output_dir / "series-timeline.png"
                QTimer.singleShot(800, lambda: (save(window, target), finish()))

            def finish() -> None:
                window.close()
                QApplication.quit()

            QTimer.singleShot(1200, shoot_library)
            return app.exec()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--prepare":
        prepare(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
