"""The real reludesk window for the Xvfb tests, run as a subprocess that reports its state.

``python run_window.py LESSON`` (with ``QT_QPA_PLATFORM=xcb`` and ``DISPLAY`` set) opens the main
window on ``LESSON`` as ``reludesk --lesson`` does, and writes one JSON object per line on
stdout:

* ``{"event": "ready", ...}`` once the window is shown and has the keyboard focus;
* ``{"event": "key", "key": NAME, ...}`` after every key release: X delivers a key's press
  before its release, so the press has been handled by then (a shortcut fired, or not);
* ``{"event": "state", ...}`` for a line ``state`` on stdin;
* ``{"event": "steps", ...}`` for a line ``steps N``, as soon as the network has taken N steps.

A line ``quit`` closes the window. Every object carries the state (:func:`state`). The tests
read it; nothing here decides whether a key worked.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

from reludesk.app import build_window, make_app
from reludesk.ui.window.main_window import MainWindow

STAGE_ACTIONS = ("stage_explorer", "stage_trainer", "stage_tap", "stage_lesson")


def state(window: MainWindow) -> dict:
    """What the tests look at: presentation mode, training, the stage, the focus."""
    driver = window.panels.driver
    focus = QGuiApplication.focusObject()
    staged = getattr(window, "staged", None)
    return {
        "presenting": window.is_presenting(),
        "full_screen": window.isFullScreen(),
        "running": driver.is_running(),
        "bursting": bool(getattr(driver, "is_bursting", lambda: False)()),
        "steps": driver.trainer.steps_done,
        "dead": driver.trainer.evaluate().dead_count(),
        "lesson": window.current_lesson(),
        "staged": staged() if callable(staged) else None,
        "stage_actions": [name for name in STAGE_ACTIONS if name in window.actions_by_name],
        "focus": focus.objectName() if isinstance(focus, QObject) else None,
        "active": window.isActiveWindow(),
    }


class Reporter(QObject):
    """Writes the state lines: after key releases, and when stdin asks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._buffer = b""
        self._steps_wanted: int | None = None
        self._ready = False
        os.set_blocking(0, False)
        self._stdin = QSocketNotifier(0, QSocketNotifier.Type.Read, self)
        self._stdin.activated.connect(self._on_stdin)
        window.panels.driver.stepped.connect(lambda _snap: self._check_steps())
        QGuiApplication.instance().focusWindowChanged.connect(lambda _w: self.check_ready())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # one report per key: the release reaches the window once, whatever widget has focus
        if (event.type() == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent)
                and not event.isAutoRepeat() and watched is QGuiApplication.focusWindow()):
            name = QKeySequence(event.key()).toString()
            QTimer.singleShot(0, lambda: self.write("key", key=name))
        return False

    def write(self, event: str, **extra: object) -> None:
        line = json.dumps({"event": event, **extra, **state(self._window)})
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def check_ready(self) -> None:
        """Say "ready" once, when the window has the keyboard focus."""
        if not self._ready and QGuiApplication.focusWindow() is self._window.windowHandle():
            self._ready = True
            self.write("ready")

    def _check_steps(self) -> None:
        wanted = self._steps_wanted
        if wanted is not None and self._window.panels.driver.trainer.steps_done >= wanted:
            self._steps_wanted = None
            self.write("steps")

    def _on_stdin(self) -> None:
        try:
            chunk = os.read(0, 4096)
        except BlockingIOError:
            return
        if not chunk:  # the test went away: end, rather than spin on a closed pipe
            self._stdin.setEnabled(False)
            self._window.close()
            return
        self._buffer += chunk
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._command(line.decode().split())

    def _command(self, words: list[str]) -> None:
        if words == ["state"]:
            self.write("state")
        elif len(words) == 2 and words[0] == "steps":
            self._steps_wanted = int(words[1])
            self._check_steps()
        elif words == ["quit"]:
            self._window.close()


def main() -> int:
    app = make_app()
    window = build_window(lesson=sys.argv[1])
    reporter = Reporter(window)
    app.installEventFilter(reporter)
    window.closed.connect(app.quit)
    window.show()
    window.raise_()
    window.activateWindow()  # no window manager on Xvfb: Qt sets the X input focus itself
    QTimer.singleShot(0, reporter.check_ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
