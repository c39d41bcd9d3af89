"""Closing cleanly: the real program in a subprocess, closed while it is busy.

Each test runs reludesk the way ``reludesk`` does (``reludesk.app``: make_app, build_window,
run_window), starts something (training, 32 seeds, compare mode, a save), closes the window
once that is really under way, and checks that the process ended within a second with status 0,
that the window's settings were written, that every timer was stopped, and that no half-written
file or stray temporary file is left. Settings and files go to ``tmp_path``, never the home.

The child prints one line ``REPORT {json}``; the time of the close is taken in the child (wall
clock) and the end of the process in the parent, so the second includes the interpreter's exit.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from reludesk.core.config import Config
from reludesk.core.files import read_experiment, write_experiment

ROOT = Path(__file__).resolve().parents[3]
EXIT_WITHIN_S = 1.0
RUN_TIMEOUT_S = 90  # start-up on a busy machine; a hang fails as TimeoutExpired
OLD_CONFIG = Config(dataset="gauss", hidden=(3,), learning_rate=0.5, seed=11)

PRELUDE = '''
import json, os, signal, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget
from reludesk import app as reludesk_app
from reludesk.core import files

FOLDER = Path(sys.argv[1])
app = reludesk_app.make_app()
window = reludesk_app.build_window()
panels = window.panels
report = {"events": []}
_keep = []  # timers alive until the end

def when(condition, action, every_ms=20):
    """Call action() once condition() holds (checked on a timer)."""
    timer = QTimer()
    def poll():
        if condition():
            timer.stop()
            action()
    timer.timeout.connect(poll)
    timer.start(every_ms)
    _keep.append(timer)

def close_now(note):
    report["during"] = note
    report["close_at"] = time.time()
    window.close()

def open_tab(page):
    """Show the trainer's tab ``page`` ("compare" or "seeds") and return its panel."""
    tabs = panels.trainer_tabs
    tabs.setCurrentWidget(getattr(tabs, page + "_page"))
    return getattr(panels, page)

def tmp_files():
    return sorted(p.name for p in FOLDER.iterdir() if p.name.endswith(".tmp"))

