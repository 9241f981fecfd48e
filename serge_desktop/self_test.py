"""`--self-test`: the real start-up path on a temporary data folder, summarised as JSON."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from serge_desktop import __version__

SEARCH_WORD = "Petrograd"


class _Checks:
    """Runs named steps in order, timing each; the first failure stops the rest."""

    def __init__(self) -> None:
        self.results: list[dict[str, Any]] = []
        self.failed: str | None = None

    def run(self, name: str, step: Callable[[], object]) -> Any:
        if self.failed:
            return None
        started = time.perf_counter()
        try:
            value = step()
        except Exception as error:
            self.failed = name
            self.results.append(
                {"name": name, "ok": False, "error": f"{type(error).__name__}: {error}"}
            )
            return None
        elapsed = round((time.perf_counter() - started) * 1000, 1)
        self.results.append({"name": name, "ok": True, "ms": elapsed})
        return value


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="serge-self-test-") as folder:
        checks = _Checks()
        _run_steps(checks, Path(folder))
    summary = {
        "version": __version__,
        "ok": checks.failed is None,
        "failed": checks.failed,
        "checks": checks.results,
        "policy": _policy_in_force(),
    }
    print(json.dumps(summary, indent=2))
    if checks.failed:
        print(f"serge-desktop: self-test failed at: {checks.failed}", file=sys.stderr)
        return 1
    return 0


def _policy_in_force() -> dict[str, Any]:
    """The administrator's policy file, if any, and what in it was ignored (never fails)."""
    from serge_desktop.services.policy_file import load_policy

    policy = load_policy(os.environ, sys.platform).policy
    return {"source": policy.source, "ignored": list(policy.problems)}


def _run_steps(checks: _Checks, data_dir: Path) -> None:
    modules = checks.run("load the application's modules", _import_modules)
    if modules is None:
        return
    workspace_class, create_application, prepare_application, window_class = modules
    workspace = checks.run("open and migrate the database", lambda: workspace_class(data_dir))
    if workspace is None:
        return
    try:
        checks.run("import the bundled article", lambda: _expect_seed(workspace))
        app = checks.run("start Qt", lambda: create_application(sys.argv[:1]))
        checks.run("load fonts, icons and translations", lambda: prepare_application(app))
        checks.run("use Qt's Unicode and locale data", _use_locale_data)
        window = checks.run("build the window", lambda: _build_window(window_class, workspace))
        if window is None:
            return
        note_id = checks.run("create a note", lambda: _create_note(window))
        checks.run("find the note and its passage", lambda: _find_note(window, note_id))
        checks.run("delete the note and undo", lambda: _delete_note(window, note_id))
        checks.run("read the user guide and its pictures", lambda: _read_guide(window))
        window.close()
        window.deleteLater()
    finally:
        workspace.close()
    # The import parsers' libraries (readability-lxml, lxml.html, pypdf) must be in the bundle.
    checks.run("import one file of each format", lambda: _import_every_format(data_dir))
    # Through the command line, on the library just closed: the optional formats (Word, Anki)
    # must be in the bundle, and PDF and ODT need Qt's printing and text layout.
    checks.run("export to every format", lambda: _export_every_format(data_dir))
    # The index of names reads data files of its packages (gazetteers, the world map), which must
    # be in the bundle, and lays its graph out.
    checks.run("index the names, map the places, draw the graph", lambda: _index(data_dir))
    # The library's timeline merges the events several articles tell (rapidfuzz's compiled
    # matcher, which the bundle keeps in part) and is drawn through QtSvg and the PNG writer.
    checks.run("draw the library's timeline as PNG and SVG", lambda: _draw_timeline(data_dir))


