"""Health on hand-built networks: dead, inactive, active share, saturation, gradient norms."""

import numpy as np
import pytest

from reludesk.core import health
from reludesk.core.network import MLP

# 40 inputs, both signs on both axes, none exactly on an axis
X = np.random.default_rng(7).uniform(-3.0, 3.0, (40, 2))
X[np.abs(X) < 0.05] = 0.5


def _hand_built(activation, replicas=2):
    """[2, 3, 1]: unit 0 has z = -1 on every input, unit 1 has z = x0, unit 2 has z = +1.

    Replica 1 swaps units 0 and 2, so a mask that ignores the replica axis shows."""
    model = MLP([2, 3, 1], activation, replicas=replicas)
    W, b = model.weights[0], model.biases[0]
    W[...] = 0.0
    b[...] = 0.0
    W[:, 0, 1] = 1.0
    b[0] = [-1.0, 0.0, 1.0]
    if replicas > 1:
        b[1] = [1.0, 0.0, -1.0]
    return model


def test_relu_unit_negative_everywhere_is_dead_not_inactive():
    model = _hand_built("relu")
    dead = health.dead_mask(model, X)
    assert len(dead) == 1 and dead[0].shape == (2, 3)
    np.testing.assert_array_equal(dead[0], [[True, False, False], [False, False, True]])
    # "inactive but alive" is the Leaky family's word: a ReLU with z < 0 everywhere is dead
    np.testing.assert_array_equal(health.inactive_mask(model, X)[0], False)
    np.testing.assert_array_equal(health.saturated_mask(model, X)[0], False)


def test_leaky_relu_unit_negative_everywhere_is_inactive_but_not_dead():
    model = _hand_built("leaky_relu")
    np.testing.assert_array_equal(health.dead_mask(model, X)[0], False)
    np.testing.assert_array_equal(
        health.inactive_mask(model, X)[0], [[True, False, False], [False, False, True]]
    )


def test_prelu_units_below_zero_are_inactive_never_dead():
    model = _hand_built("prelu")
    assert not health.dead_mask(model, X)[0].any()
    np.testing.assert_array_equal(
        health.inactive_mask(model, X)[0], [[True, False, False], [False, False, True]]
    )


@pytest.mark.parametrize(
    "name", ["sigmoid", "tanh", "softplus", "elu", "selu", "gelu", "silu", "mish", "linear"]
)
def test_smooth_units_below_zero_are_alive_neither_inactive_nor_dead(name):
    # z = -1 on every input: a sigmoid unit still outputs 0.27 and passes gradient 0.2
    model = _hand_built(name)
    assert not health.dead_mask(model, X)[0].any()
    assert not health.inactive_mask(model, X)[0].any()
    assert not health.saturated_mask(model, X)[0].any()
    states = health.unit_states(
        health.dead_mask(model, X)[0], health.inactive_mask(model, X)[0],
        health.saturated_mask(model, X)[0],
    )
    np.testing.assert_array_equal(states, health.UnitState.ALIVE)


@pytest.mark.parametrize("name", ["elu", "selu", "gelu", "sigmoid", "tanh", "softplus"])
def test_a_smooth_unit_far_below_zero_is_saturated_never_dead(name):
    # ELU at z = -1,000: f' underflows to exactly 0, yet the function has no flat half-line
    model = _hand_built(name)
    model.biases[0][:, 0] = -1000.0
    saturated = health.saturated_mask(model, X)[0]
    assert saturated[:, 0].all()
    assert not health.dead_mask(model, X)[0].any()
    assert not saturated[:, 1].any()  # z = x0 passes through 0: full slope there
    states = health.unit_states(
        health.dead_mask(model, X)[0], health.inactive_mask(model, X)[0], saturated
    )
    assert (states[:, 0] == health.UnitState.SATURATED).all()


def test_saturation_needs_every_row_below_the_floor():
    model = _hand_built("sigmoid", replicas=1)
    model.biases[0][0, 0] = -20.0  # sigmoid'(-20) = 2e-9: small, but above 1e-12
    assert not health.saturated_mask(model, X)[0][0, 0]
    model.biases[0][0, 0] = -40.0  # sigmoid'(-40) = 4e-18
    assert health.saturated_mask(model, X)[0][0, 0]


def test_every_step_unit_is_dead_in_the_gradient_sense():
    # step fires on half the inputs, yet f' = 0 everywhere: no gradient reaches any unit
    model = _hand_built("step")
    np.testing.assert_array_equal(health.dead_mask(model, X)[0], True)
    assert 0.2 < health.active_fraction(model, X)[0][0, 1] < 0.8


@pytest.mark.parametrize("name", ["relu", "leaky_relu", "elu", "sigmoid"])
def test_a_nan_unit_is_none_of_the_states(name):
    model = _hand_built(name)
    model.biases[0][:, 0] = np.nan
    for mask in (health.dead_mask, health.inactive_mask, health.saturated_mask):
        assert not mask(model, X)[0][:, 0].any(), mask.__name__


@pytest.mark.parametrize(
    ("name", "kind"),
    [("relu", "flat"), ("step", "flat"), ("leaky_relu", "sloped"), ("prelu", "sloped"),
     ("linear", "linear"), ("elu", "smooth"), ("gelu", "smooth"), ("sigmoid", "smooth")],
)
def test_family(name, kind):
    assert health.family(name) == kind


