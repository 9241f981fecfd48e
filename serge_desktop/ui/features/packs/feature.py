"""Class packs in the window: File ▸ Export/Import Class Pack…, layers CSV, Copy to My Notes."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.notes.commands import CreateNoteCommand
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from serge_desktop.services.packs.pack_contents import PackContents
    from serge_desktop.services.packs.service import PackService


class PackFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.layers = ctx.workspace.layers
        self.export_action = QAction(self.tr("E&xport Class Pack…"), self)
        self.export_action.triggered.connect(lambda: open_pack_export(ctx))
        self.import_action = QAction(self.tr("Import &Class Pack…"), self)
        self.import_action.triggered.connect(self.choose_pack)
        self.csv_action = QAction(self.tr("Export &Layers as CSV…"), self)
        self.csv_action.triggered.connect(self.export_layers_csv)
        policy = ctx.workspace.policy
        self.export_action.setEnabled(policy.export_allowed("pack"))
        self.import_action.setEnabled(policy.allow_import)
        self.csv_action.setEnabled(policy.export_allowed("csv"))
        ctx.actions.add("packs.import", self.import_action)
        ctx.actions.add("packs.export", self.export_action)
        ctx.actions.add("packs.layers_csv", self.csv_action)
        ctx.actions.add_to_menu(
            MenuId.FILE, [self.import_action, self.export_action, self.csv_action]
        )
        pane = ctx.notes
        pane.copy_requested.connect(self.copy_to_own)
        pane.layer_note_activated.connect(self._show_passage)

    @property
    def packs(self) -> PackService:
        return self._ctx.workspace.packs

    # Import ----------------------------------------------------------------------------------

    def choose_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._ctx.window(),
            self.tr("Import Class Pack"),
            str(Path.home()),
            self.tr("Class packs (*.sergepack);;All files (*)"),
        )
        if name:
            self.read_pack(Path(name))

    def read_pack(self, path: Path) -> None:
        """Check the pack on the runner's worker, then show what it adds (``confirm_import``).

        Reading a pack needs no database: only adding it does, back on the GUI thread.
        """
        job = self._ctx.tasks.begin(
            self.tr("Import Class Pack"), self.tr("Checking the class pack…"), cancellable=False
        )
        if job is None:
            return  # one long job at a time
        self._ctx.notes.flush()
        packs = self.packs
        job.run_in_thread(
            lambda _job: packs.read(path), done=self.confirm_import, failed=self._report_failure
        )

    def confirm_import(self, contents: PackContents) -> None:
        from serge_desktop.ui.features.packs.import_dialog import PackImportDialog

        try:
            preview = self.packs.preview(contents)
        except SergeError as error:
            self._report(error)
            return
        dialog = PackImportDialog(preview, self._ctx.window())
        if dialog.exec() == PackImportDialog.DialogCode.Accepted:
            self.import_contents(contents, as_revision=dialog.as_revision)

    def import_contents(self, contents: PackContents, *, as_revision: bool = False) -> None:
        """Add the pack in one transaction, through the window's database connection.

        A same-headline article becomes a new version only if asked.
        """
        try:
            result = self._ctx.tasks.run_blocking(
                lambda: self.packs.import_pack(contents, as_revision=as_revision)
            )
        except SergeError as error:
            self._report(error)
            return
        article = self._ctx.current_article()
        if article is not None:
            self._ctx.open_article(article.slug, reload=True)
        else:
            self._ctx.open_initial_article()
        self._ctx.bus.announce(result.changes)
        self._ctx.show_status(
            self.tr("Class pack from %1 imported (%2 notes).")
            .replace("%1", result.preview.author)
            .replace("%2", str(result.preview.notes)),
            8000,
        )

    # Layers ----------------------------------------------------------------------------------

    def copy_to_own(self, note_id: int) -> None:
        notes = self._ctx.workspace.notes
        command = CreateNoteCommand(
            self.tr("Copy to My Notes"), notes, self._ctx.bus,
            lambda: notes.copy_to_own(note_id=note_id),
        )  # fmt: skip
        self._ctx.undo_stack.push(command)
        if command.error is not None:
            self._report(command.error)

    def _show_passage(self, note: NoteView) -> None:
        if note.marks_text:
            self._ctx.reader.show_span(note.start, note.end)

    def export_layers_csv(self) -> None:
        """All layers' notes (every author shown in the Layers menu) in one CSV file."""
        hidden = self._ctx.notes.hidden_authors()
        authors = sorted({layer.author for layer in self.layers.list_layers()} - hidden)
        if not authors:
            self._say(self.tr("There are no other authors' notes to export."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self._ctx.window(), self.tr("Export Layers as CSV"), str(Path.home() / "layers.csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if name:
            self.write_layers_csv(Path(name), authors)

    def write_layers_csv(self, path: Path, authors: list[str]) -> None:
        from serge_desktop.services.exports.csv_export import write_csv

        # The save dialog has asked before replacing a file: force is the user's answer.
        try:
            write_csv(self.layers.exported_layer_notes(authors), path, force=True)
        except (SergeError, OSError) as error:
            self._report(error)
            return
        self._ctx.show_status(
            self.tr("Notes of %1 written to %2").replace("%1", ", ".join(authors))
            .replace("%2", path.name),
            8000,
        )  # fmt: skip

    def _report_failure(self, error: Exception) -> None:
        if not isinstance(error, SergeError | OSError):
            raise error
        self._report(error)

    def _report(self, error: SergeError | OSError) -> None:
        if isinstance(error, SergeError):
            message = describe_error(error)
        else:
            message = error.strerror or str(error)
        self._ctx.show_error(self.tr("Class pack"), message)

    def _say(self, message: str) -> None:
        self._ctx.show_status(message, 6000)


def open_pack_export(ctx: WindowContext, parent: QWidget | None = None) -> None:
    """Choose articles and a name, then a file, and write a class pack (guests use it too)."""
    from serge_desktop.services.packs.pack_export import PACK_SUFFIX
    from serge_desktop.ui.features.packs.export_dialog import PackExportDialog

    translate = QCoreApplication.translate
    ctx.notes.flush()
    window = ctx.window()
    current = ctx.current_article()
    dialog = PackExportDialog(
        ctx.workspace.library.list_articles(),
        current_slug=current.slug if current else None,
        author=getpass.getuser(),
        parent=parent or window,
    )
    if dialog.exec() != PackExportDialog.DialogCode.Accepted:
        return
    choices = dialog.choices()
    suggested = Path.home() / f"{choices.article_slugs[0]}{PACK_SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(
        parent or window, translate("PackFeature", "Export Class Pack"), str(suggested),
        translate("PackFeature", "Class packs (*.sergepack)"),
    )  # fmt: skip
    if not name:
        return
    path = Path(name) if name.endswith(PACK_SUFFIX) else Path(name + PACK_SUFFIX)
    try:
        # The save dialog asked before replacing an existing file: force is that answer.
        summary = ctx.workspace.packs.export(
            path, article_slugs=choices.article_slugs, author=choices.author,
            include_events=choices.include_events, force=True,
        )  # fmt: skip
    except SergeError as error:
        ctx.show_error(translate("PackFeature", "Class pack"), describe_error(error))
        return
    except OSError as error:
        ctx.show_error(translate("PackFeature", "Class pack"), error.strerror or str(error))
        return
    ctx.show_status(
        translate("PackFeature", "Class pack written: %1 (%2 notes)")
        .replace("%1", summary.path.name).replace("%2", str(summary.notes)),
        8000,
    )  # fmt: skip


def install(ctx: WindowContext) -> QObject:
    return PackFeature(ctx)
