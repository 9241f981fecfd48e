"""List what the translation catalogues still lack: strings, plural forms, placeholders, mnemonics.

    python packaging/translation_check.py [--refresh] [--summary] [FOLDER]

FOLDER is a language's catalogues (default resources/translations/fr). With --refresh the
catalogues are first brought up to date with the code in a temporary copy, so a string the code
says that no catalogue has yet is reported missing too. Exit 0 when nothing is found, 1 otherwise.

A mnemonic (the letter after "&") must be unique within its menu or dialog. A dialog is a
translation context (the class that says the strings); where one context fills several menus
(MainActions), the code names each string's menu with a ``#~ menu <name>`` comment above it,
which lupdate keeps as the message's ``extra-menu`` field. Two strings of one group clash when
their English mnemonics differ and their translations' are the same letter.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / "resources" / "translations" / "fr"
# Qt's plural forms per language (French: n <= 1, and the rest).
PLURAL_FORMS = {"fr": 2, "en": 2, "de": 2, "ja": 1, "pl": 3, "ru": 3}
# "&" then a letter, but not "&&" (a real ampersand) nor an entity of rich text ("&nbsp;").
_MNEMONIC = re.compile(r"&(?!&)(?![A-Za-z]+;|#[0-9]+;)(\w)")
_PLACEHOLDER = re.compile(r"%(?:[1-9]|L[1-9])")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one message of one catalogue."""

    catalogue: str
    context: str
    source: str
    kind: str  # missing, unfinished, obsolete, plural, placeholder, mnemonic
    detail: str

    def __str__(self) -> str:
        shown = self.source if len(self.source) <= 60 else self.source[:57] + "…"
        return f"{self.catalogue}: {self.context}: “{shown}”: {self.kind}: {self.detail}"


@dataclass(frozen=True, slots=True)
class _Message:
    catalogue: str
    context: str
    source: str
    menu: str
    numerus: bool
    kind: str  # "", "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]  # the translation, or each plural form


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of a string, folded; None when it has none."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def read_catalogue(path: Path) -> tuple[str, list[_Message]]:
    """The catalogue's target language and its messages."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            kind = ""
            if translation is not None:
                kind = translation.get("type", "")
                plural = translation.findall("numerusform")
                texts = [f.text or "" for f in plural] if plural else [translation.text or ""]
                forms = tuple(texts)
            messages.append(
                _Message(
                    catalogue=path.name,
                    context=name,
                    source=message.findtext("source") or "",
                    menu=message.findtext("extra-menu") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=kind,
                    forms=forms,
                )
            )
    return root.get("language", "fr"), messages


def check_messages(messages: list[_Message], language: str) -> list[Problem]:
    """Every problem of these messages, the mnemonic clashes of each group included."""
    problems: list[Problem] = []
    wanted_forms = PLURAL_FORMS.get(language.split("_")[0], 2)
    for message in messages:
        problems += _message_problems(message, wanted_forms)
    problems += _clashes(messages)
    return problems


def _message_problems(message: _Message, wanted_forms: int) -> list[Problem]:
    def problem(kind: str, detail: str) -> Problem:
        return Problem(message.catalogue, message.context, message.source, kind, detail)

    found: list[Problem] = []
    if message.kind in ("obsolete", "vanished"):
        return [problem("obsolete", "no longer in the code; refresh the catalogue")]
    if "%n" in message.source and not message.numerus:
        found.append(problem("plural", "says %n but is not translated with a count"))
    if message.numerus and len(message.forms) != wanted_forms:
        found.append(problem("plural", f"{len(message.forms)} forms, {wanted_forms} needed"))
    if not any(form.strip() for form in message.forms):
        return [*found, problem("missing", "not translated")]
    if message.numerus and not all(form.strip() for form in message.forms):
        found.append(problem("plural", "a plural form is empty"))
    if message.kind == "unfinished":
        found.append(problem("unfinished", "translated but not marked finished"))
    wanted = set(_PLACEHOLDER.findall(message.source))
    for form in message.forms:
        lost = wanted - set(_PLACEHOLDER.findall(form))
        if lost:
            found.append(problem("placeholder", f"{', '.join(sorted(lost))} missing: “{form}”"))
    if mnemonic(message.source) and not all(mnemonic(form) for form in message.forms):
        found.append(problem("mnemonic", "the translation has no mnemonic (&)"))
    return found


def _clashes(messages: list[_Message]) -> list[Problem]:
    groups: dict[tuple[str, str], list[_Message]] = defaultdict(list)
    for message in messages:
        if message.forms and message.forms[0].strip() and mnemonic(message.source):
            groups[(message.context, message.menu)].append(message)
    found: list[Problem] = []
    for (context, menu), members in groups.items():
        by_letter: dict[str, list[_Message]] = defaultdict(list)
        for message in members:
            letter = mnemonic(message.forms[0])
            if letter:
                by_letter[letter].append(message)
        for letter, same in by_letter.items():
            if len({mnemonic(m.source) for m in same}) < 2:
                continue  # the English shares the letter too: the same action, or worded so
            where = f"menu {menu} of {context}" if menu else context
            others = ", ".join(f"“{m.forms[0]}”" for m in same)
            for message in same:
                found.append(
                    Problem(
                        message.catalogue,
                        context,
                        message.source,
                        "mnemonic",
                        f"&{letter} is used more than once in {where}: {others}",
                    )
                )
    return found


def check_folder(folder: Path) -> list[Problem]:
    """Every problem of a language's catalogues; mnemonic groups may span catalogues."""
    messages: list[_Message] = []
    language = folder.name
    for path in sorted(folder.glob("*.ts")):
        language, found = read_catalogue(path)
        messages += found
    return check_messages(messages, language)


def _refreshed_copy(folder: Path, scratch: Path) -> Path:
    """The catalogues brought up to date with the code, in ``scratch``."""
    spec = importlib.util.spec_from_file_location(
        "translations", Path(__file__).with_name("translations.py")
    )
    assert spec is not None and spec.loader is not None
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    copy = scratch / folder.name
    shutil.copytree(folder, copy)
    tools.refresh((folder.name,), catalogues=scratch)
    return copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--refresh", action="store_true", help="check against the code as it is")
    parser.add_argument("--summary", action="store_true", help="counts only, by catalogue")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"translation_check: no such folder: {args.folder}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        folder = _refreshed_copy(args.folder, Path(scratch)) if args.refresh else args.folder
        problems = check_folder(folder)
    if args.summary:
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for problem in problems:
            counts[(problem.catalogue, problem.kind)] += 1
        for (catalogue, kind), count in sorted(counts.items()):
            print(f"{catalogue}\t{kind}\t{count}")
    else:
        for problem in problems:
            print(problem)
    print(f"{len(problems)} problem(s) in {args.folder}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
