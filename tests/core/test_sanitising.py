"""Imported text is words only: raw HTML is not kept, and nothing imported is ever evaluated."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from serge_desktop.core.article_parser import parse_article
from serge_desktop.core.raw_html import strip_tags

PACKAGE = Path(__file__).resolve().parents[2] / "serge_desktop"

HOSTILE_MARKDOWN = """---
title: "The <b>Case</b> of Comrade Tulayev"
---

Serge wrote <em>this</em> <img src="http://example.com/a.png" onerror="alert(1)"> in exile.

<script>
fetch("http://example.com/steal")

document.write("owned")
</script>

<div onclick="run()">Second paragraph</div>, where 3 < 4 and a<b.

<!-- a comment
over two lines -->
<style>p { background: url(http://example.com/t.png) }</style>
Third: <https://example.com/about> and <editor@example.com>.
"""


def test_imported_markdown_keeps_the_words_and_drops_the_html() -> None:
    article = parse_article(HOSTILE_MARKDOWN)
    assert article.headline == "The Case of Comrade Tulayev"
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == "Serge wrote this in exile."
    assert texts[1] == "Second paragraph, where 3 < 4 and a<b."
    assert texts[2] == "Third: https://example.com/about and editor@example.com."
    everything = " ".join([article.headline, *texts])
    for left_over in ("<", "script", "fetch", "onerror", "onclick", "img", "style", "t.png"):
        assert left_over not in everything.replace("3 < 4", "").replace("a<b", "")


@pytest.mark.parametrize(
    ("html", "words"),
    [
        ("<b>bold</b> and <i>slanted</i>", "bold and slanted"),
        ('<a href="javascript:alert(1)">link</a>', "link"),
        ('<img src="http://example.com/x.png">', ""),
        ("<SCRIPT type='text/javascript'>alert(1)</SCRIPT>after", "after"),
        ("<script>never closed", ""),
        ("<iframe src='http://example.com'></iframe>kept", "kept"),
        ("x < y and y > z", "x < y and y > z"),
        ("<!DOCTYPE html><p>para</p>", "para"),
    ],
)
def test_strip_tags(html: str, words: str) -> None:
    assert strip_tags(html) == words


# Calls and modules that run or rebuild code from data.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle"}


def evaluation_sites(source: str) -> list[str]:
    """Where ``source`` evaluates code or unpickles data (calls by name, imports, yaml.load)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"line {node.lineno}: {func.id}()")
            elif (
                isinstance(func, ast.Attribute)
                and func.attr in {"load", "load_all", "unsafe_load"}
                and isinstance(func.value, ast.Name)
                and func.value.id == "yaml"
            ):
                found.append(f"line {node.lineno}: yaml.{func.attr}()")
        elif isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}"
                for a in node.names
                if a.name.split(".")[0] in FORBIDDEN_MODULES
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
            FORBIDDEN_MODULES
        ):
            found.append(f"line {node.lineno}: from {node.module} import …")
    return found


def test_nothing_in_the_package_evaluates_or_unpickles() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} {site}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for site in evaluation_sites(path.read_text(encoding="utf-8"))
    ]
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_evaluation() -> None:
    bad = (
        "import pickle\nfrom marshal import loads\nimport yaml\n"
        "eval(text)\nexec(code)\nyaml.load(stream)\n"
    )
    assert len(evaluation_sites(bad)) == 5  # importing yaml is fine; yaml.load is not
    # A dialog's exec() method runs no code from data.
    assert evaluation_sites("dialog.exec()\napp.exec()\n") == []
