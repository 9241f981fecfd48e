"""Regenerate the sample documents the format tests read, with each format's own tools.

    python tests/core/documents/make_documents.py

Needs LibreOffice (``apt-get install libreoffice-writer-nogui hyphen-en-us``), pandoc,
poppler-utils and img2pdf; the tests themselves need none of them, only the files this writes:

Into resources/samples/ (they ship with the app: the self-test imports them from the bundle):

- letters-from-exile.odt, .docx, .pdf: LibreOffice converts one flat OpenDocument source (made
  from sample_text.py) to each; the PDF has a running header, page numbers in the footer and
  words hyphenated at line ends, on A5 pages so the text runs over several of them.
- voices-from-the-margins.epub: pandoc makes an EPUB 3 book of three chapters from the text.

Into tests/core/documents/, for the tests alone:

- scanned.pdf: the PDF's first page as a picture only (pdftoppm, then img2pdf), with no text.
- drm.epub: the book as a DRM-protected copy looks: META-INF/rights.xml, and encryption.xml
  naming every chapter, whose bytes are replaced by noise.

The saved web pages (resources/samples/news-article.html, tests/core/documents/html/) are
written by hand, as a browser's "Save page" leaves them; this script does not touch them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
from sample_text import (
    AUTHOR,
    BLOCKS,
    BOOK_CHAPTERS,
    BOOK_PUBLISHER,
    BOOK_SERIES,
    BOOK_SERIES_PART,
    BOOK_TITLE,
    DATE,
    SUBTITLE,
    TITLE,
)

HERE = Path(__file__).parent
SHIPPED = HERE.parents[2] / "resources" / "samples"
OFFICE_NAME = "letters-from-exile"
BOOK_NAME = "voices-from-the-margins"
_MARKUP = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <dc:title>{title}</dc:title>
  <meta:initial-creator>{author}</meta:initial-creator>
  <dc:creator>{author}</dc:creator>
  <meta:creation-date>{date}T09:00:00</meta:creation-date>
  <dc:date>{date}T09:00:00</dc:date>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"
   xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" fo:language="en"
    fo:country="US" fo:hyphenate="true" fo:hyphenation-remain-char-count="2"
    fo:hyphenation-push-char-count="2"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="13pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="2">
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="Emphasis" style:family="text">
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis"
   style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A5">
   <style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm"
    fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style>
    <style:header-footer-properties fo:margin-bottom="0.4cm"/>
   </style:header-style>
   <style:footer-style>
    <style:header-footer-properties fo:margin-top="0.4cm"/>
   </style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A5">
   <style:header><text:p text:style-name="Header">{title} · {author}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer"
    ><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
{body}
  </office:text>
 </office:body>
</office:document>
"""


def spans(text: str) -> str:
    """The sample markup as OpenDocument character styles."""
    out, last = [], 0
    for match in _MARKUP.finditer(text):
        out.append(escape(text[last : match.start()]))
        bold, italic = match.groups()
        style = "Strong_20_Emphasis" if bold else "Emphasis"
        out.append(f'<text:span text:style-name="{style}">{escape(bold or italic)}</text:span>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def fodt_body() -> str:
    lines = [
        f'<text:p text:style-name="Title">{escape(TITLE)}</text:p>',
        f'<text:p text:style-name="Subtitle">{escape(SUBTITLE)}</text:p>',
    ]
    for kind, text in BLOCKS:
        if kind in ("h1", "h2"):
            level = kind[1]
            lines.append(
                f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                f"{spans(text)}</text:h>"
            )
        else:
            style = "Quotations" if kind == "quote" else "Standard"
            lines.append(f'<text:p text:style-name="{style}">{spans(text)}</text:p>')
    return "\n".join("   " + line for line in lines)


def book_markdown() -> str:
    front = (
        f"---\ntitle: {BOOK_TITLE}\nauthor: {AUTHOR}\ndate: {DATE}\n"
        f"publisher: {BOOK_PUBLISHER}\nlang: en-GB\n"
        f"belongs-to-collection: {BOOK_SERIES}\ngroup-position: {BOOK_SERIES_PART}\n---\n\n"
    )
    parts = [front]
    for chapter, blocks in BOOK_CHAPTERS:
        parts.append(f"# {chapter}\n\n")
        for kind, text in blocks:
            parts.append(("> " if kind == "quote" else "") + text + "\n\n")
    return "".join(parts)


def run(*command: str, cwd: Path) -> None:
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)


def make_office_files(work: Path) -> None:
    source = work / "sample.fodt"
    source.write_text(
        FODT.format(title=escape(TITLE), author=escape(AUTHOR), date=DATE, body=fodt_body()),
        encoding="utf-8",
    )
    profile = f"-env:UserInstallation=file://{work}/profile"
    for target in ("odt", "docx:MS Word 2007 XML", "pdf:writer_pdf_Export"):
        run("soffice", profile, "--headless", "--convert-to", target, "--outdir", str(work),
            str(source), cwd=work)  # fmt: skip
    for suffix in ("odt", "docx", "pdf"):
        shutil.copy(work / f"sample.{suffix}", SHIPPED / f"{OFFICE_NAME}.{suffix}")


def make_scanned_pdf(work: Path) -> None:
    pdf = SHIPPED / f"{OFFICE_NAME}.pdf"
    first_page = ("-f", "1", "-l", "1")
    run(
        "pdftoppm", "-r", "60", "-gray", "-png", *first_page, str(pdf), str(work / "page"), cwd=work
    )
    page = next(work.glob("page*.png"))
    run("img2pdf", "--output", str(HERE / "scanned.pdf"), str(page), cwd=work)


def make_epubs(work: Path) -> None:
    (work / "book.md").write_text(book_markdown(), encoding="utf-8")
    run("pandoc", "book.md", "--to", "epub3", "--epub-chapter-level=1", "-o", "book.epub", cwd=work)
    shutil.copy(work / "book.epub", SHIPPED / f"{BOOK_NAME}.epub")
    make_drm_copy(SHIPPED / f"{BOOK_NAME}.epub", HERE / "drm.epub")


def make_drm_copy(book: Path, target: Path) -> None:
    with zipfile.ZipFile(book) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    chapters = sorted(name for name in members if re.search(r"ch\d+\.xhtml$", name))
    references = "".join(
        '<EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#">'
        '<EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
        f'<CipherData><CipherReference URI="{name}"/></CipherData></EncryptedData>'
        for name in chapters
    )
    members["META-INF/encryption.xml"] = (
        '<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        f"{references}</encryption>"
    ).encode()
    members["META-INF/rights.xml"] = (
        b'<?xml version="1.0"?><adept:rights xmlns:adept="http://ns.adobe.com/adept">'
        b"<adept:licenseToken/></adept:rights>"
    )
    for number, name in enumerate(chapters):
        members[name] = bytes((number * 7919 + i * 104729) % 256 for i in range(2048))
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("mimetype", members.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        make_office_files(work)
        make_scanned_pdf(work)
        make_epubs(work)
    for path in sorted([*SHIPPED.glob("*.*"), *HERE.glob("*.*")]):
        if path.suffix in (".odt", ".docx", ".pdf", ".epub"):
            print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
