"""The network trainer's controls: one widget per Config field, built and filled in one place.

``TrainerControls`` only builds the widgets, shows a Config in them (signals blocked, so showing
never triggers a rebuild) and reads single values back; the panel connects their signals to its
``_on_<thing>_changed`` handlers and decides what a change means (rebuild or new rate).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QValidator
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
from reludesk.core.config import (
    MAX_LAYERS,
    MAX_REGULARIZATION_RATE,
    MAX_SEED,
    MAX_WIDTH,
    REGULARIZATION_RATES,
    REGULARIZATIONS,
    Config,
)
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.core.network import INITS
from reludesk.ui.trainer.driver import SPEEDS
from reludesk.ui.trainer.feature_toggles import FeatureToggles
from reludesk.ui.trainer.status import rate_text, speed_text
from reludesk.ui.widgets.language import live

SPINS_PER_ROW = 3  # hidden-layer widths in a row of the layer editor
SPEED_KEY = "trainer/speed"  # QSettings: the training speed, shared by the Train and Compare tabs
FULL = "full"  # how full speed is stored

# TF Playground's learning-rate menu, so a teacher finds the values a class has seen there
QUICK_RATES: tuple[float, ...] = (
    0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0,
)  # fmt: skip
MIN_RATE, MAX_RATE = 0.00001, 10.0
ALPHA_STEP = 0.001  # the alpha spin's smallest step, which stands in for an open lower bound
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole  # per-item tooltips in the combo boxes

# the tables' texts are translated where they are shown: translate("TrainerControls", TABLE[key])
DATASET_TIPS: dict[str, str] = {
    "circle": QT_TRANSLATE_NOOP(
        "TrainerControls", "Circle: one class inside a ring of the other (classification)"),
    "xor": QT_TRANSLATE_NOOP(
        "TrainerControls", "XOR: opposite quadrants share a class (classification)"),
    "gauss": QT_TRANSLATE_NOOP("TrainerControls", "Gauss: two clouds of points (classification)"),
    "spiral": QT_TRANSLATE_NOOP(
        "TrainerControls", "Spiral: two interleaved arms, the hardest (classification)"),
    "plane": QT_TRANSLATE_NOOP(
        "TrainerControls", "Plane: the target rises evenly across the plane (regression)"),
    "multi_gauss": QT_TRANSLATE_NOOP(
        "TrainerControls", "Multi-gauss: six bumps up and down (regression)"),
}
INIT_TIPS: dict[str, str] = {
    "he": QT_TRANSLATE_NOOP("TrainerControls",
                            "He: weights ~ N(0, 2 / fan_in), biases 0; made for ReLU"),
    "xavier": QT_TRANSLATE_NOOP(
        "TrainerControls",
        "Xavier (Glorot): weights ~ N(0, 2 / (fan_in + fan_out)); made for tanh"),
    "playground": QT_TRANSLATE_NOOP("TrainerControls",
                                    "TF Playground: weights ~ U(−0.5, 0.5), biases 0.1"),
    "negative_bias": QT_TRANSLATE_NOOP(
        "TrainerControls",
        "He weights, hidden biases −1: many ReLUs start below zero (a bad start)"),
}
# what the combo shows ("L1", "L2" are names; "none" is a word, translated where shown)
REGULARIZATION_TEXTS = {"none": QT_TRANSLATE_NOOP("TrainerControls", "none"), "l1": "L1",
                        "l2": "L2"}
REGULARIZATION_TIPS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("TrainerControls", "No penalty: the weights follow the data alone"),
    "l1": QT_TRANSLATE_NOOP(
        "TrainerControls",
        "L1: adds rate × |w| to the loss; pushes weights to 0 (the small ones stay at 0, "
        "within a step: a sparse network)"),
    "l2": QT_TRANSLATE_NOOP(
        "TrainerControls",
        "L2: adds rate × w² / 2 to the loss; shrinks every weight in proportion to its size"),
}
# above this the penalty outweighs the data. Measured on the default [2, 8, 8, 1] ReLU network
# on the circle (learning rate 0.03, 2,000 steps, seeds 0-3): at 0.3 both L1 and L2 leave every
# |w| below 0.01 and the test loss at 0.69 (ln 2: a coin toss); at 0.03 both learn (test loss
# 0.07-0.44); L1 already collapses at 0.1, L2 at 0.1 still learns (0.22). TF Playground offers
# up to 10 all the same, so the larger rates stay on offer and a file's are only remarked on.
LARGE_REGULARIZATION_RATE = 0.1
OPTIMIZER_TIPS: dict[str, str] = {
    "sgd": QT_TRANSLATE_NOOP("TrainerControls", "Plain stochastic gradient descent"),
    "momentum": QT_TRANSLATE_NOOP("TrainerControls",
                                  "SGD with momentum 0.9: steps build up speed"),
    "adam": QT_TRANSLATE_NOOP("TrainerControls", "Adam: a step size adapted per weight"),
}


def _combo(
    parent: QWidget, name: str, tip: Callable[[], str], items: Callable[[], dict[str, str]]
) -> QComboBox:
    """A combo box named ``name`` holding ``items()`` (text -> its own tooltip), its tooltip
    ``tip()``; both are asked again after a change of language (they translate when called),
    and an item whose text changes keeps its place (the current index stays)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text in items():
        combo.addItem(text)

    def show(box: QComboBox) -> None:
        box.setToolTip(tip())
        for i, (text, item_tip) in enumerate(items().items()):
            if box.itemText(i) != text:  # names stay: only a word ("none") is set again
                box.setItemText(i, text)
            box.setItemData(i, item_tip, _TOOLTIP_ROLE)

    live(combo, show)
    return combo


