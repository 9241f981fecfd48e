"""An article's timeline as TimelineJS 3 JSON; export files written whole or not at all."""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from serge_desktop.core.errors import SergeError
from serge_desktop.services.views import ArticleView, TimelineEventView

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_PART = re.compile(r"(?P<year>[0-9X]{4})(?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?")
_LEADING_IN = re.compile(r"^in\s+", re.IGNORECASE)
# Words that already tell a reader the date is not exact.
_HEDGED = re.compile(
    r"\b(about|around|circa|c\.|early|late|mid|probably|perhaps|possibly|some time)\b|\d0s\b|\?",
    re.IGNORECASE,
)


class OutputExistsError(SergeError):
    """The export's output file is already there and overwriting was not asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} already exists; use --force to overwrite it")


def write_atomically(path: Path, write: Callable[[Path], None], *, force: bool = False) -> None:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    A failed or interrupted write leaves ``path`` as it was and no temporary file behind.
    """
    if path.exists() and not force:
        raise OutputExistsError(path)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        write(temporary)
        temporary.chmod(mode)  # mkstemp's 0600 would hide the export from other readers
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def date_object(edtf_part: str) -> dict[str, int] | None:
    """A TimelineJS date with only the precision the EDTF date has; None for an open end."""
    match = _PART.match(edtf_part.strip())
    if match is None:
        return None
    year = match["year"]
    if "X" in year:  # a decade or century: its first year, the words say the rest
        return {"year": int(year.replace("X", "0"))}
    date = {"year": int(year)}
    for unit in ("month", "day"):
        value = match[unit]
        if value is None or "X" in value:
            break
        date[unit] = int(value)
    return date


def display_date(event: TimelineEventView) -> str:
    """The date as the article words it, saying when it is uncertain or approximate."""
    words = _LEADING_IN.sub("", event.date_text.strip())
    if not re.search(r"\d{3}", words):  # "May that year" means nothing on its own
        words = _from_bounds(event)
    approximate = any(mark in event.edtf for mark in "~%X")
    if approximate and not _HEDGED.search(words):
        words = f"c. {words}"
    uncertain = any(mark in event.edtf for mark in "?%")
    if uncertain and not re.search(r"uncertain|probably|perhaps|possibly|\?", words, re.I):
        words = f"{words} (uncertain)"
    return words


def _from_bounds(event: TimelineEventView) -> str:
    first, last = event.earliest, event.latest
    if first.year != last.year:
        return f"{first.year}–{last.year}"
    if first.month == last.month:
        month = f"{MONTHS[first.month - 1]} {first.year}"
        return f"{first.day} {month}" if first.day == last.day else month
    return str(first.year)


def timelinejs_document(
    article: ArticleView, events: Sequence[TimelineEventView]
) -> dict[str, object]:
    """TimelineJS 3 JSON: a title slide, one slide per event, and an era per period."""
    slides: list[dict[str, object]] = []
    eras: list[dict[str, object]] = []
    for event in events:
        first, _, last = event.edtf.partition("/")
        start = date_object(first) or {"year": event.earliest.year}
        end = date_object(last) if event.is_period else None
        text = f"<p>{html.escape(event.quote)}</p>" if event.quote else ""
        if event.description:
            text += f"<p>{html.escape(event.description)}</p>"
        if event.is_context:
            text += "<p><em>Context: the date comes from outside the article.</em></p>"
        slide: dict[str, object] = {
            "start_date": start,
            "display_date": display_date(event),
            "text": {"headline": html.escape(event.label), "text": text},
            "group": event.category,
            "unique_id": f"{article.slug}-event-{event.id}",
        }
        if end is not None:
            slide["end_date"] = end
            eras.append(
                {
                    "start_date": start,
                    "end_date": end,
                    "text": {"headline": html.escape(event.label)},
                }
            )
        slides.append(slide)
    title_text = {"headline": html.escape(article.headline)}
    if article.standfirst:
        title_text["text"] = html.escape(article.standfirst)
    return {"title": {"text": title_text}, "events": slides, "eras": eras}


def write_timelinejs(path: Path, document: dict[str, object], *, force: bool = False) -> None:
    payload = json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def write(target: Path) -> None:
        target.write_text(payload, encoding="utf-8")

    write_atomically(path, write, force=force)
