"""The one place that knows everything: QApplication, the main window, and showing it."""

from __future__ import annotations

import sys
from pathlib import Path

ICON = Path(__file__).resolve().parent.parent / "assets" / "reludesk.svg"


def run(config_path: str | None = None, lesson: str | None = None) -> int:
    """Open the reludesk window and run until it is closed; returns the exit status.

    ``config_path`` (a saved experiment) and ``lesson`` are accepted already; opening them
    arrives in a later version, and the status bar says so.
    """
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
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))

    from reludesk.ui.main_window import MainWindow

    window = MainWindow()
    wanted = [f"--{flag} {value}" for flag, value in (("config", config_path),
                                                       ("lesson", lesson)) if value]
    if wanted:
        window.statusBar().showMessage(
            f"{' and '.join(wanted)}: opening experiments and lessons arrives in a later "
            "version; showing the explorer.", 15000)
    window.show()
    return app.exec()
