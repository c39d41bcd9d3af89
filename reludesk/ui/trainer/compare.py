"""Compare mode: two networks that differ only in their hidden activation, trained in lockstep.

Both trainers are built from one Config with only the activation changed, so they share the data,
the initial weights (replica 0 draws from the stream (seed, 0) whatever the activation) and the
batches (their own stream (seed, 1)). Whatever differs between the two sides afterwards is the
activation's doing.

Lockstep: one TrainingDriver steps the left trainer and sets the pace; after each of its ticks the
right trainer takes the same number of steps before anything is drawn, so at every redraw both
have taken the same steps. The driver's time budget is halved because each tick trains two nets.
"""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reludesk.core import activations, health
from reludesk.core.config import Config
from reludesk.core.experiment import BURST_LR, BURST_STEPS, Snapshot, Trainer
from reludesk.ui import theme
from reludesk.ui.trainer import status
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.netview.view import NetworkView
from reludesk.ui.trainer.status import activation_title, burst_text, rate_text
from reludesk.ui.widgets.plots import make_plot
from reludesk.ui.widgets.step_axis import StepAxis, show_curve, step_axis_end

DEFAULT_LEFT = "relu"
DEFAULT_RIGHT = "leaky_relu"
BUDGET_MS = 4.0  # per tick and per network: the driver's 8 ms frame budget split in two
PLOT_INTERVAL_S = 0.25  # a plot redraw costs ~10 ms: a few times a second is enough
SECOND_COLOUR = theme.OKABE_ITO["bluish_green"]  # the right side when both pick one activation


def side_config(base: Config, activation: str, alpha: float | None) -> Config:
    """``base`` with one replica and the given hidden activation (alpha only where it applies)."""
    has_alpha = "alpha" in activations.param_specs(activation)
    return base.replace(replicas=1, activation=activation, alpha=alpha if has_alpha else None)


