"""Data sets against TF Playground's geometry, written out here: shapes, label balance, scale.

At noise 0 every set has an exact rule a test can check point by point (circle: label 1 inside
radius 2.5, the rest in the ring 3.5..5; xor: label 1 where x1 x2 >= 0, points at least 0.3 off
the axes; spiral: two arms of 1.75 turns out to radius 5, half a turn apart; plane: (x1 + x2)/10;
multi_gauss: the one bump within 2 of a point, falling linearly from 1). Kills mutants of the
radii, paddings, turns, the balance of odd counts, the gauss variance and the validation edges.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from reludesk.core import datasets


@pytest.mark.parametrize("name", datasets.names())
@pytest.mark.parametrize("n", [1, 2, 501])
def test_shapes_and_types(name, n):
    X, y = datasets.make(name, n=n, noise=0.3, seed=4)
    assert X.shape == (n, 2) and y.shape == (n,)
    assert X.dtype == np.float64 and y.dtype == np.float64


@pytest.mark.parametrize("name", ["circle", "gauss", "spiral"])
def test_balanced_labels_with_the_odd_one_a_one(name):
    assert datasets.make(name, n=500)[1].sum() == 250
    assert datasets.make(name, n=501)[1].sum() == 251
    assert datasets.make(name, n=1)[1].tolist() == [1.0]


def test_circle_rule_at_noise_zero():
    X, y = datasets.make("circle", n=2000, seed=1)
    r = np.hypot(X[:, 0], X[:, 1])
    assert np.all(r[y == 1] < 2.5) and np.all((r[y == 0] >= 3.5) & (r[y == 0] <= 5.0))
    assert r[y == 1].max() > 2.4 and r[y == 0].min() < 3.6 and r[y == 0].max() > 4.9


def test_xor_rule_at_noise_zero():
    X, y = datasets.make("xor", n=2000, seed=2)
    assert np.all(np.abs(X) >= 0.3) and np.all(np.abs(X) <= 5.3)
    assert np.abs(X).min() < 0.32 and np.abs(X).max() > 5.28
    np.testing.assert_array_equal(y, (X[:, 0] * X[:, 1] >= 0).astype(float))
    assert 0.45 < y.mean() < 0.55


@pytest.mark.parametrize(("noise", "variance"), [(0.0, 0.5), (0.25, 2.25), (0.5, 4.0)])
def test_gauss_centres_and_variance(noise, variance):
    X, y = datasets.make("gauss", n=10_000, noise=noise, seed=3)
    for label, centre in ((1.0, 2.0), (0.0, -2.0)):
        part = X[y == label]
        np.testing.assert_allclose(part.mean(axis=0), [centre, centre], atol=0.1)
        np.testing.assert_allclose(part.var(axis=0), [variance, variance], rtol=0.06)


def test_spiral_arms_at_noise_zero():
    n = 400
    X, y = datasets.make("spiral", n=n, seed=5)
    for label, offset in ((1.0, 0.0), (0.0, math.pi)):
        part = X[y == label]
        r = np.sort(np.hypot(part[:, 0], part[:, 1]))
        # radius 5 s for s = 0, 1/200, ..., 199/200
        np.testing.assert_allclose(r, 5.0 * np.arange(200) / 200, atol=1e-12)
        s = np.hypot(part[:, 0], part[:, 1]) / 5.0
        t = 1.75 * s * 2 * math.pi + offset
        np.testing.assert_allclose(part[:, 0], 5 * s * np.sin(t), atol=1e-12)
        np.testing.assert_allclose(part[:, 1], 5 * s * np.cos(t), atol=1e-12)


def test_spiral_noise_moves_points_by_at_most_the_noise():
    X0, y0 = datasets.make("spiral", n=300, seed=6)
    X1, y1 = datasets.make("spiral", n=300, noise=0.5, seed=6)
    np.testing.assert_array_equal(y0, y1)
    moved = np.abs(X1 - X0)
    assert moved.max() <= 0.5 and moved.max() > 0.45


def test_plane_targets_at_noise_zero():
    X, y = datasets.make("plane", n=3000, seed=7)
    assert np.all(np.abs(X) <= 6.0) and np.abs(X).max() > 5.9
    np.testing.assert_allclose(y, np.clip((X[:, 0] + X[:, 1]) / 10, -1, 1), atol=1e-15)
    assert y.max() == 1.0 and y.min() == -1.0


def test_multi_gauss_targets_at_noise_zero():
    X, y = datasets.make("multi_gauss", n=3000, seed=8)
    centres = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    want = np.zeros(len(X))
    for cx, cy, sign in centres:
        # bumps are 4 apart: at most one is within distance 2 of a point
        d = np.hypot(X[:, 0] - cx, X[:, 1] - cy)
        want += np.where(d < 2.0, sign * (1 - d / 2), 0.0)
    np.testing.assert_allclose(y, want, atol=1e-12)
    assert y.max() > 0.9 and y.min() < -0.9 and np.mean(y == 0.0) > 0.3
    assert not np.any(np.signbit(y[y == 0.0]))  # no -0.0


@pytest.mark.parametrize("name", ["circle", "xor", "plane", "multi_gauss"])
def test_noise_relabels_but_keeps_the_points(name):
    X0, y0 = datasets.make(name, n=2000, seed=9)
    X1, y1 = datasets.make(name, n=2000, noise=0.5, seed=9)
    np.testing.assert_array_equal(X0, X1)
    changed = np.mean(y0 != y1)
    # labels flip near a boundary only; a regression target moves almost everywhere
    assert 0.02 < changed < 0.5 if datasets.is_classification(name) else changed > 0.5


def test_make_edges():
    assert len(datasets.make("xor", n=10_000)[0]) == 10_000
    assert datasets.make("xor", noise=0.5)[0].shape == (500, 2)
    bad = [dict(n=0), dict(n=10_001), dict(n=True), dict(n=2.0), dict(noise=-1e-12),
           dict(noise=0.5 + 1e-12), dict(noise=float("nan")), dict(noise="a"), dict(seed=-1)]
    for kwargs in bad:
        with pytest.raises(ValueError, match=next(iter(kwargs))):
            datasets.make("xor", **kwargs)
    with pytest.raises(ValueError, match="unknown data set 'moons'; choose one of: circle, xor"):
        datasets.make("moons")
    assert [datasets.is_classification(n) for n in datasets.names()] == [True] * 4 + [False] * 2


def test_same_seed_same_points_other_seed_other_points():
    a, b, c = (datasets.make("circle", seed=s)[0] for s in (1, 1, 2))
    np.testing.assert_array_equal(a, b)
    assert not np.allclose(a, c)


def test_split_sizes_and_rows():
    X = np.arange(20.0).reshape(10, 2)
    y = np.arange(10.0)
    Xtr, ytr, Xte, yte = datasets.split(X, y, 0.5, seed=1)
    np.testing.assert_array_equal(Xte[:, 0], 2 * yte)
    assert (len(ytr), len(yte)) == (5, 5)
    np.testing.assert_array_equal(Xtr[:, 0], 2 * ytr)  # rows stay whole
    assert sorted([*ytr, *yte]) == list(y)
    assert len(datasets.split(X, y, 0.1)[1]) == 1 and len(datasets.split(X, y, 0.9)[1]) == 9
    assert len(datasets.split(X[:2], y[:2], 0.9)[1]) == 1
    assert len(datasets.split(X[:2], y[:2], 0.1)[1]) == 1
    for share in (0.1 - 1e-12, 0.9 + 1e-12):
        with pytest.raises(ValueError, match="train_fraction"):
            datasets.split(X, y, share)
    with pytest.raises(ValueError, match="at least 2 rows"):
        datasets.split(X[:1], y[:1], 0.5)
    with pytest.raises(ValueError, match=r"\(n, d\)"):
        datasets.split(X, y[:9], 0.5)
