"""Every backup the app announces is still there when the reader looks for it (item 1).

Each command runs as its own process, as a reader would run them one after another, so nothing
is kept merely because it was made in the same run: the policy itself must keep them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from serge_desktop.services.importer import bundled_article_paths
from tests.faults.cli_runs import integrity, serge

SEED = "he-found-the-seeds-of-hope-in-russia"
SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"
_PATH = re.compile(r"(/\S+?\.sqlite3)\b")


def announced(text: str) -> list[Path]:
    """The backup files a command's output names."""
    return [Path(p) for p in _PATH.findall(text) if "/backups/" in p]


def test_backup_pack_import_update_restore_quit_keeps_every_announced_copy(
    tmp_path: Path,
) -> None:
    data, teacher = tmp_path / "data", tmp_path / "teacher"
    pack = tmp_path / "class.sergepack"
    assert serge(teacher, "notes", "add", "--article", SEED, "--quote", "Victor Serge").code == 0
    assert serge(teacher, "pack", "export", "--article", SEED, "-o", str(pack)).code == 0
    assert serge(data, "notes", "add", "--article", SEED, "--quote", "Petrograd").code == 0

    copies: dict[Path, bytes] = {}

    def keep_track(run_out: str) -> None:
        for path in announced(run_out):
            assert path.is_file(), f"announced but missing: {path}"
            copies.setdefault(path, path.read_bytes())

    backup = serge(data, "backup")
    assert backup.code == 0
    keep_track(backup.out)
    imported = serge(data, "pack", "import", str(pack))
    assert imported.code == 0 and "backed up first" in imported.out
    keep_track(imported.out)
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "seed-v2.txt"
    changed.write_text(seed.read_text().replace("In 1908", "In the year 1908"))
    before_update = set((data / "backups").iterdir())
    updated = serge(data, "import", "--update", str(changed))
    assert updated.code == 0
    for made in set((data / "backups").iterdir()) - before_update:  # made, if not announced
        copies.setdefault(made, made.read_bytes())
    # Copies made in the same second are numbered ("-manual-2"): the daily copy may come first.
    manual = next(p for p in copies if re.search(r"-manual(-\d+)?\.sqlite3$", p.name))
    restored = serge(data, "restore", str(manual))
    assert restored.code == 0
    keep_track(restored.out)
    quit_run = serge(data, "notes", "add", "--article", SEED, "--quote", "Paris")  # then quits
    assert quit_run.code == 0
    kinds = {re.sub(r".*-\d{6}-([a-z-]+?)(-\d+)?\.sqlite3", r"\1", p.name) for p in copies}
    assert kinds >= {"manual", "before-pack-import", "before-import", "before-restore"}
    for path, content in copies.items():
        assert path.is_file(), f"announced, then deleted: {path.name}"
        assert path.read_bytes() == content, f"changed after it was announced: {path.name}"
        assert integrity(path) == "ok"


def test_the_copy_made_before_an_upgrade_is_announced_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(SAMPLES / "v1-seed-with-note.sqlite", data / "library.sqlite3")
    upgraded = serge(data, "list")
    assert upgraded.code == 0
    [before] = announced(upgraded.err)
    content = before.read_bytes()
    for _ in range(3):  # later runs, each making a daily copy on quit
        assert serge(data, "notes", "add", "--article", SEED, "--quote", "Serge").code == 0
    assert before.read_bytes() == content and integrity(before) == "ok"
