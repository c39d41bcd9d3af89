"""Seed statistics: train one configuration on 32 seeds at once and show how the dead share spreads.

One network is an anecdote: it may lose a quarter of its ReLUs or none. 32 networks that differ
only in their starting weights (replicas of one Trainer, so they cost little more than one) show
how often that happens. The job runs in chunks on a timer, a few milliseconds at a time, so the
window stays responsive and the run can be cancelled.

Only finite networks are counted: a replica that diverged is frozen at its last finite state, and
counting its units would mix "broken" into "dead". Such networks are reported, not counted.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reludesk.core import activations, health
from reludesk.core.config import Config
from reludesk.core.experiment import BURST_LR, BURST_STEPS, Trainer
from reludesk.ui import theme
from reludesk.ui.trainer.driver import StepPacer
from reludesk.ui.trainer.status import activation_title, burst_text
from reludesk.ui.widgets.plots import make_plot

SEEDS = 32
DEFAULT_CALM_STEPS = 2000
BUDGET_S = 0.008  # training time per timer tick; the rest of the frame is Qt's
TICK_MS = 1
PER_UNIT_BINS_UP_TO = 32  # up to this many hidden units, one bar per possible dead count
COARSE_BINS = 16
MIN_NETWORKS_AXIS = 4  # the count axis reaches at least this high


def histogram(values: np.ndarray, units: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Bar centres (percent), counts and bar width (percent) for finite shares in [0, 1].

    A small network can only lose whole units, so it gets one bar per possible count (0 of 16,
    1 of 16, ...); a big one gets 16 equal bins.
    """
    finite = values[np.isfinite(values)]
    if units == 0:  # no hidden layer: nothing can die, one bar at 0 %
        return np.zeros(1), np.array([finite.size]), 100.0 / COARSE_BINS
    if units <= PER_UNIT_BINS_UP_TO:
        counts = np.bincount(np.rint(finite * units).astype(int), minlength=units + 1)
        return 100.0 * np.arange(units + 1) / units, counts, 100.0 / units
    counts, edges = np.histogram(finite, bins=COARSE_BINS, range=(0.0, 1.0))
    return 50.0 * (edges[:-1] + edges[1:]), counts, 100.0 / COARSE_BINS


def _percent(x: float) -> str:
    return f"{100.0 * x:.0f} %"


def _spread(q1: float, q3: float) -> str:
    if _percent(q1) == _percent(q3):
        return f"(the middle half all at {_percent(q1)})"
    return f"(the middle half between {_percent(q1)} and {_percent(q3)})"


def describe(title: str, dead: np.ndarray, inactive: np.ndarray | None, steps_text: str) -> str:
    """The result in words: median and quartiles of the finite networks, diverged ones named."""
    finite = np.isfinite(dead)
    n, n_bad = int(finite.sum()), int((~finite).sum())
    if n == 0:
        return (
            f"{title}: all {dead.size} networks diverged, so there is nothing to count. "
            "Lower the learning rate and run again."
        )
    q1, med, q3 = np.percentile(dead[finite], [25, 50, 75])
    text = f"{title}: median {_percent(med)} dead over {n} seeds {_spread(q1, q3)}, {steps_text}."
    if inactive is not None:
        i1, imed, i3 = np.percentile(inactive[finite], [25, 50, 75])
        text += (
            f" Inactive but still learning (gradient leaks through, so they can revive): "
            f"median {_percent(imed)} {_spread(i1, i3)}."
        )
    if n_bad:
        verb = "diverged and is" if n_bad == 1 else "diverged and are"
        text += f" {n_bad} {verb} not counted."
    return text


