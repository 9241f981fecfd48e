"""An export as one CommonMark document: passages as block quotes, "¶ 12", tags, note links."""

from __future__ import annotations

import re
from pathlib import Path

from serge_desktop.services.exports.content import ArticleSection, ExportContent
from serge_desktop.services.exports.index_of_names import markdown_index
from serge_desktop.services.exports.note_links import note_anchor, rewrite_note_links
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import display_date, write_atomically
from serge_desktop.services.views import TimelineEventView

# Marks that would turn quoted words into emphasis, links, code or HTML; escaped with "\".
_INLINE_MARKS = re.compile(r"([\\`*_\[\]<>|~])")
# What starts a heading, a list, a block quote or a rule at the beginning of a line.
_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """Text shown as typed, not read as Markdown."""
    return _LINE_START.sub(_escape_start, _INLINE_MARKS.sub(r"\\\1", text))


def _escape_start(match: re.Match[str]) -> str:
    mark = match[2]
    if mark[0].isdigit():
        return f"{match[1]}{mark[:-1]}\\{mark[-1]}"
    return f"{match[1]}\\{mark}"


def markdown_document(content: ExportContent) -> str:
    """The whole export; one article's headings one level higher when it is alone."""
    exported = {note.note_id for note in content.notes}
    several = len(content.sections) > 1 or any(
        section.article.headline != content.title for section in content.sections
    )
    parts = [f"# {escape(content.title)}"]
    for section in content.sections:
        parts.extend(_section(section, content, exported, several=several))
    parts.extend(markdown_index(content.index, several=several, escape=escape))
    return "\n\n".join(parts) + "\n"


def _section(
    section: ArticleSection, content: ExportContent, exported: set[int], *, several: bool
) -> list[str]:
    article = section.article
    heading = "###" if several else "##"
    parts = [f"## {escape(article.headline)}"] if several else []
    byline = [article.publication, article.issue, article.author, article.published]
    if any(byline):
        parts.append("*" + " · ".join(escape(value) for value in byline if value) + "*")
    if section.source:
        parts.append(f"Source: {escape(section.source)}")
    if section.events:
        parts.append(f"{heading} Timeline")
        parts.append("\n".join(f"- {event_line(e)}" for e in section.events))
    if content.options.include_article:
        parts.append(f"{heading} The article")
        if article.standfirst:
            parts.append(f"**{escape(article.standfirst)}**")
        for paragraph in article.paragraphs:
            text = f"¶ {paragraph.index + 1} {escape(paragraph.text)}"
            parts.append(f"> {text}" if paragraph.is_quotation else text)
    if section.notes:
        parts.append(f"{heading} Notes")
        parts.extend(_note(note, exported) for note in section.notes)
    return parts


def event_line(event: TimelineEventView) -> str:
    """The date in bold, the label, its category; what is said of it on the next line."""
    line = f"**{escape(display_date(event))}** — {escape(event.label)} _({escape(event.category)})_"
    if event.description:
        line += "  \n  " + escape(" ".join(event.description.split()))
    return line


def _note(note: ExportedNote, exported: set[int]) -> str:
    lines = [f'<a id="{note_anchor(note.note_id)}"></a>']
    if note.quote:
        lines.append("")
        lines.extend(f"> {line}" if line else ">" for line in escape(note.quote).splitlines())
    facts = [f"¶ {note.paragraph}"] if note.paragraph is not None else []
    if note.event_label:
        facts.append(f"About: {escape(note.event_label)}")
    elif not note.quote:
        facts.append("About the whole article")
    if note.color:
        facts.append(f"Highlight: {note.color}")
    if note.tags:
        facts.append("Tags: " + ", ".join(escape(tag) for tag in note.tags))
    if note.author:
        facts.append(f"From: {escape(note.author)}")
    if facts:
        lines.extend(["", " · ".join(facts)])
    if note.body.strip():
        lines.extend(["", rewrite_note_links(note.body.strip(), exported)])
    lines.extend(["", "---"])
    return "\n".join(lines)


def write_markdown(content: ExportContent, path: Path, *, force: bool = False) -> None:
    text = markdown_document(content)

    def write(target: Path) -> None:
        target.write_text(text, encoding="utf-8")

    write_atomically(path, write, force=force)
