"""Migration 9 of the plan: paragraph kinds, heading levels and inline marks."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database
from serge_desktop.storage.migrations import m0009_paragraph_structure
from serge_desktop.storage.migrations.runner import LATEST_VERSION, current_version
from tests.storage.test_search_index import make_article

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"


@pytest.mark.parametrize("sample", ["v1-seed-with-note.sqlite", "v4-seed-with-tags.sqlite"])
def test_old_paragraphs_become_plain_paragraphs_with_no_marks(sample: str, tmp_path: Path) -> None:
    copy = tmp_path / sample
    shutil.copyfile(SAMPLES / sample, copy)
    db = open_database(copy)
    try:
        assert current_version(db) == LATEST_VERSION >= m0009_paragraph_structure.VERSION
        paragraphs = list(m.Paragraph.select())
        assert paragraphs, "the samples hold the seed's paragraphs"
        assert {(p.kind, p.level) for p in paragraphs} == {("paragraph", 0)}
        assert m.InlineMark.select().count() == 0
        # The text itself is untouched: every paragraph still sits at its offsets in the body.
        for paragraph in paragraphs:
            assert paragraph.revision.body[paragraph.start : paragraph.end] == paragraph.text
    finally:
        close_database(db)


def test_marks_go_with_their_paragraph(db: pw.SqliteDatabase) -> None:
    _, revision = make_article("a", "some words here")
    paragraph = m.Paragraph.create(
        revision=revision, position=0, start=0, end=15, text="some words here", kind="heading",
        level=2,
    )  # fmt: skip
    m.InlineMark.create(paragraph=paragraph, start=5, end=10, style="italic")
    paragraph.delete_instance()
    assert m.InlineMark.select().count() == 0


@pytest.mark.parametrize(
    ("table", "values"),
    [("paragraph", {"kind": "table"}), ("paragraph", {"level": 7}),
     ("inline_mark", {"style": "underline"})],
)  # fmt: skip
def test_the_schema_refuses_unknown_kinds_levels_and_styles(
    db: pw.SqliteDatabase, table: str, values: dict[str, object]
) -> None:
    _, revision = make_article("a", "some words here")
    paragraph = m.Paragraph.create(revision=revision, position=0, start=0, end=4, text="some")
    with pytest.raises(pw.IntegrityError):
        if table == "paragraph":
            m.Paragraph.update(**values).where(m.Paragraph.id == paragraph.id).execute()
        else:
            m.InlineMark.create(paragraph=paragraph, start=0, end=4, **values)