def _tips(table: dict[str, str], names: Iterable[str]) -> dict[str, str]:
    """Each of ``names`` (registry names, the combo's texts) -> its tip from ``table``,
    translated (a name without a tip is its own)."""
    return {n: translate("TrainerControls", table[n]) if n in table else n for n in names}


def _no_tracking(spin: QAbstractSpinBox) -> None:
    # valueChanged only on Enter, focus-out or the arrows: typing "16" is one rebuild, not two
    spin.setKeyboardTracking(False)


class ExactSpinBox(QDoubleSpinBox):
    """A spin box that shows the value that runs, however small: below its usual range (from a
    file: a learning rate of 1e-09) the range widens down to the value, which is written as
    "1e-09" rather than clamped, and the tooltip says so. Qt rounds a spin box's value to its
    decimals, so enough are kept for the value to be exact."""

    MAX_DECIMALS = 323  # Qt's own limit: DBL_MAX_10_EXP + DBL_DIG

    def __init__(self, parent: QWidget | None = None, decimals: int = 3) -> None:
        super().__init__(parent)
        self._base_decimals = decimals
        self._usual_low = 0.0
        self._tip: str | None = None  # the tooltip without any note
        self._shown_tip = ""  # the tooltip as this box last set it (note included)
        self.setDecimals(decimals)

    def set_tip(self, tip: str) -> None:
        """Make ``tip`` the tooltip, with the note on a value below the usual range kept (in the
        language chosen now): what a change of language calls."""
        self._tip = tip
        self._show_tip()

    def show_value(self, value: float, usual_low: float, high: float) -> None:
        """Show ``value`` exactly, in [usual_low, high] or below it."""
        if self._tip is None or self.toolTip() != self._shown_tip:  # set from outside since
            self._tip = self.toolTip()
        self._usual_low = usual_low
        low = min(usual_low, value)
        digits = 0 if value <= 0 else math.ceil(-math.log10(value)) + 3  # three significant
        self.setDecimals(min(max(self._base_decimals, digits), self.MAX_DECIMALS))
        self.setRange(low, high)
        self.setValue(value)
        self._show_tip()

    def _show_tip(self) -> None:
        value = self.value()
        note = ""
        if value < self._usual_low:
            note = "\n" + translate(
                "TrainerControls", "{value} is below the usual {usual}: it runs as shown").format(
                    value=self.textFromValue(value), usual=self.usual_text(self._usual_low))
        self._shown_tip = (self._tip or "") + note
        self.setToolTip(self._shown_tip)

    def usual_text(self, value: float) -> str:
        """How a value in the usual range is written."""
        return f"{value:.{self._base_decimals}f}"

    def textFromValue(self, value: float) -> str:
        if 0 < value < self._usual_low:
            return f"{value:.3g}"
        return self.usual_text(value)

    def valueFromText(self, text: str) -> float:
        return float(text)  # only called on text that validate() found Acceptable

    def validate(self, text: str, pos: int) -> object:
        # the shown text may be "1e-09", which Qt's own validator refuses
        state = QValidator.State
        try:
            inside = self.minimum() <= float(text) <= self.maximum()
        except ValueError:
            typing = all(c in "0123456789.eE+-" for c in text)  # "1e" on the way to "1e-3"
            return (state.Intermediate if typing else state.Invalid), text, pos
        return (state.Acceptable if inside else state.Intermediate), text, pos


