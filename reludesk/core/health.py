"""Neuron health read from a network's stored pre-activations: one definition of each state,
by the family of the activation (CS231n; keras-contrib's DeadReluDetector).

* **dead**: f'(z) is exactly 0 for every row of X, so no gradient can reach the unit's weights
  (a ReLU that "did not fire once for the entire training set"). Only activations with a flat
  half-line can be dead: ReLU and step (``Activation.can_die``).
* **inactive**: z <= 0 for every row, yet alive: the ReLU family with a slope below zero (Leaky
  ReLU, PReLU) still passes gradient at slope alpha, so the unit can revive. The word means
  nothing for other activations (a sigmoid unit with negative z still outputs 0..0.5), so for
  them no unit is ever inactive.
* **saturated**: a smooth activation (sigmoid, tanh, softplus, ELU, SELU, GELU, SiLU, Mish) whose
  |f'(z)| is below ``SATURATED_GRADIENT`` on every row: mathematically alive, numerically silent
  (ELU at z = -1,000, whose gradient underflows to exactly 0). Never called dead.
* ``saturated_fraction`` is a softer measure: the share of rows where |f'| is below 1 % of the
  activation's peak (sigmoid and tanh far from 0).

A unit whose z is NaN (a diverged network) is none of these: comparisons with NaN are False, so a
broken network can never pass for a dead, sleeping or saturated one.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from reludesk.core import activations
from reludesk.core.activations import has_slope_below_zero
from reludesk.core.network import MLP

Array = np.ndarray

SATURATION_SHARE = 0.01  # |f'| below this share of its peak: a saturated row (the soft measure)
# A smooth unit whose |f'| is below this on every row is in the state "saturated": at 1e-12 a
# gradient step of any usable size moves its weights by nothing a float can show.
SATURATED_GRADIENT = 1e-12


class UnitState(IntEnum):
    """What a hidden unit is, as the network view draws it and the counters count it."""

    ALIVE = 0
    INACTIVE = 1  # z <= 0 on every input, yet alive: only Leaky ReLU and PReLU
    DEAD = 2  # f' exactly 0 on every input: only ReLU and step
    SATURATED = 3  # |f'| < SATURATED_GRADIENT on every input: only smooth activations


def family(name: str) -> str:
    """Which states a unit of activation ``name`` can be in besides alive: "flat" (ReLU, step:
    dead), "sloped" (Leaky ReLU, PReLU: inactive), "linear" (none) or "smooth" (saturated)."""
    if activations.get(name).can_die:
        return "flat"
    if has_slope_below_zero(name):
        return "sloped"
    return "linear" if name == "linear" else "smooth"


@dataclass(frozen=True)
class LayerHealth:
    """Per hidden layer, one (replicas, width) array each."""

    dead: list[Array]
    inactive: list[Array]
    saturated: list[Array]
    active_fraction: list[Array]
    saturated_fraction: list[Array]


def from_pre_activations(mlp: MLP, zs: list[Array]) -> LayerHealth:
    """Health of every hidden unit from its pre-activations zs: a list of (replicas, n, width),
    as ``mlp.pre_activations(X)`` returns them."""
    dfs = [mlp.hidden_df(l, z) for l, z in enumerate(zs)]
    floor = SATURATION_SHARE * mlp.activation.peak_derivative
    kind = family(mlp.activation.name)
    none = [np.zeros((z.shape[0], z.shape[2]), dtype=bool) for z in zs]
    # a NaN z gives relu'(z) == 0 too; only a finite z makes a unit dead or saturated
    finite = [np.isfinite(z) for z in zs]
    return LayerHealth(
        dead=[np.all((d == 0.0) & f, axis=1) for d, f in zip(dfs, finite, strict=True)]
        if kind == "flat" else none,
        inactive=[np.all(z <= 0.0, axis=1) for z in zs] if kind == "sloped" else none,
        saturated=[
            np.all((np.abs(d) < SATURATED_GRADIENT) & f, axis=1)
            for d, f in zip(dfs, finite, strict=True)
        ] if kind == "smooth" else none,
        active_fraction=[np.mean(z > 0.0, axis=1) for z in zs],
        saturated_fraction=[np.mean(np.abs(d) < floor, axis=1) for d in dfs],
    )


def dead_mask(mlp: MLP, X: Array) -> list[Array]:
    """Per hidden layer, (replicas, width) bools: f'(z) == 0 on every row of X (n, d)."""
    return from_pre_activations(mlp, mlp.pre_activations(X)).dead


