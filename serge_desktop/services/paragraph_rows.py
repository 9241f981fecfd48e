"""A revision's paragraphs as the reader shows them: kind, heading level and emphasis."""

from __future__ import annotations

from collections import defaultdict

from serge_desktop.core.article import InlineMark, InlineStyle, Paragraph, ParagraphKind
from serge_desktop.storage import models as m


def paragraph_views(revision: m.Revision) -> tuple[Paragraph, ...]:
    """The revision's paragraphs in order, each with its marks (two queries, not one each)."""
    rows = list(revision.paragraphs.order_by(m.Paragraph.position))
    marks: defaultdict[int, list[InlineMark]] = defaultdict(list)
    query = (
        m.InlineMark.select()
        .join(m.Paragraph)
        .where(m.Paragraph.revision == revision)
        .order_by(m.InlineMark.start, m.InlineMark.style)
    )
    for row in query:
        marks[row.paragraph_id].append(InlineMark(row.start, row.end, InlineStyle(row.style)))
    return tuple(
        Paragraph(
            p.position,
            p.text,
            p.start,
            p.end,
            p.is_quotation,
            ParagraphKind(p.kind),
            p.level,
            tuple(marks[p.id]),
        )
        for p in rows
    )
