"""The `index` subcommand: the index of names, its suggestions, and decisions about them."""

from __future__ import annotations

import argparse
import json
import sys

from serge_desktop.cli.exit_codes import exit_code_for
from serge_desktop.cli.messages import describe
from serge_desktop.cli.output import field
from serge_desktop.core.entities.names import KIND_VALUES, EntityKind, name_key
from serge_desktop.core.errors import SergeError
from serge_desktop.services.entities.errors import (
    EmptyNameError,
    LastNameError,
    NameTakenError,
    NameTooLongError,
)
from serge_desktop.services.entities.views import EntityPage, EntitySummary, Suggestion
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.workspace import Workspace

# Refusals of what was asked (exit 2), as against things not found or failing (exit 1).
_REFUSALS = (NameTakenError, EmptyNameError, NameTooLongError, LastNameError)


def add_index_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    index = subparsers.add_parser(
        "index",
        parents=parents,
        help="the index of people, places, organisations and works",
        description=(
            "Lists the confirmed entities with their names and mentions; --suggestions lists "
            "names found in the texts that nobody has confirmed or rejected yet."
        ),
    )
    _list_options(index)
    index.set_defaults(handler=run_index)
    actions = index.add_subparsers(dest="index_action", metavar="ACTION")
    confirm = actions.add_parser(
        "confirm", parents=parents, help="confirm suggested names as one entity"
    )
    confirm.add_argument("names", nargs="+", metavar="NAME")
    confirm.add_argument("--kind", choices=KIND_VALUES, help="default: the suggestion's guess")
    confirm.add_argument("--display", metavar="NAME", help="the name to show (default: the first)")
    reject = actions.add_parser("reject", parents=parents, help="these names name nothing")
    reject.add_argument("names", nargs="+", metavar="NAME")
    merge = actions.add_parser(
        "merge", parents=parents, help="these names are another name of an entity"
    )
    merge.add_argument("names", nargs="+", metavar="NAME")
    merge.add_argument("--into", required=True, metavar="ENTITY", help="a name or id")
    show = actions.add_parser("show", parents=parents, help="an entity's mentions in context")
    show.add_argument("entity", metavar="ENTITY", help="a name or id")
    show.add_argument("--json", action="store_true", help="print JSON instead of lines")


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--article", metavar="SLUG", help="only what this article names")
    parser.add_argument("--kind", choices=KIND_VALUES, help="only entities of this kind")
    parser.add_argument("--suggestions", action="store_true", help="list unconfirmed names")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")


def run_index(args: argparse.Namespace, workspace: Workspace) -> int:
    action = getattr(args, "index_action", None)
    try:
        if not workspace.read_only:
            workspace.entities.refresh()  # new or changed articles first
        if action == "confirm":
            return _confirm(args, workspace)
        if action == "reject":
            count = workspace.entities.reject(names=args.names)
            print(f"rejected {count} name(s)", file=sys.stdout)
        elif action == "merge":
            into = workspace.entities.find(args.into)
            _print_entity(workspace.entities.merge(names=args.names, into=into.id))
        elif action == "show":
            return _show(args, workspace)
        else:
            return _list(args, workspace)
    except _REFUSALS as error:
        return _fail(error, 2)
    except SergeError as error:
        return _fail(error, exit_code_for(error))
    workspace.entities.refresh()  # what the decision changed
    return 0


def _confirm(args: argparse.Namespace, workspace: Workspace) -> int:
    kind = args.kind
    if kind is None:
        guesses = {s.key: s.kind for s in workspace.entities.suggestions()}
        guess = guesses.get(name_key(args.names[0]))
        if guess is None:
            print(
                "serge-desktop: no guess of what this names; give --kind " + "|".join(KIND_VALUES),
                file=sys.stderr,
            )
            return 2
        kind = guess.value
    _print_entity(workspace.entities.confirm(names=args.names, kind=kind, display=args.display))
    workspace.entities.refresh()
    return 0


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    article_id = workspace.library.get_summary(args.article).id if args.article else None
    kind = EntityKind(args.kind) if args.kind else None
    out = sys.stdout
    if args.suggestions:
        suggestions = workspace.entities.suggestions(article_id=article_id, kind=kind)
        if args.json:
            _dump([_suggestion_json(s) for s in suggestions])
        for s in [] if args.json else suggestions:
            guess = s.kind.value if s.kind else "?"
            print(
                field(s.name),
                guess,
                s.source,
                _count(s.mentions, "mention"),
                sep="\t",
                file=out,
            )
        if not suggestions and not args.json:
            print("No suggestions.", file=out)
        return 0
    entities = workspace.entities.entities(article_id=article_id, kind=kind)
    if args.json:
        _dump([_entity_json(e) for e in entities])
        return 0
    for entity in entities:
        _print_entity(entity)
    if not entities:
        print("The index is empty.", file=out)
    return 0


def _show(args: argparse.Namespace, workspace: Workspace) -> int:
    page = workspace.entities.page(workspace.entities.find(args.entity).id)
    if args.json:
        _dump(_page_json(page))
        return 0
    _print_entity(page.entity)
    for line in page.mentions:
        where = f"{line.passage.slug} ¶{line.passage.paragraph + 1} @{line.passage.start}"
        context = f"{line.before}«{line.keyword}»{line.after}"
        print(field(where), field(context), sep="\t", file=sys.stdout)
    for event in page.events:
        print("event", field(event.date_text), field(event.label), sep="\t")
    for note in page.notes:
        print("note", note.note_id, field(note.body[:60]), sep="\t")
    return 0


def _print_entity(entity: EntitySummary) -> None:
    names = ", ".join(field(alias) for alias in entity.aliases if alias != entity.name)
    counts = f"{_count(entity.mentions, 'mention')} in {_count(entity.articles, 'article')}"
    fields = [field(entity.name), entity.kind.value, counts, entity.origin]
    print(*fields, f"also: {names}" if names else "", sep="\t", file=sys.stdout)


def _entity_json(entity: EntitySummary) -> dict[str, object]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "origin": entity.origin,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "articles": entity.articles,
    }


def _suggestion_json(suggestion: Suggestion) -> dict[str, object]:
    return {
        "name": suggestion.name,
        "kind_guess": suggestion.kind.value if suggestion.kind else None,
        "source": suggestion.source,
        "mentions": suggestion.mentions,
        "articles": suggestion.articles,
    }


def _page_json(page: EntityPage) -> dict[str, object]:
    return {
        **_entity_json(page.entity),
        "note": page.note,
        "latitude": page.latitude,
        "longitude": page.longitude,
        "country_code": page.country_code,
        "mentions": [
            {
                "article": line.passage.slug,
                "revision_id": line.passage.revision_id,
                "paragraph": line.passage.paragraph + 1,
                "start": line.passage.start,
                "end": line.passage.end,
                "before": line.before,
                "keyword": line.keyword,
                "after": line.after,
            }
            for line in page.mentions
        ],
        "events": [
            {"id": e.event_id, "article": e.slug, "edtf": e.edtf, "label": e.label}
            for e in page.events
        ],
        "notes": [{"id": n.note_id, "article": n.slug} for n in page.notes],
    }


def _dump(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _fail(error: SergeError, status: int) -> int:
    if isinstance(error, NameTakenError):
        message = f"{error.name!r} already names {error.entity_name!r}; merge it instead"
    elif isinstance(error, NotFoundError):
        message = describe(error)
    else:
        message = describe(error)
    print(f"serge-desktop: {field(message)}", file=sys.stderr)
    return status


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"