window.closed.connect(lambda: report["events"].append("closed"))
'''

EPILOGUE = '''
status = reludesk_app.run_window(app, window)
report["exec_returned_at"] = time.time()
report["status"] = status
built = panels.trainer_tabs
report["after"] = {
    "training": panels.driver.is_running(),
    "compare": built.compare_page.built() is not None and built.compare_page.built().is_running(),
    "seeds": built.seeds_page.built() is not None and built.seeds_page.built().is_running(),
    "tap": panels.tap.tap_widget.is_animating(),
    "visible": window.isVisible(),
}
print("REPORT " + json.dumps(report), flush=True)
sys.exit(status)
'''


def child_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt; home and settings inside ``tmp_path``."""
    home, config = tmp_path / "home", tmp_path / "config"
    home.mkdir(exist_ok=True)
    config.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(config), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORMTHEME", None)
    return env


def script(*bodies: str) -> str:
    return PRELUDE + "".join(textwrap.dedent(b) for b in bodies) + EPILOGUE


def parse_report(stdout: str, stderr: str) -> dict:
    lines = [line for line in stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"no report from the child\nstdout:\n{stdout}\nstderr:\n{stderr}"
    return json.loads(lines[-1].removeprefix("REPORT "))


def run_child(tmp_path: Path, *bodies: str) -> tuple[dict, float]:
    """Run the app with ``bodies`` (script text, one after the other); (its report, seconds
    from the close to the process's end)."""
    folder = tmp_path / "work"
    folder.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", script(*bodies), str(folder)],
        cwd=ROOT, env=child_env(tmp_path), capture_output=True, text=True,
        timeout=RUN_TIMEOUT_S, check=False,
    )
    ended = time.time()
    report = parse_report(result.stdout, result.stderr)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return report, ended - report["close_at"]


def assert_closed_cleanly(tmp_path: Path, report: dict, took: float) -> None:
    print(f"closed while {report['during']}: process gone {took * 1000:.0f} ms after the close "
          f"(event loop left after {(report['exec_returned_at'] - report['close_at']) * 1000:.0f}"
          " ms)")
    assert report["status"] == 0
    assert report["events"].count("closed") == 1
    assert took < EXIT_WITHIN_S, f"the process took {took:.2f} s to end after the close"
    assert report["after"] == {
        "training": False, "compare": False, "seeds": False, "tap": False, "visible": False,
    }
    # the window's geometry and dock layout were written on the way out, and QSettings left
    # nothing of its own behind (no lock or temporary file)
    settings = tmp_path / "config" / "reludesk"
    assert sorted(p.name for p in settings.iterdir()) == ["reludesk.conf"]
    saved = QSettings(str(settings / "reludesk.conf"), QSettings.Format.IniFormat)
    for key in ("window/geometry", "window/state"):  # written by the close, not at start-up
        value = saved.value(key)
        assert isinstance(value, QByteArray) and value.size() > 20, key


# --- closing while something runs --------------------------------------------------------
# what runs when the window is closed: (the child's script, its progress count reached first)
CLOSE_WHILE = {
    "training": ("""
        def go():
            panels.network.play_button.click()
            driver = panels.driver
            when(lambda: driver.is_running() and driver.trainer.steps_done >= 50,
                 lambda: close_now({"training": driver.is_running(),
                                    "steps": driver.trainer.steps_done}))
        QTimer.singleShot(0, go)
    """, 50),
    "seeds": ("""
        def go():
            seeds = open_tab("seeds")
            seeds.set_burst(True, 100_000)  # far longer than the test waits
            seeds.run()
            progress = seeds.findChild(QProgressBar, "seedStatsProgress")
            when(lambda: seeds.is_running() and progress.value() >= 20,
                 lambda: close_now({"seeds": seeds.is_running(), "steps": progress.value()}))
        QTimer.singleShot(0, go)
    """, 20),
    "compare": ("""
        def go():
            compare = open_tab("compare")
            compare.start()
            left, right = compare.trainers()
            when(lambda: compare.is_running() and left.steps_done >= 20,
                 lambda: close_now({"compare": compare.is_running(), "steps": left.steps_done}))
        QTimer.singleShot(0, go)
    """, 20),
}


@pytest.mark.parametrize("running", CLOSE_WHILE)
def test_close_while_something_runs(tmp_path, running):
    script, least = CLOSE_WHILE[running]
    report, took = run_child(tmp_path, script)
    assert report["during"][running] and report["during"]["steps"] >= least
    assert_closed_cleanly(tmp_path, report, took)


def test_closing_the_main_window_ends_the_program_whatever_else_is_open(tmp_path):
    # A problem box and the About box (opened with open(), not exec()), a floating dock and a
    # window of no parent at all: with Qt's "quit when the last window closes" the last one
    # alone would keep the program running after the main window had gone.
    report, took = run_child(tmp_path, """
        def go():
            window.report_problem("Save experiment", "Could not save: the disk is full.")
            window.actions_by_name["about"].trigger()
            window.docks["tap"].setFloating(True)
            stray = QWidget()
            stray.setWindowTitle("a window of no parent")
            stray.show()
            _keep.append(stray)
            panels.driver.start()
            when(lambda: panels.driver.trainer.steps_done >= 20 and stray.isVisible(),
                 lambda: close_now({"others": [w.objectName() or w.windowTitle()
                                               for w in app.topLevelWidgets()
                                               if w.isVisible() and w is not window]}))
        QTimer.singleShot(0, go)
    """)
    others = report["during"]["others"]
    assert {"problemBox", "aboutBox", "tapDock", "a window of no parent"} <= set(others)
    assert_closed_cleanly(tmp_path, report, took)


# --- closing while a file is written -----------------------------------------------------
def folder_files(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "work").iterdir())


SAVE_WITH_A_HOOK = """
    real_fsync = os.fsync
    target = FOLDER / "mine.reludesk.json"

    def save():
        os.fsync = hooked_fsync  # called by write_text_atomic between the write and the rename
        try:
            report["saved"] = window.save_experiment(target, with_weights=True)
        finally:
            os.fsync = real_fsync
        report["config"] = window.network_panel.config().to_json()

    def go():
        panels.driver.start()
        when(lambda: panels.driver.trainer.steps_done >= 20, save)
    QTimer.singleShot(0, go)
"""


def test_close_in_the_middle_of_a_save_finishes_the_file(tmp_path):
    # The close arrives while the file is being written (from an event loop run inside the
    # write, as a slow disk's progress dialog would): the write still ends in the whole file.
    (tmp_path / "work").mkdir()
    write_experiment(tmp_path / "work" / "mine.reludesk.json", OLD_CONFIG)
    report, took = run_child(tmp_path, """
        def hooked_fsync(fd):
            report["tmp_during"] = tmp_files()
            close_now({"writing": True, "training": panels.driver.is_running()})
            real_fsync(fd)
    """, SAVE_WITH_A_HOOK)
    assert report["tmp_during"], "the close did not come in the middle of the write"
    assert report["saved"] is True
    assert_closed_cleanly(tmp_path, report, took)
    assert folder_files(tmp_path) == ["mine.reludesk.json"]  # no temporary file left
    saved = read_experiment(tmp_path / "work" / "mine.reludesk.json")  # the whole new file
    assert saved.config == Config.from_json(report["config"]) != OLD_CONFIG
    assert saved.weights is not None


def test_a_write_that_fails_halfway_leaves_the_old_file_and_no_temporary(tmp_path):
    # The disk fills up mid-write: the old file stays byte for byte, the temporary file is
    # removed, a box says so; closing with that box open still ends the program at once.
    (tmp_path / "work").mkdir()
    old = tmp_path / "work" / "mine.reludesk.json"
    write_experiment(old, OLD_CONFIG)
    old_bytes = old.read_bytes()
    report, took = run_child(tmp_path, """
        def hooked_fsync(fd):
            report["tmp_during"] = tmp_files()
            raise OSError(28, "No space left on device")

        def close_when_told():
            when(lambda: "saved" in report, lambda: close_now(
                {"boxes": [b.objectName() for b in app.topLevelWidgets() if b.isVisible()],
                 "tmp_after_failure": tmp_files()}))
        QTimer.singleShot(0, close_when_told)
    """, SAVE_WITH_A_HOOK)
    assert report["tmp_during"]
    assert report["saved"] is False
    assert report["during"]["tmp_after_failure"] == []
    assert "problemBox" in report["during"]["boxes"]
    assert_closed_cleanly(tmp_path, report, took)
    assert folder_files(tmp_path) == ["mine.reludesk.json"]
    assert old.read_bytes() == old_bytes


def test_sigterm_in_the_middle_of_a_save_lets_the_save_finish_then_closes(tmp_path):
    # The session ends (SIGTERM) while the file is being written: the write completes and is
    # renamed into place, then the window closes as if the user had closed it.
    report, took = run_child(tmp_path, """
        def hooked_fsync(fd):
            report["tmp_during"] = tmp_files()
            report["close_at"] = time.time()
            report["during"] = {"writing": True, "signal": "SIGTERM"}
            os.kill(os.getpid(), signal.SIGTERM)
            report["after_signal_still_writing"] = window.isVisible()
            real_fsync(fd)
    """, SAVE_WITH_A_HOOK)
    assert report["tmp_during"]
    assert report["after_signal_still_writing"] is True  # the handler did not cut the write
    assert report["saved"] is True
    assert_closed_cleanly(tmp_path, report, took)
    assert folder_files(tmp_path) == ["mine.reludesk.json"]
    saved = read_experiment(tmp_path / "work" / "mine.reludesk.json")
    assert saved.config == Config.from_json(report["config"])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_closes_an_idle_window(tmp_path):
    # Nothing runs (training paused, no tap on screen): Qt sleeps in its event loop and no
    # Python code runs, yet Ctrl+C in the terminal still closes the window at once.
    folder = tmp_path / "work"
    folder.mkdir()
    body = """
        def ready():
            window.docks["tap"].hide()  # its animation would wake Python 60 times a second
            report["during"] = {"idle": not panels.driver.is_running()}
            print("READY", flush=True)
        QTimer.singleShot(200, ready)
    """
    proc = subprocess.Popen(
        [sys.executable, "-c", script(body), str(folder)],
        cwd=ROOT, env=child_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + RUN_TIMEOUT_S
        line = ""
        while "READY" not in line:
            ready, _, _ = select.select([proc.stdout], [], [], deadline - time.monotonic())
            assert ready, "the window never became ready"
            line = proc.stdout.readline()
            assert line, f"the child ended early: {proc.stderr.read()}"
        signalled = time.time()
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=RUN_TIMEOUT_S)
        ended = time.time()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    report = parse_report(stdout, stderr)
    assert proc.returncode == 0, stderr
    assert "KeyboardInterrupt" not in stderr
    assert report["during"]["idle"]
    report["close_at"] = signalled
    assert_closed_cleanly(tmp_path, report, ended - signalled)
