"""The administrator's policy file: every key read, and nothing in it can stop the app."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from serge_desktop.services.policy import DEFAULT_POLICY, EXPORT_FORMATS, POLICY_KEYS, Policy
from serge_desktop.services.policy_file import (
    MAX_BANNER_CHARS,
    POLICY_ENV,
    load_policy,
    parse_policy,
    policy_path,
)

SAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "policy.sample.json"


def write_policy(tmp_path: Path, data: object) -> dict[str, str]:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return {POLICY_ENV: str(path)}


def test_a_machine_without_a_policy_file_gets_the_defaults_silently(tmp_path: Path) -> None:
    load = load_policy({POLICY_ENV: str(tmp_path / "absent.json")}, "linux")
    assert load.policy == DEFAULT_POLICY
    assert load.ignored == ()


def test_every_key_is_read(tmp_path: Path) -> None:
    env = write_policy(
        tmp_path,
        {
            "guest_mode": True,
            "data_dir": "/srv/notes/{user}",
            "content_dir": "/srv/reading",
            "allow_import": False,
            "allow_export": ["pdf", "pack"],
            "idle_reset_minutes": 15,
            "locked_settings": {"text_size": 120},
            "banner": "  Townsville Library \n public machine ",
        },
    )
    load = load_policy(env, "linux")
    assert load.ignored == ()
    policy = load.policy
    assert policy.guest_mode is True
    assert policy.data_dir == "/srv/notes/{user}"
    assert policy.content_dir == "/srv/reading"
    assert policy.allow_import is False
    assert policy.allow_export == ("pdf", "pack")
    assert policy.export_allowed("pdf") and not policy.export_allowed("docx")
    assert policy.idle_reset_minutes == 15
    assert policy.locked_settings == {"text_size": 120}
    assert policy.is_locked("text_size") and not policy.is_locked("reopen_last_article")
    assert policy.banner == "Townsville Library public machine"
    assert policy.source == env[POLICY_ENV]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("guest_mode", "yes"),
        ("guest_mode", 1),
        ("data_dir", 42),
        ("data_dir", "/srv/{username}"),
        ("data_dir", "/srv/{0}"),
        ("data_dir", "/srv/{user"),
        ("data_dir", "   "),
        ("content_dir", ["/srv"]),
        ("allow_import", None),
        ("allow_export", "pdf"),
        ("idle_reset_minutes", 0),
        ("idle_reset_minutes", -5),
        ("idle_reset_minutes", 10.5),
        ("idle_reset_minutes", True),
        ("idle_reset_minutes", 100_000),
        ("locked_settings", ["text_size"]),
        ("banner", {"text": "hi"}),
    ],
)
def test_a_bad_value_keeps_the_default_and_is_named(key: str, value: object) -> None:
    load = parse_policy(
        {key: value, "allow_import": False} if key != "allow_import" else {key: value}
    )
    assert getattr(load.policy, key) == getattr(DEFAULT_POLICY, key)
    [problem] = load.ignored
    assert problem.startswith(f"{key}: ")
    if key != "allow_import":
        assert load.policy.allow_import is False  # the good key beside it still applies


def test_unknown_keys_are_named_and_the_rest_applies() -> None:
    load = parse_policy({"guest_mod": True, "banner": "Hello"})
    assert load.policy.guest_mode is False
    assert load.policy.banner == "Hello"
    [problem] = load.ignored
    assert '"guest_mod": not a policy key' in problem


def test_unknown_export_formats_are_dropped_and_named() -> None:
    load = parse_policy({"allow_export": ["pdf", "exe", 3, "pdf", "csv"]})
    assert load.policy.allow_export == ("pdf", "csv")
    [problem] = load.ignored
    assert '"exe"' in problem and "a number" in problem
    assert not load.policy.export_allowed("exe")


def test_locked_settings_keep_only_known_names_with_right_values() -> None:
    load = parse_policy(
        {
            "locked_settings": {
                "text_size": 500,
                "reopen_last_article": True,
                "theme": "dark",
                "ask_before_opening_links": False,
            }
        }
    )
    assert load.policy.locked_settings == {"reopen_last_article": True, "theme": "dark"}
    assert len(load.ignored) == 2
    assert any("text_size" in p and "70 to 240" in p for p in load.ignored)
    # Links are always confirmed: that is not a setting anyone may turn off.
    assert any('"ask_before_opening_links": not a setting' in p for p in load.ignored)


def test_a_locked_theme_must_be_one_the_app_has() -> None:
    load = parse_policy({"locked_settings": {"theme": "neon"}})
    assert load.policy.locked_settings == {}
    [problem] = load.ignored
    assert '"theme"' in problem and "high_contrast" in problem and '"neon"' in problem
    load = parse_policy({"locked_settings": {"theme": 3}})
    assert load.policy.locked_settings == {}
    assert "a number" in load.ignored[0]


def test_the_banner_is_one_line_and_capped() -> None:
    load = parse_policy({"banner": "word " * 100})
    assert load.policy.banner is not None
    assert len(load.policy.banner) == MAX_BANNER_CHARS
    assert load.policy.banner.endswith("…")
    assert load.ignored == (f"banner: cut to {MAX_BANNER_CHARS} characters",)
    assert parse_policy({"banner": "  \n "}).policy.banner is None


@pytest.mark.parametrize(
    "text", ["{not json", "", "[1, 2]", '"text"', "null", "1" * 5000, "[" * 100_000]
)
def test_a_file_that_is_not_a_json_object_gives_the_defaults_and_a_reason(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "policy.json"
    path.write_text(text, encoding="utf-8")
    load = load_policy({POLICY_ENV: str(path)}, "linux")
    assert load.policy == Policy(source=str(path), problems=load.ignored)
    assert len(load.ignored) == 1


def test_a_file_that_is_not_utf8_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_bytes(b'{"banner": "\xff\xfe"}')
    load = load_policy({POLICY_ENV: str(path)}, "linux")
    assert load.policy.banner is None
    assert load.ignored == ("the file is not UTF-8 text",)


def test_a_policy_that_cannot_be_read_gives_the_defaults_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "policy.json"
    folder.mkdir()  # opening a folder fails like an unreadable file, even for root
    load = load_policy({POLICY_ENV: str(folder)}, "linux")
    assert load.policy.guest_mode is False and load.policy.allow_import is True
    [problem] = load.ignored
    assert problem.startswith("the file cannot be read")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_policy_without_read_permission_gives_the_defaults(tmp_path: Path) -> None:
    env = write_policy(tmp_path, {"guest_mode": True})
    Path(env[POLICY_ENV]).chmod(0)
    load = load_policy(env, "linux")
    assert load.policy.guest_mode is False
    assert "cannot be read" in load.ignored[0]


def test_the_policy_file_is_where_each_system_keeps_machine_settings() -> None:
    assert policy_path({}, "linux") == Path("/etc/serge-desktop/policy.json")
    assert policy_path({}, "darwin") == Path(
        "/Library/Application Support/SergeDesktop/policy.json"
    )
    windows = policy_path({"ProgramData": "D:\\ProgramData"}, "win32")
    assert windows.parts[-2:] == ("SergeDesktop", "policy.json")
    assert str(windows).startswith("D:\\ProgramData")
    assert policy_path({POLICY_ENV: "/tmp/p.json"}, "linux") == Path("/tmp/p.json")


def test_the_sample_policy_is_valid_and_sets_every_key() -> None:
    load = load_policy({POLICY_ENV: str(SAMPLE)}, "linux")
    assert load.ignored == ()
    assert {name for name, _value in load.policy.items()} == {
        "guest_mode",
        "data_dir",
        "content_dir",
        "allow_import",
        "allow_export",
        "idle_reset_minutes",
        "locked_settings",
        "banner",
    }


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text()
    | st.sampled_from([*EXPORT_FORMATS, "text_size", "{user}", "{home}", "{", "}"]),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)
POLICY_LIKE = st.dictionaries(
    st.sampled_from([*POLICY_KEYS, "other"]),
    JSON_VALUES,
)


@given(st.one_of(JSON_VALUES, POLICY_LIKE))
def test_no_json_value_makes_the_policy_raise(data: object) -> None:
    load = parse_policy(data)
    assert isinstance(load.policy, Policy)
    assert all(isinstance(problem, str) and problem for problem in load.ignored)


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50, deadline=None
)
@given(st.binary(max_size=200))
def test_no_file_content_makes_loading_raise(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "policy.json"
    path.write_bytes(raw)
    load = load_policy({POLICY_ENV: str(path)}, "linux")
    assert isinstance(load.policy, Policy)
