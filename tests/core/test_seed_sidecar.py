"""The bundled article's curated sidecar: loads, spans 1890-1947, and every evidence is verbatim."""

from __future__ import annotations

from datetime import date

import pytest

from serge_desktop.core.article import ParsedArticle
from serge_desktop.core.article_parser import parse_article
from serge_desktop.core.sidecar import ArticleSidecar, load_sidecar, sidecar_path_for
from tests.core.seed import SEED_PATH


@pytest.fixture(scope="module")
def sidecar() -> ArticleSidecar:
    return load_sidecar(sidecar_path_for(SEED_PATH))


@pytest.fixture(scope="module")
def article() -> ParsedArticle:
    return parse_article(SEED_PATH.read_text(encoding="utf-8"))


def test_sidecar_sits_next_to_the_seed() -> None:
    path = sidecar_path_for(SEED_PATH)
    assert path.name == "socialist-worker-1929-victor-serge.toml"
    assert path.is_file()


def test_article_table(sidecar: ArticleSidecar) -> None:
    assert sidecar.publication == "Socialist Worker"
    assert sidecar.issue == "No. 1929"
    assert sidecar.series == "The socialists who opposed Stalin"
    assert sidecar.series_part == 2
    assert sidecar.subject == "Victor Serge, 1890–1947"
    assert sidecar.source_file == SEED_PATH.name
    assert "Socialist Worker" in sidecar.credit
    assert "\n" not in sidecar.credit


def test_events_run_from_birth_in_1890_to_death_in_1947(sidecar: ArticleSidecar) -> None:
    assert len(sidecar.events) >= 14
    first, last = sidecar.events[0], sidecar.events[-1]
    assert first.edtf == "1890"
    assert first.label == "Born in Brussels"
    assert last.fuzzy_date.latest.year == 1947
    assert not last.is_context  # the article itself gives 1947
    assert max(e.fuzzy_date.latest for e in sidecar.events) <= date(1947, 12, 31)


def test_events_are_in_time_order(sidecar: ArticleSidecar) -> None:
    # The timeline sorts by earliest bound; keeping the file in that order keeps ties curated.
    keys = [(e.fuzzy_date.earliest, e.fuzzy_date.latest) for e in sidecar.events]
    assert keys == sorted(keys)


def test_labels_are_short_and_unique(sidecar: ArticleSidecar) -> None:
    labels = [e.label for e in sidecar.events]
    assert len(set(labels)) == len(labels)
    assert all(len(label) < 40 for label in labels)


@pytest.mark.parametrize(
    ("label", "edtf"),
    [
        ("Four years in Germany and Austria", "1922/1926"),
        ("Deported to Orenburg", "1933/1936"),
        ("Asylum in Mexico", "1941-09/1947-11"),
    ],
)
def test_periods_are_intervals(sidecar: ArticleSidecar, label: str, edtf: str) -> None:
    event = next(e for e in sidecar.events if e.label == label)
    assert event.edtf == edtf
    assert event.fuzzy_date.is_interval
    assert event.is_context  # the article gives no years for any of the three


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("Deported to Orenburg", 1933),
        ("Allowed to leave Russia", 1936),
        ("Nazis occupy France", 1940),
        ("Asylum in Mexico", 1941),
    ],
)
def test_dates_from_outside_the_article_are_flagged(
    sidecar: ArticleSidecar, label: str, year: int
) -> None:
    event = next(e for e in sidecar.events if e.label == label)
    assert event.is_context
    assert event.note
    assert event.fuzzy_date.earliest.year == year


def test_every_context_event_says_where_its_date_comes_from(sidecar: ArticleSidecar) -> None:
    assert all(e.note for e in sidecar.events if e.is_context)


def test_article_dates_are_not_flagged_as_context(sidecar: ArticleSidecar) -> None:
    stated = {e.edtf for e in sidecar.events if not e.is_context}
    assert {"1890", "1908", "1917", "1919-01", "1919-05", "1947"} <= stated


def test_parsed_body_has_the_repaired_drop_cap(article: ParsedArticle) -> None:
    assert article.body.startswith(
        "Victor Serge was born in Brussels in 1890. In 1908 he went to Paris, "
        "where he edited an anarchist paper.\n\n"
    )
    assert "Mobile users!" not in article.body


def test_every_evidence_is_a_verbatim_sentence_of_one_paragraph(
    sidecar: ArticleSidecar, article: ParsedArticle
) -> None:
    paragraphs = [p.text for p in article.paragraphs]
    for event in sidecar.events:
        evidence = event.evidence
        assert any(evidence in text for text in paragraphs), event.label
        assert evidence in article.body
        # Whole sentences: a capital (after any opening quote mark) to a closing full stop.
        assert evidence.lstrip("“")[0].isupper(), event.label
        assert evidence.endswith("."), event.label
