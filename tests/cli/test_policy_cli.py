"""The command line under the administrator's policy: its import lock, folder and guest mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.data_location import DATA_DIR_ENV
from serge_desktop.services.policy_file import POLICY_ENV

ARTICLE = "Letters from Petrograd\n\nThe first paragraph.\n\nThe second paragraph.\n"


def use_policy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, policy: object) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(policy), encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return path


def test_import_refuses_when_the_administrator_turned_it_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = use_policy(monkeypatch, tmp_path, {"allow_import": False})
    article = tmp_path / "letters.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    data = tmp_path / "data"
    code = main(["--data-dir", str(data), "import", str(article)])
    _out, err = capsys.readouterr()
    assert code == 2
    assert err == f"serge-desktop: importing is turned off by the administrator ({policy})\n"
    assert not data.exists()  # refused before the library was even opened
    assert main(["--data-dir", str(data), "list"]) == 0  # reading is still allowed


def test_the_policy_folder_holds_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    use_policy(monkeypatch, tmp_path, {"data_dir": str(tmp_path / "libraries" / "{user}")})
    monkeypatch.setenv("USER", "ada")
    assert main(["list"]) == 0
    assert (tmp_path / "libraries" / "ada" / "library.sqlite3").is_file()


def test_a_guest_command_works_on_a_library_that_is_then_erased(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    use_policy(monkeypatch, tmp_path, {"guest_mode": True})
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert main(["list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["events"] >= 14
    assert list(runtime.iterdir()) == []


def test_a_malformed_policy_never_stops_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "policy.json"
    path.write_text("{ not json", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(path))
    assert main(["--data-dir", str(tmp_path / "data"), "list"]) == 0


@pytest.mark.parametrize("export_format", ["png", "svg", "timelinejs"])
def test_timeline_export_obeys_the_export_policy(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    export_format: str,
) -> None:
    data = tmp_path / "data"
    output = tmp_path / f"timeline.{export_format}"
    command = ["--data-dir", str(data), "timeline", "export", "--library"]
    command += ["--format", export_format, "-o", str(output)]
    use_policy(monkeypatch, tmp_path, {"allow_export": ["pdf"]})
    assert main(command) == 2
    _out, err = capsys.readouterr()
    assert err == (
        f"serge-desktop: exporting as {export_format} is turned off by your administrator\n"
    )
    assert not output.exists()
    use_policy(monkeypatch, tmp_path, {"allow_export": [export_format]})
    assert main(command) == 0
    assert output.stat().st_size > 0
