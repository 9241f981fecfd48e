"""The `notes add` and `notes list` subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from serge_desktop.cli.exit_codes import DONE, exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.cli.output import dump_json, field
from serge_desktop.core.errors import SergeError
from serge_desktop.services.all_notes import ANY_AUTHOR, LibraryNote, NotesFilter, NotesOrder
from serge_desktop.services.errors import EmptyQuoteError, QuoteNotFoundError
from serge_desktop.services.exports.options import NO_COLOR
from serge_desktop.services.notes import NOTE_COLORS
from serge_desktop.services.workspace import Workspace

_QUOTE_SHOWN = 60  # characters of a quote in the plain listing; --json gives it whole


def add_notes_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    notes = subparsers.add_parser("notes", parents=parents, help="add or list notes")
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    adder = actions.add_parser(
        "add", parents=parents, help="note a passage, given as words quoted from the article"
    )
    adder.add_argument("--article", required=True, metavar="SLUG", help="the article's slug")
    adder.add_argument("--quote", required=True, metavar="TEXT", help="the passage, word for word")
    adder.add_argument("--note", default="", metavar="TEXT", help="the note's text (Markdown)")
    adder.add_argument("--color", choices=NOTE_COLORS, help="highlight colour")
    adder.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        dest="tags",
        help="a tag for the note (repeat for more)",
    )
    adder.set_defaults(handler=run_notes_add)
    lister = actions.add_parser(
        "list",
        parents=parents,
        help="list notes and where they are",
        description="Your own notes, article by article. --all lists every note in the library, "
        "those from class packs too (each with its author); the filters narrow either.",
    )
    lister.add_argument("--article", metavar="SLUG", help="only this article's notes")
    lister.add_argument("--all", action="store_true", help="notes of every author, not only yours")
    lister.add_argument("--series", metavar="NAME", help="only notes on this series' articles")
    lister.add_argument("--tag", metavar="TAG", help="only notes with this tag")
    lister.add_argument(
        "--color", choices=[*NOTE_COLORS, NO_COLOR], help="only this highlight colour"
    )
    lister.add_argument("--author", metavar="NAME", help="only this author's layer ('me': yours)")
    lister.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lister.set_defaults(handler=run_notes_list, reads_only=True)


def run_notes_add(args: argparse.Namespace, workspace: Workspace) -> int:
    """Anchor a note to the first occurrence of the quote; print its id."""
    try:
        article = workspace.library.get_summary(args.article)
        span = workspace.notes.find_quote(article_id=article.id, quote=args.quote)
        note = workspace.notes.create_note(
            article_id=article.id,
            revision_id=span.revision_id,
            start=span.start,
            end=span.end,
            body=args.note or "",
            color=args.color,
            tags=args.tags,
        )
    except EmptyQuoteError as error:
        return _fail("the quote is empty; give some words of the article", error)
    except QuoteNotFoundError as error:
        return _fail(f"{args.article}: the quote is not in the article's current text", error)
    except SergeError as error:
        return _fail(describe(error), error)
    if not span.is_unique:
        # Not an error: the note is made, but the reader should know which occurrence it marks.
        print(
            f"serge-desktop: note: the quote occurs more than once; note {note.id} marks the first",
            file=sys.stderr,
        )
    print(note.id, file=sys.stdout)
    return DONE


def run_notes_list(args: argparse.Namespace, workspace: Workspace) -> int:
    out = sys.stdout
    try:
        notes = list(_library_notes(args, workspace))
    except SergeError as error:
        return _fail(describe(error), error)
    if args.json:
        dump_json([_as_json(n, args.all) for n in notes], out)
        return DONE
    for found in notes:
        note = found.note
        where = f"{note.start}-{note.end}" if note.is_placed else "-"
        quote = " ".join(note.quote.split())  # one line, whatever the passage's paragraphs
        if len(quote) > _QUOTE_SHOWN:
            quote = quote[: _QUOTE_SHOWN - 1] + "…"
        tags = ",".join(note.tags) or "-"
        fields = [str(note.id), found.article_slug, note.placement, where, note.color or "-", tags]
        if args.all:
            fields.append(note.author or "me")
        print("\t".join(field(f) for f in [*fields, quote]), file=out)
    if not notes:
        print("No notes.", file=out)
    return DONE


def _library_notes(args: argparse.Namespace, workspace: Workspace) -> Iterator[LibraryNote]:
    """The notes asked for, article by article in the library's order, a page at a time."""
    author = args.author
    if author is not None and author.casefold() == "me":
        author = None
    elif author is None and args.all:
        author = ANY_AUTHOR
    notes_filter = NotesFilter(
        article_ids=(workspace.library.get_summary(args.article).id,) if args.article else None,
        series_id=workspace.series.get(args.series).id if args.series else None,
        tag=args.tag,
        color=args.color,
        author=author,
    )
    page = workspace.all_notes.page(notes_filter, order=NotesOrder.ARTICLE)
    yield from page.notes
    while page.next is not None:
        page = workspace.all_notes.page(notes_filter, order=NotesOrder.ARTICLE, after=page.next)
        yield from page.notes


def _as_json(found: LibraryNote, with_author: bool) -> dict[str, Any]:
    # Offsets only mean something for a passage in the current text; an unplaced note, or a note
    # on the article or an event, has none there.
    note = found.note
    extra = {"author": note.author, "series": found.series} if with_author else {}
    return {
        "id": note.id,
        "article": found.article_slug,
        "quote": note.quote,
        "note": note.body,
        "color": note.color,
        "tags": list(note.tags),
        "start": note.start if note.marks_text else None,
        "end": note.end if note.marks_text else None,
        "placement": note.placement,
        "about": note.about,  # passage, article or event
        "event": note.event_id,
        **extra,
    }


def _fail(message: str, error: SergeError) -> int:
    print(f"serge-desktop: {message}", file=sys.stderr)
    return exit_code_for(error)
