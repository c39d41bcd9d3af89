"""A slider on a logarithmic scale beside a spin box: the explorer's control for a slope."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

_SLIDER_STEPS = 1000


class LogSlider(QWidget):
    """A slider on a logarithmic scale beside a spin box with the exact value.

    Equal slider moves multiply the value by equal factors, so 0.001, 0.01 and 0.1 are equally
    easy to reach. ``valueChanged`` fires once per change, from either control.
    """

    valueChanged = Signal(float)

    def __init__(
        self,
        low: float,
        high: float,
        value: float,
        *,
        decimals: int = 4,
        name: str = "",
        tooltip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not 0 < low < high:
            raise ValueError(f"need 0 < low < high, got {low}, {high}")
        self._low, self._high = low, high
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, _SLIDER_STEPS)
        self.slider.setSingleStep(10)
        self.slider.setPageStep(100)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(low, high)
        self.spin.setDecimals(decimals)
        self.spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(80)
        if name:
            self.slider.setObjectName(f"{name}Slider")
            self.spin.setObjectName(f"{name}Spin")
        self.set_tooltip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.spin.setValue(value)
        self.slider.setValue(self._to_position(value))
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.spin.valueChanged.connect(self._on_spin_changed)

    def set_tooltip(self, text: str) -> None:
        """Show ``text`` on hover over the slider, the spin box and the space between them."""
        for w in (self, self.slider, self.spin):
            w.setToolTip(text)

    def value(self) -> float:
        """The current value (the spin box holds it exactly; the slider is rounded)."""
        return self.spin.value()

    def setValue(self, value: float) -> None:
        """Set the value; emits ``valueChanged`` if it changed."""
        self.spin.setValue(value)

    def _to_position(self, value: float) -> int:
        value = min(max(value, self._low), self._high)
        t = math.log(value / self._low) / math.log(self._high / self._low)
        return round(t * _SLIDER_STEPS)

    def _to_value(self, position: int) -> float:
        value = self._low * (self._high / self._low) ** (position / _SLIDER_STEPS)
        # Round to what the spin box can show, so slider and spin box agree exactly.
        return round(value, self.spin.decimals())

    def _on_slider_changed(self, position: int) -> None:
        # a blocker, not blockSignals(False): that would unblock a spin box the caller blocked
        with QSignalBlocker(self.spin):
            self.spin.setValue(self._to_value(position))
        self.valueChanged.emit(self.spin.value())

    def _on_spin_changed(self, value: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(self._to_position(value))
        self.valueChanged.emit(value)
