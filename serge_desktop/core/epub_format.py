"""An EPUB book as one article: its chapters in reading order, each opening with its heading.

A reader of a book expects the book: one item in the library, read from the first chapter to
the last, its notes and its timeline in one place, as Calibre, KOReader and Zotero keep it. So
the chapters are not split into articles; each keeps its own headings (a chapter's title is a
heading where the book set one). The book's title, authors, date and publisher come from its
package document, and the series it belongs to (EPUB 3 collections, or Calibre's series) with
its number, for the library to file it under.

A book locked by DRM cannot be read, and says so: its ``META-INF/rights.xml``, or an
``encryption.xml`` that names anything but obfuscated fonts, refuses it.
"""

from __future__ import annotations

import re

from serge_desktop.core.article import ParagraphKind, ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.document_zip import member_events, open_document_zip, read_member
from serge_desktop.core.epub_package import read_package
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from serge_desktop.core.html_blocks import html_drafts
from serge_desktop.core.safe_zip import SafeZip
from serge_desktop.core.text_blocks import collapse
from serge_desktop.core.xml_events import Start, local_name

MIMETYPE = b"application/epub+zip"
RIGHTS = "META-INF/rights.xml"
ENCRYPTION = "META-INF/encryption.xml"
# Font obfuscation (IDPF's and Adobe's) "encrypts" embedded fonts only; the text stays open.
_FONT_OBFUSCATION = frozenset(
    {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
)
# Pages that are not the book's text: its cover, title page, table of contents.
_FRONT_MATTER = re.compile(
    r"<(?:body|section|div)\b[^>]*\bepub:type\s*=\s*[\"'][^\"']*\b"
    r"(?:cover|titlepage|halftitlepage|toc|landmarks|loi|lot)\b",
    re.IGNORECASE,
)


def is_epub(archive: SafeZip) -> bool:
    return archive.has("mimetype") and read_member(archive, "mimetype").strip() == MIMETYPE


def parse_epub(raw: bytes) -> ParsedArticle:
    with open_document_zip(raw) as archive:
        _refuse_drm(archive)
        package = read_package(archive)
        drafts: list[DraftParagraph] = []
        for member in package.spine:
            if not archive.has(member):
                continue  # listed but absent: the rest of the book is still worth reading
            page = read_member(archive, member).decode("utf-8", errors="replace")
            if _FRONT_MATTER.search(page):
                continue
            drafts.extend(html_drafts(page))
    title = package.title or next((d.text for d in drafts if d.kind is ParagraphKind.HEADING), "")
    return build_article(
        SourceFormat.EPUB,
        title,
        _without_repeated_title(drafts, title),
        publication=package.publisher,
        author=", ".join(package.authors) or None,
        published=package.date,
        source=package.source,
        series=package.series,
        series_part=package.series_part,
        language=package.language,
    )


def _refuse_drm(archive: SafeZip) -> None:
    if archive.has(RIGHTS):
        raise DocumentRejectedError(DocumentProblem.DRM, RIGHTS)
    if not archive.has(ENCRYPTION):
        return
    for event in member_events(archive, ENCRYPTION):
        if (
            isinstance(event, Start)
            and local_name(event.tag) == "EncryptionMethod"
            and event.attrs.get("Algorithm", "") not in _FONT_OBFUSCATION
        ):
            raise DocumentRejectedError(DocumentProblem.DRM, ENCRYPTION)


def _without_repeated_title(drafts: list[DraftParagraph], title: str) -> list[DraftParagraph]:
    """A book that opens with its own title as a heading: the article's headline says it."""
    first = drafts[0] if drafts else None
    if first is not None and first.kind is ParagraphKind.HEADING and _same(first.text, title):
        return drafts[1:]
    return drafts


def _same(a: str, b: str) -> bool:
    return collapse(a).casefold() == collapse(b).casefold()
