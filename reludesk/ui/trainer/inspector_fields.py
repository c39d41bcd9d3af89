"""The inspected unit's bias and incoming weights as spin boxes a student can type into.

A field (``inspector_spin.NumberSpin``) holds one number. Enter, leaving the field or an arrow
step hands the number on through ``valueTyped(index, value)`` (index -1 the bias, i the weight
from input i); text that is not a number is refused here, and the inspector refuses a number
the core will not take (not finite, beyond ±1000) with the core's own sentence. A refused field
goes back to the value the unit has, so nothing else changes.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from reludesk.core.i18n import translate
from reludesk.ui.trainer.inspector_spin import NumberSpin
from reludesk.ui.widgets.language import live

BIAS = -1  # the index of the bias field; weights are 0, 1, ... (their source unit)


class UnitFields(QWidget):
    """A bias field and one weight field per input of the unit, with a line for refusals."""

    valueTyped = Signal(int, float)  # BIAS or the weight's source unit, the value typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setObjectName("inspectorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #D55E00;")  # vermillion: a refusal, not a state
        self.bias = self._field(BIAS)
        self.weights: list[NumberSpin] = []
        self._names: list[str] = []
        self._values = np.zeros(0)
        self._bias_value = 0.0

    def _field(self, index: int) -> NumberSpin:
        field = NumberSpin(self)
        field.setObjectName("biasField" if index == BIAS else f"weightField{index}")
        field.committed.connect(lambda text, value: self._on_committed(index, text, value))
        return field

    def set_inputs(self, names: list[str]) -> None:
        """One weight field per input, named ``names`` (e.g. "from x1"): made again only when
        the number of inputs changes."""
        if len(names) != len(self.weights):
            while self._grid.count():
                self._grid.takeAt(0)
            for field in self.weights:
                field.deleteLater()
            self.weights = [self._field(i) for i in range(len(names))]
            self._labels = [QLabel(self) for _ in names]
            rows = [("bias", self.bias), *zip(names, self.weights, strict=True)]
            bias = QLabel(self)
            live(bias, lambda w: w.setText(translate("UnitFields", "bias")))
            labels = [bias, *self._labels]
            for r, ((_, field), label) in enumerate(zip(rows, labels, strict=True)):
                self._grid.addWidget(label, r // 2, 2 * (r % 2))
                self._grid.addWidget(field, r // 2, 2 * (r % 2) + 1)
            self._grid.addWidget(self.message, (len(rows) + 1) // 2, 0, 1, 4)
        for label, name in zip(self._labels, names, strict=True):
            label.setText(name)
        self._names = names

    def show_values(self, weights: np.ndarray, bias: float) -> None:
        """Show ``weights`` (fan_in,) and ``bias``; a field being typed in is left alone."""
        self._values, self._bias_value = np.array(weights, dtype=float), float(bias)
        for field, value in ((self.bias, bias), *zip(self.weights, weights, strict=True)):
            if not field.is_typing():
                field.set_shown(float(value))

    def field(self, index: int) -> NumberSpin:
        """The bias field (``BIAS``) or the weight field from input ``index``."""
        return self.bias if index == BIAS else self.weights[index]

    def refuse(self, index: int, message: str) -> None:
        """Say why the value typed in field ``index`` was not taken, and show the old one."""
        self.message.setText(message)
        value = self._bias_value if index == BIAS else float(self._values[index])
        self.field(index).set_shown(value)

    def _on_committed(self, index: int, text: str, value: float | None) -> None:
        if value is None:
            said = (translate("UnitFields", "'{text}' is not a number: type the bias as e.g. -0.5")
                    if index == BIAS
                    else translate("UnitFields",
                                   "'{text}' is not a number: type a weight as e.g. -0.5"))
            self.refuse(index, said.format(text=text.strip()[:20]))
            return
        self.message.clear()
        old = self._bias_value if index == BIAS else float(self._values[index])
        if value != old or not math.isfinite(value):
            self.valueTyped.emit(index, value)
