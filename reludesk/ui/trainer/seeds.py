"""Seed statistics: train one configuration on 32 seeds at once and show how the dead share spreads.

One network is an anecdote: it may lose a quarter of its ReLUs or none. 32 networks that differ
only in their starting weights (replicas of one Trainer, so they cost little more than one) show
how often that happens. The job runs in chunks on a timer, a few milliseconds at a time, so the
window stays responsive and the run can be cancelled.

Only finite networks are counted: a replica that diverged is frozen at its last finite state, and
counting its units would mix "broken" into "dead". Such networks are reported, not counted.

Beside the dead shares, the state the activation's family reaches instead
(``status.second_state``): inactive shares for Leaky ReLU and PReLU, saturated shares for the
smooth activations.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
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

from reludesk.core import health
from reludesk.core.config import Config
from reludesk.core.experiment import BURST_LR, BURST_STEPS, Trainer
from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.trainer.driver import StepPacer
from reludesk.ui.trainer.seeds_plot import SeedHistogram
from reludesk.ui.trainer.seeds_summary import describe
from reludesk.ui.trainer.status import activation_title, burst_text, second_state
from reludesk.ui.widgets.language import live

SEEDS = 32
DEFAULT_CALM_STEPS = 2000
BUDGET_S = 0.008  # training time per timer tick; the rest of the frame is Qt's
TICK_MS = 1


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
        self._saturated = np.full(SEEDS, np.nan)
        self._trainer: Trainer | None = None
        self._phases: list[tuple[int, float]] = []  # (steps left, learning rate)
        self._pacer = StepPacer()  # learns the 32 networks' step time over the run
        # what the run trained and its result, said again (in the new words) after a change of
        # language: kept as texts to make, not as texts made
        self._steps_text: Callable[[], str] = str
        self._said: Callable[[], str] = lambda: translate(
            "SeedStatsPanel", "Press “Train {seeds} seeds” to see how often this network loses "
            "its neurons.").format(seeds=SEEDS)
        self._said_before: Callable[[], str] | None = None
        self._has_result = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._build()
        self.set_config(config)

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self._button = QPushButton(self)
        self._button.setObjectName("seedStatsButton")
        live(self._button, lambda w: (
            w.setText(translate("SeedStatsPanel", "Train {seeds} seeds").format(seeds=SEEDS)),
            w.setToolTip(translate(
                "SeedStatsPanel",
                "Train this configuration {seeds} times at once, from {seeds} different "
                "starting weights (same data, same batches), and count the dead units of each "
                "network").format(seeds=SEEDS))))
        self._burst = QCheckBox(self)
        self._burst.setObjectName("seedStatsBurstCheck")
        live(self._burst, lambda w: (
            w.setText(translate(
                "SeedStatsPanel", "Burst first ({burst})").format(burst=burst_text())),
            w.setToolTip(translate(
                "SeedStatsPanel",
                "A too-high learning rate for a moment: this is what kills ReLUs"))))
        self._steps = QSpinBox(self)
        self._steps.setObjectName("seedStatsStepsSpin")
        self._steps.setRange(0, 100_000)
        self._steps.setSingleStep(500)
        self._steps.setValue(DEFAULT_CALM_STEPS)
        live(self._steps, lambda w: (
            w.setSuffix(translate("SeedStatsPanel", " steps")),
            w.setToolTip(translate(
                "SeedStatsPanel", "Steps at the configuration's own learning rate"))))
        self._progress = QProgressBar(self)
        self._progress.setObjectName("seedStatsProgress")
        self._progress.setVisible(False)
        self._cancel = QPushButton(self)
        live(self._cancel, lambda w: w.setText(translate("SeedStatsPanel", "Cancel")))
        self._cancel.setObjectName("seedStatsCancelButton")
        self._cancel.setVisible(False)
        self._about = QLabel(self)
        self._about.setObjectName("seedStatsConfigLabel")
        self._about.setWordWrap(True)
        self._summary = QLabel(self)
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
        live(self, SeedStatsPanel._say)

        self._histogram = SeedHistogram(SEEDS)

        row = QHBoxLayout()
        then = QLabel(self)
        live(then, lambda w: w.setText(translate("SeedStatsPanel", "then")))
        for w in (self._button, self._burst, then, self._steps):
            row.addWidget(w)
        row.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self._progress, 1)
        busy.addWidget(self._cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._about)
        layout.addLayout(busy)
        layout.addWidget(self._histogram.plot, 1)
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
        self._about.setText(self._about_text())
        if not self._has_result:  # after a run, the legend stays with the bars it describes
            self._histogram.label_legend(second_state(config.activation))

    def _about_text(self) -> str:
        config = self._config
        return translate(
            "SeedStatsPanel", "{activation} · hidden {hidden} · {dataset} · learning rate {rate} · "
            "batch {batch} · {init} init · {optimizer}").format(
                activation=activation_title(config), hidden=", ".join(map(str, config.hidden)),
                dataset=config.dataset, rate=f"{config.learning_rate:g}",
                batch=config.batch_size, init=config.init, optimizer=config.optimizer)

    def _say(self) -> None:
        """The configuration, the result and the run before, in the language chosen."""
        self._about.setText(self._about_text())
        self._summary.setText(self._said())
        before = self._said_before
        self._previous.setText("" if before is None else translate(
            "SeedStatsPanel", "Run before: {summary}").format(summary=before()))

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
        rate = f"{cfg.learning_rate:g}"
        self._steps_text = lambda: translate(
            "SeedStatsPanel", "after {calm} steps at learning rate {rate}").format(
                calm=calm, rate=rate)
        if self._burst.isChecked():
            self._phases.insert(0, (BURST_STEPS, BURST_LR))
            self._steps_text = lambda: translate(
                "SeedStatsPanel", "after a burst of {burst} and {calm} calm steps at {rate}"
            ).format(burst=burst_text(), calm=calm, rate=rate)
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

    def saturated_values(self) -> np.ndarray:
        """(32,) share of saturated units (a smooth activation's |f'| below
        ``health.SATURATED_GRADIENT`` on every input); NaN for diverged networks."""
        return self._saturated.copy()

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
        saturated = health.share_of_units(snap.saturated_share(), hidden)
        self._values = np.where(snap.diverged, np.nan, dead)
        self._inactive = np.where(snap.diverged, np.nan, inactive)
        self._saturated = np.where(snap.diverged, np.nan, saturated)
        self._show_busy(False)
        self._draw(trainer.config)
        self.finished.emit(self._values.copy())

    def _draw(self, config: Config) -> None:
        second = second_state(config.activation)
        shares = {"inactive": self._inactive, "saturated": self._saturated}.get(second or "")
        colour = theme.activation_colour(config.activation)
        units = sum(config.hidden)
        self._histogram.draw(self._values, shares, units, colour, second or "inactive")
        if self._has_result:
            self._said_before = self._said
        self._has_result = True
        values, steps = self._values.copy(), self._steps_text
        self._said = lambda: describe(activation_title(config), values, shares, steps(),
                                      second or "inactive")
        self._say()
