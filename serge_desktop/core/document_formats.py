"""The formats the app imports: their file names, and which one a file's first bytes show.

One list serves the command line's help, the window's file dialog and the shared folder: each
format with the suffixes its files carry. A file's bytes decide its format where they can (a
zip says what it holds, a PDF starts with ``%PDF-``), so a file with a wrong or missing suffix
is still read right; the suffix decides only between text shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from serge_desktop.core.article import SourceFormat
from serge_desktop.core.document_zip import open_document_zip
from serge_desktop.core.docx_format import is_docx
from serge_desktop.core.epub_format import is_epub
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from serge_desktop.core.odt_format import is_odt


@dataclass(frozen=True, slots=True)
class ImportFormat:
    """A kind of file the app imports; ``label`` is English, for the UI to translate."""

    format: SourceFormat
    label: str
    suffixes: tuple[str, ...]


IMPORT_FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat(SourceFormat.PLAIN, "Plain text", (".txt", ".text")),
    ImportFormat(SourceFormat.MARKDOWN, "Markdown", (".md", ".markdown")),
    ImportFormat(SourceFormat.HTML, "Web pages", (".html", ".htm", ".xhtml")),
    ImportFormat(SourceFormat.EPUB, "EPUB e-books", (".epub",)),
    ImportFormat(SourceFormat.PDF, "PDF documents", (".pdf",)),
    ImportFormat(SourceFormat.DOCX, "Word documents", (".docx",)),
    ImportFormat(SourceFormat.ODT, "OpenDocument text", (".odt",)),
)
IMPORT_SUFFIXES: tuple[str, ...] = tuple(s for f in IMPORT_FORMATS for s in f.suffixes)
# Binary formats: their bytes are not text, and a file named for one must be one.
DOCUMENT_FORMATS = frozenset({SourceFormat.EPUB, SourceFormat.PDF, SourceFormat.DOCX,
                              SourceFormat.ODT})  # fmt: skip
# An article's details beside it (title, series, curated events): dropped with a folder's files.
SIDECAR_SUFFIX = ".toml"
# Files people will try, named so the refusal can say what to do instead.
_LEGACY = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 document: save it as .docx or .odt"),
    (b"{\\rtf", "a Rich Text document: save it as .docx or .odt"),
)


def name_filters(all_label: str = "All articles", label_of: dict[str, str] | None = None) -> str:
    """A file dialog's name filters: every format at once first, then each format on its own.

    ``label_of`` maps each format's English label to the words to show (the window's
    translations); unmapped labels are shown as they are.
    """
    labels = label_of or {}
    every = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
    each = [
        f"{labels.get(f.label, f.label)} ({' '.join(f'*{s}' for s in f.suffixes)})"
        for f in IMPORT_FORMATS
    ]
    return ";;".join([f"{all_label} ({every})", *each])


def format_for_name(name: str) -> SourceFormat | None:
    """The format a file name's suffix stands for, or None (no suffix, or an unknown one)."""
    lowered = name.lower()
    return next(
        (f.format for f in IMPORT_FORMATS if lowered.endswith(f.suffixes)),
        None,
    )


def sniff_document(raw: bytes, name: str = "") -> SourceFormat | None:
    """EPUB, PDF, DOCX or ODT as the bytes show it; None for text (to be decoded and shaped).

    Refuses a file named for a document format whose bytes are not one (DAMAGED), a zip that
    is none of them, and the legacy formats people save articles in (UNSUPPORTED).
    """
    named = format_for_name(name)
    if name.lower().endswith(SIDECAR_SUFFIX):
        # Text, so it would read as an article of TOML: import the article beside it instead.
        raise DocumentRejectedError(DocumentProblem.SIDECAR, "import the article file itself")
    for magic, what in _LEGACY:
        if raw.startswith(magic):
            raise DocumentRejectedError(DocumentProblem.UNSUPPORTED, what)
    if b"%PDF-" in raw[:1024]:
        return SourceFormat.PDF
    if raw.startswith(b"PK\x03\x04"):
        with open_document_zip(raw) as archive:
            found = (
                SourceFormat.EPUB if is_epub(archive)
                else SourceFormat.ODT if is_odt(archive)
                else SourceFormat.DOCX if is_docx(archive)
                else None
            )  # fmt: skip
        if found is None:
            raise DocumentRejectedError(
                DocumentProblem.UNSUPPORTED, "a zip archive that is not an e-book or a document"
            )
        return found
    if named in DOCUMENT_FORMATS:
        raise DocumentRejectedError(DocumentProblem.DAMAGED, f"not a {named.value.upper()} file")
    return None
