"""An experiment: a validated Config, the Trainer that runs it and the History it leaves.

``Trainer.step(n)`` trains every replica on the same batches. A replica whose loss or parameters
turn non-finite stops there and keeps its last finite state (so it can still be drawn); training
as a whole stops (``diverged``) once every replica has.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reludesk.core import datasets, health, optim
from reludesk.core.config import OWN, Config, ConfigError
from reludesk.core.history import EventSource, History, word
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.core.network import MLP
from reludesk.core.points import Points
from reludesk.core.snapshot import Snapshot
from reludesk.core.timeline import Timeline, TrainerState, rng_state, set_rng_state

__all__ = ["BURST_LR", "BURST_STEPS", "Config", "ConfigError", "History", "Snapshot", "Trainer"]

Array = np.ndarray

# The burst: a short run at a rate far too high, then back to the rate set. One definition for
# the trainer, compare mode, seed statistics, the menus and the lessons' texts.
BURST_STEPS = 100
BURST_LR = 1.0
# A loss this many times its value at the start (and at least this large) is running away:
# training has not overflowed yet, but it is diverging (a ReLU net on the plane at rate 1 climbs
# to 10^100 before a number turns infinite), and the window says so.
RUNAWAY_FACTOR = 1e6
# Revive draws from this stream of the seed: (seed, r) initialise the replicas and (seed, 1) deals
# the batches, and three words never equal two (SeedSequence pads with zeros, not ones).
REVIVE_STREAM = (17, 1)
# The words of the history's events, worded in the language in use when they are read
_EVENTS = {
    "new data": QT_TRANSLATE_NOOP("Trainer", "new data"),
    "burst": QT_TRANSLATE_NOOP("Trainer", "burst: {steps} steps at rate {lr}"),
    "edited": QT_TRANSLATE_NOOP("Trainer", "edited unit {unit} of layer {layer}"),
    "killed": QT_TRANSLATE_NOOP("Trainer", "killed unit {unit} of layer {layer}"),
    "revived": QT_TRANSLATE_NOOP("Trainer", "revived unit {unit} of layer {layer}"),
    "undid": QT_TRANSLATE_NOOP("Trainer", "undid: {edit}"),
}
# What ``Trainer.set_data`` may change: the points, never the network or how it trains.
DATA_FIELDS = ("dataset", "noise", "n_samples", "train_fraction", "data_seed", "points")


def make_data(config: Config) -> tuple[Array, Array, Array, Array]:
    """(X_train (n, 2), y_train (n,), X_test, y_test) of ``config``: its own points split by
    ``Points.split``, or its data set drawn and split with its data seed. New arrays."""
    if config.dataset == OWN:
        assert config.points is not None  # Config checks that there are enough
        return config.points.split(config.train_fraction, config.data_seed_used)
    seed = config.data_seed_used
    X, y = datasets.make(config.dataset, config.n_samples, config.noise, seed)
    return datasets.split(X, y, config.train_fraction, seed)


def _accuracy(z_out: Array, y: Array) -> Array:
    """(replicas,) share of rows where the sigmoid output falls on the label's side of 0.5,
    from the output pre-activation z_out (replicas, 1, n): sigmoid(z) >= 0.5 exactly when
    z >= 0."""
    return np.mean((z_out[:, 0, :] >= 0.0) == (y[None, :] >= 0.5), axis=1)


class Trainer:
    """Trains ``config.replicas`` networks on the config's data set.

    Attributes: ``config``, ``model`` (MLP), ``history`` (History), ``steps_done``,
    ``diverged`` (bool), ``diverged_mask`` (replicas,), ``X_train`` (n, 2), ``y_train`` (n,),
    ``X_test``, ``y_test``.
    """

    def __init__(
        self, config: Config, *, record_every: int = 10, history_capacity: int = 1024
    ) -> None:
        self.config = config
        self.X_train, self.y_train, self.X_test, self.y_test = make_data(config)
        self.model = MLP(
            config.layer_sizes,
            config.make_activation(),
            task=config.task,
            init=config.init,
            replicas=config.replicas,
            seed=config.seed,
            features=config.features,
            regularization=config.regularization,
            regularization_rate=config.regularization_rate,
        )
        self.optimizer = optim.make(config.optimizer, config.learning_rate)
        # batches come from their own stream, so two trainers with one seed see the same batches
        self._rng = np.random.default_rng((config.seed, 1))
        self._revive_rng = np.random.default_rng((config.seed, *REVIVE_STREAM))
        self._undo: list[_Edit] = []
        self._zq: Array | None = None  # z quantiles of the cached Snapshot
        self._order = self._rng.permutation(len(self.X_train))
        self._cursor = 0
        self._epoch_X: Array | None = None
        self._epoch_y: Array | None = None
        self._backup = [p.copy() for p in self.model.parameters()]
        self.steps_done = 0
        self.diverged_mask = np.zeros(config.replicas, dtype=bool)
        self._snapshot: Snapshot | None = None
        self._start_loss: Array | None = None  # (replicas,), set by the first evaluation
        self.history = History(
            n_hidden=self.model.n_hidden,
            n_layers=len(self.model.weights),
            replicas=config.replicas,
            slopes=self.model.learns_slope,
            capacity=history_capacity,
            stride=record_every,
        )
        self.history.record(self.evaluate(), z_quantiles=self.z_quantiles())
        # the timeline (off until ``enable_timeline``) and the furthest step trained
        self.timeline: Timeline | None = None
        self.head_step = 0
        self._quiet = False  # replaying known steps: no records, no new states

    @property
    def diverged(self) -> bool:
        """True once every replica has hit a non-finite loss or parameter: training stopped."""
        return bool(self.diverged_mask.all())

    def set_learning_rate(self, lr: float) -> None:
        """Change the rate of a running trainer: weights and optimiser state are kept."""
        self.config = self.config.replace(learning_rate=lr)
        self.optimizer.lr = self.config.learning_rate
        self._changed()

    def _changed(self) -> None:
        """After a change made outside training (rate, data, an edit): the timeline keeps the
        state from here, pinned, so no replay runs through the change with the old values."""
        if self.timeline is not None and not self._quiet:
            state = self.state()
            state.pinned = True
            self.timeline.add(state)

    def set_data(self, config: Config) -> None:
        """Train on ``config``'s data from now on, keeping the weights, the optimiser's state
        and the history: new X_train, y_train, X_test, y_test and a new epoch. ``config`` may
        differ from ``self.config`` only in ``DATA_FIELDS`` and must keep the task (ValueError,
        nothing changed, otherwise; the learning rate is the trainer's own, which a burst may
        have raised for now). Records the event "new data" and the step again with the new
        data's loss."""
        if config.learning_rate != self.config.learning_rate:
            config = config.replace(learning_rate=self.config.learning_rate)
        old = {k: v for k, v in self.config.to_dict().items() if k not in DATA_FIELDS}
        new = {k: v for k, v in config.to_dict().items() if k not in DATA_FIELDS}
        changed = sorted(k for k in old if old[k] != new[k])
        if changed:
            raise ValueError(translate("Trainer", "new data keeps the network; {fields} would "
                                       "change it").format(fields=", ".join(changed)))
        if config.task != self.config.task:
            # the tasks are named as a Config names them ("classification", "regression")
            raise ValueError(translate("Trainer", "new data must stay {task}, got {new} data")
                             .format(task=self.config.task, new=config.task))
        data = make_data(config)
        self.config = config
        self.X_train, self.y_train, self.X_test, self.y_test = data
        self._order = self._rng.permutation(len(self.X_train))
        self._cursor = 0
        self._epoch_X = self._epoch_y = None
        self._snapshot = None
        self._event("new data")
        self._changed()
        self.history.record(self.evaluate(), force=True, z_quantiles=self.z_quantiles())

    def all_points(self) -> Points:
        """Every point in use, training rows then test rows, as Points of the config's task
        (what drawing your own data starts from)."""
        return Points(np.vstack([self.X_train, self.X_test]),
                      np.concatenate([self.y_train, self.y_test]), self.config.task)

    def _next_batch(self) -> tuple[Array, Array]:
        # your own points can be fewer than a batch: then every step takes all of them
        b = min(self.config.batch_size, len(self.X_train))
        if self._cursor + b > len(self._order):
            self._order = self._rng.permutation(len(self.X_train))
            self._cursor = 0
            self._epoch_X, self._epoch_y = self.X_train[self._order], self.y_train[self._order]
        elif self._epoch_X is None:
            self._epoch_X, self._epoch_y = self.X_train[self._order], self.y_train[self._order]
        # one shuffled copy per epoch, then batches are slices: no gather per step
        start = self._cursor
        self._cursor += b
        return self._epoch_X[start : start + b], self._epoch_y[start : start + b]

    def step(self, n: int = 1) -> int:
        """Train ``n`` steps (fewer if training diverges); returns the number taken."""
        # overflow on the way to divergence is expected and handled below, not a warning
        with np.errstate(all="ignore"):
            return self._step(n)

    def _step(self, n: int) -> int:
        model, params, backup = self.model, self.model.parameters(), self._backup
        history, update, mask = self.history, self.optimizer.step, self.diverged_mask
        timeline = self.timeline
        # replicas stopped already are held still after every update; with none stopped (the
        # usual case) the per-step checks cost a plain bool, not numpy calls on the mask
        frozen = bool(mask.any())
        taken = 0
        for _ in range(int(n)):
            if frozen and self.diverged:
                break
            Xb, yb = self._next_batch()
            loss, dW, db, dslopes = model.loss_and_gradients(Xb, yb)
            newly = False
            if not np.isfinite(loss).all():
                # NaN and inf propagate through every layer, so parameters that went
                # non-finite in the last update show here, as does a finite state whose loss
                # overflows. Either way the backup (the state before that update) is the last
                # one whose loss was finite.
                before = mask.copy()
                self._freeze(~np.isfinite(loss))
                frozen, newly = True, bool((mask & ~before).any())
                if self.diverged:
                    self._after_divergence(before)
                    break
            for p, keep in zip(params, backup, strict=True):
                np.copyto(keep, p)
            update(params, [*dW, *db, *dslopes])
            if frozen:
                self._freeze(np.zeros_like(mask))  # hold frozen replicas still
            self.steps_done += 1
            taken += 1
            self._snapshot = None
            if newly or history.wants(self.steps_done):
                self._check_parameters()
                frozen = bool(mask.any())  # the check may have stopped replicas too
                if not self._quiet:
                    history.record(self.evaluate(), force=newly, z_quantiles=self.z_quantiles())
            if timeline is not None and timeline.wants(self.steps_done) and not self._quiet:
                timeline.add(self.state())
        self._check_parameters()
        if not self._quiet:
            self.head_step = self.steps_done
        return taken

    def _check_parameters(self) -> None:
        """Freeze replicas whose parameters went non-finite in the last update (back to the
        state before it), so the model on show is always finite."""
        check = np.zeros(len(self.diverged_mask))
        for p in self.model.parameters():
            check += p.reshape(len(check), -1).sum(axis=1)
        bad = ~np.isfinite(check)
        if bad.any():
            before = self.diverged_mask.copy()
            self._freeze(bad)
            self._after_divergence(before)

    def _after_divergence(self, before: Array) -> None:
        """Record the step where replicas newly stopped, so the history shows it."""
        self._snapshot = None
        if (self.diverged_mask & ~before).any() and not self._quiet:
            self.history.record(self.evaluate(), force=True, z_quantiles=self.z_quantiles())

    def _freeze(self, bad: Array) -> None:
        """Put replicas that went non-finite (or were already frozen) back to their state
        before this step: their last finite one."""
        self.diverged_mask |= bad
        frozen = self.diverged_mask
        for p, keep in zip(self.model.parameters(), self._backup, strict=True):
            p[frozen] = keep[frozen]
        self.optimizer.reset_replicas(frozen)

    def burst(self, steps: int = BURST_STEPS, lr: float = BURST_LR) -> int:
        """Train ``steps`` steps at rate ``lr``, then return to the previous rate. Returns the
        number of steps taken (fewer if training diverged)."""
        before = self.config.learning_rate
        self.set_learning_rate(lr)
        self.mark_burst(steps, lr)
        try:
            return self.step(steps)
        finally:
            self.set_learning_rate(before)

    def _event(self, key: str, **values: object) -> None:
        """Note event ``key`` of ``_EVENTS`` at this step, worded in the language in use."""
        source = ("Trainer", _EVENTS[key], values)
        self.history.add_event(self.steps_done, word(source), source)

    def mark_burst(self, steps: int = BURST_STEPS, lr: float = BURST_LR) -> None:
        """Note a burst starting now in the history's events (``burst`` does; a paced burst
        run step by step by the window calls it itself)."""
        self._event("burst", steps=steps, lr=f"{lr:g}")

    def invalidate(self) -> None:
        """Forget the cached Snapshot: call after changing the model's arrays by hand."""
        self._snapshot = None

    # --- the timeline: going back to an earlier step -------------------------------------------
    def state(self) -> TrainerState:
        """Everything the next step depends on, copied (``restore`` puts it back)."""
        return TrainerState(
            step=self.steps_done,
            config=self.config,
            params=[p.copy() for p in self.model.parameters()],
            optimizer=self.optimizer.state(),
            rng=rng_state(self._rng),
            revive_rng=rng_state(self._revive_rng),
            order=self._order,
            cursor=self._cursor,
            diverged=self.diverged_mask.copy(),
            start_loss=None if self._start_loss is None else self._start_loss.copy(),
        )

    def restore(self, state: TrainerState) -> None:
        """Put the trainer back to ``state`` (of this trainer): training on from it gives,
        bit for bit, what the run gave after that step. The data follow the state's config;
        the history and timeline are left as they are, and edits can no longer be undone."""
        if _data_of(state.config) != _data_of(self.config):
            self.X_train, self.y_train, self.X_test, self.y_test = make_data(state.config)
        self.config = state.config
        self.optimizer.lr = state.config.learning_rate
        for p, saved in zip(self.model.parameters(), state.params, strict=True):
            p[...] = saved
        self.optimizer.set_state(state.optimizer)
        set_rng_state(self._rng, state.rng)
        set_rng_state(self._revive_rng, state.revive_rng)
        self._order, self._cursor = state.order, state.cursor
        self._epoch_X = self._epoch_y = None  # rebuilt from the order: the same rows
        self._backup = [p.copy() for p in self.model.parameters()]
        self.diverged_mask = state.diverged.copy()
        self._start_loss = None if state.start_loss is None else state.start_loss.copy()
        self.steps_done = state.step
        self._undo.clear()
        self._snapshot = None

    def enable_timeline(self, timeline: Timeline | None = None) -> Timeline:
        """Keep states from now on in ``timeline`` (a new one by default), starting with
        this step's; returns it."""
        self.timeline = Timeline() if timeline is None else timeline
        self.timeline.add(self.state())
        return self.timeline

    def seek(self, step: int) -> int:
        """Go to ``step`` of this run: its nearest kept state at or before it, then the steps
        in between replayed (nothing recorded). ``step`` is clamped to the steps the timeline
        can reach (its first state to ``head_step``); returns the step reached."""
        if self.timeline is None or not len(self.timeline):
            raise ValueError("this trainer keeps no timeline; call enable_timeline first")
        step = int(min(max(step, self.timeline.steps[0]), self.head_step))
        state = self.timeline.at(step)
        assert state is not None  # step >= the first state's
        self.restore(state)
        self._quiet = True
        try:
            self.step(step - state.step)
        finally:
            self._quiet = False
        return self.steps_done

    def continue_here(self) -> Continuation:
        """Make the step on show the end of the run (before training on from an earlier step):
        later states, records and events go, into the Continuation ``undo_continue`` takes."""
        undo = Continuation(self.head_step, self.history.copy(),
                            [] if self.timeline is None else
                            self.timeline.discard_after(self.steps_done))
        self.history.truncate(self.steps_done)
        self.head_step = self.steps_done
        return undo

    def undo_continue(self, undo: Continuation) -> None:
        """Take back ``continue_here`` and what was trained since: the old history, states
        and end come back, and the trainer goes to that end."""
        self.history = undo.history
        if self.timeline is not None:
            self.timeline.put_back(undo.tail)
        self.head_step = undo.head_step
        self.seek(undo.head_step)

    def branch(self, config: Config) -> Trainer:
        """A new trainer of ``config`` (another activation or alpha; the same layer sizes)
        starting from this trainer's current state: the same weights, biases, data, batches to
        come and step. Learned PReLU slopes carry over only to PReLU; the optimiser's state
        only to the same optimiser with the same parameters. Its history starts at this step."""
        if config.layer_sizes != self.config.layer_sizes:
            raise ValueError("a branch keeps the network's layers; rebuild to change them")
        state = self.state()
        twin = Trainer(config, record_every=self.history.stride,
                       history_capacity=self.history.capacity)
        twin.set_data(config.replace(**{k: getattr(self.config, k) for k in DATA_FIELDS}))
        ours, theirs = self.model.parameters(), twin.model.parameters()
        L = len(self.model.weights)
        for mine, saved in zip(theirs[: 2 * L], state.params[: 2 * L], strict=True):
            mine[...] = saved
        if twin.model.learns_slope and self.model.learns_slope:
            for mine, saved in zip(theirs[2 * L:], state.params[2 * L:], strict=True):
                mine[...] = saved
        if config.optimizer == self.config.optimizer and len(ours) == len(theirs):
            twin.optimizer.set_state(state.optimizer)
        set_rng_state(twin._rng, state.rng)
        set_rng_state(twin._revive_rng, state.revive_rng)
        twin._order, twin._cursor = state.order, state.cursor
        twin._epoch_X = twin._epoch_y = None
        twin._backup = [p.copy() for p in theirs]
        twin.diverged_mask = state.diverged.copy()
        twin.steps_done = twin.head_step = state.step
        twin.history = History(n_hidden=twin.model.n_hidden, n_layers=L,
                               replicas=config.replicas, slopes=twin.model.learns_slope,
                               capacity=self.history.capacity, stride=self.history.stride)
        twin._snapshot = None
        twin.history.record(twin.evaluate(), z_quantiles=twin.z_quantiles())
        return twin

    def evaluate(self) -> Snapshot:
        """Loss, accuracy and health of every replica now (cached until the next step)."""
        if self._snapshot is not None:
            return self._snapshot
        with np.errstate(all="ignore"):
            self._snapshot = self._evaluate()
        return self._snapshot

    def _evaluate(self) -> Snapshot:
        m = self.model
        zs, acts = m.forward_pass(self.X_train)
        train_loss, dW, _, _ = m.backward_pass(zs, acts, self.y_train)
        zs_test, _ = m.forward_pass(self.X_test)
        test_loss = m.output_loss(zs_test[-1], self.y_test)
        if m.task == "classification":
            train_acc = _accuracy(zs[-1], self.y_train)
            test_acc = _accuracy(zs_test[-1], self.y_test)
        else:
            train_acc = test_acc = np.full(m.replicas, np.nan)
        h = health.from_pre_activations(m, [z.swapaxes(1, 2) for z in zs[:-1]])
        self._zq = _quantiles(zs[:-1], m.replicas)
        if self._start_loss is None:
            self._start_loss = train_loss.copy()
        ceiling = RUNAWAY_FACTOR * np.maximum(np.nan_to_num(self._start_loss, nan=1.0), 1.0)
        return Snapshot(
            steps=self.steps_done,
            train_loss=train_loss,
            test_loss=test_loss,
            train_accuracy=train_acc,
            test_accuracy=test_acc,
            dead=h.dead,
            inactive=h.inactive,
            saturated=h.saturated,
            active_fraction=h.active_fraction,
            saturated_fraction=h.saturated_fraction,
            grad_norm=health.gradient_norms(dW),
            diverged=self.diverged_mask.copy(),
            slopes=[s.copy() for s in m.slopes],
            runaway=np.isfinite(train_loss) & (train_loss > ceiling),
        )

    def z_quantiles(self) -> Array:
        """(replicas, hidden layers, 5): the ``health.Z_QUANTILES`` percentiles of each hidden
        layer's z over the training inputs and units, now (from the cached evaluation)."""
        self.evaluate()
        assert self._zq is not None  # set by every evaluation
        return self._zq

    # --- one unit by hand: the neuron inspector --------------------------------------------
    # Every edit zeroes the edited unit's optimiser state (momentum, Adam's moments) in its
    # replica: that state is the memory of gradients of the old weights, and kept, a killed
    # unit would coast on its velocity for tens of steps and could climb back above zero. With
    # Adam the zeroed moments make the unit's next step larger than usual where its gradient is
    # not 0: up to lr (1 - beta1) / sqrt(1 - beta2) = 3.2 lr per weight late in training (1.6 lr
    # measured at step 300, where Adam's bias correction still shrinks it); a dead unit's
    # gradient is 0, so it stays still. Undo puts the state back with the weights.

    def edit_unit(
        self,
        layer: int,
        unit: int,
        weights: Array | list[float] | None = None,
        bias: float | None = None,
        *,
        replica: int = 0,
    ) -> None:
        """Set hidden unit ``unit`` of hidden layer ``layer`` (both from 0): its incoming
        weights (fan_in,) and/or bias, as ``MLP.set_unit`` checks them (ValueError, nothing
        changed, for a value that is not finite, beyond ±1000 or of the wrong shape). Records
        the event "edited unit u of layer l" (counted from 1) at the current step; undoable."""
        saved = self._save_unit(layer, unit, replica)
        self.model.set_unit(layer, unit, weights, bias, replica)
        self._edited(saved, "edited")

    def kill_unit(self, layer: int, unit: int, *, replica: int = 0) -> float:
        """Push the unit's bias down so that its z is below 0 on every training input
        (``MLP.kill_bias`` on ``X_train``: a computed value, not a fixed one) and return that
        bias. For ReLU the unit is then dead; a later layer's unit fed only by it can die too.
        The event "killed unit u of layer l"; undoable. ValueError when the unit's inputs are
        not finite (nothing changed)."""
        saved = self._save_unit(layer, unit, replica)
        b = self.model.kill_bias(layer, unit, self.X_train, replica)
        # written past set_unit's ±1000 check: the bias is computed, not typed
        self.model.biases[layer][replica, unit] = b
        self._edited(saved, "killed")
        return b

    def revive_unit(self, layer: int, unit: int, *, replica: int = 0) -> None:
        """Draw the unit's incoming weights and bias afresh, as the network's initialiser
        would (``MLP.reinit_unit``), from the trainer's own revive stream: two trainers with one
        seed revive alike, and reviving takes nothing from the batches' stream. The event
        "revived unit u of layer l"; undoable."""
        saved = self._save_unit(layer, unit, replica)
        self.model.reinit_unit(layer, unit, self._revive_rng, replica)
        self._edited(saved, "revived")

    def can_undo(self) -> bool:
        """True when there is an edit that ``undo_edit`` can take back."""
        return bool(self._undo)

    def undo_edit(self) -> bool:
        """Take back the last edit, kill or revive: the unit's weights, bias, slope and
        optimiser state get exactly the values they had before it (with no training since,
        every array is as it was, bit for bit; steps trained since are kept for the other
        units). Records "undid: <the edit>". False, and nothing changed, when there is none."""
        if not self._undo:
            return False
        edit = self._undo.pop()
        self._put_unit(edit)
        self._snapshot = None
        self._changed()
        self._event("undid", edit=edit.source)
        return True

    def _unit_entries(
        self, layer: int, unit: int, replica: int
    ) -> tuple[list[tuple[Array, tuple]], list[tuple[Array, tuple]]]:
        """Where one unit lives: (array, index) of its incoming weights, bias and slope, then
        the same entries of every optimiser state array that exists (momentum and Adam make
        theirs at their first step; SGD has none)."""
        m = self.model
        L = len(m.weights)
        places = [(layer, (replica, slice(None), unit)), (L + layer, (replica, unit))]
        if m.slopes:
            places.append((2 * L + layer, (replica, unit)))
        own = [(m.parameters()[i], index) for i, index in places]
        state = [(arrs[i], index) for arrs in _optimizer_state(self.optimizer)
                 for i, index in places]
        return own, state

    def _save_unit(self, layer: int, unit: int, replica: int) -> _Edit:
        self.model.unit_params(layer, unit, replica)  # ValueError for a unit that is not one
        own, state = self._unit_entries(layer, unit, replica)
        return _Edit(layer, unit, replica, [np.copy(a[i]) for a, i in own],
                     [np.copy(a[i]) for a, i in state], "")

    def _put_unit(self, edit: _Edit) -> None:
        own, state = self._unit_entries(edit.layer, edit.unit, edit.replica)
        for (a, i), value in zip(own, edit.values, strict=True):
            a[i] = value
        if not edit.state:
            # the optimiser had no state yet at the edit: a state that starts now starts at 0
            edit.state = [np.zeros_like(a[i]) for a, i in state]
        for (a, i), value in zip(state, edit.state, strict=True):
            a[i] = value

    def _edited(self, saved: _Edit, verb: str) -> None:
        """After an edit: zero the unit's optimiser state, keep ``saved`` for undo, note it."""
        _, state = self._unit_entries(saved.layer, saved.unit, saved.replica)
        for a, i in state:
            a[i] = 0.0
        saved.source = ("Trainer", _EVENTS[verb], {"unit": saved.unit + 1,
                                                    "layer": saved.layer + 1})
        saved.text = word(saved.source)
        self._undo.append(saved)
        self._snapshot = None
        self._changed()
        self.history.add_event(self.steps_done, saved.text, saved.source)


