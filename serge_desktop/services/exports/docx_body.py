"""Appending to a Word document's body in time linear in its size, for exports of many notes.

python-docx's ``add_paragraph`` looks for the body's section properties among all its children
on every call, so a document of n paragraphs takes time in n squared (40,000 notes: minutes);
its ``add_run`` reads the text a character at a time; and each formatting property it sets
searches the element for where the property belongs. Here a paragraph goes straight before the
section properties, found once, and its style and its runs' formatting are written as the
elements python-docx would write (in the order the schema wants), so it can read them back.
Imported only when a Word export runs: python-docx is an optional extra.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

# Characters python-docx turns into elements of their own (a tab, a line break).
_SPECIAL = frozenset("\t\n\r")
_W = {
    tag: qn(f"w:{tag}")
    for tag in (
        "p", "pPr", "pStyle", "r", "rPr", "rFonts", "b", "i", "strike", "sz", "highlight", "t",
        "val", "ascii", "hAnsi",
    )
}  # fmt: skip
_PRESERVE = qn("xml:space")
# Word's highlight colours (the xml values of python-docx's WD_COLOR_INDEX) closest to ours.
HIGHLIGHTS = {"yellow": "yellow", "green": "green", "blue": "cyan", "pink": "magenta"}


class DocxBody:
    """The end of one document's body, where paragraphs are added."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._body = document.element.body
        self._end = self._body.sectPr  # the section properties close the body; found once
        self._style_ids: dict[str, str] = {}

    def paragraph(self, style: str | None = None) -> Paragraph:
        """A new, empty paragraph at the end, in the named style."""
        element = self._element("p")
        if style is not None:
            properties = self._element("pPr")
            properties.append(self._element("pStyle", self._style_id(style)))
            element.append(properties)
        if self._end is not None:
            self._end.addprevious(element)
        else:
            self._body.append(element)
        return Paragraph(element, self._document._body)

    def text(
        self,
        paragraph: Paragraph,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        strike: bool = False,
        font: str | None = None,
        half_points: int | None = None,
        highlight: str | None = None,
    ) -> None:
        """A run of ``text`` at the end of the paragraph, formatted as asked.

        ``font`` is a font's name ("Courier New"); ``half_points`` the font size (16 for 8 pt);
        ``highlight`` one of HIGHLIGHTS' keys.
        """
        run_element = self._element("r")
        # In the order the schema wants: fonts, bold, italic, strike, size, highlight.
        formats: list[Any] = []
        if font is not None:
            # As python-docx's font.name writes it: the font for Latin text, both ranges.
            fonts = self._element("rFonts")
            fonts.set(_W["ascii"], font)
            fonts.set(_W["hAnsi"], font)
            formats.append(fonts)
        if bold:
            formats.append(self._element("b"))
        if italic:
            formats.append(self._element("i"))
        if strike:
            formats.append(self._element("strike"))
        if half_points is not None:
            formats.append(self._element("sz", str(half_points)))
        if highlight in HIGHLIGHTS:
            formats.append(self._element("highlight", HIGHLIGHTS[highlight]))
        if formats:
            properties = self._element("rPr")
            properties.extend(formats)
            run_element.append(properties)
        if _SPECIAL.intersection(text):
            run_element.text = text  # python-docx's own setter makes the tabs and breaks
        else:
            words = self._element("t")
            words.text = text
            if text != text.strip():
                words.set(_PRESERVE, "preserve")  # as python-docx does, or Word drops spaces
            run_element.append(words)
        paragraph._p.append(run_element)

    def line(self, text: str, style: str | None = None, **formats: Any) -> None:
        """A paragraph holding one run of ``text``, formatted as ``text`` formats."""
        self.text(self.paragraph(style), text, **formats)

    def heading(self, text: str, level: int) -> None:
        """A heading as python-docx makes one: level 0 is the title."""
        self.line(text, "Title" if level == 0 else f"Heading {level}")

    def _element(self, tag: str, value: str | None = None) -> Any:
        # The body's own factory: the element gets python-docx's class for its tag.
        element = self._body.makeelement(_W[tag])
        if value is not None:
            element.set(_W["val"], value)
        return element

    def _style_id(self, name: str) -> str:
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self._document.styles[name].style_id
        return found
