"""The one place that knows everything: QApplication, the main window, what it opens on.

Start-up order: ``reludesk --config FILE`` opens that experiment, ``--lesson NAME`` that lesson;
with neither, the very first start (nothing in QSettings yet) opens lesson 1 and later starts
reopen the last lesson or experiment file.

Closing: the program ends when the main window closes, whatever else is open (a message box, a
floating panel), and Ctrl+C or SIGTERM close the window the same way. The window stops its
timers and saves its settings as it closes; files are written atomically
(``reludesk.core.files.write_text_atomic``), so no way of ending leaves half a file.

The icon is a file of the package itself (``reludesk.desktop.icon_file``), so an installed
wheel or a standalone bundle shows it too.
"""

from __future__ import annotations

import signal
import socket
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from reludesk import __version__, desktop

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from reludesk.ui.window.main_window import MainWindow


def check_arguments(config_path: str | None, lesson: str | None) -> None:
    """ValueError (one line, naming what is allowed) for options the window cannot open."""
    if config_path and lesson:
        raise ValueError("give --config or --lesson, not both")
    if lesson is not None:
        from reludesk.core import lessons

        lessons.get(lesson)  # ValueError: "unknown lesson ...; choose one of: step, ..."


def make_app() -> QApplication:
    """The QApplication (made once), named so QSettings finds reludesk's settings."""
    # Qt is imported here, not at module level, so `reludesk train` never loads it.
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("reludesk")
    app.setApplicationName("reludesk")
    app.setApplicationDisplayName("reludesk")
    app.setDesktopFileName("reludesk")
    # Fusion draws the same on every system, so the light and dark palettes look as intended.
    app.setStyle("Fusion")
    icon = desktop.icon_file()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def build_window(config_path: str | None = None, lesson: str | None = None) -> MainWindow:
    """The main window, not shown, on the experiment or lesson asked for, else on what was
    open last (lesson 1 on the very first start). Needs a QApplication.

    A bad ``lesson`` raises ValueError and a bad ``config_path`` ConfigError or FileError (an
    OSError), each one line naming the file once, before any window is made.
    """
    from reludesk.core import lessons
    from reludesk.core.files import read_experiment
    from reludesk.ui.window import experiment_io
    from reludesk.ui.window.main_window import MainWindow

    check_arguments(config_path, lesson)
    if config_path:
        experiment = read_experiment(Path(config_path))
        # built on the file's Config straight away: no default network made and thrown away
        window = MainWindow(config=experiment.config)
        if experiment.weights is not None:
            window.load_weights(experiment.weights)
        window.files.record_opened(
            config_path, experiment.weights is not None, experiment.notes
        )
        return window
    window = MainWindow()
    if lesson is not None:
        window.open_lesson(lesson)
        return window
    last = experiment_io.last_session()
    if last is None:
        window.open_lesson(lessons.names()[0])  # the very first start
    elif last[0] == "lesson" and last[1] in lessons.names():
        window.open_lesson(last[1])
    elif last[0] == "file":
        if Path(last[1]).exists():
            window.open_experiment(last[1])  # a file gone bad says so and keeps the defaults
        else:
            window.statusBar().showMessage(
                f"The last experiment, {last[1]}, is gone; starting from the defaults.", 15000
            )
    return window


def run(config_path: str | None = None, lesson: str | None = None) -> int:
    """Open the reludesk window and run until it is closed; returns the exit status.

    ValueError for an unknown lesson (the command line prints it and exits with status 2).
    """
    check_arguments(config_path, lesson)  # before any window: a typo never flashes one up
    app = make_app()
    window = build_window(config_path, lesson)
    return run_window(app, window)


def self_check() -> int:
    """Open the window on lesson 1, show it, run the event loop until the platform exposes it,
    close it, and print one line on what was found; 0 when the window showed with its icon drawn,
    1 when not. Settings go to a throwaway folder, so the user's last session is untouched.

    For an installed wheel or a standalone bundle, whose own files (the icon, Qt's platform
    and SVG plugins) are checked only by starting them.
    """
    from PySide6.QtCore import QSettings

    from reludesk.core import lessons

    with tempfile.TemporaryDirectory(prefix="reludesk-check-") as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = make_app()
        lesson = lessons.names()[0]
        window = build_window(lesson=lesson)
        shown = _wait_until_exposed(app, window)
        # Qt 6's quit has closed it already; a second close is harmless and makes sure the
        # settings it saves land in the folder about to go, not the user's
        window.close()
        # drawn, not only set: a bundle without Qt's SVG icon engine has a null pixmap here
        drawn = not app.windowIcon().pixmap(64, 64).isNull()
    icon = desktop.icon_file()
    problem = ("the window was not shown" if not shown
               else "the icon is not in the package" if icon is None
               else "Qt could not draw the icon" if not drawn else None)
    if problem is not None:
        print(f"reludesk: self-check failed: {problem}", file=sys.stderr)
        return 1
    print(f"reludesk {__version__}: the window showed lesson {lesson} on Qt's "
          f"{app.platformName()} platform; icon {icon}")
    return 0


def _wait_until_exposed(app: QApplication, window: MainWindow, seconds: float = 10) -> bool:
    """Show ``window`` and run the event loop until the platform exposes it (it can be painted)
    or ``seconds`` pass; True if it was exposed. The loop's quit closes the window (Qt 6)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock = QElapsedTimer()
    clock.start()
    exposed = False

    def look() -> None:
        nonlocal exposed
        handle = window.windowHandle()
        exposed = handle is not None and handle.isExposed()
        if exposed or clock.elapsed() > seconds * 1000:
            timer.stop()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    window.show()
    app.exec()
    return exposed


def run_window(app: QApplication, window: MainWindow) -> int:
    """Show ``window`` and run the event loop until the window closes; returns the exit status.

    The loop ends when the main window closes even if other top-level windows are still open;
    SIGINT (Ctrl+C in a terminal) and SIGTERM close the window, once the Python code running at
    that moment (a file being written, say) has finished.
    """
    window.closed.connect(app.quit)
    with _close_on_signals(window):
        window.show()
        return app.exec()


@contextmanager
def _close_on_signals(window: MainWindow) -> Iterator[None]:
    """While inside, SIGINT and SIGTERM close ``window`` (on the main thread only).

    Python runs a signal handler only between bytecodes, and the Qt event loop runs no Python
    while it waits: the C-level handler writes a byte to a socket (``set_wakeup_fd``) that a
    QSocketNotifier watches, which wakes the loop and lets the Python handler run.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    from PySide6.QtCore import QSocketNotifier, QTimer

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        with suppress(OSError):  # nothing left to read
            reader.recv(64)

    def on_signal(_signum: int, _frame: object) -> None:
        # not window.close() here: the handler may interrupt any Python code (a save in the
        # middle of its write); the close waits until that code has returned to the loop
        QTimer.singleShot(0, window.close)

    notifier.activated.connect(drain)
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    old_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    try:
        yield
    finally:
        signal.set_wakeup_fd(old_fd)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()
