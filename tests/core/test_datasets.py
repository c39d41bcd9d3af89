"""The toy data sets: shapes, determinism, labels, noise, validation and the train/test split."""

import math

import numpy as np
import pytest

from reludesk.core import datasets

CLASSIFICATION = ["circle", "xor", "gauss", "spiral"]
REGRESSION = ["plane", "multi_gauss"]
ALL = CLASSIFICATION + REGRESSION


def test_names_and_kinds():
    assert datasets.names() == ALL
    assert [datasets.is_classification(name) for name in ALL] == [True] * 4 + [False] * 2


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("n", [1, 2, 7, 500])
def test_shapes_and_dtypes(name, n):
    X, y = datasets.make(name, n=n, noise=0.2, seed=3)
    assert X.shape == (n, 2)
    assert y.shape == (n,)
    assert X.dtype == np.float64
    assert y.dtype == np.float64
    assert np.isfinite(X).all()
    assert np.isfinite(y).all()


@pytest.mark.parametrize("name", ALL)
def test_default_is_500_points(name):
    X, y = datasets.make(name)
    assert len(X) == len(y) == 500


@pytest.mark.parametrize("name", ALL)
def test_same_seed_same_data(name):
    X1, y1 = datasets.make(name, n=200, noise=0.3, seed=11)
    X2, y2 = datasets.make(name, n=200, noise=0.3, seed=11)
    np.testing.assert_array_equal(X1, X2)
    np.testing.assert_array_equal(y1, y2)


@pytest.mark.parametrize("name", ALL)
def test_different_seeds_differ(name):
    X1, _ = datasets.make(name, n=200, noise=0.3, seed=1)
    X2, _ = datasets.make(name, n=200, noise=0.3, seed=2)
    assert not np.allclose(X1, X2)


@pytest.mark.parametrize("name", ALL)
def test_inputs_are_playground_coordinates(name):
    # Playground's coordinates reach 6 at most (bar the widest gaussians), and are not rescaled:
    # the measured dying-ReLU table in DESIGN.md holds on this scale.
    X, _ = datasets.make(name, n=2000, seed=0)
    assert np.abs(X).max() <= datasets.EXTENT
    assert np.abs(X).max() > 3.0


def test_regression_inputs_fill_the_square():
    X, _ = datasets.make("plane", n=4000, seed=0)
    assert X.min() < -0.98
    assert X.max() > 0.98


@pytest.mark.parametrize("name", CLASSIFICATION)
@pytest.mark.parametrize("noise", [0.0, 0.5])
def test_classification_labels_are_balanced_zero_one(name, noise):
    _, y = datasets.make(name, n=1000, noise=noise, seed=5)
    assert set(np.unique(y)) == {0.0, 1.0}
    # circle loses some inside labels to noise (Playground relabels by a jittered copy)
    assert 0.25 < y.mean() < 0.75


@pytest.mark.parametrize("name", ["circle", "gauss", "spiral"])
def test_two_cloud_sets_are_exactly_half_and_half_without_noise(name):
    _, y = datasets.make(name, n=501, seed=0)
    assert y.sum() == 251  # the odd point goes to class 1


def test_circle_geometry_without_noise():
    X, y = datasets.make("circle", n=1000, seed=0)
    r = np.hypot(*X.T)
    assert (r[y == 1] <= 2.5).all()
    assert (r[y == 0] >= 3.5).all()
    assert (r[y == 0] <= 5.0).all()


def test_xor_labels_follow_the_quadrant_without_noise():
    X, y = datasets.make("xor", n=1000, seed=0)
    np.testing.assert_array_equal(y, (X[:, 0] * X[:, 1] >= 0).astype(float))
    assert np.abs(X).min() >= 0.3  # Playground's padding off the axes


def test_gauss_centres():
    X, y = datasets.make("gauss", n=4000, seed=0)
    np.testing.assert_allclose(X[y == 1].mean(axis=0), [2, 2], atol=0.1)
    np.testing.assert_allclose(X[y == 0].mean(axis=0), [-2, -2], atol=0.1)


def test_gauss_noise_widens_the_clouds():
    # variance 0.5 at noise 0, 4 at noise 0.5
    X0, y0 = datasets.make("gauss", n=4000, noise=0.0, seed=0)
    X5, y5 = datasets.make("gauss", n=4000, noise=0.5, seed=0)
    assert np.var(X0[y0 == 1]) == pytest.approx(0.5, rel=0.1)
    assert np.var(X5[y5 == 1]) == pytest.approx(4.0, rel=0.1)


def test_spiral_arms_are_point_symmetric_without_noise():
    # the second arm is the first turned by pi, so every point's mirror -p is in the other class
    X, y = datasets.make("spiral", n=400, seed=0)
    arm1 = X[y == 1][np.lexsort(X[y == 1].T)]
    arm0 = -X[y == 0][np.lexsort((-X[y == 0]).T)]
    np.testing.assert_allclose(arm1, arm0, atol=1e-12)
    assert np.hypot(*X.T).max() <= 5.0


def test_plane_target_is_the_scaled_sum_without_noise():
    X, y = datasets.make("plane", n=1000, seed=0)
    np.testing.assert_allclose(y, np.clip((X).sum(axis=1) / 10, -1, 1))


@pytest.mark.parametrize("name", REGRESSION)
@pytest.mark.parametrize("noise", [0.0, 0.5])
def test_regression_targets_in_unit_range(name, noise):
    _, y = datasets.make(name, n=2000, noise=noise, seed=0)
    assert y.min() >= -1.0
    assert y.max() <= 1.0
    assert y.min() < -0.5  # both signs present: the targets use the range
    assert y.max() > 0.5