def inactive_mask(mlp: MLP, X: Array) -> list[Array]:
    """Per hidden layer, (replicas, width) bools: z <= 0 on every row of X (n, d), for Leaky
    ReLU and PReLU (all False for other activations)."""
    return from_pre_activations(mlp, mlp.pre_activations(X)).inactive


def saturated_mask(mlp: MLP, X: Array) -> list[Array]:
    """Per hidden layer, (replicas, width) bools: a smooth activation's |f'(z)| is below
    ``SATURATED_GRADIENT`` on every row of X (n, d) (all False for other activations)."""
    return from_pre_activations(mlp, mlp.pre_activations(X)).saturated


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


def unit_states(dead: Array, inactive: Array, saturated: Array | None = None) -> Array:
    """Per-unit ``UnitState`` codes (int8) from same-shaped masks: DEAD where dead, INACTIVE
    where inactive but alive, SATURATED where saturated, ALIVE elsewhere."""
    rest = UnitState.ALIVE if saturated is None else np.where(
        saturated, UnitState.SATURATED, UnitState.ALIVE
    )
    return np.where(
        dead, UnitState.DEAD, np.where(inactive, UnitState.INACTIVE, rest)
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


# --- which unit a linked tap follows in the burst lessons ----------------------------------------
# One replica's numbers: per hidden layer, dead masks and death steps are (width,), and zs are the
# pre-activations over the training rows, (n, width). A unit is named by (layer, unit), 0-based.


def dead_since(since: Sequence[Array] | None, dead: Sequence[Array], step: int) -> list[Array]:
    """When each unit's current death was first seen: per hidden layer, (width,) int64 steps,
    -1 for a unit alive now. ``since`` is the previous answer (None for a new network), ``dead``
    the dead masks (width,) seen after ``step`` steps. Nothing is changed: a new list is made.

    A unit that comes back to life loses its step, so a second death counts from when it was
    seen again (in a deeper network a dead unit can revive).
    """
    out = []
    for l, d in enumerate(dead):
        d = np.asarray(d, dtype=bool)
        before = np.full(d.shape, -1, dtype=np.int64) if since is None else np.asarray(since[l])
        # still dead: keep the first sighting; newly dead: now; alive: forget
        out.append(np.where(d, np.where(before >= 0, before, step), -1).astype(np.int64))
    return out


def _lowest(keys: Sequence[tuple[Array, ...]]) -> tuple[int, int] | None:
    """(layer, unit) of the smallest key in lexicographic order, per layer one tuple of
    (width,) arrays, masked units holding NaN; ties end on the lowest (layer, unit)."""
    best: tuple[tuple[float, ...], int, int] | None = None
    for l, columns in enumerate(keys):
        for u in range(len(columns[0])):
            key = tuple(float(c[u]) for c in columns)
            if any(np.isnan(k) for k in key):
                continue
            if best is None or (key, l, u) < best:
                best = (key, l, u)
    return None if best is None else (best[1], best[2])


def first_to_die(since: Sequence[Array], zs: Sequence[Array]) -> tuple[int, int] | None:
    """(layer, unit) of the unit dead longest: the smallest step in ``since`` (from
    :func:`dead_since`; -1, alive, never counts). Units seen dead at the same step (a burst kills
    several at once) are told apart by the lowest largest z over the rows of ``zs`` (per layer
    (n, width)): the unit pushed deepest below zero, the one hit hardest; then by the lowest
    (layer, unit). None while no unit is dead. Nothing is changed.
    """
    keys = []
    for s, z in zip(since, zs, strict=True):
        s = np.asarray(s, dtype=float)
        top = np.max(z, axis=0)  # NaN for a unit with a NaN z: never chosen
        keys.append((np.where(s >= 0, s, np.nan), np.where(np.isfinite(top), top, np.nan)))
    return _lowest(keys)


def most_inactive(zs: Sequence[Array]) -> tuple[int, int, float] | None:
    """(layer, unit, share) of the unit with the largest share of rows where z <= 0 (for finite
    z, 1 - ``active_fraction``), from per-layer pre-activations ``zs`` (n, width). Ties (several
    units at 100 %) go to the lowest largest z, the unit deepest below zero, then to the lowest
    (layer, unit). A unit with a non-finite z (a diverged network) is never chosen. None when no
    unit has a finite z. Nothing is changed.
    """
    keys, shares = [], []
    for z in zs:
        z = np.asarray(z, dtype=float)
        finite = np.all(np.isfinite(z), axis=0)
        share = np.mean(z <= 0.0, axis=0)
        top = np.max(z, axis=0)
        shares.append(share)
        keys.append((np.where(finite, -share, np.nan), np.where(finite, top, np.nan)))
    unit = _lowest(keys)
    return None if unit is None else (*unit, float(shares[unit[0]][unit[1]]))


# --- the distribution of z per hidden layer ----------------------------------------------------
Z_QUANTILES = (5, 25, 50, 75, 95)  # percent: the median, the middle half and the middle 90 %


def z_quantiles(zs: Sequence[Array], qs: Sequence[float] = Z_QUANTILES) -> Array:
    """Per replica and hidden layer, the ``qs`` percentiles of z pooled over every input row
    and every unit of the layer: shape (replicas, hidden layers, len(qs)). ``zs`` holds one
    (replicas, n, width) array per hidden layer (``MLP.pre_activations``; the feature-major
    (replicas, width, n) of ``forward_pass`` gives the same, the pool has no order).

    Non-finite z (a diverged network) are left out of the pool; a replica whose z are all
    non-finite gets NaN. Nothing is changed. This runs at every history record, so it must stay
    cheap next to the forward pass it follows: one sort of every layer's pools at once when the
    layers are equally wide and all finite (the usual case), else one per layer.
    """
    q = np.asarray(qs, dtype=float)
    if q.ndim != 1 or not np.all((q >= 0.0) & (q <= 100.0)):
        raise ValueError(f"quantiles must be percentages from 0 to 100, got {qs!r}")
    pools = [np.asarray(z, dtype=float).reshape(z.shape[0], -1) for z in zs]  # (R, n * width)
    if pools and len({p.shape for p in pools}) == 1 and pools[0].size:
        every = np.concatenate(pools)  # (layers * replicas, n * width)
        if np.isfinite(every).all():
            out = _sorted_percentiles(np.sort(every, axis=1), q)
            return out.reshape(len(pools), -1, q.size).transpose(1, 0, 2)
    layers = []
    for pool in pools:
        if pool.shape[1] == 0:
            layers.append(np.full((pool.shape[0], q.size), np.nan))
        elif np.isfinite(pool).all():
            layers.append(_sorted_percentiles(np.sort(pool, axis=1), q))
        else:
            # nanpercentile skips NaN; inf must be skipped too, and an all-NaN replica says so
            # with a RuntimeWarning that here is the documented answer, NaN
            clean = np.where(np.isfinite(pool), pool, np.nan)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                layers.append(np.nanpercentile(clean, q, axis=1).T)
    if not layers:
        return np.zeros((0, 0, q.size))  # no hidden layer: nor any replica to name
    return np.stack(layers, axis=1)


def _sorted_percentiles(s: Array, q: Array) -> Array:
    """np.percentile's "linear" answer (replicas, len(q)) for rows already sorted, s (replicas,
    m), with its very arithmetic, so the results are equal to the last bit. One sort beats
    np.percentile's partition around ten indices about five times over (measured 0.8 against
    4.4 ms for 32 replicas x 3,200 values)."""
    m = s.shape[1]
    v = (m - 1) * np.true_divide(q, 100)  # the virtual index, as numpy computes it
    lo = np.floor(v).astype(np.intp)
    hi = np.minimum(lo + 1, m - 1)
    t = v - lo
    a, b = s[:, lo], s[:, hi]
    d = b - a
    # numpy's _lerp: from the nearer end, so a weight of 1 gives b itself
    out = a + d * t
    np.subtract(b, d * (1 - t), out=out, where=t >= 0.5)
    return out