def _read_guide(window: Any) -> None:
    # Help ▸ User Guide reads resources/guide offline: the page and every picture it shows.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from serge_desktop.ui.features.help.feature import HelpFeature

    [help_feature] = [f for f in window.features if isinstance(f, HelpFeature)]
    help_feature.show_guide()
    guide = help_feature.guide
    if guide is None:
        raise AssertionError("Help ▸ User Guide opened no window")
    document = guide.browser.document()
    if "Serge Desktop" not in document.toPlainText():  # in English or in French
        raise AssertionError("the user guide is missing from the bundle")
    for name in ("main-window.png", "highlights-and-notes.png"):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if image is None or image.isNull():
            raise AssertionError(f"the user guide's picture {name} is missing")
    guide.close()
    # The French guide, shown in a French interface, ships with its own pictures.
    from serge_desktop.ui.features.help.guide_dialog import guide_page

    french = guide_page("fr")
    if french.parent.name != "fr" or not (french.parent / "main-window.png").is_file():
        raise AssertionError("the French user guide is missing from the bundle")


def _index(data_dir: Path) -> None:
    from serge_desktop.services.workspace import Workspace

    with Workspace(data_dir) as workspace:
        workspace.entities.refresh()
        serge = workspace.entities.find("Victor Lvovich Kibalchich")
        if serge.name != "Victor Serge" or serge.mentions < 5:
            raise AssertionError(f"the seed's index is wrong: {serge}")
        places = {place.name: place for place in workspace.entities.place_map().places}
        if "Paris" not in places or "Russia" not in places:
            raise AssertionError(f"places missing from the map: {sorted(places)}")
        if len(workspace.entities.graph().edges) < 3:
            raise AssertionError("the graph of names has no edges")
        if not any(s.source == "capitalised" for s in workspace.entities.suggestions()):
            raise AssertionError("no suggestions found in the seed")
        _render_map(workspace.entities.place_map().svg_path)


def _render_map(svg_path: Path) -> None:
    # The Index pane draws the world map with QtSvg's renderer (its own library and bindings).
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise AssertionError(f"the world map {svg_path.name} does not render")
    blank = QImage(200, 100, QImage.Format.Format_ARGB32)
    blank.fill(0)
    image = blank.copy()
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if image == blank:
        raise AssertionError("the world map rendered empty")


def _draw_timeline(data_dir: Path) -> None:
    from rapidfuzz import fuzz

    from serge_desktop.main import main
    from serge_desktop.services.policy_file import load_policy

    # Only compiled scorers: the pure-Python fallback would pass, a hundred times slower.
    if fuzz.token_set_ratio.__module__.endswith("_py"):
        raise AssertionError("rapidfuzz's compiled scorers are missing")
    # As for the exports: a picture the administrator's policy forbids is refused on purpose.
    policy = load_policy(os.environ, sys.platform).policy
    for kind in ("png", "svg"):
        if not policy.export_allowed(kind):
            continue
        target = data_dir / f"self-test-timeline.{kind}"
        command = ["timeline", "export", "--library", "--format", kind, "-o", str(target)]
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--data-dir", str(data_dir), *command])
        if code != 0 or not target.is_file() or target.stat().st_size == 0:
            raise AssertionError(f"timeline export to {kind} failed (exit {code})")


# The sample documents shipped in resources/samples, one of each format besides text.
IMPORT_SUFFIXES = (".html", ".epub", ".pdf", ".docx", ".odt")


def _import_every_format(data_dir: Path) -> None:
    from importlib import resources

    from serge_desktop.core.article import ParagraphKind
    from serge_desktop.services.batch_import import import_batch
    from serge_desktop.services.policy_file import load_policy
    from serge_desktop.services.workspace import Workspace

    if not load_policy(os.environ, sys.platform).policy.allow_import:
        return  # importing is turned off on purpose: not a failure
    folder = resources.files("serge_desktop.resources") / "samples"
    paths = sorted(Path(str(entry)) for entry in folder.iterdir())
    missing = set(IMPORT_SUFFIXES) - {path.suffix for path in paths}
    if missing:
        raise AssertionError(f"no sample to import for {', '.join(sorted(missing))}")
    with Workspace(data_dir) as workspace:
        summary = import_batch(workspace.importer, paths)
        if summary.refused:
            raise AssertionError("; ".join(f"{r.path.name}: {r.error}" for r in summary.refused))
        for result in summary.imported:
            assert result.outcome is not None
            view = workspace.library.article_view(result.outcome.article.slug)
            kinds = {paragraph.kind for paragraph in view.paragraphs}
            if ParagraphKind.HEADING not in kinds or not any(p.marks for p in view.paragraphs):
                raise AssertionError(f"{result.path.name}: headings or emphasis lost")


