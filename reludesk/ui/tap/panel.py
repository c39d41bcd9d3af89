"""The tap dock's contents: the two taps and the controls that drive them.

Manual mode: a slider sets z from -5 to 5 and "Sweep" swings it back and forth. The taps start
open at z = START_Z, water flowing: a student turns the valve below zero to watch the ReLU pipe
clog, rather than meeting a clogging pipe first. Linked mode (the main window calls
``tap_widget.set_linked_source``): the taps follow a neuron, the manual controls are disabled and
a "Manual" button hands control back. When the window chose the neuron itself, a line above the
taps (``tapFollowLabel``) says which and why: above, not in the row of controls, so it stays in
sight in a short dock and its length never widens the dock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from reludesk.core.i18n import translate
from reludesk.core.tap import TapModel
from reludesk.ui import theme
from reludesk.ui.tap.drawing import Z_LIMIT
from reludesk.ui.tap.widget import TapWidget
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.scroll_frame import scrolling

SLIDER_STEPS = 100  # slider ticks per unit of z: a step of 0.01
START_Z = 1.5  # open: both taps flow at first
FONT_SCALE = 1.3  # the controls, larger than the app's: read from the back of the room


class TapPanel(QWidget):
    """:class:`TapWidget` plus its controls; ``tap_widget`` is the painted part."""

    def __init__(
        self, relu_model: TapModel, leaky_model: TapModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tapPanel")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)
        self.tap_widget = TapWidget(relu_model, leaky_model, self)
        self.tap_widget.set_z(START_Z)

        self._slider = QSlider(Qt.Orientation.Horizontal, self)
        self._slider.setObjectName("tapZSlider")
        self._slider.setRange(round(-Z_LIMIT * SLIDER_STEPS), round(Z_LIMIT * SLIDER_STEPS))
        self._slider.setSingleStep(SLIDER_STEPS // 10)
        self._slider.setPageStep(SLIDER_STEPS)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setTickInterval(SLIDER_STEPS)
        self._z_label = QLabel(self)
        self._fit_z_label()
        self._sweep = QPushButton(self)
        self._sweep.setObjectName("tapSweepButton")
        self._sweep.setCheckable(True)
        self._manual = QPushButton(self)
        self._manual.setObjectName("tapManualButton")
        self._mode = QLabel(self)
        self._mode.setObjectName("tapModeLabel")
        bold = self._mode.font()
        bold.setBold(True)
        self._mode.setFont(bold)
        # "Mode: Following layer 1, neuron 10" wraps rather than widen a narrow panel
        self._mode.setWordWrap(True)
        self._follow = QLabel(self)
        self._follow.setObjectName("tapFollowLabel")
        self._follow.setFont(bold)
        self._follow.setWordWrap(True)
        self._follow.hide()
        self._build_layout()

        self._slider.valueChanged.connect(self._on_slider_changed)
        self._sweep.toggled.connect(self.tap_widget.set_sweeping)
        self._manual.clicked.connect(self._on_manual_clicked)
        self.tap_widget.zChanged.connect(self._on_z_changed)
        self.tap_widget.sweepingChanged.connect(self._on_sweeping_changed)
        self.tap_widget.modeChanged.connect(self._on_mode_changed)
        self._on_z_changed(self.tap_widget.z())
        live(self, lambda w: w._set_texts())

    def _set_texts(self) -> None:
        """The controls' words in the language now chosen."""
        self._valve_label.setText(translate("TapPanel", "Valve z:"))
        self._slider.setToolTip(
            translate("TapPanel", "Turn the valve: the neuron's input z, from −5 to 5"))
        self._sweep.setText(translate("TapPanel", "Sweep"))
        self._sweep.setToolTip(translate("TapPanel", "Swing z slowly from −5 to 5 and back"))
        self._manual.setText(translate("TapPanel", "Manual"))
        self._manual.setToolTip(
            translate("TapPanel", "Stop following the neuron and set z by hand"))
        self._mode.setToolTip(translate(
            "TapPanel",
            "Manual: you turn the valve. Click a neuron in the network to link the taps to it: "
            "they then show its z over the training inputs.",
        ))
        self._on_mode_changed(self.tap_widget.mode_text())  # the mode line's words
        # longer words may need the controls on two rows: measured once the new sizes are
        # known (the layouts take them in when events are next processed)
        QTimer.singleShot(0, self, self._wrap_controls)

    def _build_layout(self) -> None:
        # one row under the taps: the picture gets every other pixel of the dock's height;
        # two rows (the valve, then the buttons and the mode) when the panel is narrow, as on
        # a projector's stage, rather than a row wider than the panel
        valve, buttons = QHBoxLayout(), QHBoxLayout()
        self._valve_label = QLabel(self)
        valve.addWidget(self._valve_label)
        valve.addWidget(self._slider, stretch=1)
        valve.addWidget(self._z_label)
        buttons.addWidget(self._sweep)
        buttons.addWidget(self._manual)
        buttons.addSpacing(8)
        buttons.addWidget(self._mode)
        buttons.addStretch(1)
        controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        controls.addLayout(valve, stretch=1)
        controls.addLayout(buttons)
        self._controls, self._valve_row, self._buttons_row = controls, valve, buttons
        content = QWidget(self)
        content.setObjectName("tapContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self._follow)
        layout.addWidget(self.tap_widget, stretch=1)
        layout.addLayout(controls)
        self.scroll = scrolling(self, content)

    def _fit_z_label(self) -> None:
        # the widest reading, so the controls do not jump as z changes sign
        self._z_label.setMinimumWidth(
            self._z_label.fontMetrics().horizontalAdvance("z = −5.00  ")
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap_controls()

    def _wrap_controls(self) -> None:
        """The controls on one row when it fits the panel's width, else on two."""
        one_row = (self._valve_row.minimumSize().width() + self._buttons_row.sizeHint().width()
                   + 2 * self._controls.spacing() + 12)
        wanted = (QBoxLayout.Direction.LeftToRight if self.width() >= one_row
                  else QBoxLayout.Direction.TopToBottom)
        if self._controls.direction() != wanted:
            self._controls.setDirection(wanted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # presentation mode's larger text (the first one comes from __init__, before the label)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_z_label"):
            self._fit_z_label()

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """The taps' paper and ink follow ``colours`` (the window calls this on a theme switch
        and in presentation mode; the controls follow the application's palette)."""
        self.tap_widget.apply_theme(colours)

    # --- handlers ---------------------------------------------------------------------------
    def _on_slider_changed(self, value: int) -> None:
        # only the user moves the slider with signals on (syncs block them), so hand-setting z
        # takes over from a running sweep
        self.tap_widget.set_sweeping(False)
        self.tap_widget.set_z(value / SLIDER_STEPS)

    def _on_manual_clicked(self) -> None:
        self.tap_widget.set_linked_source(None)

    def _on_z_changed(self, z: float) -> None:
        self._slider.blockSignals(True)
        self._slider.setValue(round(min(max(z, -Z_LIMIT), Z_LIMIT) * SLIDER_STEPS))
        self._slider.blockSignals(False)
        self._z_label.setText(f"z = {z:.2f}".replace("-", "−"))

    def _on_sweeping_changed(self, on: bool) -> None:
        self._sweep.blockSignals(True)
        self._sweep.setChecked(on)
        self._sweep.blockSignals(False)

    def _on_mode_changed(self, text: str) -> None:
        linked = self.tap_widget.is_linked()
        follow = self.tap_widget.follow_text()
        # following a unit the window chose: the line above the taps names it and says why,
        # so the mode stays one short word here (a narrow stage panel wrapped it to 4 lines)
        if follow:
            self._mode.setText(translate("TapPanel", "Mode: Following"))
        else:
            self._mode.setText(translate("TapPanel", "Mode: {mode}").format(mode=text))
        self._slider.setEnabled(not linked)
        self._sweep.setEnabled(not linked)
        self._manual.setVisible(linked)
        self._follow.setText(follow)
        self._follow.setVisible(bool(follow))
