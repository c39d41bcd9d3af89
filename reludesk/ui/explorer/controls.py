"""The explorer's controls: the activation list, an alpha slider per family and the z range,
arranged as a column beside the plots or as a strip above them, with a short guide."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.explorer.activation_list import QWIDGETSIZE_MAX, ActivationList
from reludesk.ui.explorer.log_slider import LogSlider
from reludesk.ui.explorer.model import PARAM_RANGES, Z_RANGE, ExplorerModel
from reludesk.ui.explorer.texts import GUIDE_TITLE, guide_html
from reludesk.ui.widgets.language import live

# GUIDE_TITLE is no longer used here, but code and tests read it from this module
__all__ = ["COLUMN_CHARS", "GUIDE_TITLE", "PARAM_CONTROLS", "ControlColumn"]

# name -> (form label, tooltip), translated where shown; the ranges are the model's (PARAM_RANGES)
PARAM_CONTROLS: dict[str, tuple[str, str]] = {
    "leaky_relu": (
        QT_TRANSLATE_NOOP("ControlColumn", "Leaky ReLU α"),
        QT_TRANSLATE_NOOP(
            "ControlColumn",
            "Slope of Leaky ReLU below 0. 0.01 is the usual default (PyTorch); Keras uses 0.3; "
            "some texts say 0.001. The bigger the slope, the more gradient leaks through.",
        ),
    ),
    "prelu": (
        QT_TRANSLATE_NOOP("ControlColumn", "PReLU start α"),
        QT_TRANSLATE_NOOP(
            "ControlColumn",
            "PReLU learns its slope while training; this is where it starts (He et al.: 0.25).",
        ),
    ),
    "elu": (
        QT_TRANSLATE_NOOP("ControlColumn", "ELU α"),
        QT_TRANSLATE_NOOP(
            "ControlColumn",
            "ELU's α is a level, not a slope: its negative side flattens out at −α, and its "
            "slope there is α·e^z. Above 1 the peak slope (α, just below 0) exceeds 1.",
        ),
    ),
}

# the wide arrangement's control column, least and most, in average characters of its font
COLUMN_CHARS = (36, 43)


class ControlColumn(QWidget):
    """The explorer's controls: activation list, parameters, z range and a short guide.

    Two arrangements (:meth:`set_compact`). Wide: a column beside the plots, the guide at its
    foot. Compact, for a narrow panel: a strip above the plots, the activations in a grid of
    short names, parameters and z range side by side, and the guide (``guide_view``) taken out
    for the panel to show elsewhere. What the user chooses goes to ``model``; what the model
    holds, however it was set, is what the controls show.
    """

    def __init__(self, model: ExplorerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activation_list = ActivationList(model.names())
        self.activation_list.shownChanged.connect(model.set_shown)
        self._heading = QLabel()

        # (label, control) pairs: a row per parameter, then the z range (beside them if compact)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.param_sliders: dict[str, LogSlider] = {}
        self._param_labels: dict[str, QLabel] = {}
        params = model.params()
        for name in PARAM_CONTROLS:
            if name not in params:
                continue
            # objectNames such as leakyReluAlphaSpin: alphaSpin belongs to the network panel
            camel = name.replace("_r", "R")
            slider = LogSlider(*PARAM_RANGES[name], params[name], decimals=4,
                               name=f"{camel}Alpha")
            slider.valueChanged.connect(lambda v, n=name: model.set_param(n, v))
            self.param_sliders[name] = slider
            self._param_labels[name] = QLabel()
        self._params_hint = QLabel()
        self._params_hint.setWordWrap(True)

        self.z_range_slider = QSlider(Qt.Orientation.Horizontal)
        self.z_range_slider.setObjectName("zRangeSlider")
        self.z_range_spin = QSpinBox()
        self.z_range_spin.setObjectName("zRangeSpin")
        self.z_range_spin.setPrefix("± ")
        self._range_label = QLabel()
        for w in (self.z_range_slider, self.z_range_spin):
            w.setRange(*Z_RANGE)
            w.setValue(model.z_range())
        self.z_range_slider.valueChanged.connect(self.z_range_spin.setValue)
        self.z_range_spin.valueChanged.connect(self.z_range_slider.setValue)
        self.z_range_spin.valueChanged.connect(model.set_z_range)
        self._range = QWidget()
        range_row = QHBoxLayout(self._range)
        range_row.setContentsMargins(0, 0, 0, 0)
        range_row.addWidget(self.z_range_slider, 1)
        range_row.addWidget(self.z_range_spin)

        self.guide = QLabel()
        self.guide.setObjectName("explorerGuide")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guide.setContentsMargins(2, 2, 6, 2)
        self.guide_view = QScrollArea()
        self.guide_view.setObjectName("explorerGuideView")
        self.guide_view.setFrameShape(QFrame.Shape.NoFrame)
        self.guide_view.setWidgetResizable(True)
        self.guide_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guide_view.setWidget(self.guide)
        self.guide_view.viewport().setAutoFillBackground(False)

        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self._heading)
        self._column.addWidget(self.activation_list)
        self._column.addLayout(self._grid)
        self._compact: bool | None = None
        live(self, ControlColumn._retranslate)
        self.set_compact(False)

        model.shownChanged.connect(self._on_shown_changed)
        model.paramChanged.connect(self._on_param_changed)
        model.zRangeChanged.connect(self._on_z_range_changed)
        self._on_shown_changed(model.shown())

    def _retranslate(self) -> None:
        """Every label and tooltip in the language in use (after a switch too)."""
        self._heading.setText("<b>{}</b>".format(translate("ControlColumn", "Activations")))
        for name, label in self._param_labels.items():
            title, tip = PARAM_CONTROLS[name]
            label.setText(translate("ControlColumn", title))
            label.setToolTip(translate("ControlColumn", tip))
            self.param_sliders[name].set_tooltip(translate("ControlColumn", tip))
        self._params_hint.setText(
            translate("ControlColumn", "Tick Leaky ReLU, PReLU or ELU to tune its α."))
        self._range_label.setText(translate("ControlColumn", "z range"))
        tip = translate("ControlColumn",
                        "How far the plots reach on each side of z = 0 (from ±2 to ±20). "
                        "Widen it to see where sigmoid and tanh saturate.")
        for w in (self.z_range_slider, self.z_range_spin, self._range_label):
            w.setToolTip(tip)
        self.guide.setText(guide_html())

    def is_compact(self) -> bool:
        return bool(self._compact)

    def set_compact(self, on: bool) -> None:
        """Arrange the controls for a narrow panel (True) or as a column beside the plots.

        Compact takes ``guide_view`` out of this widget; the caller shows it where it likes.
        Wide puts it back at the foot of the column.
        """
        on = bool(on)
        if on == self._compact:
            return
        self._compact = on
        self._heading.setVisible(not on)
        self.activation_list.set_grid(on)
        self._place_grid(on)
        if on:
            self._column.removeWidget(self.guide_view)
            self.setMinimumWidth(0)
            self.setMaximumWidth(QWIDGETSIZE_MAX)
        else:
            self._column.addWidget(self.guide_view, 1)
            self.guide_view.show()
            self._size_column()
        self.updateGeometry()

    def _size_column(self) -> None:
        char = QFontMetricsF(self.font()).averageCharWidth()
        self.setMinimumWidth(round(COLUMN_CHARS[0] * char))
        self.setMaximumWidth(round(COLUMN_CHARS[1] * char))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._compact is False:
            self._size_column()

    def _place_grid(self, compact: bool) -> None:
        grid = self._grid
        for w in (*self._param_labels.values(), *self.param_sliders.values(),
                  self._params_hint, self._range_label, self._range):
            grid.removeWidget(w)
        row = 0
        for name, slider in self.param_sliders.items():
            grid.addWidget(self._param_labels[name], row, 0)
            grid.addWidget(slider, row, 1)
            row += 1
        # shown only while no parameter row is: in the strip's first row when compact
        grid.addWidget(self._params_hint, 0 if compact else row, 0, 1, 2)
        if compact:  # beside the first parameter: one strip above the plots
            grid.addWidget(self._range_label, 0, 2)
            grid.addWidget(self._range, 0, 3)
        else:
            grid.addWidget(self._range_label, row + 1, 0)
            grid.addWidget(self._range, row + 1, 1)
        grid.setColumnStretch(3, 1 if compact else 0)

    # --- following the model -----------------------------------------------------------------
    # Each sync blocks the control's signals: a control that rounds (the spin boxes show four
    # decimals) would otherwise send its rounded value back and change the model.
    def _on_shown_changed(self, shown: list[str]) -> None:
        with QSignalBlocker(self.activation_list):
            self.activation_list.set_checked(shown)
        self.show_params_for(shown)

    def _on_param_changed(self, name: str, alpha: float) -> None:
        slider = self.param_sliders[name]
        with QSignalBlocker(slider):
            slider.setValue(alpha)

    def _on_z_range_changed(self, z_max: int) -> None:
        for control in (self.z_range_slider, self.z_range_spin):
            with QSignalBlocker(control):
                control.setValue(z_max)

    def show_params_for(self, shown: Iterable[str]) -> None:
        """Show the parameter rows of the shown families only (a hint when there are none)."""
        shown = set(shown)
        for name, slider in self.param_sliders.items():
            slider.setVisible(name in shown)
            self._param_labels[name].setVisible(name in shown)
        self._params_hint.setVisible(not any(n in shown for n in self.param_sliders))