EXPORT_SUFFIXES = {
    "markdown": "md",
    "html": "html",
    "pdf": "pdf",
    "odt": "odt",
    "docx": "docx",
    "csv": "csv",
    "w3c": "json",
    "anki": "apkg",
}


def _export_every_format(data_dir: Path) -> None:
    from serge_desktop.main import main
    from serge_desktop.services.policy_file import load_policy

    # A format the administrator's policy forbids is refused on purpose: not a failure.
    policy = load_policy(os.environ, sys.platform).policy
    for export_format, suffix in EXPORT_SUFFIXES.items():
        if not policy.export_allowed(export_format):
            continue
        target = data_dir / f"self-test.{suffix}"
        what = ["--all", "--format", export_format, "--include", "timeline,article,index"]
        # The command's own report would mix with the JSON summary on stdout.
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--data-dir", str(data_dir), "export", *what, "-o", str(target)])
        if code != 0 or not target.is_file() or target.stat().st_size == 0:
            raise AssertionError(f"export to {export_format} failed (exit {code})")


def _import_modules() -> tuple[Any, Any, Any, Any]:
    from serge_desktop.services.workspace import Workspace
    from serge_desktop.ui.shell.main_window import MainWindow
    from serge_desktop.ui.startup.app import create_application, prepare_application

    return Workspace, create_application, prepare_application, MainWindow


def _use_locale_data() -> None:
    """What Qt asks ICU for (the bundle keeps only that part of ICU's data; packaging/README)."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    german = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    words = sorted(["zebra", "Émile", "apple", "öl"], key=cmp_to_key(german.compare))
    if words != ["apple", "Émile", "öl", "zebra"]:
        raise AssertionError(f"collation sorts accented words wrongly: {words}")
    if QLocale(QLocale.Language.Turkish).toUpper("istanbul") != "İSTANBUL":
        raise AssertionError("locale-specific case mapping failed")
    zone = QTimeZone(b"Europe/Berlin")
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, english)
    if not zone.isValid() or "Europ" not in name:
        raise AssertionError(f"time zone names missing: {name!r}")


def _expect_seed(workspace: Any) -> None:
    articles = workspace.library.list_articles()
    if not articles or articles[0].events < 14:
        raise AssertionError(f"bundled article missing or incomplete: {articles}")


def _build_window(window_class: Any, workspace: Any) -> Any:
    window = window_class(workspace)
    window.open_initial_article()
    window.show()
    if window.current_article() is None:
        raise AssertionError("no article open")
    window.grab()  # paints once, offscreen
    return window


def _create_note(window: Any) -> int:
    article = window.current_article()
    start = article.body.index(SEARCH_WORD)
    window.reader.select_span(start, start + len(SEARCH_WORD))
    window.actions.get("notes.add").trigger()  # Edit ▸ Add Note, as the reader chooses it
    note_id = window.notes.current_note_id()
    if note_id is None:
        raise AssertionError("the new note is not selected")
    window.notes.editor.setPlainText("Self-test note")
    window.notes.flush()
    return int(note_id)


def _find_note(window: Any, note_id: int) -> None:
    stored = window.workspace.notes.get_note(note_id)
    if stored.body != "Self-test note" or stored.quote != SEARCH_WORD:
        raise AssertionError(f"stored note differs: {stored}")
    if window.reader.find_all(SEARCH_WORD) < 1:
        raise AssertionError("find in article found nothing")


def _delete_note(window: Any, note_id: int) -> None:
    window.notes.select_note(note_id)
    window.notes.delete_button.click()
    if any(n.id == note_id for n in window.workspace.notes.list_notes(stored_article(window))):
        raise AssertionError("note still listed after delete")
    window.undo_stack.undo()
    if window.workspace.notes.get_note(note_id).body != "Self-test note":
        raise AssertionError("undo did not restore the note")
    window.undo_stack.redo()


def stored_article(window: Any) -> int:
    return int(window.current_article().id)
