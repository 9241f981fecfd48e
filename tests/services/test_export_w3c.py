"""W3C Web Annotation JSON: the model's MUST rules, and ids that stay the same across exports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from serge_desktop.services.exports.w3c import ANNO_CONTEXT
from serge_desktop.services.exports.writers import write_file
from serge_desktop.services.workspace import Workspace
from tests.services.export_helpers import BORN, content_for, three_notes

IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
XSD_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _has_context(thing: dict[str, Any]) -> bool:
    context = thing.get("@context")
    return context == ANNO_CONTEXT or (isinstance(context, list) and ANNO_CONTEXT in context)


def _types(thing: dict[str, Any]) -> list[str]:
    value = thing.get("type", [])
    return value if isinstance(value, list) else [value]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def check_annotation(annotation: dict[str, Any]) -> None:
    """The MUST rules of https://www.w3.org/TR/annotation-model/ that these annotations use."""
    assert _has_context(annotation)  # 3.1
    assert isinstance(annotation["id"], str) and IRI.match(annotation["id"])  # exactly one IRI
    assert "Annotation" in _types(annotation)
    assert annotation.get("target")  # 1 or more targets
    for key in ("created", "modified"):  # 3.3.1: xsd:dateTime
        assert XSD_DATETIME.match(annotation[key])
    for body in _as_list(annotation.get("body", [])):
        if "TextualBody" in _types(body):
            assert isinstance(body["value"], str)  # 3.2.4: exactly one value
    for target in _as_list(annotation["target"]):
        assert isinstance(target["source"], str) and IRI.match(target["source"])  # 4: one source
        for selector in _as_list(target.get("selector", [])):
            if selector["type"] == "TextQuoteSelector":  # 4.2.4: exactly one exact
                assert isinstance(selector["exact"], str) and selector["exact"]
            if selector["type"] == "TextPositionSelector":  # 4.2.5: non-negative integers
                assert isinstance(selector["start"], int) and selector["start"] >= 0
                assert isinstance(selector["end"], int) and selector["end"] >= selector["start"]
    if "creator" in annotation:
        assert annotation["creator"]["name"]


def _collection(workspace: Workspace, path: Path) -> dict[str, Any]:
    write_file(content_for(workspace, "w3c"), path)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_collection_and_annotations_meet_the_must_rules(
    workspace: Workspace, tmp_path: Path
) -> None:
    notes = three_notes(workspace)
    collection = _collection(workspace, tmp_path / "notes.jsonld")
    assert _has_context(collection)
    assert IRI.match(collection["id"]) and "AnnotationCollection" in _types(collection)
    assert collection["total"] == 3 and collection["label"]
    page = collection["first"]
    assert "AnnotationPage" in _types(page) and IRI.match(page["id"])
    items = page["items"]
    assert len(items) == len(notes)
    for annotation in items:
        check_annotation(annotation)


def test_each_annotation_carries_the_note_tags_and_both_selectors(
    workspace: Workspace, tmp_path: Path
) -> None:
    first, *_ = three_notes(workspace)
    items = _collection(workspace, tmp_path / "notes.jsonld")["first"]["items"]
    born = items[0]
    assert born["motivation"] == "commenting"
    bodies = _as_list(born["body"])
    assert bodies[0] == {
        "type": "TextualBody",
        "value": "Where it *starts*.",
        "format": "text/markdown",
        "purpose": "commenting",
    }
    assert {"type": "TextualBody", "value": "life", "purpose": "tagging"} in bodies
    quote, position = born["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == BORN
    assert quote["prefix"] == "" and quote["suffix"].startswith(" In 1908")
    assert position == {"type": "TextPositionSelector", "start": first.start, "end": first.end}
    paris = items[1]
    assert paris["motivation"] == "highlighting"  # no text of its own, only tags
    assert all(body["purpose"] == "tagging" for body in _as_list(paris["body"]))
    assert paris["target"]["styleClass"] == "blue"
    assert "creator" not in paris  # the reader's own note


def test_ids_are_the_same_in_every_export(workspace: Workspace, tmp_path: Path) -> None:
    three_notes(workspace)
    one = _collection(workspace, tmp_path / "one.jsonld")
    two = _collection(workspace, tmp_path / "two.jsonld")
    assert [a["id"] for a in one["first"]["items"]] == [a["id"] for a in two["first"]["items"]]
    assert one["id"] == two["id"]
    assert len({a["id"] for a in one["first"]["items"]}) == 3


def test_another_library_gives_other_ids(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        with Workspace(tmp_path / name) as workspace:
            three_notes(workspace)
            ids.append(
                _collection(workspace, tmp_path / f"{name}.jsonld")["first"]["items"][0]["id"]
            )
    assert ids[0] != ids[1]
