"""Which export formats can be written here, and writing the ones that need no drawing code.

PDF, ODT and print are laid out by Qt's text engine, which lives in the ui layer: the window
calls it directly, the command line is handed it by ``serge_desktop.main``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from serge_desktop.core.errors import SergeError
from serge_desktop.services.exports.anki_export import anki_available, write_anki
from serge_desktop.services.exports.content import ExportContent
from serge_desktop.services.exports.csv_export import write_csv
from serge_desktop.services.exports.docx_export import docx_available, write_docx
from serge_desktop.services.exports.html_export import write_html
from serge_desktop.services.exports.index_of_names import identifying_annotations
from serge_desktop.services.exports.markdown_export import write_markdown
from serge_desktop.services.exports.options import DOCUMENT_FORMATS, FILE_FORMATS
from serge_desktop.services.exports.w3c import write_w3c
from serge_desktop.services.policy import Policy

# The optional formats and the extra (pip install "serge-desktop[extra]") each needs.
EXTRAS = {"docx": "docx", "anki": "anki"}


class ExportRefusedError(SergeError):
    """The format cannot be written here: the policy forbids it, or its package is missing."""

    def __init__(self, export_format: str, reason: str, *, extra: str | None = None) -> None:
        self.export_format = export_format
        self.reason = reason  # "policy", "missing" or "unknown"
        self.extra = extra
        super().__init__(f"cannot export {export_format}: {reason}")


def missing_extra(export_format: str) -> str | None:
    """The extra to install for this format, or None when it can be written already."""
    available = {"docx": docx_available, "anki": anki_available}.get(export_format)
    if available is None or available():
        return None
    return EXTRAS[export_format]


def check_format(policy: Policy, export_format: str) -> None:
    """Raise ExportRefusedError unless the format may and can be written."""
    if export_format not in FILE_FORMATS and export_format not in DOCUMENT_FORMATS:
        raise ExportRefusedError(export_format, "unknown")
    if not policy.export_allowed(export_format):
        raise ExportRefusedError(export_format, "policy")
    extra = missing_extra(export_format)
    if extra is not None:
        raise ExportRefusedError(export_format, "missing", extra=extra)


def identifying(content: ExportContent) -> list[dict[str, Any]]:
    """The index of names' confirmed mentions as W3C annotations (when the export asks)."""
    return identifying_annotations(content.index, library=content.library_id)


def write_file(content: ExportContent, path: Path, *, force: bool = False) -> None:
    """Write a format that needs no drawing code, whole or not at all."""
    export_format = content.options.format
    if export_format == "markdown":
        write_markdown(content, path, force=force)
    elif export_format == "html":
        write_html(content, path, force=force)
    elif export_format == "csv":
        write_csv(content.notes, path, force=force)
    elif export_format == "w3c":
        write_w3c(path, content.notes, label=content.title, force=force, extra=identifying(content))
    elif export_format == "docx":
        write_docx(content, path, force=force)
    elif export_format == "anki":
        write_anki(content, path, force=force)
    else:
        raise ExportRefusedError(export_format, "unknown")
