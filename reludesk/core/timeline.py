"""The timeline: full states of a training run, kept so that it can go back to any step.

A ``TrainerState`` is everything the next step depends on: parameters, the optimiser's state,
the batches' random stream and place in the epoch, the revive stream, which replicas stopped.
Training is deterministic, so a state at step s and k replayed steps give exactly the network
the run had at step s + k: the timeline keeps a state every ``every`` steps (10) for the last
``recent_steps`` (1,000), so any of those steps is at most 9 replayed steps away, and older
states thinned as they age (the spacing doubles each time they fill their share), all within
``budget`` bytes (64 MB).
"""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from typing import Any

import numpy as np

Array = np.ndarray

BUDGET = 64 * 2**20
RECENT_STEPS = 1000
EVERY = 10
MAX_STATES = 4096  # beyond this many, older states thin out even within the budget


@dataclass
class TrainerState:
    """One moment of a Trainer (``Trainer.state`` makes it, ``Trainer.restore`` puts it back).

    ``params`` copies of ``MLP.parameters()``; ``optimizer`` ``Optimizer.state()``;
    ``rng`` / ``revive_rng`` the bit generators' states; ``order`` the epoch's permutation of
    the training rows (shared, never changed in place: the trainer makes a new one each epoch)
    and ``cursor`` the place in it; ``config`` the Config then (its data and learning rate)."""

    step: int
    config: Any
    params: list[Array]
    optimizer: dict[str, Any]
    rng: dict[str, Any]
    revive_rng: dict[str, Any]
    order: Array
    cursor: int
    diverged: Array
    start_loss: Array | None
    # taken just after a change made outside training (a new rate, new data, an edit): replays
    # must never cross it, so it is never thinned away while anything else can go
    pinned: bool = False
    nbytes: int = field(init=False)

    def __post_init__(self) -> None:
        arrays = [*self.params, self.diverged, *_arrays_in(self.optimizer)]
        # the generators' states are small dicts of Python ints: counted by their size
        self.nbytes = sum(a.nbytes for a in arrays) + 2 * _dict_size(self.rng)


def _arrays_in(state: dict[str, Any]) -> list[Array]:
    return [a for value in state.values() if isinstance(value, list) for a in value]


def _dict_size(d: dict[str, Any]) -> int:
    return sys.getsizeof(d) + sum(
        _dict_size(v) if isinstance(v, dict) else sys.getsizeof(v) for v in d.values()
    )


def rng_state(rng: np.random.Generator) -> dict[str, Any]:
    """A copy of ``rng``'s state, as ``set_rng_state`` takes it (PCG64's: a dict holding a
    dict of ints, so two levels of copying are a deep copy)."""
    state = rng.bit_generator.state
    return {k: dict(v) if isinstance(v, dict) else v for k, v in state.items()}


def set_rng_state(rng: np.random.Generator, state: dict[str, Any]) -> None:
    """Put ``rng`` back to ``state`` (``rng_state``); the generator keeps no part of it."""
    rng.bit_generator.state = state


class Timeline:
    """States of one run by step, within ``budget`` bytes and ``max_states`` states.

    ``add`` keeps a state (the trainer offers one every ``every`` steps: ``wants``); states
    older than ``recent_steps`` before the newest are kept only on a grid of ``stride`` steps,
    which doubles whenever the states outgrow the budget or their number: the older a stretch
    of the run, the sparser its states. Pinned states (a change made by hand) and the first
    stay. A network so large that the recent states alone would pass half the budget is kept at
    a wider ``every``; one whose single state passes the budget is not kept (``too_large``).
    """

    def __init__(self, budget: int = BUDGET, recent_steps: int = RECENT_STEPS,
                 every: int = EVERY, max_states: int = MAX_STATES) -> None:
        self.budget = int(budget)
        self.recent_steps = int(recent_steps)
        self.every = int(every)
        self.max_states = int(max_states)
        self.stride = self.every  # spacing of the older states
        self.too_large = False
        self._states: list[TrainerState] = []
        self._steps: list[int] = []
        self._bytes = 0
        self._orders: dict[int, list[int]] = {}  # id(order) -> [its bytes, states sharing it]

    def __len__(self) -> int:
        return len(self._states)

    @property
    def first_step(self) -> int:
        """The earliest step held (IndexError when none is)."""
        return self._steps[0]

    @property
    def steps(self) -> list[int]:
        """The steps held, in order (a copy)."""
        return list(self._steps)

    def wants(self, step: int) -> bool:
        """True when the trainer should offer its state at ``step``."""
        return not self.too_large and step % self.every == 0

    def nbytes(self) -> int:
        """Memory held: every state's arrays, each epoch order counted once."""
        return self._bytes

    def _push(self, state: TrainerState) -> None:
        self._states.append(state)
        self._steps.append(state.step)
        entry = self._orders.setdefault(id(state.order), [state.order.nbytes, 0])
        self._bytes += state.nbytes + (entry[0] if entry[1] == 0 else 0)
        entry[1] += 1

    def _forget(self, state: TrainerState) -> None:
        entry = self._orders[id(state.order)]
        entry[1] -= 1
        self._bytes -= state.nbytes + (entry[0] if entry[1] == 0 else 0)
        if entry[1] == 0:
            del self._orders[id(state.order)]

    def _keep_only(self, kept: list[TrainerState]) -> None:
        keep = {id(s) for s in kept}
        for s in self._states:
            if id(s) not in keep:
                self._forget(s)
        self._states = kept
        self._steps = [s.step for s in kept]

    def add(self, state: TrainerState) -> None:
        """Keep ``state``; states at its step or later go (a run continued from an earlier
        step replaces them), then the older ones thin out to fit."""
        size = state.nbytes + state.order.nbytes
        if size > self.budget:
            self.too_large = True
            self._keep_only([])
            return
        if size * (self.recent_steps // self.every) > self.budget // 2:
            # the recent states would take more than half (Adam's moments appear after the
            # first step and triple a state): space them so they take half
            fit = max(1, (self.budget // 2) // size)
            self.every = max(self.every, -(-self.recent_steps // fit))
            self.stride = max(self.stride, self.every)
        i = bisect.bisect_left(self._steps, state.step)
        if i < len(self._states):
            self._keep_only(self._states[:i])
        self._push(state)
        if self._bytes > self.budget or len(self._states) > self.max_states:
            self._thin()

    def _thin(self) -> None:
        newest = self._steps[-1]
        old_limit = newest - self.recent_steps
        while self._bytes > self.budget or len(self._states) > self.max_states:
            if self.stride > newest:  # only the first, pinned and recent states are left
                if len(self._states) <= 2:
                    return  # the first and the newest: each fits alone, and both stay
                self._keep_only([self._states[0], *self._states[2:]])  # the oldest after the first
                continue
            self.stride *= 2
            first = self._states[0]
            self._keep_only([s for s in self._states if s.step > old_limit
                             or s.step % self.stride == 0 or s.pinned or s is first])

    def at(self, step: int) -> TrainerState | None:
        """The latest state at or before ``step`` (None before the first)."""
        i = bisect.bisect_right(self._steps, step)
        return self._states[i - 1] if i else None

    def discard_after(self, step: int) -> list[TrainerState]:
        """Take out the states after ``step`` and return them (for ``put_back``)."""
        i = bisect.bisect_right(self._steps, step)
        tail = self._states[i:]
        self._keep_only(self._states[:i])
        return tail

    def put_back(self, tail: list[TrainerState]) -> None:
        """Undo ``discard_after``: drop what came since and put ``tail`` back."""
        if tail:
            self.discard_after(tail[0].step - 1)
            for s in tail:
                self._push(s)
