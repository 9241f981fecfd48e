"""The app makes no network connection: its main flows run with Internet sockets blocked.

Each flow runs in a child Python whose ``sitecustomize`` replaces the socket module's ways to
reach the network (Internet sockets, name lookups, connections) with functions that write a
marker file and raise. Local sockets (AF_UNIX, which QLocalServer and asyncio use) stay allowed:
they never leave the machine.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "serge_desktop"
TIMEOUT_S = 300  # a limit against hanging, not a speed requirement
Step = Callable[[], "subprocess.CompletedProcess[str]"]

BLOCKER = '''
"""Test-only: refuses every Internet socket, and says so in a marker file."""
import os
import socket
import traceback

_MARKER = os.environ["SERGE_NETWORK_MARKER"]
_INTERNET = {socket.AF_INET, socket.AF_INET6}


def _refuse(what):
    with open(_MARKER, "a", encoding="utf-8") as marker:
        marker.write(what + "\\n" + "".join(traceback.format_stack(limit=8)) + "\\n")
    raise OSError("network use blocked by the test: " + what)


class _LocalOnlySocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and (family == -1 or family in _INTERNET):
            _refuse("socket(%r)" % (family,))
        super().__init__(family, type, proto, fileno)


def _refused(name):
    return lambda *args, **kwargs: _refuse("%s%r" % (name, args))


socket.socket = _LocalOnlySocket
socket.SocketType = _LocalOnlySocket
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
              "gethostbyaddr", "create_server"):
    setattr(socket, _name, _refused(_name))
'''

MARKDOWN_ARTICLE = """---
title: Notes from Petrograd
author: A Reader
---

The city was cold ![a picture](http://example.com/cold.png) and hungry.

<img src="https://example.com/tracker.gif"> <script>fetch("http://example.com/")</script>

Serge met the <a href="http://example.com">old revolutionaries</a> in the Smolny.
"""

PREVIEW_A_NOTE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from serge_desktop.ui.notes.preview import NotePreview
preview = NotePreview()
preview.show_markdown(
    "![remote](http://example.com/a.png) ![file](file://server/share/b.png) "
    "[link](https://example.com/) <img src='http://example.com/c.png'>"
)
preview.resize(400, 200)
preview.show()
preview.grab()
app.processEvents()
print("rendered")
"""


@pytest.fixture
def blocked(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment for children that cannot open Internet sockets, and its marker file."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    marker = tmp_path / "network-attempts.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SERGE_NETWORK_MARKER=str(marker))
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    env.pop("SERGE_DESKTOP_DATA_DIR", None)
    env["HOME"] = str(tmp_path / "home")
    return env, marker


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )


def _app(env: dict[str, str], data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run(env, "-m", "serge_desktop", "--data-dir", str(data_dir), *args)


def test_the_blocker_catches_a_connection(blocked: tuple[dict[str, str], Path]) -> None:
    env, marker = blocked
    tries = (
        "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)",
        "import socket; socket.socket(socket.AF_INET6)",
        "import urllib.request; urllib.request.urlopen('http://example.com/', timeout=1)",
    )
    for attempt in tries:
        marker.unlink(missing_ok=True)
        result = _run(env, "-c", attempt)
        assert result.returncode != 0
        assert marker.exists(), attempt
    # Local sockets are not the network: they stay allowed.
    marker.unlink(missing_ok=True)
    local = _run(env, "-c", "import socket; a, b = socket.socketpair(); a.close(); b.close()")
    assert local.returncode == 0, local.stderr
    assert not marker.exists()


def test_the_main_flows_make_no_connection(
    blocked: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, marker = blocked
    data = tmp_path / "data"
    article = tmp_path / "petrograd.md"
    article.write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    steps: list[tuple[str, Step]] = [
        ("self-test", lambda: _run(env, "-m", "serge_desktop", "--self-test")),
        ("open the window on the seed", lambda: _app(env, data, "--exit-after-start")),
        ("import Markdown", lambda: _app(env, data, "import", str(article))),
        ("list", lambda: _app(env, data, "list", "--json")),
    ]
    for name, step in steps:
        result = step()
        assert result.returncode == 0, f"{name}: {result.stderr}"
    slugs = _app(env, data, "list").stdout
    slug = next(line.split()[0] for line in slugs.splitlines() if "petrograd" in line.lower())
    more: list[tuple[str, Step]] = [
        (
            "create a note",
            lambda: _app(
                env, data, "notes", "add", "--article", slug, "--quote", "The city was cold",
                "--note", "![x](http://example.com/x.png) see [Serge](https://example.com/)",
            ),
        ),
        ("search", lambda: _app(env, data, "search", "Petrograd")),
        (
            "open the imported article",
            lambda: _app(env, data, "--exit-after-start", "--article", slug),
        ),
        (
            "export the timeline",
            lambda: _app(
                env, data, "timeline", "export", "--article", slug, "--format", "svg",
                "-o", str(tmp_path / "timeline.svg"),
            ),
        ),
        ("preview a note with remote images", lambda: _run(env, "-c", PREVIEW_A_NOTE)),
    ]  # fmt: skip
    for name, step in more:
        result = step()
        assert result.returncode == 0, f"{name}: {result.stderr}"
    assert (tmp_path / "timeline.svg").exists()
    assert not marker.exists(), marker.read_text(encoding="utf-8")


# Qt and Python modules that talk to the network; local sockets (QLocalServer) are fine.
NETWORK_NAMES = (
    "QTcpSocket",
    "QUdpSocket",
    "QSslSocket",
    "QTcpServer",
    "QNetworkAccessManager",
    "QNetworkRequest",
    "QDnsLookup",
    "QHostInfo",
    "QtWebEngine",
    "urllib.request",
    "http.client",
    "ftplib",
    "smtplib",
    "requests",
    "httpx",
    "aiohttp",
    "socket",
)


def network_uses(source: str) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            names += [alias.name for alias in node.names]
        found += [n for n in names if n in NETWORK_NAMES or n.startswith("PySide6.QtWebEngine")]
    return found


def test_no_module_reaches_for_the_network() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in network_uses(path.read_text(encoding="utf-8"))
    ]
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_network_code() -> None:
    source = "import socket\nfrom PySide6.QtNetwork import QTcpSocket, QLocalSocket\n"
    assert network_uses(source) == ["socket", "QTcpSocket"]
