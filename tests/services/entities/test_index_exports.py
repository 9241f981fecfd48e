"""Exports with an "Index of names": Markdown, HTML, Word, and W3C identifying annotations."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from markdown_it import MarkdownIt

from serge_desktop.services.exports.content import gather_content
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.exports.writers import write_file
from serge_desktop.services.workspace import Workspace
from tests.services.entities.conftest import SEED_SLUG
from tests.services.test_export_w3c import check_annotation


def export(workspace: Workspace, tmp_path: Path, fmt: str, **choices: bool) -> Path:
    options = ExportOptions(format=fmt, article_slugs=(SEED_SLUG,), include_index=True, **choices)
    path = tmp_path / f"out.{fmt}"
    write_file(gather_content(workspace, options), path)
    return path


def test_markdown_has_the_index_with_paragraphs(indexed: Workspace, tmp_path: Path) -> None:
    text = export(indexed, tmp_path, "markdown", include_article=True).read_text("utf-8")
    tokens = MarkdownIt().parse(text)
    headings = [t.content for i, t in enumerate(tokens) if tokens[i - 1].type == "heading_open"]
    assert headings[-1] == "Index of names"
    index = text.split("## Index of names", 1)[1]
    lines = [line for line in index.splitlines() if line.startswith("- ")]
    trotsky = next(line for line in lines if "**Leon Trotsky**" in line)
    assert "(person; also Trotsky" in trotsky and trotsky.endswith("¶ 8, 10")
    # The paragraphs it gives are those of the article section, where the name is.
    assert "¶ 8 " in text and "Trotsky’s Left Opposition" in text.split("¶ 8 ", 1)[1][:400]
    assert "Nazis" not in index  # a suggestion is never presented as certain
    names = [line.split("**")[1] for line in lines]
    assert names == sorted(names, key=str.casefold)


def test_html_has_the_index(indexed: Workspace, tmp_path: Path) -> None:
    text = export(indexed, tmp_path, "html").read_text("utf-8")
    assert '<h2 class="index">Index of names</h2>' in text
    assert "<li><b>Petrograd</b> (place; also Saint Petersburg" in text


def test_word_has_the_index(indexed: Workspace, tmp_path: Path) -> None:
    document = docx.Document(str(export(indexed, tmp_path, "docx")))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Index of names")
    assert any(t.startswith("Victor Serge (person; also Serge") for t in texts[start:])


def test_w3c_marks_confirmed_mentions_as_identifying(indexed: Workspace, tmp_path: Path) -> None:
    document = json.loads(export(indexed, tmp_path, "w3c").read_text("utf-8"))
    items = document["first"]["items"]
    identifying = [item for item in items if item["motivation"] == "identifying"]
    body = indexed.library.article_view(SEED_SLUG).body
    total = sum(e.mentions for e in indexed.entities.entities())
    assert len(identifying) == total == document["total"]
    for item in identifying:
        check_annotation(item)  # the model's MUST rules, as the notes' annotations meet them
        quote, position = item["target"]["selector"]
        assert body[position["start"] : position["end"]] == quote["exact"]
        assert item["body"]["purpose"] == "identifying"
        assert item["id"].startswith("urn:uuid:") and item["body"]["id"].startswith("urn:uuid:")
    names = {item["body"]["value"] for item in identifying}
    assert "Leon Trotsky" in names and "Nazis" not in names
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))


def test_without_the_option_there_is_no_index(indexed: Workspace, tmp_path: Path) -> None:
    options = ExportOptions(format="markdown", article_slugs=(SEED_SLUG,), include_article=True)
    path = tmp_path / "plain.md"
    write_file(gather_content(indexed, options), path)
    assert "Index of names" not in path.read_text("utf-8")
