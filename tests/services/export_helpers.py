"""A library with a few notes on the bundled article, and their content gathered for export."""

from __future__ import annotations

from serge_desktop.services.exports.content import ExportContent, gather_content
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.views import NoteView
from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import SEED_SLUG, note_on

BORN = "Victor Serge was born in Brussels in 1890."
PARIS = "he edited an anarchist paper"
ELITIST = "highly elitist"


def three_notes(workspace: Workspace) -> list[NoteView]:
    """Notes in ¶ 1 and ¶ 2; the third links to the first and to the web."""
    first = note_on(workspace, BORN, body="Where it *starts*.", color="yellow", tags=["life"])
    second = note_on(workspace, PARIS, color="blue", tags=["Exile", "press"])
    third = note_on(
        workspace,
        ELITIST,
        body=f"Compare [his birth](note:{first.id}); see [a site](http://example.org/x) and "
        "![a picture](https://example.org/p.png). =SUM(A1)",
        color="pink",
    )
    return [first, second, third]


def content_for(workspace: Workspace, export_format: str, **choices: object) -> ExportContent:
    options = ExportOptions(format=export_format, article_slugs=(SEED_SLUG,), **choices)  # type: ignore[arg-type]
    return gather_content(workspace, options)
