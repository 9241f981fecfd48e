"""The real app on a virtual desktop: Xvfb, openbox, a session bus and the AT-SPI bus.

End-to-end tests of the window as people use it: the app runs as its own process on its own
display, driven by xdotool key presses and read by the system Python's pyatspi (a screen
reader's view). Each tool is checked first; a missing one skips the test and names it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
TIMEOUT_S = 60  # a limit against hanging, not a speed requirement


def missing_tools(*, screen_reader: bool) -> list[str]:
    """The tools (and the Debian packages that bring them) this machine lacks."""
    wanted = {"Xvfb": "xvfb", "openbox": "openbox", "xdotool": "xdotool"}
    if screen_reader:
        wanted["dbus-launch"] = "dbus-x11"
    missing = [f"{tool} ({package})" for tool, package in wanted.items() if not shutil.which(tool)]
    if screen_reader:
        if not Path(BUS_LAUNCHER).exists():
            missing.append(f"{BUS_LAUNCHER} (at-spi2-core)")
        has_pyatspi = Path(SYSTEM_PYTHON).exists() and (
            subprocess.run(
                [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
            ).returncode
            == 0
        )
        if not has_pyatspi:
            missing.append(f"pyatspi for {SYSTEM_PYTHON} (python3-pyatspi)")
    return missing


def skip_without_tools(*, screen_reader: bool) -> None:
    missing = missing_tools(screen_reader=screen_reader)
    if missing:
        pytest.skip("needs " + ", ".join(missing) + "; `make e2e-tools` installs them")


@dataclass
class Desktop:
    """A running virtual desktop and the app on it."""

    env: dict[str, str]
    data_dir: Path
    app: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """The command line on the same library (``python -m serge_desktop ARGS``)."""
        return subprocess.run(
            [sys.executable, "-m", "serge_desktop", "--data-dir", str(self.data_dir), *args],
            env=self.env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
        )  # fmt: skip

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True,
            timeout=TIMEOUT_S, check=False,
        )  # fmt: skip
        return done.stdout.strip()

    def window_id(self) -> str:
        """The main window's X id, once it is mapped (its title ends with the app's name)."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            self.assert_app_running()
            found = self.xdotool("search", "--onlyvisible", "--name", "Serge Desktop$")
            if found:
                return found.splitlines()[0]
            time.sleep(0.3)
        raise AssertionError("the window never appeared")

    def window_title(self) -> str:
        return self.xdotool("getactivewindow", "getwindowname")

    def key(self, *keys: str, pause: float = 0.5) -> None:
        """Press keys as a person does: one at a time, with a pause after each."""
        for name in keys:
            self.xdotool("key", "--clearmodifiers", name)
            time.sleep(pause)

    def type(self, text: str, pause: float = 0.8) -> None:
        self.xdotool("type", "--delay", "60", text)
        time.sleep(pause)

    def start_app(self) -> None:
        self.app = subprocess.Popen(
            [sys.executable, "-m", "serge_desktop", "--data-dir", str(self.data_dir)],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        window = self.window_id()
        self.xdotool("windowactivate", "--sync", window)
        time.sleep(1.5)  # the first paint, the article laid out

    def assert_app_running(self) -> None:
        assert self.app is not None
        if self.app.poll() is not None:
            errors = self.app.stderr.read().decode(errors="replace") if self.app.stderr else ""
            raise AssertionError(f"the app stopped ({self.app.returncode}): {errors[-2000:]}")

    def wait_for_exit(self) -> int:
        assert self.app is not None
        return self.app.wait(timeout=TIMEOUT_S)


def _background(stack: ExitStack, command: list[str], env: dict[str, str]) -> None:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    stack.callback(_stop, process)


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _start_display(stack: ExitStack, env: dict[str, str]) -> str:
    """Xvfb on the first free display, which it names itself (no race with other sessions)."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        env=env, pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    stack.callback(_stop, xvfb)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise AssertionError("Xvfb did not start")
    return f":{number}"


@contextmanager
def desktop(tmp_path: Path, *, screen_reader: bool) -> Iterator[Desktop]:
    """A virtual desktop with openbox (and the accessibility bus), the app not yet started."""
    skip_without_tools(screen_reader=screen_reader)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_RUNTIME")) and key != "DISPLAY"
    }
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    runtime = Path(tempfile.mkdtemp(prefix="serge-e2e-"))  # short: socket paths have a limit
    runtime.chmod(0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["LANGUAGE"] = "en"
    env["LC_ALL"] = "C.UTF-8"
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, runtime, True)
        env["DISPLAY"] = _start_display(stack, env)
        if screen_reader:
            launched = subprocess.run(
                ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True,
                timeout=TIMEOUT_S, check=True,
            )  # fmt: skip
            bus = _shell_values(launched.stdout)
            env["DBUS_SESSION_BUS_ADDRESS"] = bus["DBUS_SESSION_BUS_ADDRESS"]
            stack.callback(_kill_pid, int(bus["DBUS_SESSION_BUS_PID"]))
            _background(stack, [BUS_LAUNCHER, "--launch-immediately"], env)
            env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
            time.sleep(0.5)
        _background(stack, ["openbox"], env)
        time.sleep(0.5)
        session = Desktop(env=env, data_dir=tmp_path / "data")
        try:
            yield session
        finally:
            if session.app is not None:
                _stop(session.app)
                if session.app.stderr:
                    session.app.stderr.close()


def _shell_values(output: str) -> dict[str, str]:
    """``NAME='value';`` lines, as dbus-launch --sh-syntax prints them."""
    values = {}
    for line in output.splitlines():
        name, _, value = line.partition("=")
        if value:
            values[name.strip()] = value.rstrip(";").strip("'")
    return values


def _kill_pid(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
