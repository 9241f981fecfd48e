"""A pack's manifest.json: who made it, for which app, and the SHA-256 of every other member."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from serge_desktop import __version__
from serge_desktop.core.text_form import nfc
from serge_desktop.services.packs.errors import (
    BrokenPackError,
    ChecksumMismatchError,
    DuplicateArticleError,
    MemberListError,
    PackTooNewError,
)
from serge_desktop.services.packs.json_guard import load_json

MANIFEST_NAME = "manifest.json"
FORMAT_VERSION = 1
# The oldest app that reads what this version writes; raised when the format changes so that
# an older app refuses a newer pack with a message instead of misreading it.
MIN_READER_VERSION = "0.1"
# ASCII digits, at most nine a part: "0.4" or "1.2.3.4", never a number too long to compare.
_VERSION = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9}){0,3}")


@dataclass(frozen=True, slots=True)
class PackArticle:
    """One article in a pack and the members that belong to it."""

    slug: str
    headline: str
    source: str  # the member with the article's raw source bytes
    source_name: str  # the file name it was imported from, kept for the revision
    events: str | None  # the member with its chosen timeline events, if any
    annotations: str | None  # the member with its notes as a W3C AnnotationCollection
    # The member with the teacher's review cards of those notes and events (an older pack has
    # none, and an older app ignores it: the key is new, the member listed like any other).
    cards: str | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    pack_id: str
    author: str
    created: str
    app_version: str
    min_reader_version: str
    title: str
    articles: tuple[PackArticle, ...]
    members: Mapping[str, str]  # member name → SHA-256 (hex)
    entities: str | None = None  # the member with the author's index of names, if any


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(manifest: Manifest) -> bytes:
    document = {
        "format_version": FORMAT_VERSION,
        "min_reader_version": manifest.min_reader_version,
        "pack_id": manifest.pack_id,
        "author": manifest.author,
        "created": manifest.created,
        "app": {"name": "Serge Desktop", "version": manifest.app_version},
        "title": manifest.title,
        "articles": [
            {
                "slug": a.slug,
                "headline": a.headline,
                "source": a.source,
                "source_name": a.source_name,
                "events": a.events,
                "annotations": a.annotations,
                **({"cards": a.cards} if a.cards else {}),
            }
            for a in manifest.articles
        ],
        "members": dict(sorted(manifest.members.items())),
    }
    if manifest.entities is not None:
        document["entities"] = manifest.entities
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_manifest(members: Mapping[str, bytes], *, app_version: str = __version__) -> Manifest:
    """The manifest, once the app is new enough and every member is there and unchanged."""
    if MANIFEST_NAME not in members:
        raise MemberListError("The pack has no manifest.json: it is not a class pack.")
    document = load_json(members[MANIFEST_NAME], MANIFEST_NAME)
    if not isinstance(document, dict):
        raise BrokenPackError("The pack's manifest.json is not a JSON object.")
    needed = _text(document, "min_reader_version")
    if not _VERSION.fullmatch(needed):
        raise BrokenPackError(f"The pack's manifest names an odd app version ({needed[:20]!r}).")
    if version_key(needed) > version_key(app_version):
        raise PackTooNewError(needed, app_version)
    listed = document.get("members")
    if not isinstance(listed, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in listed.items()
    ):
        raise BrokenPackError("The pack's manifest does not list its files.")
    _check_members(listed, members)
    articles = document.get("articles")
    if not isinstance(articles, list):
        raise BrokenPackError("The pack's manifest lists no articles.")
    entities = _optional(document, "entities")
    if entities is not None and entities not in listed:
        raise MemberListError(
            f"The pack's manifest names {entities!r}, which it does not hold.", entities
        )
    return Manifest(
        pack_id=_text(document, "pack_id"),
        author=nfc(_text(document, "author")).strip() or "?",
        created=_text(document, "created", ""),
        app_version=_app_version(document.get("app")),
        min_reader_version=needed,
        title=nfc(_text(document, "title", "")),
        articles=_unique(tuple(_article(entry, listed) for entry in articles)),
        members=listed,
        entities=entities,
    )


def _unique(articles: tuple[PackArticle, ...]) -> tuple[PackArticle, ...]:
    """The articles, refused if one is listed twice (by its slug or by its text's member)."""
    slugs: set[str] = set()
    sources: set[str] = set()
    for article in articles:
        if article.slug in slugs or article.source in sources:
            raise DuplicateArticleError(
                f"The pack lists the article {article.slug!r} twice.", article.slug
            )
        slugs.add(article.slug)
        sources.add(article.source)
    return articles


def version_key(version: str) -> tuple[int, ...]:
    """Versions compare number by number, missing parts as 0: "0.4" is (0, 4, 0, 0)."""
    parts = [int(part[:9]) for part in re.findall(r"[0-9]+", version)[:4]]
    return tuple(parts + [0] * (4 - len(parts)))


def _check_members(listed: Mapping[str, str], members: Mapping[str, bytes]) -> None:
    present = set(members) - {MANIFEST_NAME}
    missing = sorted(set(listed) - present)
    if missing:
        raise MemberListError(
            f"The pack is incomplete: {missing[0]!r} is listed but missing.", missing[0]
        )
    extra = sorted(present - set(listed))
    if extra:
        raise MemberListError(
            f"The pack holds a file its manifest does not list ({extra[0]!r}).", extra[0]
        )
    for name, expected in sorted(listed.items()):
        if sha256_hex(members[name]).lower() != expected.strip().lower():
            raise ChecksumMismatchError(
                f"The pack is damaged or was altered: {name!r} does not match its checksum.",
                name,
            )


def _article(entry: Any, listed: Mapping[str, str]) -> PackArticle:
    if not isinstance(entry, dict):
        raise BrokenPackError("The pack's manifest has an article entry that is not an object.")
    article = PackArticle(
        slug=_text(entry, "slug"),
        headline=_text(entry, "headline", ""),
        source=_text(entry, "source"),
        source_name=_text(entry, "source_name", "") or _text(entry, "source").rsplit("/")[-1],
        events=_optional(entry, "events"),
        annotations=_optional(entry, "annotations"),
        cards=_optional(entry, "cards"),
    )
    for member in (article.source, article.events, article.annotations, article.cards):
        if member is not None and member not in listed:
            raise MemberListError(
                f"The pack's manifest names {member!r}, which it does not hold.", member
            )
    return article


def _text(document: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = document.get(key, default)
    if not isinstance(value, str):
        raise BrokenPackError(f"The pack's manifest has no valid {key!r}.", key)
    return value


def _app_version(app: object) -> str:
    version = app.get("version") if isinstance(app, dict) else None
    return version if isinstance(version, str) else ""


def _optional(document: Mapping[str, Any], key: str) -> str | None:
    value = document.get(key)
    return value if isinstance(value, str) else None
