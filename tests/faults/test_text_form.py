"""All text entering the library is NFC: typed, imported, or from a class pack (item 11)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from serge_desktop.services.layers import LayersService
from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.pack_helpers import make_pack
from tests.services.seed_notes import note_on, seed_id

NFC = "café"
NFD = unicodedata.normalize("NFD", NFC)


def test_typed_text_is_stored_nfc(tmp_path: Path) -> None:
    assert NFC != NFD
    with Workspace(tmp_path) as workspace:
        note = note_on(workspace, "Victor Serge", body=f"un {NFD}", tags=[NFD])
        again = note_on(workspace, "Petrograd", tags=[NFC])
        assert note.body == f"un {NFC}" and note.tags == (NFC,) == again.tags
        assert [t.name for t in workspace.tags.list_tags()] == [NFC]
        edited = workspace.notes.update_body(note_id=note.id, body=NFD)
        assert edited.body == NFC
        assert workspace.search.search(NFD).notes  # a decomposed query finds it too


def test_an_imported_file_is_stored_nfc(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"Le {NFD}\n\nAu {NFD} de la rue, en 1919.\n", encoding="utf-8")
    with Workspace(tmp_path / "data") as workspace:
        outcome = workspace.importer.import_file(article)
        view = workspace.library.article_view(outcome.article.slug)
        assert view.headline == f"Le {NFC}" and NFC in view.body and NFD not in view.body
        span = workspace.notes.find_quote(article_id=view.id, quote=f"Au {NFD}")
        assert view.body[span.start : span.end] == f"Au {NFC}"


def test_a_packs_text_is_stored_nfc_and_its_tag_is_the_readers_tag(tmp_path: Path) -> None:
    pack = tmp_path / "p.sergepack"
    teacher = tmp_path / "teacher"
    with Workspace(teacher) as workspace:
        note_on(workspace, "Victor Serge", body=f"un {NFD}", tags=[NFD])
    make_pack(teacher, pack, f"M. {NFD}", {})
    with Workspace(tmp_path / "student") as student:
        own = note_on(student, "Petrograd", tags=[NFD])
        packs = PackService(student)
        packs.import_pack(packs.read(pack))
        layers = LayersService(m.database_proxy.obj)
        [layer] = layers.list_layers()
        assert layer.author == f"M. {NFC}"
        [theirs] = layers.layer_notes(seed_id(student))
        assert theirs.body == f"un {NFC}"
        assert theirs.tags == own.tags == (NFC,)
