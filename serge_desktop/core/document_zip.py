"""The zip inside an e-book, a Word or an OpenDocument file, opened with a document's limits."""

from __future__ import annotations

from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from serge_desktop.core.safe_zip import SafeZip, ZipLimits, ZipProblem, ZipRefusedError
from serge_desktop.core.xml_events import XmlEvent, xml_events

# An article or a book holds a few megabytes of XML; pictures are never read. Office XML
# compresses well (10 to 30 times), so a small file gets a floor of 64 MB before the ratio.
DOCUMENT_LIMITS = ZipLimits(
    max_archive_bytes=64 * 1024 * 1024,
    max_members=5_000,
    max_unpacked_bytes=256 * 1024 * 1024,
    max_ratio=100,
    min_budget_bytes=64 * 1024 * 1024,
)
_DAMAGED = (ZipProblem.NOT_ZIP, ZipProblem.DAMAGED, ZipProblem.MISSING, ZipProblem.TOO_LARGE)


def open_document_zip(raw: bytes) -> SafeZip:
    """The file's archive with its member list checked; DocumentRejectedError if it is unsafe."""
    try:
        return SafeZip(raw, len(raw), DOCUMENT_LIMITS)
    except ZipRefusedError as exc:
        raise document_error(exc) from exc


def read_member(archive: SafeZip, name: str) -> bytes:
    try:
        return archive.read(name)
    except ZipRefusedError as exc:
        raise document_error(exc) from exc


def member_events(archive: SafeZip, name: str) -> list[XmlEvent]:
    """The XML events of one member (see ``xml_events``)."""
    return xml_events(read_member(archive, name), name)


def document_error(refusal: ZipRefusedError) -> DocumentRejectedError:
    """A zip's refusal as the document's: damage is DAMAGED, anything built to harm UNSAFE."""
    if refusal.problem is ZipProblem.ENCRYPTED:
        problem = DocumentProblem.ENCRYPTED
    elif refusal.problem in _DAMAGED:
        problem = DocumentProblem.DAMAGED
    else:
        problem = DocumentProblem.UNSAFE
    return DocumentRejectedError(problem, f"{refusal.problem.value}: {refusal.member}".rstrip())
