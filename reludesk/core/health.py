"""Neuron health read from a network's stored pre-activations.

* **dead**: f'(z) == 0 for every row of X, so no gradient can reach the unit's weights
  (a ReLU that "did not fire once for the entire training set").
* **inactive**: z <= 0 for every row. A Leaky ReLU unit can be inactive yet alive: gradient still
  flows at slope alpha, so it can revive. For ReLU, inactive and dead coincide.
* **saturated**: |f'(z)| below 1 % of the activation's peak (sigmoid and tanh far from 0).

A unit whose z is NaN (a diverged network) is neither dead nor inactive: comparisons with NaN are
False, so a broken network can never pass for a merely sleeping one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from reludesk.core.network import MLP

Array = np.ndarray

SATURATION_SHARE = 0.01  # |f'| below this share of its peak counts as saturated


class UnitState(IntEnum):
    """What a hidden unit is, as the network view draws it and the counters count it."""

    ALIVE = 0
    INACTIVE = 1  # z <= 0 on every input, yet alive: only for activations with a slope
    DEAD = 2


@dataclass(frozen=True)
class LayerHealth:
    """Per hidden layer, one (replicas, width) array each."""

    dead: list[Array]
    inactive: list[Array]
    active_fraction: list[Array]
    saturated_fraction: list[Array]


def from_pre_activations(mlp: MLP, zs: list[Array]) -> LayerHealth:
    """Health of every hidden unit from its pre-activations zs: a list of (replicas, n, width),
    as ``mlp.pre_activations(X)`` returns them."""
    dfs = [mlp.hidden_df(l, z) for l, z in enumerate(zs)]
    floor = SATURATION_SHARE * mlp.activation.peak_derivative
    return LayerHealth(
        # a NaN z gives relu'(z) == 0 too; only a finite z below the kink makes a unit dead
        dead=[np.all((d == 0.0) & np.isfinite(z), axis=1) for d, z in zip(dfs, zs, strict=True)],
        inactive=[np.all(z <= 0.0, axis=1) for z in zs],
        active_fraction=[np.mean(z > 0.0, axis=1) for z in zs],
        saturated_fraction=[np.mean(np.abs(d) < floor, axis=1) for d in dfs],
    )


def dead_mask(mlp: MLP, X: Array) -> list[Array]:
    """Per hidden layer, (replicas, width) bools: f'(z) == 0 on every row of X (n, d)."""
    return from_pre_activations(mlp, mlp.pre_activations(X)).dead


def inactive_mask(mlp: MLP, X: Array) -> list[Array]:
    """Per hidden layer, (replicas, width) bools: z <= 0 on every row of X (n, d)."""
    return from_pre_activations(mlp, mlp.pre_activations(X)).inactive


def active_fraction(mlp: MLP, X: Array) -> list[Array]:
    """Per hidden layer, (replicas, width): the share of rows of X (n, d) with z > 0."""
    return from_pre_activations(mlp, mlp.pre_activations(X)).active_fraction


def saturated_fraction(mlp: MLP, X: Array) -> list[Array]:
    """Per hidden layer, (replicas, width): the share of rows where |f'(z)| < 1 % of its peak."""
    return from_pre_activations(mlp, mlp.pre_activations(X)).saturated_fraction


def gradient_norms(dW: list[Array]) -> Array:
    """Frobenius norm of each layer's weight gradient: (replicas, layers) from a list of
    (replicas, fan_in, fan_out) arrays. Small norms in early layers are vanishing gradients."""
    return np.stack([np.sqrt(np.sum(g * g, axis=(1, 2))) for g in dW], axis=1)


def layer_gradient_norms(mlp: MLP, X: Array, y: Array) -> Array:
    """(replicas, layers): the weight-gradient norm of every layer on X (n, d), y (n,)."""
    _, dW, _, _ = mlp.loss_and_gradients(X, y)
    return gradient_norms(dW)


def inactive_alive(dead: Array, inactive: Array) -> Array:
    """Units inactive but not dead, from same-shaped bool masks: the one definition that every
    "inactive but alive" counter uses."""
    return inactive & ~dead


def unit_states(dead: Array, inactive: Array) -> Array:
    """Per-unit ``UnitState`` codes (int8) from same-shaped masks: DEAD where dead, INACTIVE
    where inactive but alive, ALIVE elsewhere."""
    return np.where(
        dead, UnitState.DEAD, np.where(inactive, UnitState.INACTIVE, UnitState.ALIVE)
    ).astype(np.int8)


def share_of_units(layer_shares: Array, widths: Sequence[int]) -> Array:
    """The share of all hidden units from per-layer shares, each layer weighted by its width
    (a dead unit counts the same in a layer of 4 as in a layer of 64). Nothing is changed.

    ``layer_shares`` has the layer axis second to last, one entry per width: (layers, replicas)
    -> (replicas,), or (records, layers, replicas) -> (records, replicas). With no hidden layer
    there is no unit to lose: the share is 0.
    """
    shares = np.moveaxis(np.asarray(layer_shares, dtype=float), -2, -1)
    w = np.asarray(widths, dtype=float)
    if w.sum() == 0:
        return np.zeros(shares.shape[:-1])
    return shares @ (w / w.sum())
