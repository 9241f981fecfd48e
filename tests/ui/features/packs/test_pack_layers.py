"""A teacher's layer in the window: its own section, read-only, hidden at will, copied to mine."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.packs.export_dialog import PackExportDialog
from serge_desktop.ui.features.packs.feature import PackFeature
from serge_desktop.ui.features.packs.import_dialog import PackImportDialog
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.pack_helpers import SEED_SLUG, make_pack


@pytest.fixture
def teacher_pack(tmp_path: Path) -> Path:
    # Made (and its library closed) before the window's workspace opens.
    return make_pack(tmp_path / "teacher", tmp_path / "t.sergepack", "Ms Rivera", {
        "Victor Serge": "Who was he?", "Petrograd": "Find it on the map.",
    })  # fmt: skip


def feature_of(window: MainWindow) -> PackFeature:
    found = [c for c in window.findChildren(QObject) if isinstance(c, PackFeature)]
    assert len(found) == 1
    return found[0]


def imported(window: MainWindow, pack: Path) -> PackFeature:
    feature = feature_of(window)
    contents = feature.packs.read(pack)
    dialog = PackImportDialog(feature.packs.preview(contents), window)
    assert "Ms Rivera" in dialog.summary.text() and "2 notes" in dialog.summary.text()
    feature.import_contents(contents)
    return feature


def test_the_menu_offers_class_packs(teacher_pack: Path, window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.commands.menus["file"].actions()]
    assert {"Import Class Pack…", "Export Class Pack…", "Export Layers as CSV…"} <= set(texts)


def test_a_layer_is_shown_apart_and_read_only(
    teacher_pack: Path, window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, teacher_pack)
    pane = window.notes
    assert pane.model.rowCount() == 0  # none of the reader's own
    section = pane.layer_section
    assert section.isVisible() and section.proxy.rowCount() == 2
    assert "Ms Rivera" in section.header.text()
    note = section.visible_notes()[0]
    section.select_note(note.id)
    assert pane.editor.isReadOnly() and pane.editor.toPlainText() == note.body
    assert not pane.delete_button.isEnabled() and not pane.tags_field.isEnabled()
    assert pane.copy_button.isVisible()
    assert pane.current_note_id() is None  # nothing of the reader's to delete or recolour
    QTest.keyClicks(pane.editor, "changed")
    assert pane.editor.toPlainText() == note.body
    assert not pane.has_unsaved_text()


def test_copy_to_my_notes_is_undoable(teacher_pack: Path, window: MainWindow) -> None:
    imported(window, teacher_pack)
    pane = window.notes
    note = pane.layer_section.visible_notes()[0]
    pane.layer_section.select_note(note.id)
    pane.copy_button.click()
    (copy,) = pane.model.notes()
    assert (copy.author, copy.quote, copy.body) == (None, note.quote, note.body)
    assert pane.current_note_id() == copy.id and not pane.editor.isReadOnly()
    assert pane.layer_section.proxy.rowCount() == 2  # the teacher's note stays
    window.undo_stack.undo()
    assert pane.model.rowCount() == 0
    window.undo_stack.redo()
    assert [n.id for n in pane.model.notes()] == [copy.id]


def test_hiding_a_layer_is_remembered(teacher_pack: Path, window: MainWindow) -> None:
    imported(window, teacher_pack)
    pane = window.notes
    bar = pane.filter_bar
    assert not bar.layers_button.isHidden()  # offered, behind the folded Filters
    (action,) = bar.layers_menu.actions()
    assert action.text() == "Ms Rivera" and action.isChecked()
    action.setChecked(False)
    assert not pane.layer_section.isVisible()
    assert [layer.is_visible for layer in window.workspace.layers.list_layers()] == [False]
    window.open_article(SEED_SLUG, reload=True)
    assert not bar.layers_menu.actions()[0].isChecked()
    assert not pane.layer_section.isVisible()
    bar.layers_menu.actions()[0].setChecked(True)
    assert pane.layer_section.proxy.rowCount() == 2


def test_layers_export_as_one_csv(teacher_pack: Path, window: MainWindow, tmp_path: Path) -> None:
    feature = imported(window, teacher_pack)
    out = tmp_path / "layers.csv"
    feature.write_layers_csv(out, ["Ms Rivera"])
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(r["note"] for r in rows) == ["Find it on the map.", "Who was he?"]
    assert {r["author"] for r in rows} == {"Ms Rivera"}


def test_the_export_dialog_needs_an_article_and_a_name(window: MainWindow) -> None:
    dialog = PackExportDialog(
        window.workspace.library.list_articles(), current_slug=SEED_SLUG, author="ana",
        parent=window,
    )  # fmt: skip
    assert dialog.choices().article_slugs == (SEED_SLUG,)
    ok = dialog.buttons.buttons()[0]
    assert ok.isEnabled()
    dialog.author.clear()
    assert not ok.isEnabled()
    dialog.author.setText("Ana")
    dialog.articles.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()


@pytest.fixture
def changed_article_pack(tmp_path: Path) -> Path:
    """A pack whose article has the seed's headline and another text (made before the window)."""
    teacher = tmp_path / "teacher2"
    with Workspace(teacher) as workspace:
        [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
        changed = tmp_path / "changed.txt"
        changed.write_text(seed.read_text().replace("In 1908", "In the year 1908"))
        workspace.importer.update_file(changed)
    return make_pack(teacher, tmp_path / "v2.sergepack", "Ms Rivera", {"Serge": "x"})


def test_a_same_headline_article_is_a_new_version_only_when_ticked(
    changed_article_pack: Path, window: MainWindow
) -> None:
    feature = feature_of(window)
    contents = feature.packs.read(changed_article_pack)
    dialog = PackImportDialog(feature.packs.preview(contents), window)
    assert not dialog.as_revision_box.isHidden() and not dialog.as_revision
    assert "beside your article with the same headline" in dialog.summary.text()
    feature.import_contents(contents, as_revision=dialog.as_revision)
    assert len(window.workspace.library.list_articles()) == 2  # the reader's, and the pack's
    dialog.as_revision_box.setChecked(True)
    assert dialog.as_revision
