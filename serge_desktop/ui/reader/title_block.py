"""The lines above an article's text: masthead, headline, standfirst, and a line of details.

The details say who wrote it and when, the issue, the series with the article's part in it
("The socialists who opposed Stalin, part 2") and its subject, each only when known.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat

from serge_desktop.services.views import ArticleView
from serge_desktop.ui.reader.typesetting import (
    HEADLINE_LEADING,
    STANDFIRST_LEADING,
    ReaderColours,
    block_format,
    char_format,
    em,
)

DETAILS_SEPARATOR = "  ·  "
TEXT_GAP = 1.6  # ems of the body between the title block and the text

# One line of the title block: its text, its character format, its block format.
TitleLine = tuple[str, QTextCharFormat, QTextBlockFormat]


def title_lines(article: ArticleView, font: QFont, colours: ReaderColours) -> list[TitleLine]:
    """The title block's lines, in order."""
    a = article
    lines: list[TitleLine] = []
    if a.publication:
        masthead = char_format(font, 0.8, weight=QFont.Weight.DemiBold, color=colours.accent)
        masthead.setFontCapitalization(QFont.Capitalization.AllUppercase)
        masthead.setFontLetterSpacing(112)
        lines.append((a.publication, masthead, block_format(font, bottom=0.5)))
    headline = char_format(font, 2.0, weight=QFont.Weight.Bold, color=colours.text)
    headline_block = block_format(headline.font(), bottom=0.25, leading=HEADLINE_LEADING)
    headline_block.setHeadingLevel(1)
    lines.append((a.headline, headline, headline_block))
    if a.standfirst:
        standfirst = char_format(font, 1.2, italic=True, color=colours.text)
        standfirst_block = block_format(
            standfirst.font(), top=0.35, bottom=0.6, leading=STANDFIRST_LEADING
        )
        lines.append((a.standfirst, standfirst, standfirst_block))
    details = details_line(a)
    if details:
        meta = char_format(font, 0.85, color=colours.muted)
        lines.append((details, meta, block_format(font, top=0.3, bottom=0.0)))
    # Room between the title block and the text, whichever line ends it.
    lines[-1][2].setBottomMargin(TEXT_GAP * em(font))
    return lines


# "No.", "No", "Nº", "N°", "#" before an issue's number.
_NUMBER_SIGN = re.compile(r"^(?:no\.?|n[º°]|#)\s*(?=\d)", re.IGNORECASE)


def details_line(article: ArticleView) -> str:
    """Author, date, issue, series and part, subject: those known, in one line."""
    parts = [
        article.author
        and QCoreApplication.translate("TitleBlock", "By %1").replace("%1", article.author),
        article.published and _date_text(article.published),
        article.issue
        and QCoreApplication.translate("TitleBlock", "Issue %1").replace(
            "%1", issue_number(article.issue)
        ),
        article.series and series_text(article.series, article.part),
        article.subject,
    ]
    return DETAILS_SEPARATOR.join(part for part in parts if part)


def issue_number(issue: str) -> str:
    """The issue without its own "No." ("No. 1929" -> "1929"), which the label says in words.

    Papers print "Issue No. 1929"; kept, it would read "Issue No. 1929" here but "Numéro No. 1929"
    in French, where the label is "Numéro %1".
    """
    return _NUMBER_SIGN.sub("", issue.strip()) or issue


def series_text(series: str, part: int | None) -> str:
    if part is None:
        return series
    text = QCoreApplication.translate("TitleBlock", "%1, part %2")
    return text.replace("%1", series).replace("%2", QLocale().toString(part))


def _date_text(published: str) -> str:
    """An ISO date in the reader's language ("14 March 2024"); any other text as it is given."""
    date = QDate.fromString(published.strip()[:10], Qt.DateFormat.ISODate)
    if len(published.strip()) != 10 or not date.isValid():
        return published
    return QLocale().toString(date, "d MMMM yyyy")