def test_multi_gauss_peaks_at_the_bump_centres():
    X, y = datasets.make("multi_gauss", n=10000, seed=0)
    near = np.hypot(X[:, 0] + 4, X[:, 1] - 2.5) < 0.3  # bump at (-4, 2.5), sign +
    assert y[near].min() > 0.8
    far = np.hypot(X[:, 0] - 2, X[:, 1]) < 0.3  # (2, 0) is > 2 from every centre
    np.testing.assert_array_equal(y[far], 0.0)


@pytest.mark.parametrize("name", ["spiral", "gauss"])
def test_noise_moves_the_points(name):
    X0, _ = datasets.make(name, n=300, noise=0.0, seed=4)
    X1, _ = datasets.make(name, n=300, noise=0.3, seed=4)
    assert not np.allclose(X0, X1)


@pytest.mark.parametrize("name", ["circle", "xor", "plane", "multi_gauss"])
def test_noise_relabels_the_same_points(name):
    # as in Playground: a point keeps its place and takes the label of a jittered copy of itself
    X0, y0 = datasets.make(name, n=300, noise=0.0, seed=4)
    X1, y1 = datasets.make(name, n=300, noise=0.3, seed=4)
    np.testing.assert_array_equal(X0, X1)
    assert not np.array_equal(y0, y1)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"name": "moons"}, ["circle", "xor", "gauss", "spiral", "plane", "multi_gauss"]),
        ({"name": "Circle"}, ["circle"]),
        ({"name": None}, ["spiral"]),
        ({"n": 0}, ["[1, 10000]"]),
        ({"n": 10001}, ["[1, 10000]"]),
        ({"n": 2.5}, ["whole number"]),
        ({"n": True}, ["whole number"]),
        ({"noise": -0.01}, ["[0, 0.5]"]),
        ({"noise": 0.51}, ["[0, 0.5]"]),
        ({"noise": math.nan}, ["[0, 0.5]"]),
        ({"noise": math.inf}, ["[0, 0.5]"]),
        ({"noise": "lots"}, ["[0, 0.5]"]),
        ({"seed": -1}, [">= 0"]),
        ({"seed": 1.5}, ["whole number"]),
    ],
)
def test_bad_input_names_what_is_allowed(kwargs, words):
    args = {"name": "circle", "n": 10, "noise": 0.0, "seed": 0, **kwargs}
    with pytest.raises(ValueError) as info:
        datasets.make(**args)
    for word in words:
        assert word in str(info.value)


def test_is_classification_rejects_unknown_names():
    with pytest.raises(ValueError, match="circle, xor"):
        datasets.is_classification("moons")


def test_limits_are_accepted():
    assert len(datasets.make("xor", n=10000, noise=0.5, seed=0)[0]) == 10000
    assert len(datasets.make("xor", n=np.int64(3))[0]) == 3


@pytest.mark.parametrize(("n", "fraction", "n_train"), [(500, 0.5, 250), (10, 0.3, 3), (2, 0.1, 1),
                                                        (2, 0.9, 1), (7, 0.5, 4)])
def test_split_sizes(n, fraction, n_train):
    X, y = datasets.make("circle", n=n, seed=0)
    X_tr, y_tr, X_te, y_te = datasets.split(X, y, fraction, seed=0)
    assert X_tr.shape == (n_train, 2)
    assert y_tr.shape == (n_train,)
    assert X_te.shape == (n - n_train, 2)
    assert y_te.shape == (n - n_train,)


def test_split_is_a_disjoint_cover_with_rows_kept_together():
    X = np.arange(200, dtype=float).reshape(100, 2)
    y = np.arange(100, dtype=float)
    X_tr, y_tr, X_te, y_te = datasets.split(X, y, 0.6, seed=7)
    np.testing.assert_array_equal(np.sort(np.concatenate([y_tr, y_te])), y)
    assert not set(y_tr) & set(y_te)
    np.testing.assert_array_equal(X_tr[:, 0], 2 * y_tr)  # each X row travels with its y
    np.testing.assert_array_equal(X_te[:, 0], 2 * y_te)


def test_split_shuffles_deterministically_per_seed():
    X = np.arange(200, dtype=float).reshape(100, 2)
    y = np.arange(100, dtype=float)
    a = datasets.split(X, y, 0.5, seed=1)
    b = datasets.split(X, y, 0.5, seed=1)
    c = datasets.split(X, y, 0.5, seed=2)
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(a[1], c[1])
    assert not np.array_equal(a[1], y[:50])  # shuffled, not the first half


def test_split_returns_new_arrays():
    X = np.zeros((10, 2))
    y = np.zeros(10)
    X_tr, y_tr, _, _ = datasets.split(X, y, 0.5)
    X_tr[:] = 1.0
    y_tr[:] = 1.0
    assert X.sum() == 0
    assert y.sum() == 0


@pytest.mark.parametrize("fraction", [0.05, 0.95, math.nan, "half"])
def test_split_rejects_bad_fraction(fraction):
    with pytest.raises(ValueError, match=r"\[0.1, 0.9\]"):
        datasets.split(np.zeros((10, 2)), np.zeros(10), fraction)


@pytest.mark.parametrize(
    ("X", "y"),
    [(np.zeros((1, 2)), np.zeros(1)), (np.zeros((5, 2)), np.zeros(4)), (np.zeros(5), np.zeros(5))],
)
def test_split_rejects_bad_arrays(X, y):
    with pytest.raises(ValueError):
        datasets.split(X, y, 0.5)
