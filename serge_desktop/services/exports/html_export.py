"""An export as one self-contained, printable HTML file (styles inline, nothing fetched).

The same HTML, given pictures of the timelines, is what Qt lays out for PDF, ODT and print:
its rich-text engine reads this subset of HTML and CSS (ui/features/export/documents.py).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from serge_desktop.services.exports.content import ArticleSection, ExportContent
from serge_desktop.services.exports.index_of_names import html_index
from serge_desktop.services.exports.note_html import note_html
from serge_desktop.services.exports.note_links import linked_notes, note_anchor
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import display_date, write_atomically
from serge_desktop.services.views import ArticleView, TimelineEventView

# Light tints of the highlight colours: readable under black text, on screen and on paper.
TINTS = {
    "yellow": "#ffec99",
    "green": "#c3ecc9",
    "blue": "#cfe5ff",
    "pink": "#ffd6ea",
    "purple": "#e6d9ff",
}
_STYLE = """
body { font-family: Georgia, 'DejaVu Serif', 'Liberation Serif', serif; font-size: 11pt;
       line-height: 1.45; color: #1a1a1a; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 15pt; margin-top: 1.4em; }
h3 { font-size: 12.5pt; margin-top: 1.2em; border-bottom: 1px solid #999; }
p.byline { color: #555; font-style: italic; margin-top: 0; }
p.standfirst { font-weight: bold; }
span.para { color: #888; font-size: 8pt; font-family: sans-serif; }
p.quotation { margin-left: 2em; font-style: italic; }
table.timeline { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.timeline td { border-bottom: 1px solid #ddd; padding: 3px 6px; vertical-align: top; }
td.date { white-space: nowrap; font-weight: bold; }
td.category { white-space: nowrap; color: #555; }
span.said { color: #555; font-size: 9pt; }
blockquote { margin: 0.6em 0 0.4em 0; padding-left: 0.8em; border-left: 3px solid #bbb;
             font-style: italic; }
p.facts { font-family: sans-serif; font-size: 8.5pt; color: #555; margin: 0.2em 0; }
div.note { margin-bottom: 1.1em; }
hr { border: 0; border-top: 1px solid #ddd; }
"""
# A readable column on screen; on paper (and in Qt's layout, which has its own margins) none.
_SCREEN = "body { max-width: 42em; margin: 2em auto; padding: 0 1em; }"
_PRINT = "@media print { body { max-width: none; margin: 0; padding: 0; } }"


class Picture(NamedTuple):
    """An image the document holds as a resource, and the size to show it at (pixels)."""

    name: str
    width: int
    height: int


def html_document(content: ExportContent, *, pictures: Mapping[str, Picture] | None = None) -> str:
    """The export as HTML; ``pictures`` maps an article's slug to its timeline's picture.

    Without pictures (the HTML file) the timeline is a table, so the file needs nothing else.
    """
    exported = {note.note_id for note in content.notes}
    # Every note of the HTML file can be linked to. Qt's text engine takes time in the square
    # of the number of named places (each becomes a format of its own), so the document it
    # lays out names only the notes that other notes link to.
    anchored = exported if pictures is None else linked_notes(content.notes) & exported
    several = len(content.sections) > 1 or any(
        section.article.headline != content.title for section in content.sections
    )
    page = "Letter" if content.options.page_size == "Letter" else "A4"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(content.title)}</title>",
        f"<style>{_STYLE}{'' if pictures is not None else _SCREEN + _PRINT}"
        f"@page {{ size: {page}; margin: 2cm; }}</style>",
        "</head><body>",
        f"<h1>{_e(content.title)}</h1>",
    ]
    for section in content.sections:
        picture = (pictures or {}).get(section.article.slug)
        parts.extend(
            _section(section, content, exported, anchored, several=several, picture=picture)
        )
    parts.extend(html_index(content.index, several=several))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _section(
    section: ArticleSection,
    content: ExportContent,
    exported: set[int],
    anchored: set[int],
    *,
    several: bool,
    picture: Picture | None,
) -> list[str]:
    article = section.article
    heading = "h3" if several else "h2"
    parts = [f"<h2>{_e(article.headline)}</h2>"] if several else []
    byline = [
        v for v in (article.publication, article.issue, article.author, article.published) if v
    ]
    if byline:
        parts.append(f'<p class="byline">{" · ".join(_e(v) for v in byline)}</p>')
    if section.source:
        parts.append(f'<p class="byline">Source: {_e(section.source)}</p>')
    if section.events:
        parts.append(f"<{heading}>Timeline</{heading}>")
        if picture is not None:
            parts.append(
                f'<p style="line-height: 100%"><img src="{_e(picture.name)}" '
                f'width="{picture.width}" height="{picture.height}" alt="Timeline"></p>'
            )
        else:
            parts.append('<table class="timeline">')
            parts.extend(_event_row(event) for event in section.events)
            parts.append("</table>")
    if content.options.include_article:
        parts.append(f"<{heading}>The article</{heading}>")
        parts.extend(_article(article, section.notes))
    if section.notes:
        parts.append(f"<{heading}>Notes</{heading}>")
        parts.extend(_note(note, exported, note.note_id in anchored) for note in section.notes)
    return parts


def _event_row(event: TimelineEventView) -> str:
    """Date, label (and what is said of the event), and its category in its colour."""
    said = f'<br><span class="said">{_e(event.description)}</span>' if event.description else ""
    colour = event.category_color or "#808080"
    category = f'<span class="swatch" style="color: {_e(colour)}">■</span> {_e(event.category)}'
    return (
        f'<tr><td class="date">{_e(display_date(event))}</td>'
        f'<td>{_e(event.label)}{said}</td><td class="category">{category}</td></tr>'
    )


def _article(article: ArticleView, notes: tuple[ExportedNote, ...]) -> list[str]:
    parts = [f'<p class="standfirst">{_e(article.standfirst)}</p>'] if article.standfirst else []
    marked = sorted(
        (n for n in notes if n.paragraph is not None and n.quote), key=lambda n: n.start
    )
    for paragraph in article.paragraphs:
        text = _marked_text(article.body, paragraph.start, paragraph.end, marked)
        css = ' class="quotation"' if paragraph.is_quotation else ""
        number = f'<span class="para">¶ {paragraph.index + 1}</span> '
        parts.append(f"<p{css}>{number}{text}</p>")
    return parts


def _marked_text(body: str, start: int, end: int, notes: list[ExportedNote]) -> str:
    """The paragraph's text with the notes' passages highlighted in their colours."""
    pieces: list[str] = []
    at = start
    for note in notes:
        if note.start < at or note.start >= end:
            continue  # outside this paragraph, or overlapping a passage already marked
        stop = min(note.end, end)
        tint = TINTS.get(note.color or "yellow", TINTS["yellow"])
        pieces.append(_e(body[at : note.start]))
        pieces.append(
            f'<span style="background-color: {tint}">{_e(body[note.start : stop])}</span>'
        )
        at = stop
    pieces.append(_e(body[at:end]))
    return "".join(pieces)


def _note(note: ExportedNote, exported: set[int], anchored: bool) -> str:
    anchor = note_anchor(note.note_id)
    parts = [
        f'<div class="note" id="{anchor}"><a name="{anchor}"></a>'
        if anchored
        else '<div class="note">'
    ]
    if note.quote:
        tint = TINTS.get(note.color or "", "#bbbbbb")
        parts.append(f'<blockquote style="border-left-color: {tint}">{_e(note.quote)}</blockquote>')
    facts = [f"¶ {note.paragraph}"] if note.paragraph is not None else []
    if note.event_label:
        facts.append(f"About: {_e(note.event_label)}")
    elif not note.quote:
        facts.append("About the whole article")
    if note.tags:
        facts.append("Tags: " + ", ".join(_e(tag) for tag in note.tags))
    if note.author:
        facts.append(f"From: {_e(note.author)}")
    if facts:
        parts.append(f'<p class="facts">{" · ".join(facts)}</p>')
    if note.body.strip():
        parts.append(f'<div class="body">{note_html(note.body, exported)}</div>')
    parts.append("</div>")
    return "\n".join(parts)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def write_html(content: ExportContent, path: Path, *, force: bool = False) -> None:
    text = html_document(content)

    def write(target: Path) -> None:
        target.write_text(text, encoding="utf-8")

    write_atomically(path, write, force=force)