class RateSpinBox(ExactSpinBox):
    """A learning-rate spin box that writes 0.03, not 0.03000 (it keeps 5 decimals inside)."""

    def usual_text(self, value: float) -> str:
        return rate_text(value)


class PicksSpinBox(ExactSpinBox):
    """A spin box whose arrows step through ``picks`` (TF Playground's regularisation rates:
    0, 0.001, 0.003, ... 10) rather than by a fixed amount; any value in range may be typed."""

    def __init__(self, picks: tuple[float, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent, decimals=3)
        self._picks = tuple(sorted(picks))

    def usual_text(self, value: float) -> str:
        return f"{value:.6f}".rstrip("0").rstrip(".")  # 0.003, not 0.003000

    def sizeHint(self) -> QSize:
        # Qt sizes a spin box for its range's ends ("0", "10"): wide enough for every pick
        hint = super().sizeHint()
        fm = self.fontMetrics()
        ends = max(fm.horizontalAdvance(self.textFromValue(v))
                   for v in (self.minimum(), self.maximum()))
        picks = max(fm.horizontalAdvance(self.textFromValue(v)) for v in self._picks)
        return QSize(hint.width() + max(picks - ends, 0), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def stepBy(self, steps: int) -> None:
        value = self.value()
        # from a typed value between two picks, one step lands on the nearer of them first
        if steps > 0:
            above = [p for p in self._picks if p > value * (1 + 1e-9)]
            target = above[min(steps, len(above)) - 1] if above else self.maximum()
        else:
            below = [p for p in self._picks if p < value * (1 - 1e-9)]
            target = below[max(len(below) + steps, 0)] if below else self.minimum()
        self.setValue(min(max(target, self.minimum()), self.maximum()))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() > self.minimum():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.maximum():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


class BatchSpinBox(QSpinBox):
    """Batch size; its maximum, the training set, reads "250 (all)": a full batch, which a
    larger batch is capped to (from a file, or when the train share shrinks)."""

    ALL = " (all)"  # in English; all_text(): in the language chosen

    def all_text(self) -> str:
        """The maximum's suffix, " (all)", in the language chosen."""
        return translate("TrainerControls", " (all)")

    def textFromValue(self, value: int) -> str:
        return f"{value}{self.all_text()}" if value == self.maximum() else str(value)

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(text.removesuffix(self.all_text()))

    def validate(self, text: str, pos: int) -> object:
        bare = text.removesuffix(self.all_text())
        state, _, _ = super().validate(bare, min(pos, len(bare)))
        return state, text, pos


class SeedSpinBox(QDoubleSpinBox):
    """A seed spin box as wide as a 7-digit seed, not as its 10-digit maximum: the settings
    column stays narrow, and a longer seed still fits (it scrolls inside the box). A double
    with no decimals, because a QSpinBox holds a C int and a seed goes up to 2³² − 1."""

    SHOWN_DIGITS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(0)
        self.setRange(0, MAX_SEED)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        digits = len(str(int(self.maximum())))
        spare = self.fontMetrics().horizontalAdvance("9" * (digits - self.SHOWN_DIGITS))
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
        self._remove = QToolButton(self)
        self._remove.setObjectName("removeLayerButton")
        self._remove.setText("−")
        self._add = QToolButton(self)
        self._add.setObjectName("addLayerButton")
        self._add.setText("+")
        self._spins: list[QSpinBox] = []
        for i in range(MAX_LAYERS):
            spin = QSpinBox(self)
            spin.setObjectName(f"layerWidthSpin{i}")
            spin.setRange(1, MAX_WIDTH)
            _no_tracking(spin)
            spin.valueChanged.connect(self._on_width_changed)
            self._spins.append(spin)
        self._none = QLabel(self)
        live(self, HiddenLayersEdit._show_texts)
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

    def _show_texts(self) -> None:
        """Every tooltip and the "no hidden layer" label, in the language chosen."""
        self.setToolTip(translate(
            "TrainerControls",
            "Hidden layers and their units: 0 to {layers} layers of 1 to {width} units")
            .format(layers=MAX_LAYERS, width=MAX_WIDTH))
        self._remove.setToolTip(translate("TrainerControls", "Remove the last hidden layer"))
        self._add.setToolTip(translate(
            "TrainerControls", "Add a hidden layer (a copy of the last one)"))
        for i, spin in enumerate(self._spins):
            spin.setToolTip(translate(
                "TrainerControls", "Units in hidden layer {layer} (1 to {width})")
                            .format(layer=i + 1, width=MAX_WIDTH))
        self._none.setText(translate("TrainerControls", "no hidden layer"))

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
        # every tooltip (and the combos' item tips) is set through live(): a change of
        # language sets it again; activations.label() translates when called
        self.dataset = _combo(
            parent, "datasetCombo",
            lambda: translate(
                "TrainerControls", "The data the network learns; points lie in [−6, 6]²"),
            lambda: _tips(DATASET_TIPS, datasets.names()))

        self.noise = QSpinBox(parent)
        self.noise.setObjectName("noiseSpin")
        self.noise.setRange(0, 50)
        self.noise.setSuffix(" %")
        live(self.noise, lambda w: w.setToolTip(
            translate("TrainerControls", "Noise in the data, 0 to 50 % (as in TF Playground)")))
        _no_tracking(self.noise)

        self.train_share = QSpinBox(parent)
        self.train_share.setObjectName("trainShareSpin")
        self.train_share.setRange(10, 90)
        self.train_share.setSuffix(" %")
        live(self.train_share, lambda w: w.setToolTip(
            translate(
                "TrainerControls", "Share of the points used for training; the rest test it")))
        _no_tracking(self.train_share)

        self.hidden = HiddenLayersEdit(parent)

        self.activation = _combo(
            parent, "activationCombo",
            lambda: translate("TrainerControls", "Activation of every hidden unit"),
            lambda: {n: activations.label(n) for n in activations.names()})

        self.alpha = ExactSpinBox(parent, decimals=3)
        self.alpha.setObjectName("alphaSpin")
        self.alpha.setSingleStep(0.01)
        live(self.alpha, lambda w: w.set_tip(translate(
            "TrainerControls",
            "Slope below zero: leaky_relu (0.01 usual), starting slope of prelu (0.25), "
            "elu's alpha (1.0)")))
        _no_tracking(self.alpha)

        self.learning_rate = RateSpinBox(parent, decimals=5)
        self.learning_rate.setObjectName("learningRateSpin")
        self.learning_rate.setRange(MIN_RATE, MAX_RATE)
        self.learning_rate.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        live(self.learning_rate, lambda w: w.set_tip(translate(
            "TrainerControls",
            "Learning rate, 0.00001 to 10; changing it keeps the network (try a burst "
            "and back)")))
        _no_tracking(self.learning_rate)

        self.quick_rate = QComboBox(parent)
        self.quick_rate.setObjectName("learningRateQuick")
        live(self.quick_rate, lambda w: w.setToolTip(
            translate("TrainerControls", "Quick picks: TF Playground's learning rates")))
        for lr in QUICK_RATES:
            self.quick_rate.addItem(rate_text(lr), lr)

        # not a Config field (show_config leaves it alone): how fast training and the burst run
        self.speed = speed_combo(parent, "speedCombo")

        self.batch_size = BatchSpinBox(parent)
        self.batch_size.setObjectName("batchSizeSpin")
        self.batch_size.setRange(1, 1)

        def batch_texts(box: BatchSpinBox) -> None:
            box.setToolTip(translate(
                "TrainerControls",
                "Points per training step, at most the training points: all of them reads "
                "“(all)”, and a larger batch (from a file, or when the train share shrinks) "
                "runs as all of them"))
            # the maximum reads " (all)" in the new words: the text is written again (setValue
            # of the same value would leave the old text)
            box.lineEdit().setText(box.textFromValue(box.value()))

        live(self.batch_size, batch_texts)
        _no_tracking(self.batch_size)

        self.init = _combo(parent, "initCombo", lambda: translate(
            "TrainerControls", "How the weights start"),
                           lambda: _tips(INIT_TIPS, INITS))

        self.optimizer = _combo(
            parent, "optimizerCombo", lambda: translate(
                "TrainerControls", "How each step moves the weights"),
            lambda: _tips(OPTIMIZER_TIPS, optim.NAMES))

        self.regularization = _combo(
            parent, "regularizationCombo",
            lambda: translate("TrainerControls", "A penalty on large weights, added to the loss"),
            lambda: {translate("TrainerControls", REGULARIZATION_TEXTS[n]): translate(
                "TrainerControls", REGULARIZATION_TIPS[n]) for n in REGULARIZATIONS},
        )
        for i, name in enumerate(REGULARIZATIONS):
            self.regularization.setItemData(i, name)  # the Config's name ("l1"), the text "L1"

        self.regularization_rate = PicksSpinBox(REGULARIZATION_RATES, parent)
        self.regularization_rate.setObjectName("regularizationRateSpin")
        self.regularization_rate.setRange(0.0, MAX_REGULARIZATION_RATE)
        live(self.regularization_rate, lambda w: w.set_tip(translate(
            "TrainerControls",
            "Regularisation rate, 0 to {top}: how strongly the penalty pulls the weights "
            "to 0; the arrows step through TF Playground's rates (off while the penalty is "
            "none)").format(top=f"{MAX_REGULARIZATION_RATE:g}")))
        _no_tracking(self.regularization_rate)
        # greyed the moment "none" is picked, before any handler of the panel runs
        self.regularization.currentIndexChanged.connect(self._on_regularization_changed)

        self.features = FeatureToggles(parent, title=QT_TRANSLATE_NOOP("FeatureToggles",
                                                                        "Inputs"))

        self.seed = SeedSpinBox(parent)
        self.seed.setObjectName("seedSpin")
        live(self.seed, lambda w: w.setToolTip(
            translate(
                "TrainerControls", "Random seed of the data, the first weights and the batches")))
        _no_tracking(self.seed)

    def widgets(self) -> list[QWidget]:
        """Every control, in form order."""
        return [self.dataset, self.noise, self.train_share, self.features, self.hidden,
                self.activation, self.alpha, self.learning_rate, self.quick_rate,
                self.batch_size, self.init, self.optimizer, self.regularization,
                self.regularization_rate, self.seed]

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
            self.batch_size.setRange(1, config.n_train)
            self.batch_size.setValue(config.batch_size)
            self.init.setCurrentText(config.init)
            self.optimizer.setCurrentText(config.optimizer)
            self.regularization.setCurrentIndex(REGULARIZATIONS.index(config.regularization))
            self.regularization_rate.show_value(
                config.regularization_rate, 0.0, MAX_REGULARIZATION_RATE
            )
            self._on_regularization_changed()  # blocked signals: enable the rate by hand
            self.features.show_features(config.features)
            self.seed.setValue(config.seed)
        finally:
            for widget in self.widgets():
                widget.blockSignals(False)

    def regularization_name(self) -> str:
        """The regularisation picked, as the Config names it: "none", "l1" or "l2"."""
        return REGULARIZATIONS[max(self.regularization.currentIndex(), 0)]

    def _on_regularization_changed(self, _index: int = 0) -> None:
        # a rate means nothing without a penalty: greyed (keeping its value) for none
        self.regularization_rate.setEnabled(self.regularization_name() != "none")

    def show_alpha(self, config: Config) -> None:
        """Range and value of the slope for ``config``'s activation; disabled if it has none."""
        spec = activations.param_specs(config.activation).get("alpha")
        blocked = self.alpha.blockSignals(True)
        if spec is None:
            self.alpha.setEnabled(False)
            self.alpha.setSpecialValueText("—")  # shown at the minimum: "no slope here"
            self.alpha.setValue(self.alpha.minimum())
        else:
            self.alpha.setSpecialValueText("")
            self.alpha.setEnabled(True)
            alpha = config.effective_alpha or spec.default
            self.alpha.show_value(alpha, _usual_alpha_low(spec), spec.high)
        self.alpha.blockSignals(blocked)

    def show_rate(self, lr: float) -> None:
        """Show ``lr`` in the spin and, when it is one of the quick picks, in the combo."""
        for w in (self.learning_rate, self.quick_rate):
            w.blockSignals(True)
        self.learning_rate.show_value(lr, MIN_RATE, MAX_RATE)
        index = next((i for i, q in enumerate(QUICK_RATES) if abs(q - lr) <= 1e-9 * q), -1)
        self.quick_rate.setCurrentIndex(index)
        for w in (self.learning_rate, self.quick_rate):
            w.blockSignals(False)


def speed_combo(parent: QWidget, name: str) -> QComboBox:
    """A combo box named ``name`` offering ``SPEEDS`` (steps per second in its item data, None
    for full speed); its tooltip names the keys. Its owner shows the stored speed in it."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for speed in SPEEDS:
        combo.addItem(speed_text(speed), speed)

    def texts(box: QComboBox) -> None:
        box.setToolTip(translate(
            "TrainerControls",
            "Training speed, steps per second: slow it down to watch each step (at 10 "
            "steps/s a burst takes 10 s and units die one by one). Keys: − slower, + faster"))
        for i in range(box.count()):  # the speed stays the item's data, its identity
            box.setItemText(i, speed_text(box.itemData(i)))

    live(combo, texts)
    return combo


def stored_speed() -> float | None:
    """The speed kept in QSettings (None, full speed, if none is kept or it is not one of
    ``SPEEDS``: a hand-edited file must not make training crawl at 0.001 steps/s)."""
    value = QSettings().value(SPEED_KEY, FULL)
    try:
        speed = None if value == FULL else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return speed if speed in SPEEDS else None


def store_speed(speed: float | None) -> None:
    """Keep ``speed`` in QSettings, for the other tab and the next start."""
    QSettings().setValue(SPEED_KEY, FULL if speed is None else float(speed))


def moved_speed(speed: float | None, by: int) -> float | None:
    """The speed ``by`` entries of ``SPEEDS`` away from ``speed`` (slower if negative), held
    at the ends: − at 1 step/s and + at full speed change nothing."""
    index = SPEEDS.index(speed) if speed in SPEEDS else len(SPEEDS) - 1
    return SPEEDS[min(max(index + by, 0), len(SPEEDS) - 1)]


def _usual_alpha_low(spec: activations.ParamSpec) -> float:
    # the spin's smallest step stands in for an open lower bound (alpha > 0)
    return spec.low + ALPHA_STEP if spec.low_open else spec.low


def unusual_values(config: Config) -> list[str]:
    """Sentences for values of ``config`` below what the controls usually offer, or a
    regularisation rate unusually large (from a file): the spin boxes show them exactly, and
    these say so where the file is opened."""
    notes = []
    if config.learning_rate < MIN_RATE:
        notes.append(translate(
            "TrainerControls",
            "learning rate {rate} is below the usual {usual} and runs as saved").format(
                rate=f"{config.learning_rate:.3g}", usual=rate_text(MIN_RATE)))
    spec = activations.param_specs(config.activation).get("alpha")
    alpha = config.effective_alpha
    if spec is not None and alpha is not None and alpha < _usual_alpha_low(spec):
        notes.append(translate(
            "TrainerControls", "alpha {alpha} is below the usual {usual} and runs as saved").format(
                alpha=f"{alpha:.3g}", usual=f"{_usual_alpha_low(spec):g}"))
    rate = config.regularization_rate
    if config.regularization != "none" and rate > LARGE_REGULARIZATION_RATE:
        name = REGULARIZATION_TEXTS[config.regularization]
        notes.append(translate(
            "TrainerControls",
            "{name} rate {rate} is unusually large (above {large}): the penalty can "
            "outweigh the data and pull every weight to about 0 (the network then learns "
            "nothing); it runs as saved").format(
                name=name, rate=f"{rate:g}", large=f"{LARGE_REGULARIZATION_RATE:g}"))
    return notes