class SeedStatsPanel(QWidget):
    """A button that trains ``config`` on 32 seeds and a histogram of their dead shares.

    Signals: ``finished(values)`` with the (32,) dead shares (NaN for diverged networks);
    ``cancelled()``.
    """

    finished = Signal(object)
    cancelled = Signal()

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seedStatsPanel")
        self._config = config
        self._values = np.full(SEEDS, np.nan)
        self._inactive = np.full(SEEDS, np.nan)
        self._trainer: Trainer | None = None
        self._phases: list[tuple[int, float]] = []  # (steps left, learning rate)
        self._pacer = StepPacer()  # learns the 32 networks' step time over the run
        self._steps_text = ""
        self._has_result = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._build()
        self.set_config(config)

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self._button = QPushButton(f"Train {SEEDS} seeds", self)
        self._button.setObjectName("seedStatsButton")
        self._button.setToolTip(
            f"Train this configuration {SEEDS} times at once, from {SEEDS} different starting "
            "weights (same data, same batches), and count the dead units of each network"
        )
        self._burst = QCheckBox(f"Burst first ({burst_text()})", self)
        self._burst.setObjectName("seedStatsBurstCheck")
        self._burst.setToolTip("A too-high learning rate for a moment: this is what kills ReLUs")
        self._steps = QSpinBox(self)
        self._steps.setObjectName("seedStatsStepsSpin")
        self._steps.setRange(0, 100_000)
        self._steps.setSingleStep(500)
        self._steps.setValue(DEFAULT_CALM_STEPS)
        self._steps.setSuffix(" steps")
        self._steps.setToolTip("Steps at the configuration's own learning rate")
        self._progress = QProgressBar(self)
        self._progress.setObjectName("seedStatsProgress")
        self._progress.setVisible(False)
        self._cancel = QPushButton("Cancel", self)
        self._cancel.setObjectName("seedStatsCancelButton")
        self._cancel.setVisible(False)
        self._about = QLabel(self)
        self._about.setObjectName("seedStatsConfigLabel")
        self._about.setWordWrap(True)
        self._summary = QLabel(
            f"Press “Train {SEEDS} seeds” to see how often this network loses its neurons.", self
        )
        self._summary.setObjectName("seedStatsSummary")
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self._summary.font()
        big.setPointSizeF(big.pointSizeF() * 1.2)  # the result: read from the back of the room
        self._summary.setFont(big)
        # the run before, so "ReLU, then Leaky ReLU" can be read side by side
        self._previous = QLabel(self)
        self._previous.setObjectName("seedStatsPreviousLabel")
        self._previous.setWordWrap(True)
        italic = self._previous.font()
        italic.setItalic(True)  # history, not the current result; still readable on a projector
        self._previous.setFont(italic)

        self._plot = make_plot(
            "seedHistogramPlot",
            title=f"Dead units per network, {SEEDS} seeds",
            left="networks",
            bottom="share of hidden units (%)",
            tooltip="Each bar counts the networks that ended with that share of dead units",
        )
        self._plot.getPlotItem().addLegend(offset=(-10, 10))
        self._bars = pg.BarGraphItem(x=[0.0], height=[0], width=1.0, name="dead")
        self._bars.setObjectName("seedDeadBars")
        self._inactive_bars = pg.BarGraphItem(
            x=[0.0], height=[0], width=1.0, name="inactive, can revive"
        )
        self._inactive_bars.setObjectName("seedInactiveBars")
        # the median of the counted networks, the number the summary leads with
        self._median = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(theme.OKABE_ITO["grey"], width=2, style=Qt.PenStyle.DashLine),
            label="median {value:.0f} %",
            labelOpts={"position": 0.97, "anchors": [(0, 0), (0, 0)], "color": "#555555"},
        )
        self._median.setZValue(10)  # in front of the bar it usually runs through
        self._median.setVisible(False)
        for item in (self._bars, self._inactive_bars, self._median):
            self._plot.addItem(item)
        self._inactive_bars.setVisible(False)
        self._plot.setMouseEnabled(x=False, y=False)
        # before the first run, the axes a run will have: pyqtgraph's range around no data
        # read "-0.5 ... 0.5" networks and percent
        self._plot.setXRange(0.0, 100.0, padding=0.02)
        self._set_count_axis(MIN_NETWORKS_AXIS)

        row = QHBoxLayout()
        for w in (self._button, self._burst, QLabel("then", self), self._steps):
            row.addWidget(w)
        row.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self._progress, 1)
        busy.addWidget(self._cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._about)
        layout.addLayout(busy)
        layout.addWidget(self._plot, 1)
        layout.addWidget(self._summary)
        layout.addWidget(self._previous)

        self._button.clicked.connect(lambda: self.run())
        self._cancel.clicked.connect(self.cancel)

    # --- public -------------------------------------------------------------------------------
    def config(self) -> Config:
        return self._config

    def set_config(self, config: Config) -> None:
        """The configuration the next run trains (replicas are set to 32 when it runs)."""
        self._config = config
        hidden = ", ".join(map(str, config.hidden))
        self._about.setText(
            f"{activation_title(config)} · hidden {hidden} · {config.dataset} · learning rate "
            f"{config.learning_rate:g} · batch {config.batch_size} · {config.init} init · "
            f"{config.optimizer}"
        )
        if not self._has_result:  # after a run, the legend stays with the bars it describes
            self._label_legend(activations.has_slope_below_zero(config.activation))

    def set_burst(self, on: bool, calm_steps: int | None = None) -> None:
        """Tick or untick the burst, and set the number of calm steps if given."""
        self._burst.setChecked(on)
        if calm_steps is not None:
            self._steps.setValue(calm_steps)

    def run(self, config: Config | None = None) -> None:
        """Start training ``config`` (default: the current one) on 32 seeds; returns at once.

        ``finished`` is emitted when done. A run already going is cancelled first.
        """
        if self.is_running():
            self.cancel()
        if config is not None:
            self.set_config(config)
        cfg = self._config.replace(replicas=SEEDS)
        # histories are not shown here: record rarely, the health check costs more than a step
        self._trainer = Trainer(cfg, record_every=1000)
        self._pacer.reset()  # another network may step at another pace: measure again
        calm = self._steps.value()
        self._phases = [(calm, cfg.learning_rate)] if calm else []
        self._steps_text = f"after {calm} steps at learning rate {cfg.learning_rate:g}"
        if self._burst.isChecked():
            self._phases.insert(0, (BURST_STEPS, BURST_LR))
            self._steps_text = (
                f"after a burst of {burst_text()} and {calm} calm steps at "
                f"{cfg.learning_rate:g}"
            )
        self._progress.setRange(0, max(1, sum(n for n, _ in self._phases)))
        self._progress.setValue(0)
        self._show_busy(True)
        self._timer.start()

    def cancel(self) -> None:
        """Stop a run; the last finished result stays on screen."""
        if not self.is_running():
            return
        self._timer.stop()
        self._trainer = None
        self._show_busy(False)
        self.cancelled.emit()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def values(self) -> np.ndarray:
        """(32,) dead share of each network after the last run; NaN for diverged ones."""
        return self._values.copy()

    def finite_values(self) -> np.ndarray:
        """The dead shares of the networks that stayed finite: the ones that are counted."""
        return self._values[np.isfinite(self._values)]

    def inactive_values(self) -> np.ndarray:
        """(32,) share of inactive units (z <= 0 on every input, dead ones included); NaN for
        diverged networks."""
        return self._inactive.copy()

    def summary(self) -> str:
        return self._summary.text()

    # --- the job ------------------------------------------------------------------------------
    def _show_busy(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self._cancel.setVisible(busy)
        self._button.setEnabled(not busy)
        self._burst.setEnabled(not busy)
        self._steps.setEnabled(not busy)

    def _on_tick(self) -> None:
        # Not a TrainingDriver: this is a job with an exact number of steps per phase (a burst
        # is exactly BURST_STEPS), and it needs no snapshot per tick, only one at the end. Its
        # chunks are sized by the driver's pacer all the same.
        trainer = self._trainer
        assert trainer is not None
        started = time.perf_counter()
        while self._phases:
            left, lr = self._phases[0]
            if trainer.config.learning_rate != lr:
                trainer.set_learning_rate(lr)
            budget = BUDGET_S - (time.perf_counter() - started)
            if budget <= 0.0:
                break
            n = self._pacer.steps_for(budget, most=left)
            taken, _ = self._pacer.run(trainer.step, n)
            self._progress.setValue(self._progress.value() + taken)
            if taken < n:  # every replica diverged: nothing left to train
                self._phases.clear()
            elif taken == left:
                self._phases.pop(0)
            else:
                self._phases[0] = (left - taken, lr)
        if not self._phases:
            self._finish(trainer)

    def _finish(self, trainer: Trainer) -> None:
        self._timer.stop()
        self._trainer = None
        snap = trainer.evaluate()
        hidden = trainer.config.hidden
        dead = health.share_of_units(snap.dead_share(), hidden)
        inactive = health.share_of_units(snap.inactive_share(), hidden)
        self._values = np.where(snap.diverged, np.nan, dead)
        self._inactive = np.where(snap.diverged, np.nan, inactive)
        self._show_busy(False)
        self._draw(trainer.config)
        self.finished.emit(self._values.copy())

    def _set_count_axis(self, top: int) -> None:
        """Networks from 0 to ``top``, labelled in whole networks (pyqtgraph wrote 0.5, 1.5)."""
        self._plot.setYRange(0, top, padding=0.02)
        step = next(s for s in (1, 2, 5, 10) if top / s <= 8)
        self._plot.getPlotItem().getAxis("left").setTickSpacing(step, step)

    def _label_legend(self, revive: bool) -> None:
        """The legend names the dead bars, and the inactive ones if the activation can
        revive (for ReLU the two are the same units)."""
        legend = self._plot.getPlotItem().legend
        legend.clear()
        legend.addItem(self._bars, "dead (no gradient)")
        if revive:
            legend.addItem(self._inactive_bars, "inactive, can revive")

    def _draw(self, config: Config) -> None:
        units = sum(config.hidden)
        colour = theme.activation_colour(config.activation)
        x, counts, width = histogram(self._values, units)
        # empty bins are left out: a bar of height 0 still draws its outline along the axis
        shown = counts > 0
        revive = activations.has_slope_below_zero(config.activation)
        # side by side when both are shown, so neither hides the other in a shared bin
        shift = width / 4 if revive else 0.0
        bar_width = width * (0.45 if revive else 0.85)
        self._bars.setOpts(
            x=x[shown] - shift,
            height=counts[shown],
            width=bar_width,
            brush=colour,
            pen=pg.mkPen(colour),
        )
        self._inactive_bars.setVisible(revive)
        if revive:
            _, icounts, _ = histogram(self._inactive, units)
            ishown = icounts > 0
            hatch = pg.mkBrush(QColor(colour))
            hatch.setStyle(Qt.BrushStyle.BDiagPattern)
            self._inactive_bars.setOpts(
                x=x[ishown] + shift,
                height=icounts[ishown],
                width=bar_width,
                brush=hatch,
                pen=pg.mkPen(colour, width=2),
            )
        self._label_legend(revive)
        finite = self.finite_values()
        self._median.setVisible(finite.size > 0)
        if finite.size:
            self._median.setValue(100.0 * float(np.median(finite)))
        self._plot.setXRange(-width, 100 + width, padding=0)
        self._set_count_axis(max(MIN_NETWORKS_AXIS, int(counts.max(initial=0)) + 1))
        if self._has_result:
            self._previous.setText(f"Run before: {self._summary.text()}")
        self._has_result = True
        self._summary.setText(
            describe(
                activation_title(config),
                self._values,
                self._inactive if revive else None,
                self._steps_text,
            )
        )
