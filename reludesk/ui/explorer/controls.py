"""Controls of the activation explorer: activation list, logarithmic sliders, their arrangement."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QIcon,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reludesk.core import activations
from reludesk.ui import theme

# One-line formulas for tooltips, in the notation of the plots.
FORMULAS: dict[str, str] = {
    "step": "1 if z ≥ 0, else 0. f′ = 0 everywhere: no gradient ever passes, a step cannot learn.",
    "linear": "f(z) = z. Stacked linear layers collapse into one: no non-linearity at all.",
    "sigmoid": "1 / (1 + e^−z). f′ is at most 0.25, and ≈ 0 for large |z| (saturation).",
    "tanh": "tanh(z). Zero-centred, but saturates like the sigmoid.",
    "relu": "max(0, z). f′ = 1 for z > 0 and 0 for z ≤ 0: a unit stuck below 0 dies.",
    "leaky_relu": "z if z > 0, else α·z. The small slope α keeps a gradient flowing below 0.",
    "prelu": "Like Leaky ReLU, but the network learns α; shown here at its starting slope.",
    "elu": "z if z > 0, else α·(e^z − 1). Smooth negative side that saturates at −α.",
    "selu": "λ·ELU with fixed λ ≈ 1.0507, α ≈ 1.6733: keeps activations normalised.",
    "gelu": "z·Φ(z), Φ the normal CDF. Used in transformers; dips slightly below 0.",
    "silu": "z·σ(z) (swish). Smooth, dips slightly below 0.",
    "softplus": "log(1 + e^z): a smooth ReLU whose f′ is the sigmoid.",
    "mish": "z·tanh(softplus(z)). Smooth, dips slightly below 0.",
}

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
        for w in (self, self.slider, self.spin):
            w.setToolTip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.spin.setValue(value)
        self.slider.setValue(self._to_position(value))
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.spin.valueChanged.connect(self._on_spin_changed)

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
        value = self._to_value(position)
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.valueChanged.emit(self.spin.value())

    def _on_spin_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_position(value))
        self.slider.blockSignals(False)
        self.valueChanged.emit(value)


def swatch_icon(name: str, size: int = 28) -> QIcon:
    """A short line in the activation's colour and line style, as drawn in the plots."""
    pixmap = QPixmap(size, size // 2)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(theme.activation_pen(name, width=4))
    painter.drawLine(3, size // 4, size - 3, size // 4)
    painter.end()
    return QIcon(pixmap)


class ActivationList(QListWidget):
    """A checkable list of activations with colour swatches; each item's data is its name."""

    shownChanged = Signal(list)
    """The registry names now ticked, in registry order."""

    def __init__(self, names: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationList")
        self.setIconSize(QSize(28, 14))
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setToolTip("Tick the activations to compare; each has its own colour and line.")
        for name in names:
            item = QListWidgetItem(swatch_icon(name), activations.label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(f"<b>{activations.label(name)}</b> ({name}): {FORMULAS.get(name, '')}")
            self.addItem(item)
        self._pressed: tuple[QListWidgetItem | None, Qt.CheckState | None] = (None, None)
        self._grid = False
        self.itemChanged.connect(self._on_item_changed)
        # A click anywhere on the row toggles it, not only on the small check box.
        self.itemClicked.connect(self._on_item_clicked)

    # --- one column or a grid ---------------------------------------------------------------
    def set_grid(self, on: bool) -> None:
        """Lay the activations out in as many columns as fit (short names; the tooltip has the
        full one), or in one column with full names."""
        on = bool(on)
        if on == self._grid:
            return
        self._grid = on
        # new texts are item data too: unblocked, each would emit itemChanged and redraw the
        # explorer, though no tick changed (three times at start-up)
        with QSignalBlocker(self):
            for i in range(self.count()):
                item = self.item(i)
                name = item.data(Qt.ItemDataRole.UserRole)
                item.setText(short_label(name) if on else activations.label(name))
        self.setFlow(QListView.Flow.LeftToRight if on else QListView.Flow.TopToBottom)
        self.setWrapping(on)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        bars = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(bars.ScrollBarAlwaysOff if on else bars.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if on:
            self._layout_grid()
        else:
            self.setGridSize(QSize())
            with QSignalBlocker(self):
                for i in range(self.count()):
                    self.item(i).setSizeHint(QSize())
            self.setMinimumHeight(0)
            self.setMaximumHeight(_NO_MAX)
        self.updateGeometry()

    def is_grid(self) -> bool:
        return self._grid

    def columns(self) -> int:
        """How many columns the activations are laid out in now."""
        if not self._grid:
            return 1
        return max(1, self.viewport().width() // max(1, self.gridSize().width()))

    def _cell_size(self) -> QSize:
        """The smallest grid cell that holds a check box, a swatch and the longest short name."""
        fm = self.fontMetrics()
        text = max(fm.horizontalAdvance(short_label(n)) for n in self.names())
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        height = max(fm.height(), self.iconSize().height(), box) + 8
        return QSize(box + self.iconSize().width() + text + 30, height)

    def _layout_grid(self) -> None:
        cell = self._cell_size()
        width = self.width() - 2 * self.frameWidth()
        cols = max(1, min(self.count(), width // cell.width()))
        rows = -(-self.count() // cols)
        # spread the columns over the whole width; one pixel spare, or the last one wraps
        grid = QSize(max(cell.width(), (width - 1) // cols), cell.height())
        self.setGridSize(grid)
        # a size hint is item data: each change would emit itemChanged and redraw every plot
        with QSignalBlocker(self):
            for i in range(self.count()):  # else every item is as wide as the first one's text
                self.item(i).setSizeHint(grid)
        self.setFixedHeight(rows * cell.height() + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._grid and event.size().width() != event.oldSize().width():
            self._layout_grid()

    def sizeHint(self) -> QSize:
        if self._grid:
            return QSize(3 * self._cell_size().width(), self.height())
        # Tall enough for every row, so the list never needs a scroll bar of its own.
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        if self._grid:
            return QSize(self._cell_size().width() + 2 * self.frameWidth(), self.height())
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 160))

    def names(self) -> list[str]:
        """Every offered name, in list order."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def checked(self) -> list[str]:
        """The ticked names, in list order."""
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, names: Iterable[str]) -> None:
        """Tick exactly ``names`` (unknown names are ignored); emits ``shownChanged`` once."""
        wanted = set(names)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.shownChanged.emit(self.checked())

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self.shownChanged.emit(self.checked())

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        # A click on the check box was already handled by Qt (the state changed since the
        # press); a click on the text or swatch is toggled here.
        pressed, state = self._pressed
        if pressed is item and item.checkState() == state:
            on = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        self._pressed = (item, item.checkState() if item is not None else None)
        super().mousePressEvent(event)


# name -> (form label, slider low, slider high, tooltip); defaults come from the registry.
PARAM_CONTROLS: dict[str, tuple[str, float, float, str]] = {
    "leaky_relu": (
        "Leaky ReLU α", 0.001, 1.0,
        "Slope of Leaky ReLU below 0. 0.01 is the usual default (PyTorch); Keras uses 0.3; "
        "some texts say 0.001. The bigger the slope, the more gradient leaks through.",
    ),
    "prelu": (
        "PReLU start α", 0.001, 1.0,
        "PReLU learns its slope while training; this is where it starts (He et al.: 0.25).",
    ),
    "elu": (
        "ELU α", 0.01, 10.0,
        "ELU's negative side flattens out at −α. Above 1 the peak slope exceeds 1.",
    ),
}

Z_RANGE = (2, 20)
Z_RANGE_DEFAULT = 5

GUIDE = (
    "<p>A unit computes z = w·x + b and passes on f(z). Training changes w in proportion "
    "to f′(z).</p>"
    "<p><b>Strong tint</b> in the f′ plot (dashed edges): f′ = 0, the unit learns nothing "
    "there. A ReLU unit whose z is below 0 for every input is <b>dead</b>.</p>"
    "<p><b>Light tint</b>: f′ is below 1 % of its peak. The unit is saturated and its "
    "gradient all but vanishes (sigmoid and tanh far from 0).</p>"
    "<p>Leaky ReLU keeps a slope α below 0: a trickle of gradient, so the unit can recover.</p>"
    "<p>Sigmoid's f′ is at most 0.25: through many layers the gradient fades "
    "(tab <i>Gradient through depth</i>).</p>"
)
GUIDE_TITLE = "What to look for"
_NO_MAX = 16_777_215  # QWIDGETSIZE_MAX: no maximum size
# the wide arrangement's control column, least and most, in average characters of its font
COLUMN_CHARS = (36, 43)


def short_label(name: str) -> str:
    """The label without its remark in brackets: "PReLU (learned slope)" -> "PReLU"."""
    return activations.label(name).split(" (")[0]


class ControlColumn(QWidget):
    """The explorer's controls: activation list, parameters, z range and a short guide.

    Two arrangements (:meth:`set_compact`). Wide: a column beside the plots, the guide at its
    foot. Compact, for a narrow panel: a strip above the plots, the activations in a grid of
    short names, parameters and z range side by side, and the guide (``guide_view``) taken out
    for the panel to show elsewhere. It only reports what the user chose; the panel redraws.
    """

    paramChanged = Signal(str, float)
    """(activation name, new alpha)"""
    zRangeChanged = Signal(int)

    def __init__(self, names: Iterable[str], params: dict[str, float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activation_list = ActivationList(names)
        self.shownChanged = self.activation_list.shownChanged
        self._heading = QLabel("<b>Activations</b>")

        # (label, control) pairs: a row per parameter, then the z range (beside them if compact)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.param_sliders: dict[str, LogSlider] = {}
        self._param_labels: dict[str, QLabel] = {}
        for name, (title, low, high, tip) in PARAM_CONTROLS.items():
            if name not in params:
                continue
            # objectNames such as leakyReluAlphaSpin: alphaSpin belongs to the network panel
            camel = name.replace("_r", "R")
            slider = LogSlider(low, high, params[name], decimals=4, name=f"{camel}Alpha",
                               tooltip=tip)
            slider.valueChanged.connect(lambda v, n=name: self.paramChanged.emit(n, v))
            self.param_sliders[name] = slider
            self._param_labels[name] = QLabel(title)
            self._param_labels[name].setToolTip(tip)
        self._params_hint = QLabel("Tick Leaky ReLU, PReLU or ELU to tune its slope.")
        self._params_hint.setWordWrap(True)

        self.z_range_slider = QSlider(Qt.Orientation.Horizontal)
        self.z_range_slider.setObjectName("zRangeSlider")
        self.z_range_spin = QSpinBox()
        self.z_range_spin.setObjectName("zRangeSpin")
        self.z_range_spin.setPrefix("± ")
        self._range_label = QLabel("z range")
        for w in (self.z_range_slider, self.z_range_spin, self._range_label):
            w.setToolTip("How far the plots reach on each side of z = 0 (from ±2 to ±20). "
                         "Widen it to see where sigmoid and tanh saturate.")
        for w in (self.z_range_slider, self.z_range_spin):
            w.setRange(*Z_RANGE)
            w.setValue(Z_RANGE_DEFAULT)
        self.z_range_slider.valueChanged.connect(self.z_range_spin.setValue)
        self.z_range_spin.valueChanged.connect(self.z_range_slider.setValue)
        self.z_range_spin.valueChanged.connect(self.zRangeChanged)
        self._range = QWidget()
        range_row = QHBoxLayout(self._range)
        range_row.setContentsMargins(0, 0, 0, 0)
        range_row.addWidget(self.z_range_slider, 1)
        range_row.addWidget(self.z_range_spin)

        self.guide = QLabel(f"<b>{GUIDE_TITLE}</b>{GUIDE}")
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
        self.set_compact(False)

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
            self.setMaximumWidth(_NO_MAX)
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

    def show_params_for(self, shown: Iterable[str]) -> None:
        """Show the parameter rows of the shown families only (a hint when there are none)."""
        shown = set(shown)
        for name, slider in self.param_sliders.items():
            slider.setVisible(name in shown)
            self._param_labels[name].setVisible(name in shown)
        self._params_hint.setVisible(not any(n in shown for n in self.param_sliders))