@dataclass
class Continuation:
    """What ``Trainer.continue_here`` took away, for ``undo_continue``."""

    head_step: int
    history: History
    tail: list[TrainerState]


def _data_of(config: Config) -> tuple:
    return tuple(getattr(config, k) for k in DATA_FIELDS)


@dataclass
class _Edit:
    """What an edit replaced: the unit's own entries and its optimiser state entries
    (``Trainer._unit_entries`` order) as they were before it, and the edit's words."""

    layer: int
    unit: int
    replica: int
    values: list[Array]
    state: list[Array]
    text: str
    source: EventSource | None = None


def _optimizer_state(opt: optim.Optimizer) -> list[list[Array]]:
    """The optimiser's per-parameter state arrays, each list in ``MLP.parameters`` order:
    none for SGD (and before the first step), momentum's velocity, Adam's two moments."""
    names = ("_v", "_m", "_s")
    return [state for name in names if (state := getattr(opt, name, None)) is not None]


def _quantiles(zs: list[Array], replicas: int) -> Array:
    """``health.z_quantiles`` of feature-major zs (replicas, width, n), shaped (replicas,
    hidden layers, 5) even with no hidden layer."""
    if not zs:
        return np.zeros((replicas, 0, len(health.Z_QUANTILES)))
    return health.z_quantiles(zs)
