"""2-D toy data sets, generated the way TF Playground's ``src/dataset.ts`` defines them.

Classification: ``circle``, ``xor``, ``gauss``, ``spiral`` (labels 0 / 1; Playground's -1 is 0).
Regression: ``plane``, ``multi_gauss`` (targets in [-1, 1]).

Coordinates are Playground's own: points lie in about [-EXTENT, EXTENT] = [-6, 6] (the two
gaussians spill a little past it at high noise), and the network is fed X exactly as returned.
The scale matters for the lesson: on these coordinates a burst at learning rate 1 kills about a
quarter of a He-initialised [2, 8, 8, 1] ReLU network, as DESIGN.md's measured table says; on
inputs shrunk to [-1, 1] it kills far fewer.

Noise is a fraction in [0, 0.5] (0.5 is Playground's "50 %"), and means what it means there:
circle, xor and both regressions label each point by a *jittered copy* of it, so noise flips
labels near a boundary but leaves the points where they are; spiral jitters the points; gauss
widens both clouds (variance 0.5 at noise 0 up to 4 at noise 0.5). Every random draw is made
whatever the noise, so one seed at two noise levels gives the same underlying sample.
"""

from __future__ import annotations

import math

import numpy as np

from reludesk.core.i18n import translate

Array = np.ndarray

EXTENT = 6.0  # half-width of the input plane
OWN = "own"  # not made here: your own points (``core.points``), which a Config carries
MAX_SAMPLES = 10_000
MAX_NOISE = 0.5

_CLASSIFICATION = ("circle", "xor", "gauss", "spiral")
_REGRESSION = ("plane", "multi_gauss")

# multi_gauss bumps: centre x, centre y, sign of the bump (Playground's regressGaussian).
_BUMPS = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]],
    dtype=np.float64,
)


def names() -> list[str]:
    """Every data set name: the four classification sets, then the two regression sets."""
    return [*_CLASSIFICATION, *_REGRESSION]


def is_classification(name: str) -> bool:
    """True for labels in {0, 1}, False for real-valued regression targets."""
    _check_name(name)
    return name in _CLASSIFICATION


def _check_name(name: object) -> None:
    if name not in names():
        raise ValueError(translate("Datasets", "unknown data set {name}; choose one of: {names}")
                         .format(name=repr(name), names=", ".join(names())))


def _pm1(positive: Array) -> Array:
    return np.where(positive, 1.0, -1.0)


def _circle(rng: np.random.Generator, n: int, noise: float) -> tuple[Array, Array]:
    # Half the points inside radius 2.5, half in the ring 3.5..5; the gap between them is what
    # noise bridges when it relabels a point by where its jittered copy lands.
    radius = 5.0
    n_in = (n + 1) // 2
    r = np.concatenate(
        [rng.uniform(0.0, radius * 0.5, n_in), rng.uniform(radius * 0.7, radius, n - n_in)]
    )
    angle = rng.uniform(0.0, 2.0 * math.pi, n)
    X = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    jitter = rng.uniform(-radius, radius, (n, 2)) * noise
    return X, _pm1(np.hypot(*(X + jitter).T) < radius * 0.5)


def _xor(rng: np.random.Generator, n: int, noise: float) -> tuple[Array, Array]:
    X = rng.uniform(-5.0, 5.0, (n, 2))
    X += np.where(X > 0, 0.3, -0.3)  # padding keeps points off the axes at noise 0
    p = X + rng.uniform(-5.0, 5.0, (n, 2)) * noise
    return X, _pm1(p[:, 0] * p[:, 1] >= 0)


def _gauss(rng: np.random.Generator, n: int, noise: float) -> tuple[Array, Array]:
    # Playground maps noise [0, 0.5] linearly onto variance [0.5, 4].
    variance = 0.5 + (4.0 - 0.5) * noise / MAX_NOISE
    n_pos = (n + 1) // 2
    centres = np.where(np.arange(n)[:, None] < n_pos, 2.0, -2.0)  # (n, 1): (2, 2) or (-2, -2)
    X = centres + math.sqrt(variance) * rng.standard_normal((n, 2))
    return X, _pm1(np.arange(n) < n_pos)


def _spiral(rng: np.random.Generator, n: int, noise: float) -> tuple[Array, Array]:
    def arm(count: int, delta_t: float) -> Array:
        # 1.75 turns while the radius grows linearly from 0 to 5.
        s = np.arange(count) / max(count, 1)
        t = 1.75 * s * 2.0 * math.pi + delta_t
        return np.column_stack([5.0 * s * np.sin(t), 5.0 * s * np.cos(t)])

    n_pos = (n + 1) // 2
    X = np.vstack([arm(n_pos, 0.0), arm(n - n_pos, math.pi)])
    X += rng.uniform(-1.0, 1.0, (n, 2)) * noise
    return X, _pm1(np.arange(n) < n_pos)


