"""Reads the administrator's policy file; whatever is wrong in it falls back to the safe default.

A policy is written by hand on a machine the app must still start on, so nothing in the file
can stop it: each key that is malformed keeps its default and is named in ``ignored``, in words
an administrator can act on (Help ▸ About shows them).
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from serge_desktop.core.regular_files import NotARegularFileError, read_regular
from serge_desktop.services.policy import (
    DEFAULT_POLICY,
    EXPORT_FORMATS,
    LOCKABLE_SETTINGS,
    POLICY_KEYS,
    TEXT_SIZE,
    TEXT_SIZE_RANGE,
    THEMES,
    Policy,
)

POLICY_ENV = "SERGE_DESKTOP_POLICY"
MAX_POLICY_BYTES = 256 * 1024  # far more than any real policy; a larger file is a mistake
MAX_IDLE_RESET_MINUTES = 24 * 60
MAX_BANNER_CHARS = 120
DATA_DIR_FIELDS = frozenset({"user", "home"})


@dataclass(frozen=True, slots=True)
class PolicyLoad:
    """The policy in force and what in the file was ignored (empty when all was well)."""

    policy: Policy
    ignored: tuple[str, ...]


def policy_path(env: Mapping[str, str], platform: str) -> Path:
    """Where the administrator's file is: $SERGE_DESKTOP_POLICY, else the system's place."""
    override = env.get(POLICY_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    if platform.startswith("win"):
        program_data = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "SergeDesktop" / "policy.json"
    if platform == "darwin":
        return Path("/Library/Application Support/SergeDesktop/policy.json")
    return Path("/etc/serge-desktop/policy.json")


def load_policy(env: Mapping[str, str], platform: str) -> PolicyLoad:
    """Read the policy file; a missing one means no policy, never an error."""
    path = policy_path(env, platform)
    try:
        raw = read_regular(path, MAX_POLICY_BYTES)  # a FIFO here must not hang every start
    except FileNotFoundError:
        return PolicyLoad(DEFAULT_POLICY, ())
    except NotARegularFileError as error:
        return _unusable(path, f"the file cannot be read: it is {error.what}, not a regular file")
    except OSError as error:
        return _unusable(path, f"the file cannot be read: {error.strerror or error}")
    if len(raw) > MAX_POLICY_BYTES:
        return _unusable(path, f"the file is over {MAX_POLICY_BYTES // 1024} KB; it was not read")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return _unusable(path, "the file is not UTF-8 text")
    except (ValueError, RecursionError) as error:  # JSONDecodeError, and numbers too long
        return _unusable(path, f"the file is not valid JSON ({getattr(error, 'msg', error)})")
    load = parse_policy(data)
    return PolicyLoad(replace(load.policy, source=str(path)), load.ignored)


def _unusable(path: Path, problem: str) -> PolicyLoad:
    """A file that could not be read at all: every key keeps its default."""
    return PolicyLoad(replace(DEFAULT_POLICY, source=str(path), problems=(problem,)), (problem,))


def parse_policy(data: object) -> PolicyLoad:
    """Turn a decoded JSON value into a policy, key by key."""
    if not isinstance(data, dict):
        problem = f"the file holds {_json_type(data)}, not an object of keys"
        return PolicyLoad(replace(DEFAULT_POLICY, problems=(problem,)), (problem,))
    values: dict[str, object] = {}
    ignored: list[str] = []
    for key, value in data.items():
        if key not in POLICY_KEYS:
            known = ", ".join(POLICY_KEYS)
            ignored.append(f"{_shown(key)}: not a policy key (known keys: {known})")
            continue
        accepted, problems = _CHECKS[key](value)
        ignored.extend(f"{key}: {problem}" for problem in problems)
        if accepted is not _REJECTED:
            values[key] = accepted
    policy = replace(DEFAULT_POLICY, **values, problems=tuple(ignored))  # type: ignore[arg-type]
    return PolicyLoad(policy, tuple(ignored))


_REJECTED = object()  # a value that keeps the key's default
Checked = tuple[object, list[str]]


def _shown(name: str) -> str:
    """A name from the file, short enough for a list of problems."""
    return json.dumps(name if len(name) <= 40 else name[:39] + "…", ensure_ascii=False)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _wrong(expected: str, value: object) -> Checked:
    return _REJECTED, [f"expected {expected}, found {_json_type(value)}; the default is kept"]


def _check_bool(value: object) -> Checked:
    return (value, []) if isinstance(value, bool) else _wrong("true or false", value)


def _check_folder(value: object) -> Checked:
    if not isinstance(value, str) or not value.strip():
        return _wrong("a folder path as text", value)
    return value.strip(), []


def _check_data_dir(value: object) -> Checked:
    folder, problems = _check_folder(value)
    if problems:
        return folder, problems
    assert isinstance(folder, str)
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(folder) if name is not None}
    except ValueError:
        fields = {"?"}
    if not fields <= DATA_DIR_FIELDS:
        return _REJECTED, ["only {user} and {home} may stand in braces; the default is kept"]
    return folder, []


def _check_allow_export(value: object) -> Checked:
    if isinstance(value, bool):
        return value, []
    if not isinstance(value, list):
        return _wrong("true, false or a list of formats", value)
    known = [name for name in value if isinstance(name, str) and name in EXPORT_FORMATS]
    unknown = [name for name in value if not (isinstance(name, str) and name in EXPORT_FORMATS)]
    problems = []
    if unknown:
        shown = ", ".join(_shown(n) if isinstance(n, str) else _json_type(n) for n in unknown)
        problems.append(f"unknown formats {shown} (known: {', '.join(EXPORT_FORMATS)})")
    return tuple(dict.fromkeys(known)), problems


def _check_idle_minutes(value: object) -> Checked:
    if isinstance(value, bool) or not isinstance(value, int):
        return _wrong("a whole number of minutes", value)
    if not 1 <= value <= MAX_IDLE_RESET_MINUTES:
        return _REJECTED, [f"must be from 1 to {MAX_IDLE_RESET_MINUTES} minutes"]
    return value, []


def _check_banner(value: object) -> Checked:
    if not isinstance(value, str):
        return _wrong("text", value)
    text = " ".join(value.split())  # one line: a banner is a label, not a page
    if not text:
        return None, []
    if len(text) > MAX_BANNER_CHARS:
        return text[: MAX_BANNER_CHARS - 1] + "…", [f"cut to {MAX_BANNER_CHARS} characters"]
    return text, []


def _check_locked_settings(value: object) -> Checked:
    if not isinstance(value, dict):
        return _wrong("an object of setting names and values", value)
    locked: dict[str, object] = {}
    problems = []
    for name, setting in value.items():
        problem = _setting_problem(name, setting)
        if problem:
            problems.append(f"{_shown(name)}: {problem}")
        else:
            locked[name] = setting
    return locked, problems


def _setting_problem(name: str, setting: object) -> str | None:
    expected = LOCKABLE_SETTINGS.get(name)
    if expected is None:
        return f"not a setting that can be locked (known: {', '.join(LOCKABLE_SETTINGS)})"
    if expected is bool and not isinstance(setting, bool):
        return f"expected true or false, found {_json_type(setting)}"
    if expected is int:
        if isinstance(setting, bool) or not isinstance(setting, int):
            return f"expected a whole number, found {_json_type(setting)}"
        low, high = TEXT_SIZE_RANGE if name == TEXT_SIZE else (setting, setting)
        if not low <= setting <= high:
            return f"must be from {low} to {high} (percent)"
    if expected is str and setting not in THEMES:
        found = _shown(setting) if isinstance(setting, str) else _json_type(setting)
        return f"expected one of {', '.join(THEMES)}, found {found}"
    return None


_CHECKS = {
    "guest_mode": _check_bool,
    "data_dir": _check_data_dir,
    "content_dir": _check_folder,
    "allow_import": _check_bool,
    "allow_export": _check_allow_export,
    "idle_reset_minutes": _check_idle_minutes,
    "locked_settings": _check_locked_settings,
    "banner": _check_banner,
}
