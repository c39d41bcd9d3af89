"""TrainingDriver: steps a core Trainer on the GUI thread in chunks sized to a time budget.

Each timer tick trains as many steps as fit in ``budget_ms`` (measured, not guessed), then emits
``stepped`` with a Snapshot: plain numpy data that views redraw from. The rest of the frame is
left to Qt, so the window never freezes, whatever the network's size.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from reludesk.core.config import Config
from reludesk.core.experiment import Snapshot, Trainer


class TrainingDriver(QObject):
    """Plays, pauses and single-steps a Trainer; rebuilds it from a new Config.

    Signals: ``stepped(Snapshot)`` after every tick or single step; ``runningChanged(bool)``;
    ``diverged()`` when a step finds training stopped on a non-finite value;
    ``trainerChanged(Trainer)`` after a rebuild; ``rateChanged(float)``, steps per second.
    """

    stepped = Signal(object)
    runningChanged = Signal(bool)
    diverged = Signal()
    trainerChanged = Signal(object)
    rateChanged = Signal(float)

    def __init__(
        self,
        trainer: Trainer,
        *,
        budget_ms: float = 8.0,
        interval_ms: int = 15,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._trainer = trainer
        self.budget_s = budget_ms / 1000.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_tick)
        self._chunk = 1  # steps per tick, grown or shrunk to fit the budget
        self._rate_started = 0.0
        self._rate_steps = 0

    # --- state --------------------------------------------------------------------------------
    @property
    def trainer(self) -> Trainer:
        return self._trainer

    def is_running(self) -> bool:
        return self._timer.isActive()

    def set_trainer(self, trainer: Trainer) -> None:
        """Show and train ``trainer`` from now on (playing on if it was playing)."""
        self._trainer = trainer
        self._chunk = 1
        self.trainerChanged.emit(trainer)
        self.stepped.emit(trainer.evaluate())

    def rebuild(self, config: Config) -> Trainer:
        """A fresh Trainer (new network) from ``config``; raises ConfigError if it is bad."""
        trainer = Trainer(config)
        self.set_trainer(trainer)
        return trainer

    def set_learning_rate(self, lr: float) -> None:
        """Change the rate without touching the network (a teacher's burst and back)."""
        self._trainer.set_learning_rate(lr)

    # --- play / pause / step ------------------------------------------------------------------
    def start(self) -> None:
        if self._timer.isActive() or self._trainer.diverged:
            return
        self._rate_started, self._rate_steps = time.perf_counter(), 0
        self._timer.start()
        self.runningChanged.emit(True)

    def pause(self) -> None:
        if not self._timer.isActive():
            return
        self._timer.stop()
        self.runningChanged.emit(False)

    def set_running(self, running: bool) -> None:
        self.start() if running else self.pause()

    def step_once(self, n: int = 1) -> Snapshot:
        """Train ``n`` steps now (paused or not) and emit the result."""
        self._trainer.step(n)
        return self._emit_after_steps()

    def _on_tick(self) -> None:
        trainer = self._trainer
        started = time.perf_counter()
        taken = trainer.step(self._chunk)
        spent = time.perf_counter() - started
        # aim the next chunk at the budget; change by at most 2x so one slow tick (a history
        # record, the OS) cannot swing it wildly
        per_step = spent / max(taken, 1)
        target = int(self.budget_s / max(per_step, 1e-7))
        self._chunk = max(1, min(target, 2 * self._chunk, 100_000))
        self._rate_steps += taken
        elapsed = time.perf_counter() - self._rate_started
        if elapsed >= 0.5:
            self.rateChanged.emit(self._rate_steps / elapsed)
            self._rate_started, self._rate_steps = time.perf_counter(), 0
        self._emit_after_steps()

    def _emit_after_steps(self) -> Snapshot:
        snap = self._trainer.evaluate()
        self.stepped.emit(snap)
        if self._trainer.diverged:
            self.pause()
            self.diverged.emit()
        return snap
