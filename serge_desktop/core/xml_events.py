"""XML from inside a document read as a stream of events, with no entity able to expand.

Word, OpenDocument and EPUB files are zips of XML written by someone else. Expat reads it
without building a tree (so deep nesting costs no recursion), and refuses what a document never
needs and an attacker always does: entity declarations (the "billion laughs" and external
entities that read local files) and nesting deeper than any real document.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from xml.parsers import expat

from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError

MAX_DEPTH = 512  # Word nests tables in tables; nothing real comes near this
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Start:
    tag: str  # Clark notation: "{namespace}local"
    attrs: dict[str, str] = field(default_factory=dict)  # keys in Clark notation too


@dataclass(frozen=True, slots=True)
class End:
    tag: str


@dataclass(frozen=True, slots=True)
class Text:
    text: str


XmlEvent = Start | End | Text


class _RefusedError(Exception):
    """Raised inside an expat handler to stop the parse; carries the problem out."""

    def __init__(self, problem: DocumentProblem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


def xml_events(data: bytes, name: str) -> list[XmlEvent]:
    """The events of the XML member ``name``; DocumentRejectedError if it is unsafe or broken."""
    events: list[XmlEvent] = []
    depth = 0
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _RefusedError(DocumentProblem.UNSAFE, f"{name}: nested deeper than {MAX_DEPTH}")
        events.append(Start(_clark(tag), {_clark(k): v for k, v in attrs.items()}))

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        events.append(End(_clark(tag)))

    def doctype(_name: str, _system: str | None, _public: str | None, internal: int) -> None:
        # A bare DOCTYPE naming a public DTD is harmless (expat never fetches it); an internal
        # subset is where entities are declared, and no document we read needs one.
        if internal:
            raise _RefusedError(DocumentProblem.UNSAFE, f"{name}: declares its own DTD")

    def entity(*_: object) -> None:
        raise _RefusedError(DocumentProblem.UNSAFE, f"{name}: declares entities")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = lambda text: events.append(Text(text))
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = lambda *_: 0  # never resolve: 0 stops the parse
    try:
        body = _without_utf16(data)
        for offset in range(0, len(body), _CHUNK):
            parser.Parse(body[offset : offset + _CHUNK], False)
        parser.Parse(b"", True)
    except _RefusedError as refusal:
        raise DocumentRejectedError(refusal.problem, refusal.detail) from refusal
    except (expat.ExpatError, ValueError, UnicodeError) as exc:
        raise DocumentRejectedError(DocumentProblem.DAMAGED, f"{name}: {exc}") from exc
    return events


def _without_utf16(data: bytes) -> bytes:
    """UTF-16 XML (allowed, rarely written) re-encoded as UTF-8 with its declaration dropped."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    text = data.decode("utf-16")
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2 :]
    return text.encode("utf-8")


def _clark(tag: str) -> str:
    return "{" + tag if "}" in tag else tag


def local_name(tag: str) -> str:
    """The tag or attribute name without its namespace."""
    return tag.rsplit("}", 1)[-1]
