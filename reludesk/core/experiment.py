"""An experiment: a validated Config, the Trainer that runs it and the History it leaves.

``Trainer.step(n)`` trains every replica on the same batches. A replica whose loss or parameters
turn non-finite stops there and keeps its last finite state (so it can still be drawn); training
as a whole stops (``diverged``) once every replica has.
"""

from __future__ import annotations

import numpy as np

from reludesk.core import datasets, health, optim
from reludesk.core.config import Config, ConfigError
from reludesk.core.history import History
from reludesk.core.network import MLP
from reludesk.core.snapshot import Snapshot

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
        X, y = datasets.make(config.dataset, config.n_samples, config.noise, config.seed)
        self.X_train, self.y_train, self.X_test, self.y_test = datasets.split(
            X, y, config.train_fraction, config.seed
        )
        self.model = MLP(
            config.layer_sizes,
            config.make_activation(),
            task=config.task,
            init=config.init,
            replicas=config.replicas,
            seed=config.seed,
        )
        self.optimizer = optim.make(config.optimizer, config.learning_rate)
        # batches come from their own stream, so two trainers with one seed see the same batches
        self._rng = np.random.default_rng((config.seed, 1))
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
        self.history.record(self.evaluate())

    @property
    def diverged(self) -> bool:
        """True once every replica has hit a non-finite loss or parameter: training stopped."""
        return bool(self.diverged_mask.all())

    def set_learning_rate(self, lr: float) -> None:
        """Change the rate of a running trainer: weights and optimiser state are kept."""
        self.config = self.config.replace(learning_rate=lr)
        self.optimizer.lr = self.config.learning_rate

    def _next_batch(self) -> tuple[Array, Array]:
        b = self.config.batch_size
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
                history.record(self.evaluate(), force=newly)
        self._check_parameters()
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
        if (self.diverged_mask & ~before).any():
            self.history.record(self.evaluate(), force=True)

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
        try:
            return self.step(steps)
        finally:
            self.set_learning_rate(before)

    def invalidate(self) -> None:
        """Forget the cached Snapshot: call after changing the model's arrays by hand."""
        self._snapshot = None

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
