"""Search hits as people read them: a note's rendered words, and the article's title."""

from __future__ import annotations

from serge_desktop.core.match_marks import match_spans
from serge_desktop.services.workspace import Workspace
from tests.services.test_search import SEED_SLUG, note_on

HEADLINE = "He found the seeds of hope in Russia"


def test_a_note_hit_shows_the_rendered_words_and_the_title(workspace: Workspace) -> None:
    note_on(
        workspace,
        "he reached Petrograd",
        body="**Kibalchich** was _his_ [real name](https://example.org/kibalchich), see "
        "[the other note](note:1).",
    )
    [hit] = workspace.search.search("kibal").notes
    assert hit.snippet.text == "Kibalchich was his real name, see the other note."
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.matches] == ["Kibalchich"]
    assert hit.headline == HEADLINE and hit.slug == SEED_SLUG
    events = workspace.search.search("petrograd").events
    assert events and {event.headline for event in events} == {HEADLINE}


def test_a_match_hidden_in_an_address_shows_the_words_unmarked(workspace: Workspace) -> None:
    note_on(workspace, "he reached Petrograd", body="See [the archive](https://marxists.org/x).")
    [hit] = workspace.search.search("marxists").notes
    assert hit.snippet.text == "See the archive."
    assert hit.snippet.matches == ()


def test_a_match_in_the_quote_shows_the_quote(workspace: Workspace) -> None:
    note_on(workspace, "he reached Petrograd", body="**bold** words")
    [hit] = workspace.search.search("petrograd").notes
    assert "Petrograd" in hit.snippet.text and "**" not in hit.snippet.text
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.matches] == ["Petrograd"]


def test_a_long_note_is_cut_around_its_first_match(workspace: Workspace) -> None:
    words = " ".join(f"*w{n}*" for n in range(60))
    note_on(workspace, "he reached Petrograd", body=f"{words} **Serge** {words}")
    [hit] = workspace.search.search("serge").notes
    text = hit.snippet.text
    assert text.startswith("…") and text.endswith("…") and "*" not in text
    assert len(text.split()) <= 17
    assert [text[s:e] for s, e in hit.snippet.matches] == ["Serge"]


def test_matches_are_found_as_the_index_finds_them() -> None:
    text = "Élan vital, then Victor Serge's élan; VICTOR serge"
    spans = match_spans(text, [("victor", "serge"), ("elan",)], last_is_prefix=False)
    assert [text[s:e] for s, e in spans] == ["Élan", "Victor Serge", "élan", "VICTOR serge"]
    assert [text[s:e] for s, e in match_spans(text, [("vic",)], last_is_prefix=True)] == [
        "Victor", "VICTOR",
    ]  # fmt: skip
