"""Real keys in a real window: the app runs on an X server (Xvfb) and xdotool presses keys.

Offscreen tests trigger actions or send Qt key events to widgets, so they cannot see a key
binding that the platform leaves empty, a shortcut that another widget swallows, or a window
without the keyboard focus. Here the window (``run_window.py``, a subprocess on the xcb
platform) gets key events from the X server as a student's keyboard sends them, and reports its
state after each key's release. One window serves the module; each test leaves it paused and out
of presentation mode. Skipped where Xvfb or xdotool is missing (``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reludesk.core import lessons

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="needs Xvfb and xdotool (apt-get install xvfb xdotool; .ci/run installs them)",
)

LESSON = "dying_relu"
SCRIPT = Path(__file__).with_name("run_window.py")
START_S = 60.0  # the longest the X server or the window may take to come up (a busy CI box)
ANSWER_S = 20.0  # the longest a state line may take after a key or a question


class RealWindow:
    """The window subprocess: press keys through X, ask for its state, read its lines."""

    def __init__(self, process: subprocess.Popen, env: dict[str, str]) -> None:
        self.process, self.env = process, env
        self._buffer = b""

    def read(self, want: Callable[[dict], bool], within: float = ANSWER_S) -> dict:
        """The first state line that ``want`` accepts; fails after ``within`` seconds or when
        the window has ended. Waits on the pipe (select), never sleeps."""
        deadline = time.monotonic() + within
        while True:
            while b"\n" in self._buffer:
                line, self._buffer = self._buffer.split(b"\n", 1)
                report = json.loads(line)
                if want(report):
                    return report
            left = deadline - time.monotonic()
            assert left > 0, f"no such state line within {within:.0f} s"
            ready, _, _ = select.select([self.process.stdout], [], [], left)
            if ready:
                chunk = os.read(self.process.stdout.fileno(), 65536)
                assert chunk, f"the window ended (status {self.process.poll()})"
                self._buffer += chunk

    def ask(self, command: str, event: str) -> dict:
        self.process.stdin.write(f"{command}\n".encode())
        self.process.stdin.flush()
        return self.read(lambda r: r["event"] == event)

    def state(self) -> dict:
        return self.ask("state", "state")

    def press(self, key: str, reported_as: str) -> dict:
        """Press and release ``key`` (an X key name) and return the state once the window has
        handled it (the line its release brings, named ``reported_as`` by Qt)."""
        subprocess.run(["xdotool", "key", key], env=self.env, check=True, timeout=ANSWER_S)
        return self.read(lambda r: r["event"] == "key" and r["key"] == reported_as)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An X server on the first free display: it writes the number to a pipe once it accepts
    clients (-displayfd), so nothing polls for its socket."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    # read up to the newline: Xvfb may write the digits and the newline apart, and a pipe
    # closed in between kills it (SIGPIPE)
    text, deadline = b"", time.monotonic() + START_S
    try:
        while not text.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(left, 0.0))
            chunk = os.read(read_end, 64) if ready else b""
            if not chunk:  # the time is up, or Xvfb ended without a display
                xvfb.kill()
                xvfb.wait()
                pytest.fail(f"Xvfb did not start within {START_S:.0f} s")
            text += chunk
    finally:
        os.close(read_end)
    return xvfb, f":{text.decode().strip()}"


@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealWindow]:
    xvfb, display = start_xvfb()
    home = tmp_path_factory.mktemp("home")  # the window's settings: never the user's
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_RUNTIME_DIR": str(runtime),
    }
    log = (home / "window.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), LESSON], env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
    )
    real = RealWindow(process, env)
    try:
        try:
            ready = real.read(lambda r: r["event"] == "ready", START_S)
        except AssertionError as exc:
            log.flush()
            said = (home / "window.log").read_text(errors="replace")[-2000:]
            pytest.fail(f"{exc}; the window wrote:\n{said}")
        assert ready["lesson"] == LESSON and ready["active"] and not ready["running"]
        yield real
    finally:
        if process.poll() is None:
            process.stdin.write(b"quit\n")
            process.stdin.flush()
            try:
                process.wait(timeout=ANSWER_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()
        xvfb.terminate()
        xvfb.wait(timeout=ANSWER_S)


def test_space_plays_and_pauses(window):
    start = window.state()
    assert not start["running"]
    assert window.press("space", "Space")["running"]
    # training goes on by itself: the window reports once it has taken 50 steps more
    window.ask(f"steps {start['steps'] + 50}", "steps")
    paused = window.press("space", "Space")
    assert not paused["running"] and paused["steps"] >= start["steps"] + 50


def test_b_bursts(window):
    before = window.state()
    assert not before["running"]
    after = window.press("b", "B")
    # at full speed the 100 steps are taken at once; in slow motion the burst has begun
    assert after["steps"] == before["steps"] + 100 or after["bursting"]
    if after["bursting"]:
        window.ask(f"steps {before['steps'] + 100}", "steps")


def test_f11_presents_and_esc_or_f11_leaves(window):
    assert not window.state()["presenting"]
    assert window.press("F11", "F11")["presenting"]
    assert not window.press("Escape", "Esc")["presenting"]
    assert window.press("F11", "F11")["presenting"]
    assert not window.press("F11", "F11")["presenting"]
    assert window.state()["active"]  # the window kept the keyboard through it all


def test_1_2_3_0_put_a_view_on_the_stage(window):
    if "stage_tap" not in window.state()["stage_actions"]:
        pytest.skip("the stage actions (stage_explorer, ...) are not in this window yet")
    star = lessons.get(LESSON).stage[0]  # the lesson's own star view: what 0 and F11 stage
    assert star == "trainer"  # so that each key below changes what is staged
    assert window.press("F11", "F11")["staged"] == star
    try:
        # each key changes what is staged, so a key that does nothing cannot pass
        for key, view in (("3", "tap"), ("1", "explorer"), ("0", star), ("3", "tap"),
                          ("2", "trainer")):
            assert window.press(key, key)["staged"] == view, f"key {key}"
    finally:
        window.press("Escape", "Esc")
    assert window.state()["staged"] is None
