"""TrainingDriver: steps a core Trainer on the GUI thread in short slices, paced to a frame rate.

Chunks of training are sized to a time budget by one :class:`StepPacer` (a running estimate of
one step's time, n = budget / that time): the driver's slices here, and the 32-seed run's
chunks. Compare mode trains its pair through a driver too: the second network follows the first
step for step (``follower``), inside the timed chunk.

Two clocks. Training runs in *slices* of about ``slice_ms`` (one timer tick each, the chunk of
steps sized by the pacer), with the event loop free between them, so a 10 ms timer elsewhere
in the window waits at most one slice or one repaint. Views are fed once a *frame*: ``stepped``
(a Snapshot, plain numpy data that views redraw from) is emitted every ``frame_ms`` on a steady
cadence (a frame that comes late, behind a repaint, does not push the later ones back), once at
least ``min_train_ms`` of training happened since the last one, so a costly view slows its own
frame rate a little rather than starving training. Divergence is emitted at once, whatever the
clocks say, and a pause shows the steps taken since the last frame.

The slice that ends a frame stops on a step that the trainer's history records (when the
stride is short enough for that), so the snapshot the views get is the one the record has just
computed: exact, and free. Otherwise ``evaluate()`` computes it, once a frame.

All of that is *full speed* (``speed`` None, the default). A set ``speed`` (steps per second,
slow motion for a class) trains on a second, single-shot timer instead: each tick takes the
steps due since the last one by the driver's ``clock`` (so a late tick does not slow the rate
down, and a stall of more than ``CATCH_UP_S`` is not rushed after), and at ``ONE_BY_ONE`` steps
per second or fewer ``stepped`` follows every single step, so the counter and the plots do too.
A burst at a set speed is paced the same way: ``Trainer.burst`` spread over time (the burst's
rate, its steps one tick after another, the rate set back when the last is taken), whether
training plays or not; a pause, a new network, a speed change to full speed or a divergence
ends it with the rate set back (``burstEnded``).

The timeline (``keep_timeline``, the Train tab's driver only): every trainer this driver is
given keeps its states (``Trainer.enable_timeline``), ``seek`` shows an earlier step (paused),
and anything that trains or changes the network while an earlier step is shown (play, a step,
a burst, a new rate, new data) first makes it the end of the run (``Trainer.continue_here``);
the later steps wait in a stack that ``undo_continue`` takes back from, newest first.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from reludesk.core.config import Config
from reludesk.core.experiment import BURST_LR, BURST_STEPS, Continuation, Snapshot, Trainer

FRAME_MS = 28.0  # a snapshot (and so a repaint) every 28 ms: about 35 redraws a second
SLICE_MS = 10.0  # training per timer tick: the longest the event loop waits for training
MIN_TRAIN_MS = 8.0  # training per frame at least, however long the views take to paint
INTERVAL_MS = 0  # the next slice as soon as Qt has handled what is pending
RECORD_EVERY = 50  # history stride of the trainers this driver builds (a record costs ~3 steps)
FIRST_GUESS_S = 1e-3  # one step's time before any was measured: cautious for a small network
MIN_STEP_S = 1e-7  # a step never takes less: a chunk timed at 0 s must not ask for millions
_SMOOTHING = 0.3  # weight of the newest chunk in the running per-step time
FRAME_SLACK = 1.25  # a slice that would leave less than a quarter slice before the frame ends it
# the speed control's choices, steps per second; None trains as fast as the machine can
SPEEDS: tuple[float | None, ...] = (1.0, 10.0, 100.0, 1000.0, None)
ALIGN_MS = 5.0  # a frame's slice may end this much later or sooner to land on a history record
ONE_BY_ONE = 100.0  # steps/s: at this speed or slower, stepped follows every step
MIN_TICK_MS = 10  # faster than ONE_BY_ONE, a paced tick every 10 ms takes the steps due
CATCH_UP_S = 0.25  # steps owed for longer than this (a stall, a modal dialog) are dropped


def _tails_nbytes(continuations: list[Continuation]) -> int:
    """Bytes of the states that ``continuations`` hold aside (each epoch order counted once)."""
    orders = {id(s.order): s.order.nbytes for c in continuations for s in c.tail}
    return sum(s.nbytes for c in continuations for s in c.tail) + sum(orders.values())


def steps_to_record(done: int, n: int, stride: int, max_shift: int) -> int:
    """How many steps to take instead of ``n``, ``done`` steps in, to end on the nearest
    multiple of ``stride`` (a step the history records) that is at most ``max_shift`` steps away
    from ``done + n``; ``n`` itself if there is none. Always at least 1."""
    target = done + n
    down = target - target % stride
    nearest = min((b for b in (down, down + stride) if b > done), key=lambda b: abs(b - target))
    return nearest - done if abs(nearest - target) <= max_shift else max(1, n)


class StepPacer:
    """How many training steps fit a time budget, learnt from the chunks it timed.

    The one pacing rule of the trainer room: ``steps_for(budget)`` is budget / the running
    per-step time (at least one step), and ``run(train, n)`` times a chunk and updates it.
    """

    def __init__(self) -> None:
        self.per_step_s = FIRST_GUESS_S

    def reset(self) -> None:
        """Forget what was measured (a new network may be larger or smaller)."""
        self.per_step_s = FIRST_GUESS_S

    def steps_for(self, budget_s: float, most: int | None = None) -> int:
        """The steps that fit ``budget_s`` seconds: at least 1, and at most ``most`` if given."""
        n = max(1, int(budget_s / self.per_step_s))
        return n if most is None else max(1, min(n, most))

    def run(self, train: Callable[[int], int], n: int) -> tuple[int, float]:
        """Call ``train(n)`` (it trains and returns the steps it took) and learn from how long
        it took. Returns (steps taken, seconds spent)."""
        started = time.perf_counter()
        taken = train(n)
        spent = time.perf_counter() - started
        # a running mean, so one slow chunk (a history record, the OS) cannot swing it
        per_step = max(spent / max(taken, 1), MIN_STEP_S)
        self.per_step_s += _SMOOTHING * (per_step - self.per_step_s)
        return taken, spent


@dataclass
class PacedBurst:
    """A burst under way at a set speed: ``left`` of ``total`` steps still to take, and the
    rate each trainer goes back to when it ends (its own rate before the burst)."""

    total: int
    left: int
    rates: list[tuple[Trainer, float]]

    @property
    def taken(self) -> int:
        return self.total - self.left


class TrainingDriver(QObject):
    """Plays, pauses and single-steps a Trainer; rebuilds it from a new Config.

    Signals: ``stepped(Snapshot)`` once a frame while playing (after every step at a set speed
    of ``ONE_BY_ONE`` steps/s or fewer), and after every single step, burst or rebuild;
    ``runningChanged(bool)``; ``diverged()`` when a step finds training stopped on a non-finite
    value; ``trainerChanged(Trainer)`` after a rebuild, and with the same trainer after new
    data (``set_data``);
    ``rateChanged(float)``, steps per second (twice a second while playing);
    ``burstProgress(int, int)``, (steps taken, steps in all) of a paced burst as it starts and
    after each chunk of it (each step, at ``ONE_BY_ONE`` steps/s or fewer);
    ``burstEnded(int, int)`` the same once it is over (all taken, or fewer if a pause, a new
    network or a divergence cut it short), its rate set back;
    ``continued(int, int)``, (the step training goes on from, the later steps set aside) when
    something trains from an earlier step of the timeline;
    ``seeked(int)``, the step shown after ``seek`` or ``undo_continue`` (after ``stepped``).

    ``clock``: the paced mode's time in seconds (``time.perf_counter``; tests pass their own and
    call ``paced_tick``). The speed is set with ``set_speed`` (full speed at first).

    ``follower``: a second trainer that takes every step the first one takes, within the same
    timed slice, so that both have taken the same steps whenever ``stepped`` is emitted (compare
    mode). Training stops when either diverges.
    """

    stepped = Signal(object)
    runningChanged = Signal(bool)
    diverged = Signal()
    trainerChanged = Signal(object)
    rateChanged = Signal(float)
    burstProgress = Signal(int, int)
    burstEnded = Signal(int, int)
    continued = Signal(int, int)
    seeked = Signal(int)

    def __init__(
        self,
        trainer: Trainer,
        *,
        frame_ms: float = FRAME_MS,
        slice_ms: float = SLICE_MS,
        min_train_ms: float = MIN_TRAIN_MS,
        interval_ms: int = INTERVAL_MS,
        record_every: int = RECORD_EVERY,
        follower: Trainer | None = None,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._trainer = trainer
        self._follower = follower
        self.frame_s = frame_ms / 1000.0
        self.slice_s = slice_ms / 1000.0
        self.min_train_s = min_train_ms / 1000.0
        self.record_every = record_every
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_tick)
        self._pacer = StepPacer()
        self._frame_due = 0.0  # when the next frame is due (perf_counter) while playing
        self._trained_s = 0.0  # training time since then
        self._rate_started = 0.0
        self._rate_steps = 0
        self._emitted_steps = -1  # steps_done of the last snapshot emitted
        self._playing = False
        self._speed: float | None = None
        # looked up now, not when the module was read, so a test may stand in for ``time``
        self._clock = clock if clock is not None else time.perf_counter
        self._paced = QTimer(self)  # slow motion: one shot, aimed at the next step due
        self._paced.setSingleShot(True)
        self._paced.setTimerType(Qt.TimerType.PreciseTimer)
        self._paced.timeout.connect(self.paced_tick)
        self._next_at = 0.0  # when the next paced step is due (clock)
        self._shown_at = 0.0  # when a paced frame was last emitted (clock), above ONE_BY_ONE
        self._burst: PacedBurst | None = None
        self._keep_timeline = False
        self._continuations: list[Continuation] = []  # newest last

    @classmethod
    def from_config(cls, config: Config, **options: object) -> TrainingDriver:
        """A driver around a new Trainer for ``config``, recorded at the driver's stride."""
        record_every = int(options.get("record_every", RECORD_EVERY))  # type: ignore[arg-type]
        return cls(Trainer(config, record_every=record_every), **options)  # type: ignore[arg-type]

    # --- state --------------------------------------------------------------------------------
    @property
    def trainer(self) -> Trainer:
        return self._trainer

    @property
    def follower(self) -> Trainer | None:
        """The trainer that follows ``trainer`` step for step, if any."""
        return self._follower

    def is_running(self) -> bool:
        """True while playing (a paced burst alone is not playing)."""
        return self._playing

    @property
    def speed(self) -> float | None:
        """Steps per second, or None for full speed."""
        return self._speed

    def is_bursting(self) -> bool:
        """True while a paced burst is under way (at full speed a burst is over at once)."""
        return self._burst is not None

    def burst_progress(self) -> tuple[int, int]:
        """(steps taken, steps in all) of the paced burst under way; (0, 0) if none."""
        burst = self._burst
        return (0, 0) if burst is None else (burst.taken, burst.total)

    def set_trainer(self, trainer: Trainer, follower: Trainer | None = None) -> None:
        """Show and train ``trainer`` (and ``follower`` in lockstep, if given) from now on,
        playing on if it was playing. A paced burst of the old network ends (rate set back)."""
        self._end_burst()
        self._trainer, self._follower = trainer, follower
        self._continuations.clear()  # they belong to the old network (or its old weights)
        if self._keep_timeline:
            # from this state on: the same trainer handed in again has new weights (a file)
            trainer.enable_timeline()
        self._pacer.reset()  # a new network may be larger: measure again
        self.trainerChanged.emit(trainer)
        self._emitted_steps = trainer.steps_done
        self.stepped.emit(trainer.evaluate())

    def rebuild(self, config: Config) -> Trainer:
        """A fresh Trainer (new network) from ``config``; raises ConfigError if it is bad."""
        trainer = Trainer(config, record_every=self.record_every)
        self.set_trainer(trainer)
        return trainer

    def set_data(self, config: Config) -> None:
        """Train the same network on ``config``'s data from now on (``Trainer.set_data``: the
        weights, the optimiser's state and the history go on), playing on if it was. Views
        hear it as ``trainerChanged`` with the same trainer, then ``stepped``, and so read the
        new data. ValueError (ConfigError) if ``config`` differs in more than its data."""
        self._trainer.set_data(config)
        self.trainerChanged.emit(self._trainer)
        self._emitted_steps = self._trainer.steps_done
        self.stepped.emit(self._trainer.evaluate())

    def set_learning_rate(self, lr: float) -> None:
        """Change the rate without touching the network (a teacher's burst and back). During
        a paced burst this is the rate it goes back to: the burst keeps its own until it ends."""
        if self._burst is not None:
            self._burst.rates = [
                (t, lr if t is self._trainer else rate) for t, rate in self._burst.rates
            ]
            return
        self._continue_if_back()
        self._trainer.set_learning_rate(lr)

    def set_speed(self, speed: float | None) -> None:
        """Train at ``speed`` steps per second from now on (None: full speed), playing on if it
        was. A paced burst goes on at the new speed, or at full speed takes its last steps now.
        Raises ValueError for a speed that is not a positive number."""
        if speed is not None and not (math.isfinite(speed) and speed > 0):
            raise ValueError(f"a speed is a positive number of steps per second, not {speed}")
        if speed == self._speed:
            return
        was_full = self._speed is None
        self._speed = speed
        if speed is None:
            self._paced.stop()
            if self._burst is not None:
                self._finish_burst_now()
            if self._playing:
                self._start_full()
            return
        if was_full and self._timer.isActive():
            self._timer.stop()
            self._emit_pending()  # the last frame's steps, before the slow ones follow
        self._start_paced()

    # --- the timeline -------------------------------------------------------------------------
    def keep_timeline(self) -> None:
        """Keep a timeline of the trainer shown now and of every later one (the Train tab:
        compare mode and the 32 seeds go back nowhere and pay nothing)."""
        self._keep_timeline = True
        if self._trainer.timeline is None:
            self._trainer.enable_timeline()

    def shows_past(self) -> bool:
        """True while the trainer stands at a step before the end of its run (after a seek)."""
        return self._trainer.steps_done < self._trainer.head_step

    def seek(self, step: int) -> int:
        """Pause, then show ``step`` of the run (``Trainer.seek``: clamped to the steps the
        timeline reaches); returns the step shown. Views hear ``trainerChanged`` first if the
        step's Config differs (its data or rate), then ``stepped``, then ``seeked``."""
        self.pause()
        trainer = self._trainer
        before = trainer.config
        reached = trainer.seek(step)
        if trainer.config != before:
            self.trainerChanged.emit(trainer)
        self._emitted_steps = reached
        self.stepped.emit(trainer.evaluate())
        self.seeked.emit(reached)
        return reached

    def can_undo_continue(self) -> bool:
        """True if a continuation from an earlier step can be taken back."""
        return bool(self._continuations)

    def undo_continue(self) -> bool:
        """Take back the latest continuation (``Trainer.undo_continue``: the history, states
        and end come back, what was trained since goes), paused, at the old end; False if
        there is none. Views hear ``trainerChanged`` (the history is another object),
        ``stepped``, then ``seeked``."""
        if not self._continuations:
            return False
        self.pause()
        self._trainer.undo_continue(self._continuations.pop())
        self.trainerChanged.emit(self._trainer)
        self._emitted_steps = self._trainer.steps_done
        self.stepped.emit(self._trainer.evaluate())
        self.seeked.emit(self._trainer.steps_done)
        return True

    def settle_edit(self) -> bool:
        """After a unit was edited by hand at an earlier step (the trainer has already dropped
        the later states then, so they cannot come back): that step becomes the end of the
        run, with no undo. True if it was one."""
        trainer = self._trainer
        if trainer.timeline is None or not (self.shows_past() and trainer.can_undo()):
            return False
        trainer.continue_here()
        return True

    def _continue_if_back(self) -> None:
        """Before training or changing the network from an earlier step: that step becomes the
        end of the run (later states, records and events set aside for ``undo_continue``)."""
        trainer = self._trainer
        if trainer.timeline is None or not self.shows_past():
            return
        later = trainer.head_step - trainer.steps_done
        self._continuations.append(trainer.continue_here())
        # the states set aside are out of the timeline's budget, which new ones then fill
        # again: all the stacked ones together keep to one budget, the oldest let go first
        budget = trainer.timeline.budget
        while len(self._continuations) > 1 and _tails_nbytes(self._continuations) > budget:
            self._continuations.pop(0)
        self.continued.emit(trainer.steps_done, later)

    # --- play / pause / step ------------------------------------------------------------------
    def start(self) -> None:
        if self._playing or self._diverged():
            return
        self._continue_if_back()
        self._playing = True
        if self._speed is None:
            self._start_full()
        elif not self._paced.isActive():  # else a paced burst is under way: it paces on
            self._start_paced()
        self.runningChanged.emit(True)

    def _start_full(self) -> None:
        now = time.perf_counter()
        self._rate_started, self._rate_steps = now, 0
        self._frame_due, self._trained_s = now + self.frame_s, 0.0
        self._timer.start()

    def _start_paced(self) -> None:
        """The first paced step at once, the next ones on the clock (if there is anything to
        pace: playing, or a burst)."""
        if not (self._playing or self._burst is not None):
            return
        now = self._clock()
        self._next_at = self._shown_at = now
        self._rate_started, self._rate_steps = now, 0
        self._paced.start(0)

    def pause(self) -> None:
        """Stop playing. Steps taken since the last frame are shown first (``stepped``), so
        what stands still on screen is the network as it is. A paced burst ends where it is,
        its rate set back, playing or not (its tab is hidden: nothing trains out of sight)."""
        if not (self._playing or self._burst is not None):
            return
        was_playing, self._playing = self._playing, False
        self._timer.stop()
        self._paced.stop()
        self._end_burst()
        self._emit_pending()
        if was_playing:
            self.runningChanged.emit(False)

    def _emit_pending(self) -> None:
        """``stepped`` with the network as it is, if it moved since the last snapshot."""
        if self._trainer.steps_done != self._emitted_steps:
            self._emitted_steps = self._trainer.steps_done
            self.stepped.emit(self._trainer.evaluate())

    def set_running(self, running: bool) -> None:
        self.start() if running else self.pause()

    def burst(self, steps: int = BURST_STEPS, lr: float = BURST_LR) -> Snapshot:
        """Train ``steps`` steps at rate ``lr`` (the follower too), then go back to the
        previous rate (a teacher's way to kill ReLUs on purpose); emits the result like a step.

        At full speed all at once. At a set speed the steps are paced like training, from the
        next tick on (this returns the snapshot before them); a burst pressed during one starts
        its count again and still goes back to the rate set before the first."""
        self._continue_if_back()
        if self._speed is None or self._diverged():
            for trainer in self._trainers():
                trainer.burst(steps, lr)
            return self._emit_after_steps()
        for trainer in self._trainers():
            trainer.mark_burst(steps, lr)  # one event per burst pressed, not one per step
        if self._burst is None:
            rates = [(t, t.config.learning_rate) for t in self._trainers()]
            self._burst = PacedBurst(steps, steps, rates)
        else:
            self._burst.total = self._burst.left = steps
        for trainer in self._trainers():
            trainer.set_learning_rate(lr)
        if not self._paced.isActive():
            self._start_paced()
        self.burstProgress.emit(0, steps)
        return self._trainer.evaluate()

    def step_once(self, n: int = 1) -> Snapshot:
        """Train ``n`` steps now (paused or not) and emit the result. During a paced burst
        they are steps of the burst (at its rate) as far as it goes: it still takes its
        number of steps in all."""
        self._continue_if_back()
        if self._burst is not None:
            first = min(n, self._burst.left)
            n -= first
            self._count_burst(self._train(first))
        if n > 0:
            self._train(n)
        return self._emit_after_steps()

    def _trainers(self) -> list[Trainer]:
        return [self._trainer] if self._follower is None else [self._trainer, self._follower]

    def _diverged(self) -> bool:
        return any(t.diverged for t in self._trainers())

    def _train(self, n: int) -> int:
        """``n`` steps of the trainer, then as many of the follower; returns the trainer's
        steps taken (fewer than ``n`` if it diverged)."""
        taken = self._trainer.step(n)
        if self._follower is not None:
            # the steps it is behind: after a step_once while it was stopped, more than taken
            behind = self._trainer.steps_done - self._follower.steps_done
            if behind > 0:
                self._follower.step(behind)
        return taken

    def _on_tick(self) -> None:
        """One slice of training; a snapshot for the views if it ends a frame."""
        started = time.perf_counter()
        # the slice that reaches the frame ends it, a little longer than a slice rather than
        # followed by a sliver of one; it trains at least what a frame must have
        until_frame = self._frame_due - started
        ends_frame = until_frame <= FRAME_SLACK * self.slice_s
        if ends_frame:
            budget = max(until_frame, self.min_train_s - self._trained_s, 0.0)
        else:
            budget = self.slice_s
        n = self._pacer.steps_for(budget)
        if ends_frame:
            n = self._to_record(n)
        taken, spent = self._pacer.run(self._train, n)
        now = time.perf_counter()
        self._trained_s += spent
        self._rate_steps += taken
        if now - self._rate_started >= 0.5:
            self.rateChanged.emit(self._rate_steps / (now - self._rate_started))
            self._rate_started, self._rate_steps = now, 0
        if (ends_frame and self._trained_s >= self.min_train_s) or self._diverged():
            # the next frame is due one frame after this one was, however late this one
            # came; but never sooner than half a frame from now (no burst of frames after a
            # stall)
            self._frame_due = max(self._frame_due + self.frame_s, now + 0.5 * self.frame_s)
            self._trained_s = 0.0
            self._emit_after_steps()

    # --- slow motion ------------------------------------------------------------------------
    def paced_tick(self) -> None:
        """The steps due by the clock at the set speed (the paced timer calls this). At
        ``ONE_BY_ONE`` steps/s or fewer each step is emitted; faster, a frame every ``frame_ms``
        and one at the end of a burst."""
        speed = self._speed
        if speed is None or not (self._playing or self._burst is not None):
            return
        now = self._clock()
        # a stall is not made up for at once: at most CATCH_UP_S of steps are owed
        self._next_at = max(self._next_at, now - CATCH_UP_S)
        # the steps due by now, the one due this instant included (1e-9: not lost to rounding)
        due = int((now - self._next_at) * speed + 1e-9) + 1 if now >= self._next_at else 0
        due = min(due, self._pacer.steps_for(self.slice_s))  # a slow network: the UI first
        one_by_one = speed <= ONE_BY_ONE
        while due > 0 and not self._diverged():
            n = 1 if one_by_one else due
            if self._burst is not None:
                n = min(n, self._burst.left)
            taken, _ = self._pacer.run(self._train, n)
            self._next_at += n / speed
            self._rate_steps += taken
            due -= n
            ended = self._count_burst(taken)
            if one_by_one or ended:
                self._emit_paced()
            if ended:
                break
        if self._diverged():
            self._stop_on_divergence()
            return
        now = self._clock()
        if now - self._shown_at >= self.frame_s:
            self._emit_paced()
        if self._playing and now - self._rate_started >= 0.5:
            self.rateChanged.emit(self._rate_steps / (now - self._rate_started))
            self._rate_started, self._rate_steps = now, 0
        if self._playing or self._burst is not None:
            wait_ms = math.ceil(max(self._next_at - now, 0.0) * 1000.0)
            self._paced.start(max(wait_ms, 0 if one_by_one else MIN_TICK_MS))

    def _emit_paced(self) -> None:
        self._shown_at = self._clock()
        self._emit_pending()

    def _count_burst(self, taken: int) -> bool:
        """``taken`` steps off the paced burst, if one is under way; True if that ended it."""
        burst = self._burst
        if burst is None:
            return False
        burst.left = max(burst.left - taken, 0)
        self.burstProgress.emit(burst.taken, burst.total)
        if burst.left > 0:
            return False
        self._end_burst()
        return True

    def _end_burst(self) -> None:
        """Set the burst's trainers back to their rates and say how far it got."""
        burst, self._burst = self._burst, None
        if burst is None:
            return
        for trainer, rate in burst.rates:
            trainer.set_learning_rate(rate)
        if not self._playing:
            self._paced.stop()
        self.burstEnded.emit(burst.taken, burst.total)

    def _finish_burst_now(self) -> None:
        """The paced burst's last steps at once (full speed was chosen during it)."""
        burst = self._burst
        if burst is None:
            return
        self._count_burst(self._train(burst.left))
        self._end_burst()  # diverged part-way: it ends here, short (else it has ended)
        self._emit_after_steps()

    def _stop_on_divergence(self) -> None:
        """A paced step diverged: stop, show it, and end the burst after ``diverged`` (so its
        handlers still see that a burst was running: its rate did it)."""
        self._paced.stop()
        self._emit_pending()
        if self._playing:
            self._playing = False
            self.runningChanged.emit(False)
        self.diverged.emit()
        self._end_burst()

    def _to_record(self, n: int) -> int:
        """``n`` moved onto a step the history records, if that is at most ``ALIGN_MS`` of
        training away: the frame's snapshot is then the record's, evaluated already."""
        shift = int(ALIGN_MS / 1000.0 / self._pacer.per_step_s)
        return steps_to_record(self._trainer.steps_done, n, self._trainer.history.stride, shift)

    def _emit_after_steps(self) -> Snapshot:
        snap = self._trainer.evaluate()
        self._emitted_steps = snap.steps
        self.stepped.emit(snap)
        if self._diverged():
            self.pause()
            self.diverged.emit()
        return snap
