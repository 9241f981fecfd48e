"""Exports laid out by Qt's text engine: PDF and print page by page, and ODT.

The document is the HTML export (services/exports/html_export.py) with each timeline drawn as
a picture (ui/timeline/image_export.py) and kept in the document as an image resource. Pages are
drawn one at a time, each with a footer (title and "Page 2 of 7"), which QTextDocument.print_
does not number; the caller gets control back between pages to show progress and cancel.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextDocumentWriter,
)
from PySide6.QtPrintSupport import QPrinter

from serge_desktop.core.errors import SergeError
from serge_desktop.services.exports.content import ExportCancelledError, ExportContent
from serge_desktop.services.exports.html_export import Picture, html_document
from serge_desktop.services.timelinejs import OutputExistsError, write_atomically
from serge_desktop.ui.timeline.image_export import ensure_application, export_png

__all__ = ["build_document", "ensure_application", "export_document", "print_document"]

# Called after each page with (pages done, pages in all); returning False cancels.
PageProgress = Callable[[int, int], bool]
MARGIN_MM = 20.0
FOOTER_MM = 9.0  # room under the text for the page number
LOGICAL_DPI = 96.0  # the document is laid out in these pixels, then scaled to the device
TIMELINE_WIDTH = 740  # logical pixels the timeline is drawn at; shrunk to the text's width


class DocumentExportError(SergeError):
    """The PDF or ODT could not be written (the writer refused the file)."""


def _page_size(name: str) -> QPageSize:
    size = QPageSize.PageSizeId.Letter if name == "Letter" else QPageSize.PageSizeId.A4
    return QPageSize(size)


def _text_width(page_size: str) -> float:
    """The width of the text column in logical pixels."""
    width_mm = _page_size(page_size).size(QPageSize.Unit.Millimeter).width() - 2 * MARGIN_MM
    return width_mm / 25.4 * LOGICAL_DPI


def build_document(content: ExportContent) -> QTextDocument:
    """The export as a QTextDocument, timelines included as pictures; needs a QApplication."""
    ensure_application()
    document = QTextDocument()
    document.setDocumentMargin(0)
    serif = QFont("DejaVu Serif")
    serif.setStyleHint(QFont.StyleHint.Serif)
    serif.setPointSizeF(11)
    document.setDefaultFont(serif)
    pictures: dict[str, Picture] = {}
    width = _text_width(content.options.page_size)
    with tempfile.TemporaryDirectory(prefix="serge-export-") as folder:
        for number, section in enumerate(content.sections):
            if not section.events:
                continue
            name = f"timeline-{number}.png"
            png = Path(folder) / name
            export_png(section.events, png, width=TIMELINE_WIDTH)
            image = _trimmed(QImage(str(png)))
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            height = round(width * image.height() / max(1, image.width()))
            pictures[section.article.slug] = Picture(name, round(width), height)
    html = html_document(content, pictures=pictures)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, _text_height(content.options.page_size)))
    return document


def _trimmed(image: QImage) -> QImage:
    """The image without the blank rows the timeline leaves below its axis and legend."""
    background = image.pixel(0, image.height() - 1)
    bottom = image.height()
    while bottom > 1 and all(
        image.pixel(x, bottom - 1) == background for x in range(0, image.width(), 2)
    ):
        bottom -= 1
    margin = round(8 * image.devicePixelRatio())
    return image.copy(0, 0, image.width(), min(image.height(), bottom + margin))


def _text_height(page_size: str) -> float:
    height_mm = _page_size(page_size).size(QPageSize.Unit.Millimeter).height()
    return (height_mm - 2 * MARGIN_MM - FOOTER_MM) / 25.4 * LOGICAL_DPI


def paint_pages(
    document: QTextDocument, device: QPagedPaintDevice, title: str
) -> Iterator[tuple[int, int]]:
    """Draw the document on ``device`` a page at a time, yielding (page, pages) after each."""
    painter = QPainter()
    if not painter.begin(device):
        raise DocumentExportError("the page device could not be opened for drawing")
    try:
        scale = device.logicalDpiX() / LOGICAL_DPI
        page = document.pageSize()
        pages = max(1, document.pageCount())
        footer_font = QFont("DejaVu Sans")
        footer_font.setPixelSize(11)  # logical pixels: the painter is scaled to the device
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -number * page.height())
            painter.setClipRect(QRectF(0, number * page.height(), page.width(), page.height()))
            document.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            footer = QRectF(0, page.height(), page.width(), FOOTER_MM / 25.4 * LOGICAL_DPI)
            flags = Qt.AlignmentFlag.AlignBottom
            painter.drawText(footer, flags | Qt.AlignmentFlag.AlignLeft, title)
            painter.drawText(
                footer, flags | Qt.AlignmentFlag.AlignRight, f"Page {number + 1} of {pages}"
            )
            painter.restore()
            yield number + 1, pages
    finally:
        painter.end()


def _layout(page_size: str) -> QPageLayout:
    return QPageLayout(
        _page_size(page_size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(
    content: ExportContent,
    path: Path,
    *,
    force: bool = False,
    progress: PageProgress | None = None,
    document: QTextDocument | None = None,
) -> int:
    """Write the PDF whole or not at all; returns its number of pages."""
    if path.exists() and not force:
        raise OutputExistsError(path)
    laid_out = document or build_document(content)
    written = 0

    def write(target: Path) -> None:
        nonlocal written
        writer = QPdfWriter(str(target))
        writer.setResolution(300)
        writer.setPageLayout(_layout(content.options.page_size))
        writer.setTitle(content.title)
        writer.setCreator("Serge Desktop")
        for done, pages in paint_pages(laid_out, writer, content.title):
            written = done
            if progress is not None and not progress(done, pages):
                raise ExportCancelledError("the export was cancelled")

    write_atomically(path, write, force=force)
    return written


def write_odt(content: ExportContent, path: Path, *, force: bool = False) -> None:
    """Write an OpenDocument text file whole or not at all (pictures embedded)."""
    if path.exists() and not force:
        raise OutputExistsError(path)
    document = build_document(content)

    def write(target: Path) -> None:
        writer = QTextDocumentWriter(str(target), b"odf")
        if not writer.write(document):
            raise DocumentExportError(f"could not write the ODT file {path}")

    write_atomically(path, write, force=force)


def print_document(
    content: ExportContent, printer: QPrinter, progress: PageProgress | None = None
) -> int:
    """Draw the export on a printer set up by the caller (QPrintDialog, or a PDF file)."""
    document = build_document(content)
    printer.setPageLayout(_layout(content.options.page_size))
    printer.setDocName(content.title)
    done = 0
    for done, pages in paint_pages(document, printer, content.title):
        if progress is not None and not progress(done, pages):
            raise ExportCancelledError("the print was cancelled")
    return done


def export_document(content: ExportContent, path: Path, *, force: bool = False) -> str:
    """Write a PDF or ODT for the command line; returns what was written, for its message."""
    if content.options.format == "pdf":
        pages = write_pdf(content, path, force=force)
        return f"{pages} pages"
    write_odt(content, path, force=force)
    return "OpenDocument text"
