"""The network trainer's controls: one widget per Config field, built and filled in one place.

``TrainerControls`` only builds the widgets, shows a Config in them (signals blocked, so showing
never triggers a rebuild) and reads single values back; the panel connects their signals to its
``_on_<thing>_changed`` handlers and decides what a change means (rebuild or new rate).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QWidget,
)

from reludesk.core import activations, datasets, optim
from reludesk.core.config import MAX_LAYERS, MAX_WIDTH, Config
from reludesk.core.network import INITS
from reludesk.ui.trainer.status import rate_text

SPINS_PER_ROW = 3  # hidden-layer widths in a row of the layer editor

# TF Playground's learning-rate menu, so a teacher finds the values a class has seen there
QUICK_RATES: tuple[float, ...] = (
    0.00001,
    0.0001,
    0.001,
    0.003,
    0.01,
    0.03,
    0.1,
    0.3,
    1.0,
    3.0,
    10.0,
)
MIN_RATE, MAX_RATE = 0.00001, 10.0
MAX_SEED_SPIN = 2**31 - 1  # QSpinBox holds a C int; larger seeds from a file are shown clamped
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole  # per-item tooltips in the combo boxes

DATASET_TIPS: dict[str, str] = {
    "circle": "Circle: one class inside a ring of the other (classification)",
    "xor": "XOR: opposite quadrants share a class (classification)",
    "gauss": "Gauss: two clouds of points (classification)",
    "spiral": "Spiral: two interleaved arms, the hardest (classification)",
    "plane": "Plane: the target rises evenly across the plane (regression)",
    "multi_gauss": "Multi-gauss: six bumps up and down (regression)",
}
INIT_TIPS: dict[str, str] = {
    "he": "He: weights ~ N(0, 2 / fan_in), biases 0; made for ReLU",
    "xavier": "Xavier (Glorot): weights ~ N(0, 2 / (fan_in + fan_out)); made for tanh",
    "playground": "TF Playground: weights ~ U(−0.5, 0.5), biases 0.1",
    "negative_bias": "He weights, hidden biases −1: many ReLUs start below zero (a bad start)",
}
OPTIMIZER_TIPS: dict[str, str] = {
    "sgd": "Plain stochastic gradient descent",
    "momentum": "SGD with momentum 0.9: steps build up speed",
    "adam": "Adam: a step size adapted per weight",
}


def _no_tracking(spin: QAbstractSpinBox) -> None:
    # valueChanged only on Enter, focus-out or the arrows: typing "16" is one rebuild, not two
    spin.setKeyboardTracking(False)


class RateSpinBox(QDoubleSpinBox):
    """A learning-rate spin box that writes 0.03, not 0.03000 (it keeps 5 decimals inside)."""

    def textFromValue(self, value: float) -> str:
        return rate_text(value)


class SeedSpinBox(QSpinBox):
    """A seed spin box as wide as a 7-digit seed, not as its 10-digit maximum: the settings
    column stays narrow, and a longer seed still fits (it scrolls inside the box)."""

    SHOWN_DIGITS = 7

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        fm = self.fontMetrics()
        spare = fm.horizontalAdvance("9" * len(str(self.maximum()))) - fm.horizontalAdvance(
            "9" * self.SHOWN_DIGITS
        )
        return QSize(hint.width() - max(spare, 0), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.sizeHint().width()), hint.height())


class HiddenLayersEdit(QWidget):
    """Hidden-layer widths: a spin box per layer (1..64 units) and buttons to add or remove a
    layer (0..8 layers). Emits ``layersChanged(tuple)`` after each user change."""

    layersChanged = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenLayersEdit")
        self.setToolTip(
            f"Hidden layers and their units: 0 to {MAX_LAYERS} layers of 1 to {MAX_WIDTH} units"
        )
        self._remove = QToolButton(self)
        self._remove.setObjectName("removeLayerButton")
        self._remove.setText("−")
        self._remove.setToolTip("Remove the last hidden layer")
        self._add = QToolButton(self)
        self._add.setObjectName("addLayerButton")
        self._add.setText("+")
        self._add.setToolTip("Add a hidden layer (a copy of the last one)")
        self._spins: list[QSpinBox] = []
        for i in range(MAX_LAYERS):
            spin = QSpinBox(self)
            spin.setObjectName(f"layerWidthSpin{i}")
            spin.setRange(1, MAX_WIDTH)
            spin.setToolTip(f"Units in hidden layer {i + 1} (1 to {MAX_WIDTH})")
            _no_tracking(spin)
            spin.valueChanged.connect(self._on_width_changed)
            self._spins.append(spin)
        self._none = QLabel("no hidden layer", self)
        # The widths wrap, SPINS_PER_ROW to a row: in one row, six layers widened the settings
        # column until the history plots beside it were too narrow to read.
        spins = QGridLayout()
        spins.setContentsMargins(0, 0, 0, 0)
        for i, spin in enumerate(self._spins):
            spins.addWidget(spin, i // SPINS_PER_ROW, i % SPINS_PER_ROW)
        spins.addWidget(self._none, 0, 0, 1, SPINS_PER_ROW)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        layout.addWidget(self._remove, 0, top)
        layout.addWidget(self._add, 0, top)
        layout.addLayout(spins)
        layout.addStretch(1)
        self._count = 0
        self._remove.clicked.connect(self._on_remove_clicked)
        self._add.clicked.connect(self._on_add_clicked)
        self.set_layers((8, 8))

    def layers(self) -> tuple[int, ...]:
        """The widths shown, one per hidden layer."""
        return tuple(s.value() for s in self._spins[: self._count])

    def set_layers(self, widths: tuple[int, ...]) -> None:
        """Show ``widths`` without emitting ``layersChanged``."""
        widths = tuple(widths)[:MAX_LAYERS]
        self._count = len(widths)
        for i, spin in enumerate(self._spins):
            spin.blockSignals(True)
            if i < len(widths):
                spin.setValue(int(widths[i]))
            spin.blockSignals(False)
            spin.setVisible(i < len(widths))
        self._none.setVisible(not widths)
        self._remove.setEnabled(self._count > 0)
        self._add.setEnabled(self._count < MAX_LAYERS)

    def _on_add_clicked(self) -> None:
        widths = self.layers()
        self.set_layers((*widths, widths[-1] if widths else 4))
        self.layersChanged.emit(self.layers())

    def _on_remove_clicked(self) -> None:
        self.set_layers(self.layers()[:-1])
        self.layersChanged.emit(self.layers())

    def _on_width_changed(self, _value: int) -> None:
        self.layersChanged.emit(self.layers())


class TrainerControls:
    """Every control of the trainer, with contract objectNames and tooltips; no behaviour."""

    def __init__(self, parent: QWidget) -> None:
        self.dataset = QComboBox(parent)
        self.dataset.setObjectName("datasetCombo")
        self.dataset.setToolTip("The data the network learns; points lie in [−6, 6]²")
        for i, name in enumerate(datasets.names()):
            self.dataset.addItem(name)
            self.dataset.setItemData(i, DATASET_TIPS.get(name, name), _TOOLTIP_ROLE)

        self.noise = QSpinBox(parent)
        self.noise.setObjectName("noiseSpin")
        self.noise.setRange(0, 50)
        self.noise.setSuffix(" %")
        self.noise.setToolTip("Noise in the data, 0 to 50 % (as in TF Playground)")
        _no_tracking(self.noise)

        self.train_share = QSpinBox(parent)
        self.train_share.setObjectName("trainShareSpin")
        self.train_share.setRange(10, 90)
        self.train_share.setSuffix(" %")
        self.train_share.setToolTip("Share of the points used for training; the rest test it")
        _no_tracking(self.train_share)

        self.hidden = HiddenLayersEdit(parent)

        self.activation = QComboBox(parent)
        self.activation.setObjectName("activationCombo")
        self.activation.setToolTip("Activation of every hidden unit")
        for i, name in enumerate(activations.names()):
            self.activation.addItem(name)
            self.activation.setItemData(i, activations.label(name), _TOOLTIP_ROLE)

        self.alpha = QDoubleSpinBox(parent)
        self.alpha.setObjectName("alphaSpin")
        self.alpha.setDecimals(3)
        self.alpha.setSingleStep(0.01)
        self.alpha.setToolTip(
            "Slope below zero: leaky_relu (0.01 usual), starting slope of prelu (0.25), "
            "elu's alpha (1.0)"
        )
        _no_tracking(self.alpha)

        self.learning_rate = RateSpinBox(parent)
        self.learning_rate.setObjectName("learningRateSpin")
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(MIN_RATE, MAX_RATE)
        self.learning_rate.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.learning_rate.setToolTip(
            "Learning rate, 0.00001 to 10; changing it keeps the network (try a burst and back)"
        )
        _no_tracking(self.learning_rate)

        self.quick_rate = QComboBox(parent)
        self.quick_rate.setObjectName("learningRateQuick")
        self.quick_rate.setToolTip("Quick picks: TF Playground's learning rates")
        for lr in QUICK_RATES:
            self.quick_rate.addItem(rate_text(lr), lr)

        self.batch_size = QSpinBox(parent)
        self.batch_size.setObjectName("batchSizeSpin")
        self.batch_size.setRange(1, 1)
        self.batch_size.setToolTip("Points per training step (at most the training points)")
        _no_tracking(self.batch_size)

        self.init = QComboBox(parent)
        self.init.setObjectName("initCombo")
        self.init.setToolTip("How the weights start")
        for i, name in enumerate(INITS):
            self.init.addItem(name)
            self.init.setItemData(i, INIT_TIPS.get(name, name), _TOOLTIP_ROLE)

        self.optimizer = QComboBox(parent)
        self.optimizer.setObjectName("optimizerCombo")
        self.optimizer.setToolTip("How each step moves the weights")
        for i, name in enumerate(optim.NAMES):
            self.optimizer.addItem(name)
            self.optimizer.setItemData(i, OPTIMIZER_TIPS.get(name, name), _TOOLTIP_ROLE)

        self.seed = SeedSpinBox(parent)
        self.seed.setObjectName("seedSpin")
        self.seed.setRange(0, MAX_SEED_SPIN)
        self.seed.setToolTip("Random seed of the data, the first weights and the batches")
        _no_tracking(self.seed)

    def widgets(self) -> list[QWidget]:
        """Every control, in form order."""
        return [
            self.dataset,
            self.noise,
            self.train_share,
            self.hidden,
            self.activation,
            self.alpha,
            self.learning_rate,
            self.quick_rate,
            self.batch_size,
            self.init,
            self.optimizer,
            self.seed,
        ]

    def show_config(self, config: Config) -> None:
        """Put ``config`` into every control without emitting a single change signal."""
        for widget in self.widgets():
            widget.blockSignals(True)
        try:
            self.dataset.setCurrentText(config.dataset)
            self.noise.setValue(round(config.noise * 100))
            self.train_share.setValue(round(config.train_fraction * 100))
            self.hidden.set_layers(config.hidden)
            self.activation.setCurrentText(config.activation)
            self.show_alpha(config)
            self.show_rate(config.learning_rate)
            n_train = max(1, int(config.n_samples * config.train_fraction))
            self.batch_size.setRange(1, n_train)
            self.batch_size.setValue(config.batch_size)
            self.init.setCurrentText(config.init)
            self.optimizer.setCurrentText(config.optimizer)
            self.seed.setValue(min(config.seed, MAX_SEED_SPIN))
        finally:
            for widget in self.widgets():
                widget.blockSignals(False)

    def show_alpha(self, config: Config) -> None:
        """Range and value of the slope for ``config``'s activation; disabled if it has none."""
        spec = activations.param_specs(config.activation).get("alpha")
        blocked = self.alpha.blockSignals(True)
        if spec is None:
            self.alpha.setEnabled(False)
            self.alpha.setSpecialValueText("—")  # shown at the minimum: "no slope here"
            self.alpha.setValue(self.alpha.minimum())
        else:
            # the spin's smallest step stands in for an open lower bound (alpha > 0)
            low = spec.low + 0.001 if spec.low_open else spec.low
            self.alpha.setRange(low, spec.high)
            self.alpha.setSpecialValueText("")
            self.alpha.setEnabled(True)
            self.alpha.setValue(config.effective_alpha or spec.default)
        self.alpha.blockSignals(blocked)

    def show_rate(self, lr: float) -> None:
        """Show ``lr`` in the spin and, when it is one of the quick picks, in the combo."""
        for w in (self.learning_rate, self.quick_rate):
            w.blockSignals(True)
        self.learning_rate.setValue(lr)
        index = next((i for i, q in enumerate(QUICK_RATES) if abs(q - lr) <= 1e-9 * q), -1)
        self.quick_rate.setCurrentIndex(index)
        for w in (self.learning_rate, self.quick_rate):
            w.blockSignals(False)
