"""A saved web page's title, author, date, publication and address, from what it declares.

Pages describe themselves three ways: Open Graph and article meta tags, schema.org JSON-LD, and
plain HTML (``<title>``, ``<meta name="author">``, ``<time>``). Each field takes the first of
them that gives a usable value, most specific first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from serge_desktop.core.text_blocks import collapse

_MAX_JSON_LD_CHARS = 200_000  # a page's own description is a few kilobytes
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")
# "Headline | Site", "Headline - Site name, the free encyclopedia": the site part goes.
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—·:]\s+[^|\-–—·:]+$")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    publication: str | None = None
    source: str | None = None
    description: str | None = None
    language: str | None = None  # <html lang>, else its Dublin Core meta


def page_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    """What the page says about itself (read before its navigation and scripts are removed)."""
    meta = _meta_values(tree)
    ld = _json_ld(tree)
    publication = _first(
        meta.get("og:site_name"), _ld_name(ld.get("publisher")), meta.get("application-name")
    )
    title = _first(
        meta.get("og:title"), meta.get("twitter:title"), _ld_text(ld, "headline"), _title(tree)
    )
    return PageMetadata(
        title=_without_site(title, publication),
        author=_first(
            meta.get("author"),
            _not_address(meta.get("article:author")),
            _ld_name(ld.get("author")),
            _first_text(tree, "//a[@rel='author']"),
        ),
        published=_date(
            _first(
                meta.get("article:published_time"),
                _ld_text(ld, "datePublished"),
                meta.get("date"),
                meta.get("dc.date"),
                meta.get("dcterms.created"),
                _first_attr(tree, "//article//time/@datetime | //time[@pubdate]/@datetime"),
            )
        ),
        publication=publication,
        source=_first(_first_attr(tree, "//link[@rel='canonical']/@href"), meta.get("og:url")),
        description=_first(meta.get("og:description"), meta.get("description")),
        language=_first(
            tree.get("lang"),
            tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
            meta.get("dc.language"),
        ),
    )


def _meta_values(tree: lxml_html.HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        content = collapse(element.get("content") or "")
        if key and content and key not in values:
            values[key] = content
    return values


def _json_ld(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The first schema.org object that describes an article, or an empty dict."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if len(text) > _MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue  # a page's broken JSON is its own business; the other sources remain
        for item in _items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(_is_article_type(k) for k in kinds):
                return item
    return {}


def _is_article_type(kind: Any) -> bool:
    # NewsArticle, ScholarlyArticle, BlogPosting…: every schema.org kind of article.
    return isinstance(kind, str) and (kind.endswith("Article") or kind == "BlogPosting")


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(_items(graph) if isinstance(graph, list) else [])]
    if isinstance(data, list):
        return [item for item in data if isinstance(item, dict)]
    return []


def _ld_text(ld: dict[str, Any], key: str) -> str | None:
    value = ld.get(key)
    return collapse(value) or None if isinstance(value, str) else None


def _ld_name(value: Any) -> str | None:
    """A person's or organisation's name: a string, an object with a name, or a list of them."""
    if isinstance(value, str):
        return collapse(value) or None
    if isinstance(value, dict):
        name = value.get("name")
        return collapse(name) or None if isinstance(name, str) else None
    if isinstance(value, list):
        names = [name for item in value if (name := _ld_name(item))]
        return ", ".join(names) or None
    return None


def _title(tree: lxml_html.HtmlElement) -> str | None:
    found = tree.find(".//title")
    if found is None:
        return None
    title = collapse(found.text_content())
    return _TITLE_SUFFIX.sub("", title) or title or None


def _without_site(title: str | None, site: str | None) -> str | None:
    """The title without the site's name after it ("Kronstadt rebellion - Openpedia")."""
    if not title or not site:
        return title
    match = _TITLE_SUFFIX.search(title)
    if match and site.casefold() in match.group().casefold():
        return title[: match.start()]
    return title


def _first_text(tree: lxml_html.HtmlElement, path: str) -> str | None:
    for element in tree.xpath(path):
        text = collapse(element.text_content())
        if text:
            return text
    return None


def _first_attr(tree: lxml_html.HtmlElement, path: str) -> str | None:
    for value in tree.xpath(path):
        text = collapse(str(value))
        if text:
            return text
    return None


def _not_address(value: str | None) -> str | None:
    # article:author is often the author's profile page rather than a name.
    return None if value is None or value.startswith(("http:", "https:", "/")) else value


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    match = _ISO_DATE.match(value)
    return match.group(1) if match else value


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value), None)