class _Side(QWidget):
    """One network of the pair: its name, its dead count and a small picture of it."""

    def __init__(self, key: str, trainer: Trainer, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName(f"compare{key}Title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.dead_label = QLabel(self)
        self.dead_label.setObjectName(f"compare{key}DeadLabel")
        self.dead_label.setWordWrap(True)
        self.dead_label.setFont(font)  # the number the class is watching: as large as the name
        self.view = NetworkView(trainer, self)
        # the main trainer owns "networkView": ours must not be found in its place
        self.view.setObjectName(f"compare{key}NetworkView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.dead_label)
        layout.addWidget(self.view, 1)

    def set_trainer(self, trainer: Trainer, colour: str) -> None:
        self.title.setText(activation_title(trainer.config))
        self.title.setStyleSheet(f"color: {colour};")
        if self.view.trainer() is not trainer:  # built with it: do not draw it twice
            self.view.set_trainer(trainer)

    def refresh(self, snap: Snapshot, trainer: Trainer) -> None:
        """The counter and the neurons' states from ``snap`` (cheap: every tick)."""
        diverged_at = trainer.steps_done if trainer.diverged else None
        self.dead_label.setText(status.counter_text(snap, trainer.config, diverged_at))
        self.view.refresh(snap)

    def refresh_slow(self) -> None:
        """The costly part of the picture (the view's heatmaps), a few times a second."""
        self.view.refresh_heatmaps()


class ComparePanel(QWidget):
    """Two networks, one activation each, trained side by side from the same start."""

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self._base = config.replace(replicas=1)
        self._last_plot = 0.0
        self._build_controls()
        self._build_plot()
        left, right = self._make_trainers()
        self._right = right
        self._driver = TrainingDriver(left, budget_ms=BUDGET_MS, parent=self)
        self._driver.stepped.connect(self._on_left_stepped)
        self._driver.runningChanged.connect(self._on_running_changed)
        self._build_layout(left, right)
        self._show_trainers(left, right)
        self._connect()
        self._refresh(force_plot=True)

    # --- building -----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self._left_combo = self._activation_combo("compareLeftCombo", DEFAULT_LEFT)
        self._right_combo = self._activation_combo("compareRightCombo", DEFAULT_RIGHT)
        self._alpha = QDoubleSpinBox(self)
        self._alpha.setObjectName("compareAlphaSpin")
        self._alpha.setDecimals(3)
        self._alpha.setSingleStep(0.01)
        self._alpha.setPrefix("α ")
        self._alpha.setToolTip("Slope of the right network's activation below zero")
        self._sync_alpha_spin()
        self._play = QPushButton("Play", self)
        self._play.setObjectName("comparePlayButton")
        self._play.setCheckable(True)
        self._burst = QPushButton(
            f"Burst ({BURST_STEPS} steps at rate {rate_text(BURST_LR)})", self
        )
        self._burst.setObjectName("compareBurstButton")
        self._burst.setToolTip(
            f"Both networks take {burst_text()}, then go back to their rate: the kind of jolt "
            "that kills ReLUs"
        )
        self._reset = QPushButton("Reset", self)
        self._reset.setObjectName("compareResetButton")
        self._reset.setToolTip("Start both networks again from the same weights")
        self._steps_label = QLabel(self)
        self._steps_label.setObjectName("compareStepsLabel")
        self._status = QLabel(
            "Same data, same starting weights, same batches: only the activation differs.", self
        )
        self._status.setObjectName("compareStatusLabel")
        self._status.setWordWrap(True)

    def _activation_combo(self, name: str, current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for act in activations.names():
            combo.addItem(act)
            combo.setItemData(
                combo.count() - 1, activations.label(act), Qt.ItemDataRole.ToolTipRole
            )
        combo.setCurrentText(current)
        return combo

    def _build_plot(self) -> None:
        self._plot = make_plot(
            "compareDeadPlot",
            # as in the trainer's own plots: labels that fit, steps from 0 to a round number
            axis_items={"bottom": StepAxis(orientation="bottom")},
            title="Dead hidden units over training",
            left="hidden units (%)",
            bottom="step",
            tooltip="Solid: dead units (no gradient). Dashed: inactive units of a leaky "
            "activation, still learning at slope α",
        )
        self._plot.setYRange(0, 20, padding=0.02)
        self._plot.getPlotItem().addLegend(offset=(10, 10))
        self._plot.getPlotItem().setLimits(yMin=-5, yMax=105)
        # shades the most recent burst, so the jump in the curves has a visible cause
        self._burst_region = pg.LinearRegionItem(movable=False, brush=(128, 128, 128, 50))
        self._burst_region.setZValue(-10)
        self._burst_region.setVisible(False)
        self._plot.addItem(self._burst_region)
        self._curves: dict[str, pg.PlotDataItem] = {}
        for key in ("left_dead", "left_inactive", "right_dead", "right_inactive"):
            curve = self._plot.plot([], [])
            curve.setObjectName(f"compare_{key}")
            self._curves[key] = curve

    def _build_layout(self, left: Trainer, right: Trainer) -> None:
        self._sides = {"left": _Side("Left", left, self), "right": _Side("Right", right, self)}
        controls = QHBoxLayout()
        controls.addWidget(self._left_combo)
        controls.addWidget(QLabel("against", self))
        controls.addWidget(self._right_combo)
        controls.addWidget(self._alpha)
        controls.addSpacing(12)
        for w in (self._play, self._burst, self._reset):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self._steps_label)
        sides = QHBoxLayout()
        sides.addWidget(self._sides["left"], 1)
        sides.addWidget(self._sides["right"], 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self._status)
        layout.addLayout(sides, 2)
        layout.addWidget(self._plot, 3)

    def _connect(self) -> None:
        self._left_combo.currentTextChanged.connect(self._on_activation_changed)
        self._right_combo.currentTextChanged.connect(self._on_activation_changed)
        self._alpha.valueChanged.connect(self._on_alpha_changed)
        self._play.toggled.connect(self._on_play_toggled)
        self._burst.clicked.connect(self.burst)
        self._reset.clicked.connect(self.reset)

    # --- public -------------------------------------------------------------------------------
    def trainers(self) -> tuple[Trainer, Trainer]:
        """(left, right) trainers; replaced by reset, set_config and activation changes."""
        return self._driver.trainer, self._right

    def set_config(self, config: Config) -> None:
        """Compare on ``config`` (data, layers, rate, seed, ...); the activations stay the
        ones picked here. Rebuilds both networks."""
        self._base = config.replace(replicas=1)
        self.reset()

    def set_activations(self, left: str, right: str, alpha: float | None = None) -> None:
        """Pick both activations (and the right one's slope) at once; rebuilds once."""
        for combo in (self._left_combo, self._right_combo):
            combo.blockSignals(True)
        self._left_combo.setCurrentText(left)
        self._right_combo.setCurrentText(right)
        for combo in (self._left_combo, self._right_combo):
            combo.blockSignals(False)
        self._sync_alpha_spin(alpha)
        self.reset()

    def start(self) -> None:
        if self._driver.trainer.diverged or self._right.diverged:
            self._status.setText("A network has diverged: press Reset (or lower the rate).")
            self._play.setChecked(False)
            return
        self._driver.start()

    def pause(self) -> None:
        self._driver.pause()

    def is_running(self) -> bool:
        return self._driver.is_running()

    def step(self, n: int = 1) -> None:
        """``n`` lockstep steps now, running or not."""
        self._driver.step_once(n)

    def burst(self) -> None:
        """A burst (``BURST_STEPS`` at ``BURST_LR``) for both networks, then back to their own
        rate."""
        left, right = self.trainers()
        start = left.steps_done
        left.burst()
        right.burst()
        self._burst_region.setRegion((start, start + BURST_STEPS))
        self._burst_region.setVisible(True)
        self._refresh(force_plot=True)
        self._status.setText(self._burst_story(left, right))

    def reset(self) -> None:
        """Both networks start again from the same weights (running on if they were)."""
        left, right = self._make_trainers()
        self._right = right
        self._burst_region.setVisible(False)
        self._show_trainers(left, right)
        self._driver.set_trainer(left)  # emits stepped: the views redraw from step 0
        self._status.setText(
            "Same data, same starting weights, same batches: only the activation differs."
        )

    # --- internals ----------------------------------------------------------------------------
    def _make_trainers(self) -> tuple[Trainer, Trainer]:
        left = side_config(self._base, self._left_combo.currentText(), None)
        right = side_config(self._base, self._right_combo.currentText(), self._alpha.value())
        return Trainer(left), Trainer(right)

    def _colours(self) -> tuple[str, str]:
        left = theme.activation_colour(self._left_combo.currentText())
        right = theme.activation_colour(self._right_combo.currentText())
        return left, (SECOND_COLOUR if right == left else right)

    def _show_trainers(self, left: Trainer, right: Trainer) -> None:
        """Titles, views, curve pens and legend for a new pair."""
        pair = (left, right)
        legend = self._plot.getPlotItem().legend
        legend.clear()
        for key, trainer, colour in zip(("left", "right"), pair, self._colours(), strict=True):
            self._sides[key].set_trainer(trainer, colour)
            title = activation_title(trainer.config)
            dead, inactive = self._curves[f"{key}_dead"], self._curves[f"{key}_inactive"]
            dead.setPen(pg.mkPen(colour, width=3))
            dead.opts["name"] = f"{title}: dead"
            legend.addItem(dead, dead.opts["name"])
            revive = activations.has_slope_below_zero(trainer.config.activation)
            inactive.setVisible(revive)
            if revive:
                inactive.setPen(pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
                inactive.opts["name"] = f"{title}: inactive, can revive"
                legend.addItem(inactive, inactive.opts["name"])

    def _on_left_stepped(self, _snap: Snapshot) -> None:
        left, right = self.trainers()
        behind = left.steps_done - right.steps_done
        if behind > 0:
            right.step(behind)
        if right.diverged:
            self._driver.pause()
        self._refresh(force_plot=not self._driver.is_running())
        if left.diverged or right.diverged:
            # each names its own step: the other side may have run on within the same tick
            which = [
                f"{activation_title(t.config)} diverged at step {t.steps_done}"
                for t in (left, right)
                if t.diverged
            ]
            self._status.setText(
                f"{' and '.join(which)}: a number overflowed, so training stopped and the last "
                "finite state is shown. Press Reset, or lower the learning rate."
            )

    def _refresh(self, *, force_plot: bool = False) -> None:
        left, right = self.trainers()
        for key, trainer in (("left", left), ("right", right)):
            self._sides[key].refresh(trainer.evaluate(), trainer)
        self._steps_label.setText(f"Step {left.steps_done:,}")
        now = time.monotonic()
        if force_plot or now - self._last_plot >= PLOT_INTERVAL_S:
            self._last_plot = now
            self._update_curves()
            for side in self._sides.values():
                side.refresh_slow()

    def _update_curves(self) -> None:
        top, last = 0.0, 0.0
        for key, trainer in zip(("left", "right"), self.trainers(), strict=True):
            h, widths = trainer.history, trainer.config.hidden
            steps = h.steps.astype(float)
            last = max(last, steps.max(initial=0.0))
            dead = 100.0 * health.share_of_units(h.dead_share, widths)[:, 0]
            # dots while there are few records: the lone first one would show as nothing
            show_curve(self._curves[f"{key}_dead"], steps, dead)
            top = max(top, dead.max(initial=0.0))
            if activations.has_slope_below_zero(trainer.config.activation):
                inactive = 100.0 * health.share_of_units(h.inactive_share, widths)[:, 0]
                show_curve(self._curves[f"{key}_inactive"], steps, inactive)
                top = max(top, inactive.max(initial=0.0))
        # an auto-range around the lone first record read "-0.4 ... 0.4" steps
        self._plot.setXRange(0.0, step_axis_end(last), padding=0.0)
        # a few dead units out of 16 must not hug the floor of a 0-100 axis, yet the axis
        # should not jump on every record: round the top up to a multiple of 20 %
        self._plot.setYRange(0, min(100.0, 20.0 * (top // 20.0 + 1)), padding=0.02)

    def _burst_story(self, left: Trainer, right: Trainer) -> str:
        parts = []
        for t in (left, right):
            snap = t.evaluate()
            title, dead = activation_title(t.config), snap.dead_count()
            if t.diverged:
                parts.append(f"{title} diverged")
            elif activations.has_slope_below_zero(t.config.activation):
                inactive = snap.inactive_count(0)
                parts.append(f"{title}: {dead} dead, {inactive} inactive but still learning")
            else:
                # not "for good": a dead unit of a later layer comes back if the layers before
                # it move its inputs above zero (only a first-layer unit is dead for good)
                parts.append(f"{title}: {dead} dead (no gradient reaches them)")
        rate = left.config.learning_rate
        return f"After the burst (back at rate {rate:g}): " + "; ".join(parts) + "."

    def _sync_alpha_spin(self, value: float | None = None) -> None:
        """Range and default of the slope control for the right activation (off if none)."""
        spec = activations.param_specs(self._right_combo.currentText()).get("alpha")
        self._alpha.blockSignals(True)
        self._alpha.setEnabled(spec is not None)
        if spec is not None:
            low = spec.low + (0.001 if spec.low_open else 0.0)
            self._alpha.setRange(low, spec.high)
            self._alpha.setValue(spec.default if value is None else value)
        self._alpha.blockSignals(False)

    def _on_activation_changed(self, _name: str) -> None:
        if self.sender() is self._right_combo:
            self._sync_alpha_spin()
        self.reset()

    def _on_alpha_changed(self, _value: float) -> None:
        self.reset()

    def _on_play_toggled(self, on: bool) -> None:
        self.start() if on else self.pause()

    def _on_running_changed(self, running: bool) -> None:
        self._play.blockSignals(True)
        self._play.setChecked(running)
        self._play.setText("Pause" if running else "Play")
        self._play.blockSignals(False)
        if not running:
            self._refresh(force_plot=True)
