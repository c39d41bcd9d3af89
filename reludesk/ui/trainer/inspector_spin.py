"""A spin box for one weight or bias that lets a student type anything and hears why it is
refused, instead of swallowing the key.

A plain QDoubleSpinBox blocks a key that would make its text invalid ("nan", "1e5" past its
range) without a word, and on Enter puts the old value back silently. Here any text may be
typed; Enter, leaving the field or an arrow step hands it on as ``committed(text, value)``
(value None when the text is no number at all), and the inspector decides: the core takes the
number, or refuses it with its own sentence and the field shows the unit's value again. The
arrows step by ``STEP`` within ±``UNIT_LIMIT``, the core's limit for a hand-set value.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from reludesk.core.network import UNIT_LIMIT

DIGITS = 6  # significant digits shown: enough to see a small change, short enough to read
STEP = 0.1  # an arrow's step: a visible move of z for inputs of size 1


def shown(value: float) -> str:
    """``value`` as a field shows it."""
    return f"{value:.{DIGITS}g}"


def parse(text: str) -> float | None:
    """The number typed in ``text`` (a comma as decimal point too), or None if it is none."""
    try:
        return float(text.strip().replace(",", ".").replace("−", "-"))
    except ValueError:
        return None


class NumberSpin(QDoubleSpinBox):
    """One number of the unit; ``set_shown(value)`` shows it without emitting anything."""

    committed = Signal(str, object)  # the text, its number (float) or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-UNIT_LIMIT, UNIT_LIMIT)
        self.setDecimals(12)  # the value kept; the text shows DIGITS significant digits
        self.setSingleStep(STEP)
        self.setKeyboardTracking(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_shown(self, value: float) -> None:
        """Show ``value`` (clamped to the range for the arrows; the text is exact)."""
        blocked = self.blockSignals(True)
        self.setValue(value if math.isfinite(value) else 0.0)
        self.blockSignals(blocked)
        self.lineEdit().setText(shown(value))
        self.lineEdit().setModified(False)

    def is_typing(self) -> bool:
        """True while the student has typed in it and not yet confirmed."""
        return self.hasFocus() and self.lineEdit().isModified()

    # --- Qt's hooks ---------------------------------------------------------------------------
    def textFromValue(self, value: float) -> str:
        return shown(value)

    def valueFromText(self, text: str) -> float:
        value = parse(text)
        return value if value is not None else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # anything may be typed: what is wrong with it is said on Enter, not by a dead key
        value = parse(text)
        ok = value is not None and math.isfinite(value) and abs(value) <= UNIT_LIMIT
        state = QValidator.State.Acceptable if ok else QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._commit()
        super().focusOutEvent(event)

    def stepBy(self, steps: int) -> None:
        value = min(UNIT_LIMIT, max(-UNIT_LIMIT, self.value() + steps * self.singleStep()))
        self.committed.emit(shown(value), value)

    def _commit(self) -> None:
        edit = self.lineEdit()
        if edit.isModified():
            edit.setModified(False)
            self.committed.emit(edit.text(), parse(edit.text()))
