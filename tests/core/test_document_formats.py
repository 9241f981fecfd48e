"""One list of import formats feeds the command line, the file dialog and the shared folder."""

from __future__ import annotations

from serge_desktop.core.article import SourceFormat
from serge_desktop.core.document_formats import (
    IMPORT_FORMATS,
    IMPORT_SUFFIXES,
    format_for_name,
    name_filters,
)


def test_every_format_the_parsers_read_is_offered() -> None:
    assert {f.format for f in IMPORT_FORMATS} == set(SourceFormat) - {SourceFormat.NEWSPAPER}
    assert {".txt", ".md", ".html", ".htm", ".epub", ".pdf", ".docx", ".odt"} <= set(
        IMPORT_SUFFIXES
    )


def test_the_file_dialog_filter_lists_all_then_each_format() -> None:
    filters = name_filters().split(";;")
    assert filters[0] == "All articles (" + " ".join(f"*{s}" for s in IMPORT_SUFFIXES) + ")"
    assert "Web pages (*.html *.htm *.xhtml)" in filters
    assert "EPUB e-books (*.epub)" in filters
    assert len(filters) == len(IMPORT_FORMATS) + 1


def test_the_window_can_give_its_own_words_for_the_labels() -> None:
    filters = name_filters("Tous les articles", {"Web pages": "Pages web"}).split(";;")
    assert filters[0].startswith("Tous les articles (*.txt")
    assert "Pages web (*.html *.htm *.xhtml)" in filters


def test_suffixes_are_read_without_regard_to_case() -> None:
    assert format_for_name("Chapter.EPUB") is SourceFormat.EPUB
    assert format_for_name("notes") is None
