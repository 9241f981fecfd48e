"""Sidecar validation: each kind of mistake is a SidecarError naming the event and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.core.errors import SergeError, SidecarError
from serge_desktop.core.sidecar import load_sidecar, sidecar_path_for

ARTICLE = """\
[article]
publication = "Socialist Worker"
issue = "No. 1929"
series = "The socialists who opposed Stalin"
series_part = 2
subject = "Victor Serge, 1890–1947"
source_file = "socialist-worker-1929-victor-serge.txt"
credit = "Text from Socialist Worker."
"""

EVENT = """\
[[events]]
edtf = "1890"
date_text = "in 1890"
label = "Born in Brussels"
category = "life"
context = false
evidence = "Victor Serge was born in Brussels in 1890."
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "article.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_sidecar_loads(tmp_path: Path) -> None:
    sidecar = load_sidecar(write(tmp_path, ARTICLE + EVENT + EVENT.replace('"1890"', '"1908"')))
    assert sidecar.series_part == 2
    assert [e.edtf for e in sidecar.events] == ["1890", "1908"]
    event = sidecar.events[0]
    assert event.is_context is False
    assert event.note is None
    assert event.fuzzy_date.earliest.year == 1890


def test_no_events_is_allowed(tmp_path: Path) -> None:
    assert load_sidecar(write(tmp_path, ARTICLE)).events == ()


def test_sidecar_path_for_swaps_the_suffix() -> None:
    assert sidecar_path_for(Path("/seeds/a-b.txt")) == Path("/seeds/a-b.toml")


def test_sidecar_error_is_a_serge_error() -> None:
    assert issubclass(SidecarError, SergeError)


def test_bad_category(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE + EVENT.replace('"life"', '"love"'))
    with pytest.raises(SidecarError, match=r"event 1 \('Born in Brussels'\): key 'category'"):
        load_sidecar(path)


def test_bad_edtf(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE + EVENT + EVENT.replace('"1890"', '"1890s"'))
    with pytest.raises(SidecarError, match=r"event 2 \('Born in Brussels'\): key 'edtf'") as info:
        load_sidecar(path)
    assert "1890s" in str(info.value)


@pytest.mark.parametrize("key", ["edtf", "date_text", "label", "category", "context", "evidence"])
def test_missing_event_key(tmp_path: Path, key: str) -> None:
    lines = [line for line in EVENT.splitlines() if not line.startswith(f"{key} =")]
    path = write(tmp_path, ARTICLE + "\n".join(lines) + "\n")
    with pytest.raises(SidecarError, match=rf"event 1.*key '{key}' is missing"):
        load_sidecar(path)


@pytest.mark.parametrize("key", ["publication", "issue", "series_part", "credit", "source_file"])
def test_missing_article_key(tmp_path: Path, key: str) -> None:
    lines = [line for line in ARTICLE.splitlines() if not line.startswith(f"{key} =")]
    path = write(tmp_path, "\n".join(lines) + "\n" + EVENT)
    with pytest.raises(SidecarError, match=rf"\[article\]: key '{key}' is missing"):
        load_sidecar(path)


def test_missing_article_table(tmp_path: Path) -> None:
    with pytest.raises(SidecarError, match="key 'article' is missing"):
        load_sidecar(write(tmp_path, EVENT))


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("context = false", 'context = "no"', "context"),
        ('label = "Born in Brussels"', "label = 3", "label"),
        ('evidence = "Victor Serge was born in Brussels in 1890."', 'evidence = "  "', "evidence"),
        ('edtf = "1890"', "edtf = 1890", "edtf"),
        ("context = false", "context = false\ncontxt = true", "contxt"),
        ("context = false", 'context = false\nnote = ""', "note"),
    ],
)
def test_wrong_event_values(tmp_path: Path, old: str, new: str, key: str) -> None:
    path = write(tmp_path, ARTICLE + EVENT.replace(old, new))
    with pytest.raises(SidecarError, match=rf"event 1.*key '{key}'"):
        load_sidecar(path)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("series_part = 2", "series_part = true", "series_part"),
        ("series_part = 2", 'series_part = "2"', "series_part"),
        ("series_part = 2", "series_part = 0", "series_part"),
        ('source_file = "socialist', 'source_file = "../socialist', "source_file"),
        ('issue = "No. 1929"', 'issue = ""', "issue"),
    ],
)
def test_wrong_article_values(tmp_path: Path, old: str, new: str, key: str) -> None:
    path = write(tmp_path, ARTICLE.replace(old, new) + EVENT)
    with pytest.raises(SidecarError, match=rf"\[article\]: key '{key}'"):
        load_sidecar(path)


def test_event_that_is_not_a_table(tmp_path: Path) -> None:
    with pytest.raises(SidecarError, match="event 1: must be a table"):
        load_sidecar(write(tmp_path, "events = [1, 2]\n" + ARTICLE))


def test_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(SidecarError, match=r"^article\.toml: "):
        load_sidecar(write(tmp_path, ARTICLE + EVENT.replace('"life"', '"love"')))


def test_invalid_toml(tmp_path: Path) -> None:
    with pytest.raises(SidecarError, match="not valid TOML"):
        load_sidecar(write(tmp_path, "[article\n"))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "article.toml"
    path.write_bytes(ARTICLE.encode("utf-16"))
    with pytest.raises(SidecarError, match="UTF-8"):
        load_sidecar(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SidecarError, match="cannot read"):
        load_sidecar(tmp_path / "nowhere.toml")


def test_a_sidecar_may_declare_categories_of_its_own(tmp_path: Path) -> None:
    science = EVENT.replace('category = "life"', 'category = "science"')
    declared = '[categories]\nscience = "#3969ac"\n\n'
    sidecar = load_sidecar(write(tmp_path, ARTICLE + declared + science))
    assert sidecar.categories == (("science", "#3969ac"),)
    assert sidecar.events[0].category == "science"
    with pytest.raises(SidecarError, match="'category' is 'science', not one of"):
        load_sidecar(write(tmp_path, ARTICLE + science))  # a typo is still caught
    with pytest.raises(SidecarError, match="#rrggbb"):
        load_sidecar(write(tmp_path, ARTICLE + '[categories]\nscience = "blue"\n\n' + science))
