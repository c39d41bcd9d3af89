"""Compare mode: two networks that differ only in their hidden activation, trained in lockstep.

Both trainers are built from one Config with only the activation changed, so they share the data,
the initial weights (replica 0 draws from the stream (seed, 0) whatever the activation) and the
batches (their own stream (seed, 1)). Whatever differs between the two sides afterwards is the
activation's doing.

Lockstep: one TrainingDriver trains the left network and takes the right one along as its
follower, inside the same timed slice, so at every frame both have taken the same steps. Once a
side has stopped (diverged), a step or a burst would move the other one alone: they are refused
with a sentence that says why, and if a side stops part-way the step label shows each side's own
step. The sides (counters, neurons) redraw every frame; the plot and the heatmaps a few times a
second.

Speed: the pair trains at the speed of the Train tab (one QSettings value, read when the tab is
shown; ``compareSpeedCombo`` and the keys change it here too), and a burst at a set speed is
paced for both networks in lockstep, the status line counting its steps.

The pair is built on the Train tab's experiment (``shows`` / ``set_config``): everything but the
activations, and the right side's slope too when it has the Train tab's activation (lesson 5's
alpha of 0.1 is compared, not the default 0.01). Or it is handed a pair made elsewhere
(``start_from``: the Train tab's network branched at a step of its timeline), shown as it is.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reludesk.core import activations
from reludesk.core.config import Config
from reludesk.core.experiment import BURST_LR, BURST_STEPS, Snapshot, Trainer
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui import theme
from reludesk.ui.trainer import status
from reludesk.ui.trainer.compare_plot import CompareDeadPlot
from reludesk.ui.trainer.compare_side import CompareSide
from reludesk.ui.trainer.controls import (
    SPEEDS,
    moved_speed,
    speed_combo,
    store_speed,
    stored_speed,
)
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.widgets.language import live

DEFAULT_LEFT = "relu"
DEFAULT_RIGHT = "leaky_relu"
PLOT_INTERVAL_S = 0.25  # a plot redraw costs ~10 ms: a few times a second is enough
SECOND_COLOUR = theme.OKABE_ITO["bluish_green"]  # the right side when both pick one activation
# in English; translated where shown: translate("ComparePanel", SAME_START)
SAME_START = QT_TRANSLATE_NOOP(
    "ComparePanel", "Same data, same starting weights, same batches: only the activation differs.")


def side_config(base: Config, activation: str, alpha: float | None) -> Config:
    """``base`` with one replica and the given hidden activation (alpha only where it applies)."""
    has_alpha = "alpha" in activations.param_specs(activation)
    return base.replace(replicas=1, activation=activation, alpha=alpha if has_alpha else None)


@dataclass(frozen=True)
class _AsTold:
    """What the status sentences read of a trainer, as it was when a story was told, so the
    story can be worded again after a change of language without the steps taken since."""

    config: Config
    diverged: bool
    steps_done: int
    snapshot: Snapshot

    def evaluate(self) -> Snapshot:
        return self.snapshot


def as_told(pair: Sequence[Trainer]) -> tuple[_AsTold, ...]:
    """``pair`` as it stands now, for a story told about it."""
    return tuple(_AsTold(t.config, t.diverged, t.steps_done, t.evaluate()) for t in pair)


def _experiment(config: Config) -> Config:
    """``config`` without what compare mode picks for itself: the activation, one replica."""
    return config.replace(replicas=1, activation="relu", alpha=None)


class ComparePanel(QWidget):
    """Two networks, one activation each, trained side by side from the same start."""

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self._base = config.replace(replicas=1)
        self._last_plot = -math.inf  # when the plot was last redrawn (time.monotonic)
        # what the status line says, as a maker of its words: made again after a switch
        self._story: Callable[[], str] = lambda: translate("ComparePanel", SAME_START)
        self._build_controls()
        self._plot = CompareDeadPlot()
        left, right = self._make_trainers()
        self._driver = TrainingDriver(left, follower=right, parent=self)
        self._driver.stepped.connect(self._on_stepped)
        self._driver.runningChanged.connect(self._on_running_changed)
        self._driver.burstProgress.connect(self._on_burst_progress)
        self._driver.burstEnded.connect(self._on_burst_ended)
        self._sides = (CompareSide("Left", left, self), CompareSide("Right", right, self))
        self._build_layout()
        self._show_trainers(left, right)
        self._connect()
        self._refresh(force_plot=True)
        live(self, ComparePanel._name_texts)

    def _name_texts(self) -> None:
        """Buttons, tips, the combos' tips and the status line in the language chosen."""
        self._alpha.setToolTip(
            translate("ComparePanel", "Slope of the right network's activation below zero"))
        self._name_play(self._play.isChecked())
        self._burst.setText(translate("ComparePanel", "Burst ({steps} steps at rate {rate})")
                            .format(steps=BURST_STEPS, rate=status.rate_text(BURST_LR)))
        self._burst.setToolTip(translate(
            "ComparePanel", "Both networks take {burst}, then go back to their rate: the kind of "
            "jolt that kills ReLUs").format(burst=status.burst_text()))
        self._reset.setText(translate("ComparePanel", "Reset"))
        self._reset.setToolTip(
            translate("ComparePanel", "Start both networks again from the same weights"))
        self._against.setText(translate("ComparePanel", "against"))
        for combo in (self._left_combo, self._right_combo):
            for i in range(combo.count()):  # the texts are the registry's names: they stay
                combo.setItemData(i, activations.label(combo.itemText(i)),
                                  Qt.ItemDataRole.ToolTipRole)
        self._status.setText(self._story())
        self._steps_label.setText(status.compare_steps_text(self.trainers()))

    def _name_play(self, running: bool) -> None:
        self._play.setText(translate("ComparePanel", "Pause") if running
                           else translate("ComparePanel", "Play"))

    def _tell(self, words: Callable[[], str]) -> None:
        """Say ``words()`` on the status line, and again in the words of a later language."""
        self._story = words
        self._status.setText(words())

    # --- building -----------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self._left_combo = self._activation_combo("compareLeftCombo", DEFAULT_LEFT)
        self._right_combo = self._activation_combo("compareRightCombo", DEFAULT_RIGHT)
        self._alpha = QDoubleSpinBox(self)
        self._alpha.setObjectName("compareAlphaSpin")
        self._alpha.setDecimals(3)
        self._alpha.setSingleStep(0.01)
        self._alpha.setPrefix("α ")  # a symbol: the same in every language
        self._sync_alpha_spin()
        self._play = QPushButton(self)
        self._play.setObjectName("comparePlayButton")
        self._play.setCheckable(True)
        self._burst = QPushButton(self)
        self._burst.setObjectName("compareBurstButton")
        self._reset = QPushButton(self)
        self._reset.setObjectName("compareResetButton")
        self._speed = speed_combo(self, "compareSpeedCombo")
        self._steps_label = QLabel(self)
        self._steps_label.setObjectName("compareStepsLabel")
        self._against = QLabel(self)
        self._status = QLabel(self._story(), self)
        self._status.setObjectName("compareStatusLabel")
        self._status.setWordWrap(True)

    def _activation_combo(self, name: str, current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for act in activations.names():
            combo.addItem(act)  # its tooltip, the activation's label, is set by _name_texts
        combo.setCurrentText(current)
        return combo

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self._left_combo)
        controls.addWidget(self._against)
        controls.addWidget(self._right_combo)
        controls.addWidget(self._alpha)
        controls.addSpacing(12)
        for w in (self._play, self._burst, self._reset, self._speed):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self._steps_label)
        sides = QHBoxLayout()
        for side in self._sides:
            sides.addWidget(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self._status)
        layout.addLayout(sides, 2)
        layout.addWidget(self._plot.plot, 3)

    def _connect(self) -> None:
        self._left_combo.currentTextChanged.connect(self._on_activation_changed)
        self._right_combo.currentTextChanged.connect(self._on_activation_changed)
        self._alpha.valueChanged.connect(self._on_alpha_changed)
        self._play.toggled.connect(self._on_play_toggled)
        self._burst.clicked.connect(self.burst)
        self._reset.clicked.connect(self.reset)
        self._speed.currentIndexChanged.connect(self._on_speed_changed)
        self.show_speed(stored_speed())

    # --- public -------------------------------------------------------------------------------
    def trainers(self) -> tuple[Trainer, Trainer]:
        """(left, right) trainers; replaced by reset, set_config and activation changes."""
        right = self._driver.follower
        assert right is not None  # the driver was made with one and is only given pairs
        return self._driver.trainer, right

    def set_config(self, config: Config) -> None:
        """Compare on ``config`` (data, layers, rate, seed, ...); the activations stay the
        ones picked here, and the right side takes ``config``'s slope if it has its activation.
        Rebuilds both networks."""
        self._base = config.replace(replicas=1)
        if self._right_combo.currentText() == config.activation:
            self._sync_alpha_spin(config.effective_alpha)
        self.reset()

    def shows(self, config: Config) -> bool:
        """True if the pair is built on ``config``'s experiment (see ``set_config``): nothing
        to rebuild when the Train tab's Config is ``config``."""
        if _experiment(self._base) != _experiment(config):
            return False
        right = self.trainers()[1].config
        if right.activation != config.activation:
            return True  # another activation: its slope is compare mode's own choice
        ours, theirs = right.effective_alpha, config.effective_alpha
        if ours is None or theirs is None:
            return ours is theirs
        # the spin box holds the slope to its decimals: 0.0125 is compared as 0.013
        return abs(ours - theirs) <= 0.5 * 10.0 ** -self._alpha.decimals()

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

    def start_from(self, left: Trainer, right: Trainer) -> None:
        """Show and train ``left`` and ``right`` instead of a pair built here (two branches of
        one run, ``Trainer.branch``: the same weights, data, batches to come and step; they
        must stand at the same step). The combos and slope show their activations; the pair is
        paused. The base experiment becomes ``left``'s, so the Train tab's Config of that run
        rebuilds nothing (``shows``)."""
        if left.steps_done != right.steps_done:
            raise ValueError(f"a pair trains in lockstep: the sides stand at steps "
                             f"{left.steps_done:,} and {right.steps_done:,}")
        self._driver.pause()
        self._base = left.config.replace(replicas=1)
        for combo, trainer in ((self._left_combo, left), (self._right_combo, right)):
            blocked = combo.blockSignals(True)
            combo.setCurrentText(trainer.config.activation)
            combo.blockSignals(blocked)
        self._sync_alpha_spin(right.config.effective_alpha)
        self._show_trainers(left, right)
        self._last_plot = -math.inf
        self._driver.set_trainer(left, right)
        step = f"{left.steps_done:,}"
        self._tell(lambda: translate(
            "ComparePanel", "Branched at step {step}: the same network, data and batches to "
            "come; only the activation differs from here.").format(step=step))

    @property
    def driver(self) -> TrainingDriver:
        """The driver that trains the pair (the left network, the right as its follower)."""
        return self._driver

    def speed(self) -> float | None:
        """Steps per second of the pair, or None for full speed."""
        return self._driver.speed

    def show_speed(self, speed: float | None) -> None:
        """Train the pair at ``speed`` (one of ``SPEEDS``) and show it in the speed control."""
        blocked = self._speed.blockSignals(True)
        self._speed.setCurrentIndex(SPEEDS.index(speed))
        self._speed.blockSignals(blocked)
        self._driver.set_speed(speed)

    def change_speed(self, by: int) -> str:
        """The speed ``by`` entries up (faster) or down, held at the ends; what it is now."""
        self._speed.setCurrentIndex(SPEEDS.index(moved_speed(self.speed(), by)))
        return translate("ComparePanel", "speed {speed}").format(
            speed=status.speed_text(self.speed()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_speed(stored_speed())  # the Train tab may have changed it meanwhile

    def start(self) -> None:
        if any(t.diverged for t in self.trainers()):
            self._tell(lambda: translate(
                "ComparePanel", "A network has diverged: press Reset (or lower the rate)."))
            self._play.setChecked(False)
            return
        self._driver.start()

    def pause(self) -> None:
        self._driver.pause()

    def is_running(self) -> bool:
        return self._driver.is_running()

    def toggle_play(self) -> None:
        """Play if paused, pause if playing (the Play button, Space)."""
        self._play.toggle()

    def step(self, n: int = 1) -> bool:
        """``n`` lockstep steps now, running or not; refused (False, and the status line says
        why) once a side has stopped."""
        if self._refused("step"):
            return False
        self._driver.step_once(n)
        return True

    def burst(self) -> bool:
        """A burst (``BURST_STEPS`` at ``BURST_LR``) for both networks, then back to their own
        rate; the plot shades it. Refused (False, and the status line says why) once a side has
        stopped: bursting only the other would break the lockstep."""
        if self._refused("burst"):
            return False
        start = self._driver.trainer.steps_done
        self._plot.mark_burst(start, start + BURST_STEPS)
        self._last_plot = -math.inf  # the jump is drawn with the frame the burst emits
        self._driver.burst()
        if not self._driver.is_bursting():  # at full speed it is over: say what it did
            told = as_told(self.trainers())
            self._tell(lambda: status.compare_burst_text(told))
        return True

    def reset(self) -> None:
        """Both networks start again from the same weights (running on if they were)."""
        left, right = self._make_trainers()
        self._show_trainers(left, right)
        self._last_plot = -math.inf
        self._driver.set_trainer(left, right)  # emits stepped: the views redraw from step 0
        self._tell(lambda: translate("ComparePanel", SAME_START))

    # --- internals ----------------------------------------------------------------------------
    def _refused(self, action: str) -> bool:
        """True (and the status line says why) if a side has stopped, so ``action`` would move
        only the other."""
        text = status.compare_stopped_text(self.trainers(), action)
        if text:
            told = as_told(self.trainers())
            self._tell(lambda: status.compare_stopped_text(told, action))
        return bool(text)

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
        colours = self._colours()
        for side, trainer, colour in zip(self._sides, (left, right), colours, strict=True):
            side.set_trainer(trainer, colour)
        self._plot.show_pair((left, right), colours)

    def _on_stepped(self, _snap: Snapshot) -> None:
        """A frame (or a step, a burst): both sides have taken the same steps."""
        # at rest the plot is exact; a paced burst (every step, up to 100 a second) is not rest
        at_rest = not (self._driver.is_running() or self._driver.is_bursting())
        self._refresh(force_plot=at_rest)
        pair = self.trainers()
        diverged = status.compare_diverged_text(pair)
        # a loss a million times its start, still finite: said before anything overflows
        runaway = [t for t in pair if not t.diverged and t.evaluate().runaway[0]]
        if diverged:
            told = as_told(pair)
            self._tell(lambda: status.compare_diverged_text(told))
        elif runaway:
            config = runaway[0].config
            self._tell(lambda: translate("ComparePanel", "{title}: {runaway}").format(
                title=status.activation_title(config), runaway=status.runaway_text()))

    def _refresh(self, *, force_plot: bool = False) -> None:
        pair = self.trainers()
        for side, trainer in zip(self._sides, pair, strict=True):
            side.refresh(trainer.evaluate(), trainer)
        self._steps_label.setText(status.compare_steps_text(pair))
        now = time.monotonic()
        if force_plot or now - self._last_plot >= PLOT_INTERVAL_S:
            self._last_plot = now
            self._plot.update(pair)
            for side in self._sides:
                side.refresh_slow()

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

    def _on_speed_changed(self, index: int) -> None:
        speed = SPEEDS[index] if 0 <= index < len(SPEEDS) else None
        self._driver.set_speed(speed)
        store_speed(speed)

    def _on_burst_progress(self, taken: int, total: int) -> None:
        self._tell(lambda: translate("ComparePanel", "{progress}, both networks").format(
            progress=status.burst_progress_text(taken, total)))
        # the shading grows with a paced burst, so one cut short shades only what it took
        end = self._driver.trainer.steps_done
        self._plot.mark_burst(end - taken, end)

    def _on_burst_ended(self, taken: int, total: int) -> None:
        pair = self.trainers()
        if any(t.diverged for t in pair):
            return  # the divergence is what the status line says
        if taken >= total:
            told = as_told(pair)
            self._tell(lambda: status.compare_burst_text(told))
        else:
            back = pair[0].config.learning_rate
            self._tell(lambda: status.burst_ended_text(taken, total, back))

    def _on_play_toggled(self, on: bool) -> None:
        self.start() if on else self.pause()

    def _on_running_changed(self, running: bool) -> None:
        self._play.blockSignals(True)
        self._play.setChecked(running)
        self._name_play(running)
        self._play.blockSignals(False)
        if not running:
            self._refresh(force_plot=True)
