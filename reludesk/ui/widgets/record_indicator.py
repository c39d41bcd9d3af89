"""The status bar's sign that a recording runs: a red dot and the time recorded, "● REC 0:07".

While the file is written after the stop it says "Saving… 40 %". It shows nothing itself and
knows no Recorder: ``show_elapsed``, ``show_saving`` and ``clear`` are connected to one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from reludesk.core.i18n import translate
from reludesk.ui.widgets.language import live

RED = "#d62728"  # the red of a camera's tally light, readable on light and dark bars


def elapsed_text(seconds: float) -> str:
    """"0:07", "1:05": whole seconds recorded, as a clock shows them."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class RecordIndicator(QLabel):
    """"● REC 0:07" in red while recording (``recordIndicator``); hidden until then."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordIndicator")
        live(self, lambda w: w.setToolTip(
            translate("RecordIndicator", "Recording: press Esc to stop and save")))
        self.setStyleSheet(f"color: {RED}; font-weight: bold; padding: 0 6px;")
        self._shown = -1  # the whole second on show: the text changes once a second
        self.hide()

    def show_elapsed(self, seconds: float) -> None:
        """Show the dot and ``seconds`` recorded (whole seconds)."""
        whole = int(max(seconds, 0.0))
        if whole != self._shown or self.isHidden():
            self._shown = whole
            self.setText(translate("RecordIndicator", "● REC {time}").format(
                time=elapsed_text(whole)))
            self.setAccessibleName(translate("RecordIndicator", "Recording, {n} seconds")
                                   .format(n=whole))
        self.show()

    def show_saving(self, done: int, total: int) -> None:
        """Show how far the file is written: ``done`` frames of ``total``."""
        percent = round(100 * done / total) if total > 0 else 0
        # said again each frame written: a change of language shows at the next one
        self.setText(translate("RecordIndicator", "Saving… {percent} %").format(percent=percent))
        self._shown = -1
        self.show()

    def clear(self) -> None:
        """Hide (the recording is saved, failed or was never started)."""
        self._shown = -1
        self.hide()
