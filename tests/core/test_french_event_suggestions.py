"""Suggested events for a French article: French sentences, French dates, French labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.core.article_parser import parse_article
from serge_desktop.core.event_suggestions import (
    LABEL_CHARS,
    draft_for_passage,
    split_sentences,
    suggest_events,
)
from serge_desktop.core.french_historical_events import FRENCH_HISTORICAL_EVENTS
from serge_desktop.core.fuzzy_date import parse_edtf
from serge_desktop.core.historical_events import HistoricalEvent, historical_event_in
from serge_desktop.core.languages import Language
from serge_desktop.core.source_text import decode_source

FR = Language.FRENCH
FRENCH_ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "victor-serge-fr.md"


def french_body() -> str:
    return parse_article(decode_source(FRENCH_ARTICLE.read_bytes()).text).body


def test_french_sentences_know_guillemets_and_abbreviations() -> None:
    body = (
        "M. Dupont et Mme Martin arrivent. « Pourquoi ? » dit-il. Il répond : « Non. » Puis "
        "il part. Spartacus meurt en 71 av. J.-C. en Italie. Voir p. 12 et le XIXe s. Pour "
        "finir, V. Serge écrit… Et se tait ! — Vraiment ?\n\nÀ la ligne"
    )
    sentences = [body[s:e] for s, e in split_sentences(body, FR)]
    assert sentences == [
        "M. Dupont et Mme Martin arrivent.",
        "« Pourquoi ? » dit-il.",
        "Il répond : « Non. »",
        "Puis il part.",
        "Spartacus meurt en 71 av. J.-C. en Italie.",
        "Voir p. 12 et le XIXe s. Pour finir, V. Serge écrit…",
        "Et se tait !",
        "— Vraiment ?",
        "À la ligne",
    ]


def test_english_sentences_are_split_as_before() -> None:
    body = "Born c. 1890 in Issue No. 1929. Why? “Quoted!” Then\n\nA new paragraph"
    assert [body[s:e] for s, e in split_sentences(body)] == [
        "Born c. 1890 in Issue No. 1929.",
        "Why?",
        "“Quoted!”",
        "Then",
        "A new paragraph",
    ]


def test_the_french_article_yields_every_dated_sentence() -> None:
    found = [(s.date_edtf, s.date_text) for s in suggest_events(french_body(), FR)]
    assert found == [
        ("1890", "en 1890"),
        ("1908", "En 1908"),
        ("1912", "en 1912"),
        ("1912/1917", "cinq ans"),
        ("1917-01~/1917-04~", "au début de 1917"),
        ("1919-01", "en janvier 1919"),
        ("1919-03-03", "Le 3 mars 1919"),
        ("1919-03~/1919-05~", "Au printemps 1919"),
        ("1919-05", "En mai de la même année"),
        ("1920~/1923~", "Au début des années 1920"),
        ("1920~/1924~", "quatre ans"),
        ("1928", "en 1928"),
        ("1928", "Cette année-là"),
        ("1929", "L’année suivante"),
        ("1933/..", "Dès 1933"),
        ("1934~/1936~", "Au milieu des années 1930"),
        ("../1936", "jusqu’en 1936"),
        ("1935-08~/1936-08~", "peu avant que Staline ne déclenche une purge"),
        ("1936~", "Vers 1936"),
        ("../1936", "Avant 1936"),
        ("1940", "En 1940"),
        ("1941/..", "À partir de 1941"),
        ("1947-09~/1947-12~", "à la fin de 1947"),
        ("1947-09~/1947-12~", "Fin 1947"),
        ("19XX", "Au XXe siècle"),
    ]


def test_french_labels_are_drafted_in_french() -> None:
    body = french_body()
    by_text = {s.date_text: s for s in suggest_events(body, FR)}
    for suggestion in by_text.values():
        assert body[suggestion.start : suggestion.end] == suggestion.evidence
        assert len(suggestion.label) <= LABEL_CHARS
        assert suggestion.label[0].isupper()
        assert suggestion.label.split()[-1].lower() not in {"de", "la", "le", "que", "et", "à"}
    assert by_text["en 1890"].label == "Victor Serge naît à Bruxelles"
    assert by_text["En 1908"].label == "Il part pour Paris"
    assert by_text["En mai de la même année"].label == "Il adhère au Parti bolchevik"
    assert by_text["Dès 1933"].label == "La police politique l’arrête et le déporte à Orenbourg"
    assert by_text["à la fin de 1947"].label == "Il meurt à Mexico"
    # A duration is part of what happened: "Il vit pendant quatre ans …".
    assert by_text["quatre ans"].label.startswith("Il vit pendant quatre ans en Allemagne")
    # "peu avant …" names the other event; the label keeps what comes before it.
    purge = by_text["peu avant que Staline ne déclenche une purge"]
    assert purge.label == "Il est autorisé à quitter la Russie"
    assert purge.is_context and "procès de Moscou" in purge.description
    # "il n’arrive à Petrograd qu’en janvier 1919": he does arrive, the "ne … que" says when.
    assert by_text["en janvier 1919"].label == "Il arrive à Petrograd"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Il ne publie son roman qu’en 1939.", "Il publie son roman"),
        ("Elle n'y revient qu'en 1946.", "Elle y revient"),
        ("Il n’écrit pas en 1930.", "Il n’écrit pas"),  # a real negation stays one
    ],
)
def test_ne_que_before_a_date_is_not_a_negation(sentence: str, label: str) -> None:
    [suggestion] = suggest_events(sentence, FR)
    assert suggestion.label == label


def test_the_same_article_read_as_english_finds_only_bare_years() -> None:
    # The language matters: read with the English table, the French phrases lose their meaning.
    english = {s.date_text for s in suggest_events(french_body())}
    assert "En mai de la même année" not in english and "Au début des années 1920" not in english


def test_a_click_in_a_french_sentence_offers_its_date_and_context() -> None:
    body = french_body()
    sentence = "En mai de la même année, il adhère au Parti bolchevik."
    click = body.index(sentence) + 10
    draft = draft_for_passage(body, click, click, FR)
    assert draft.evidence == sentence
    assert [s.date_edtf for s in draft.suggestions] == ["1919-05"]
    assert draft.context is not None and draft.context.edtf == "1919-03~/1919-05~"


@pytest.mark.parametrize("event", FRENCH_HISTORICAL_EVENTS, ids=lambda e: e.name)
@pytest.mark.parametrize("direction", ["avant", "après"])
def test_a_named_event_dates_its_sentence_in_french(event: HistoricalEvent, direction: str) -> None:
    assert historical_event_in(event.name, FRENCH_HISTORICAL_EVENTS) is event
    body = f"Il écrit en 1912. Il part peu {direction} {event.name}."
    [left] = [s for s in suggest_events(body, FR) if s.label.startswith("Il part")]
    assert left.is_context and left.description == event.note and not left.guessed
    first, _, last = event.edtf.partition("/")
    if direction == "avant":
        assert left.date.latest == parse_edtf(first).latest
    else:
        assert left.date.earliest == parse_edtf(last or first).earliest