def _plane(rng: np.random.Generator, n: int, noise: float) -> tuple[Array, Array]:
    X = rng.uniform(-6.0, 6.0, (n, 2))
    p = X + rng.uniform(-6.0, 6.0, (n, 2)) * noise
    # Playground maps x + y from [-10, 10] onto [-1, 1] unclamped, so its corners reach ±1.2
    # (±1.8 with noise); clipping keeps every target in [-1, 1].
    return X, np.clip(p.sum(axis=1) / 10.0, -1.0, 1.0)


def _multi_gauss(rng: np.random.Generator, n: int, noise: float) -> tuple[Array, Array]:
    X = rng.uniform(-6.0, 6.0, (n, 2))
    p = X + rng.uniform(-6.0, 6.0, (n, 2)) * noise
    # Each bump falls linearly from 1 at its centre to 0 at distance 2; the target is the signed
    # bump that is largest in absolute value (the first one on a tie, as in Playground).
    d = np.hypot(p[:, None, 0] - _BUMPS[:, 0], p[:, None, 1] - _BUMPS[:, 1])  # (n, 6)
    height = _BUMPS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    pick = np.argmax(np.abs(height), axis=1)
    return X, height[np.arange(n), pick] + 0.0  # + 0.0 turns -0.0 into 0.0


_GENERATORS = {
    "circle": _circle,
    "xor": _xor,
    "gauss": _gauss,
    "spiral": _spiral,
    "plane": _plane,
    "multi_gauss": _multi_gauss,
}


def _check_int(what: str, value: object, low: int, high: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(translate("Datasets", "{what} must be a whole number, got {value}")
                         .format(what=what, value=repr(value)))
    if high is None and value < low:
        raise ValueError(translate("Datasets", "{what} must be >= {low}, got {value}").format(
            what=what, low=low, value=repr(value)))
    if high is not None and not low <= value <= high:
        raise ValueError(translate("Datasets", "{what} must be in [{low}, {high}], got {value}")
                         .format(what=what, low=low, high=high, value=repr(value)))
    return int(value)


def _check_float(what: str, value: object, low: float, high: float) -> float:
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(translate(
            "Datasets", "{what} must be a number in [{low}, {high}], got {value}"
        ).format(what=what, low=f"{low:g}", high=f"{high:g}", value=repr(value))) from None
    if not (math.isfinite(x) and low <= x <= high):
        raise ValueError(translate("Datasets", "{what} must be in [{low}, {high}], got {value}")
                         .format(what=what, low=f"{low:g}", high=f"{high:g}", value=repr(value)))
    return x


def make(name: str, n: int = 500, noise: float = 0.0, seed: int = 0) -> tuple[Array, Array]:
    """``n`` points of data set ``name``, in random order; the same seed gives the same points.

    Returns X (n, 2) float64 in about [-6, 6] (Playground's coordinates) and
    y (n,) float64: labels in {0, 1} for classification (half of each, the odd one out a 1, for
    circle, gauss and spiral), targets in [-1, 1] for regression.
    Raises ValueError naming what is allowed for a bad name, n outside [1, 10000], noise outside
    [0, 0.5] or non-finite, or a seed that is not a whole number >= 0.
    """
    _check_name(name)
    n = _check_int("n", n, 1, MAX_SAMPLES)
    noise = _check_float("noise", noise, 0.0, MAX_NOISE)
    seed = _check_int("seed", seed, 0, None)
    rng = np.random.default_rng(seed)
    X, y = _GENERATORS[name](rng, n, noise)
    order = rng.permutation(n)  # generators emit one class after the other
    X = X[order]
    y = y[order]
    if name in _CLASSIFICATION:
        y = (y > 0).astype(np.float64)
    return X.astype(np.float64), y.astype(np.float64)


def split(
    X: Array, y: Array, train_fraction: float, seed: int = 0
) -> tuple[Array, Array, Array, Array]:
    """Shuffle rows with ``seed``, then cut into (X_train, y_train, X_test, y_test).

    X is (n, d) and y (n,); the parts are new arrays of round(n * train_fraction) and the rest
    rows, each at least one. train_fraction must lie in [0.1, 0.9] and n must be at least 2.
    """
    train_fraction = _check_float("train_fraction", train_fraction, 0.1, 0.9)
    seed = _check_int("seed", seed, 0, None)
    X = np.asarray(X)
    y = np.asarray(y)
    if X.ndim != 2 or y.ndim != 1 or len(X) != len(y):
        raise ValueError(f"X must be (n, d) and y (n,), got {X.shape} and {y.shape}")
    n = len(y)
    if n < 2:
        raise ValueError(f"split needs at least 2 rows so both parts are non-empty, got {n}")
    n_train = min(max(round(n * train_fraction), 1), n - 1)
    order = np.random.default_rng(seed).permutation(n)
    train, test = order[:n_train], order[n_train:]
    return X[train], y[train], X[test], y[test]
