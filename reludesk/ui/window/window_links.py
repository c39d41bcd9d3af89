"""The window's language and its recorder, wired in one place so the window class stays short.

``LanguageLink``: the language at start (the one chosen last time, else the system's), the
Language menu's switch (at once, no restart), the window's and the docks' titles in it.
``RecordingLink``: File > Record… (the whole window or one panel, as GIF or MP4), the red dot
in the status bar while it records, and Esc, which stops a recording before it leaves
presentation mode (one Esc shortcut: two on one key would make Qt fire neither).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.widgets import language
from reludesk.ui.window.record_dialog import RecordControl, formats_text

if TYPE_CHECKING:
    from reludesk.ui.window.main_window import MainWindow

SETTING = "window/language"
TITLE = QT_TRANSLATE_NOOP("MainWindow", "reludesk: why ReLU, why it dies, how Leaky ReLU helps")


def start_language() -> str:
    """Put the application in the language chosen last time (QSettings), else the system's
    closest; English when there is no catalogue for it. Returns the language in use."""
    saved = QSettings().value(SETTING, "", type=str)
    wanted = saved if saved in language.LANGUAGES else language.system_choice()
    if wanted != language.current() and not language.set_language(wanted):
        language.set_language(language.SOURCE)
    return language.current()


class LanguageLink:
    """The window's titles in the language in use, and the Language menu's switch."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget],
                 titles: dict[str, str], status: Callable[[str], object]) -> None:
        self._window = window
        self._status = status
        language.live(window, lambda w: w.setWindowTitle(translate("MainWindow", TITLE)))
        for key, dock in docks.items():
            language.live(dock, lambda d, k=key: d.setWindowTitle(
                translate("MainWindow", titles[k])))

    def set_language(self, code: str) -> bool:
        """Switch to ``code`` now and remember it; a language without its catalogue is said so
        in the status line and nothing changes."""
        if not language.set_language(code):
            self._status(translate("MainWindow", "No translation into {language} is installed; "
                                   "the window stays as it was").format(
                                       language=language.LANGUAGES[code]))
            self._check(language.current())
            return False
        QSettings().setValue(SETTING, code)
        self._check(code)
        return True

    def _check(self, code: str) -> None:
        actions = getattr(self._window, "actions_by_name", {})
        if f"language_{code}" in actions:
            actions[f"language_{code}"].setChecked(True)


class RecordingLink:
    """File > Record… for ``window``: what can be recorded, the indicator, Esc."""

    def __init__(self, window: MainWindow, leave_presentation: Callable[[], object]) -> None:
        self._window = window
        self.control = RecordControl(window)
        window.statusBar().addPermanentWidget(self.control.indicator)
        self.control.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
        self.control.failed.connect(window.statusBar().showMessage)
        self._leave = leave_presentation
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setEnabled(False)
        self.escape.activated.connect(self._on_escape)
        self.control.recordingChanged.connect(lambda _on: self.update_escape())

    def targets(self) -> dict[str, QWidget]:
        """What the dialog offers, by name in the language in use."""
        w = self._window
        panel = w.network_panel
        return {
            translate("Recording", "Whole window"): w,
            translate("Recording", "Network"): panel.network_view,
            translate("Recording", "Network output plot"): panel.boundary.plot,
            translate("Recording", "Loss plot"): panel.history_plots.loss_plot,
            translate("Recording", "Water tap"): w.tap_panel,
            translate("Recording", "Activation explorer"): w.explorer,
        }

    def ask(self) -> None:
        """File > Record…: the dialog, then recording."""
        self.control.ask(self.targets())

    @staticmethod
    def tip() -> str:
        """The menu entry's tip: which formats this machine can write."""
        return formats_text()

    def update_escape(self) -> None:
        """Esc answers while presenting or recording."""
        self.escape.setEnabled(self._window.is_presenting() or self.control.is_recording())

    def _on_escape(self) -> None:
        if self.control.is_recording():
            self.control.stop()
        else:
            self._leave()
        self.update_escape()
