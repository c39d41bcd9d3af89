"""Snapshot: the state of every replica after some steps, as plain numpy data.

Its own module so that ``history`` (which records snapshots) and ``experiment`` (which makes them)
do not import each other; ``reludesk.core.experiment.Snapshot`` stays the public name.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reludesk.core.health import inactive_alive

Array = np.ndarray


@dataclass(frozen=True)
class Snapshot:
    """The state of every replica after ``steps`` steps; plain numpy data, safe to hand to a UI.

    Per-layer lists hold one (replicas, width) array per hidden layer. Accuracies are NaN for
    regression. ``grad_norm`` is (replicas, weight layers) on the full training set.
    """

    steps: int
    train_loss: Array
    test_loss: Array
    train_accuracy: Array
    test_accuracy: Array
    dead: list[Array]
    inactive: list[Array]
    saturated: list[Array]
    active_fraction: list[Array]
    saturated_fraction: list[Array]
    grad_norm: Array
    diverged: Array
    slopes: list[Array]
    runaway: Array

    def dead_count(self, replica: int = 0) -> int:
        return int(sum(int(m[replica].sum()) for m in self.dead))

    def inactive_count(self, replica: int = 0) -> int:
        """Units of ``replica`` inactive but alive (dead ones not counted)."""
        return int(
            sum(
                int(inactive_alive(d[replica], i[replica]).sum())
                for i, d in zip(self.inactive, self.dead, strict=True)
            )
        )

    def saturated_count(self, replica: int = 0) -> int:
        """Units of ``replica`` whose gradient is below the saturation floor on every input."""
        return int(sum(int(m[replica].sum()) for m in self.saturated))

    def dead_share(self) -> Array:
        """(layers, replicas): the share of dead units in each hidden layer."""
        if not self.dead:
            return np.zeros((0, len(self.train_loss)))
        return np.stack([m.mean(axis=1) for m in self.dead])

    def inactive_share(self) -> Array:
        """(layers, replicas): the share of inactive units (dead ones included)."""
        if not self.inactive:
            return np.zeros((0, len(self.train_loss)))
        return np.stack([m.mean(axis=1) for m in self.inactive])

    def saturated_share(self) -> Array:
        """(layers, replicas): the share of saturated units in each hidden layer."""
        if not self.saturated:
            return np.zeros((0, len(self.train_loss)))
        return np.stack([m.mean(axis=1) for m in self.saturated])

    def slope_mean(self) -> Array:
        """(layers, replicas): PReLU's learned slope averaged over each layer's units; NaN for
        activations that learn no slope."""
        if not self.slopes:
            return np.full((len(self.dead), len(self.train_loss)), np.nan)
        return np.stack([s.mean(axis=1) for s in self.slopes])