def test_dead_needs_every_row():
    # one input that lifts unit 0 above zero is enough to keep it alive
    model = _hand_built("relu")
    X_plus = np.vstack([X, [[0.0, 0.0]]])
    model.weights[0][:, 1, 0] = 1.0
    X_plus[:, 1] = -5.0  # z0 = x1 - 1 < 0 on every row ...
    X_plus[-1, 1] = 2.0  # ... but this one
    assert not health.dead_mask(model, X_plus)[0][0, 0]
    assert health.dead_mask(model, X_plus[:-1])[0][0, 0]


def test_active_fraction_matches_the_share_by_hand():
    model = _hand_built("relu")
    share_x0 = np.mean(X[:, 0] > 0)
    assert 0.2 < share_x0 < 0.8  # the middle unit is really partly active
    frac = health.active_fraction(model, X)
    assert frac[0].shape == (2, 3)
    np.testing.assert_allclose(frac[0], [[0.0, share_x0, 1.0], [1.0, share_x0, 0.0]])


def test_active_fraction_counts_zero_as_inactive():
    model = _hand_built("relu", replicas=1)
    model.biases[0][...] = 0.0
    model.weights[0][...] = 0.0  # z == 0 exactly: relu'(0) = 0, no gradient, not active
    np.testing.assert_array_equal(health.active_fraction(model, X)[0], 0.0)
    np.testing.assert_array_equal(health.dead_mask(model, X)[0], True)


def test_one_mask_per_hidden_layer():
    model = MLP([2, 5, 4, 3, 1], "relu", replicas=3)
    masks = health.dead_mask(model, X)
    assert [m.shape for m in masks] == [(3, 5), (3, 4), (3, 3)]
    assert all(m.dtype == bool for m in masks)
    model.biases[1][2, 3] = -1e6  # replica 2, layer 2, unit 3: far below zero on every input
    masks = health.dead_mask(model, X)
    assert masks[1][2, 3]
    assert not masks[1][:2, 3].any()


@pytest.mark.parametrize("name", ["relu", "leaky_relu", "tanh", "step"])
def test_nan_unit_is_neither_dead_nor_inactive(name):
    # relu'(NaN) and step'(NaN) are 0, yet a broken unit must never pass for a dead one
    model = _hand_built(name, replicas=1)
    before = health.dead_mask(model, X)[0][0]
    model.weights[0][0, 0, 0] = np.nan
    assert not health.inactive_mask(model, X)[0][0, 0]
    assert health.active_fraction(model, X)[0][0, 0] == 0.0
    assert not health.dead_mask(model, X)[0][0, 0]
    # the units beside it are judged as before (step's units are all dead: step' is 0)
    np.testing.assert_array_equal(health.dead_mask(model, X)[0][0, 1:], before[1:])


def test_sigmoid_saturates_with_huge_weights():
    model = MLP([2, 3, 1], "sigmoid")
    W, b = model.weights[0], model.biases[0]
    b[...] = 0.0
    W[...] = 0.0
    W[0, 0, 0] = 1000.0  # |z| >= 50 on every row: sigmoid' < 2e-22
    W[0, 0, 1] = 0.001  # |z| <= 0.003: sigmoid' ~ 0.25, its peak
    W[0, 0, 2] = 3.0  # z = 3 x0: saturated where sigmoid'(z) < 1 % of 0.25
    frac = health.saturated_fraction(model, X)[0][0]
    z = 3.0 * X[:, 0]
    s = 1.0 / (1.0 + np.exp(-z))
    by_hand = np.mean(s * (1.0 - s) < 0.01 * 0.25)
    assert 0.0 < by_hand < 1.0
    np.testing.assert_allclose(frac, [1.0, 0.0, by_hand])


def test_tanh_saturates_and_relu_never_does_on_the_positive_side():
    model = MLP([2, 1, 1], "tanh")
    model.weights[0][...] = 100.0
    model.biases[0][...] = 0.0
    X_far = X[np.abs(X.sum(axis=1)) > 0.1]
    assert health.saturated_fraction(model, X_far)[0][0, 0] == 1.0
    relu = MLP([2, 1, 1], "relu")
    relu.weights[0][...] = 0.0
    relu.biases[0][...] = 100.0  # z = 100 everywhere: slope 1, nothing saturates
    assert health.saturated_fraction(relu, X)[0][0, 0] == 0.0


def test_gradient_norms_shape_and_values():
    model = MLP([2, 6, 4, 1], "tanh", replicas=3, seed=2)
    y = (X[:, 0] > 0).astype(float)
    dW, _ = model.gradients(X, y)
    norms = health.gradient_norms(dW)
    assert norms.shape == (3, 3)  # (replicas, weight layers)
    by_hand = [[np.linalg.norm(dW[l][r]) for l in range(3)] for r in range(3)]
    np.testing.assert_allclose(norms, by_hand, rtol=1e-12)
    assert np.all(norms > 0.0)
    np.testing.assert_allclose(health.layer_gradient_norms(model, X, y), norms, rtol=1e-12)


def test_gradient_norm_is_zero_behind_a_dead_layer():
    model = MLP([2, 3, 1], "relu", replicas=2)
    model.biases[0][1] = -1e3  # replica 1: all hidden units dead, no gradient reaches layer 0
    y = (X[:, 0] > 0).astype(float)
    norms = health.layer_gradient_norms(model, X, y)
    assert norms[1, 0] == 0.0
    assert norms[0, 0] > 0.0


def test_unit_states_codes():
    dead = np.array([True, False, False])
    inactive = np.array([True, True, False])
    np.testing.assert_array_equal(health.unit_states(dead, inactive), [2, 1, 0])
