"""Unit states per family on hand-built networks, where every z is known exactly.

A [1, 4, 1] network fed x in {1, 2, 3} (all positive) with hidden weights w = (1, -1, 0, 0) and
biases b = (0, 0, 0, -1): unit 0 has z = x > 0 (alive), unit 1 z = -x < 0, unit 2 z = 0 exactly
on every row, unit 3 z = -1. Kills mutants that move a boundary (z < 0 for z <= 0, f' != 0 for
f' == 0), the saturation threshold 1e-12, the NaN guard, and the family of each activation.
"""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core import health
from reludesk.core.health import UnitState
from reludesk.core.network import MLP

X = np.array([[1.0], [2.0], [3.0]])


def _net(activation: str, w=(1.0, -1.0, 0.0, 0.0), b=(0.0, 0.0, 0.0, -1.0)) -> MLP:
    mlp = MLP([1, len(w), 1], activation, replicas=2, seed=3)
    mlp.weights[0][...] = np.asarray(w)[None, None, :]
    mlp.biases[0][...] = np.asarray(b)[None, :]
    return mlp


def _masks(mlp: MLP, X: np.ndarray = X) -> tuple[list, list, list]:
    return health.dead_mask(mlp, X)[0][0], health.inactive_mask(mlp, X)[0][0], \
        health.saturated_mask(mlp, X)[0][0]


@pytest.mark.parametrize(
    ("name", "family"),
    [("relu", "flat"), ("step", "flat"), ("leaky_relu", "sloped"), ("prelu", "sloped"),
     ("linear", "linear"), ("sigmoid", "smooth"), ("tanh", "smooth"), ("elu", "smooth"),
     ("selu", "smooth"), ("gelu", "smooth"), ("silu", "smooth"), ("softplus", "smooth"),
     ("mish", "smooth")],
)
def test_family_of_every_activation(name, family):
    assert health.family(name) == family


@pytest.mark.parametrize("name", ["relu", "step"])
def test_flat_units_below_or_at_zero_are_dead(name):
    dead, inactive, saturated = _masks(_net(name))
    # step' is 0 everywhere, so even unit 0 (z > 0) passes no gradient: dead
    want = [name == "step", True, True, True]
    assert dead.tolist() == want
    assert not inactive.any() and not saturated.any()
    assert dead.shape == (4,) and health.dead_mask(_net(name), X)[0].shape == (2, 4)


@pytest.mark.parametrize("name", ["leaky_relu", "prelu"])
def test_sloped_units_at_or_below_zero_are_inactive_never_dead(name):
    dead, inactive, saturated = _masks(_net(name))
    # unit 2 sits at z = 0 exactly: inactive (z <= 0), the leaky pipe's left slope alpha
    assert inactive.tolist() == [False, True, True, True]
    assert not dead.any() and not saturated.any()


def test_one_row_above_zero_keeps_a_unit_alive():
    # unit 1 gets z = -x + 2.5: positive on the row x = 1 only
    mlp = _net("relu", b=(0.0, 2.5, 0.0, -1.0))
    assert health.dead_mask(mlp, X)[0][0].tolist() == [False, False, True, True]
    mlp = _net("leaky_relu", b=(0.0, 2.5, 0.0, -1.0))
    assert health.inactive_mask(mlp, X)[0][0].tolist() == [False, False, True, True]


def test_saturation_threshold_is_1e_minus_12():
    # sigmoid'(z) ~ e^z far below zero: e^-27.5 = 1.1e-12 is just above the threshold,
    # e^-27.7 = 9.3e-13 just below (weights 0: z is the bias on every row)
    above = _net("sigmoid", w=(0.0, 0.0, 0.0, 0.0), b=(-27.5, -27.7, 0.0, -1000.0))
    dead, inactive, saturated = _masks(above)
    assert saturated.tolist() == [False, True, False, True]
    assert not dead.any() and not inactive.any()


def test_elu_far_below_zero_is_saturated_not_dead():
    # ELU at z = -1000: f' = e^-1000 underflows to exactly 0, yet the state is saturated
    mlp = _net("elu", w=(0.0, 0.0, 0.0, 0.0), b=(-1000.0, -1.0, 5.0, -30.0))
    dead, inactive, saturated = _masks(mlp)
    assert saturated.tolist() == [True, False, False, True]
    assert not dead.any() and not inactive.any()


def test_linear_units_are_never_anything_but_alive():
    dead, inactive, saturated = _masks(_net("linear", b=(0.0, 0.0, 0.0, -1000.0)))
    assert not dead.any() and not inactive.any() and not saturated.any()


@pytest.mark.parametrize("name", ["relu", "leaky_relu", "elu"])
def test_a_nan_unit_is_no_state(name):
    mlp = _net(name, b=(np.nan, 0.0, 0.0, -1000.0))
    dead, inactive, saturated = _masks(mlp)
    assert not dead[0] and not inactive[0] and not saturated[0]


def test_active_fraction_counts_rows_with_z_strictly_above_zero():
    rows = np.array([[-1.0], [0.0], [1.0], [2.0]])
    share = health.active_fraction(_net("relu"), rows)[0][0]
    # unit 0: z = x -> 2 of 4 rows above zero (z = 0 is not); unit 1: z = -x -> 1 of 4
    np.testing.assert_array_equal(share, [0.5, 0.25, 0.0, 0.0])


def test_saturated_fraction_is_the_share_below_one_percent_of_the_peak():
    # sigmoid peak 0.25, floor 0.0025: sigmoid'(-6) = 0.00247 is below, sigmoid'(-5.9) 0.00272 not
    mlp = _net("sigmoid", w=(1.0, 0.0, 0.0, 0.0), b=(-9.0, -6.0, -5.9, 0.0))
    share = health.saturated_fraction(mlp, X)[0][0]
    # unit 0: z = x - 9 = -8, -7, -6, all below the floor
    np.testing.assert_array_equal(share, [1.0, 1.0, 0.0, 0.0])


def test_gradient_norms_by_hand():
    dW = [np.array([[[3.0, 4.0]], [[0.0, 1.0]]]), np.array([[[1.0], [2.0]], [[2.0], [2.0]]])]
    np.testing.assert_allclose(health.gradient_norms(dW), [[5.0, np.sqrt(5)], [1.0, np.sqrt(8)]])


def test_layer_gradient_norms_match_the_network_gradients():
    mlp = MLP([2, 3, 2, 1], "relu", replicas=2, seed=1)
    Xr = np.array([[1.0, -2.0], [0.5, 0.3], [-1.0, 1.0]])
    y = np.array([1.0, 0.0, 1.0])
    dW, _ = mlp.gradients(Xr, y)
    want = np.array([[np.linalg.norm(g[r]) for g in dW] for r in range(2)])
    np.testing.assert_allclose(health.layer_gradient_norms(mlp, Xr, y), want, rtol=1e-12)


def test_unit_states_codes_and_precedence():
    dead = np.array([True, True, False, False, False])
    inactive = np.array([True, False, True, False, False])
    saturated = np.array([True, False, True, True, False])
    states = health.unit_states(dead, inactive, saturated)
    assert states.dtype == np.int8
    assert states.tolist() == [2, 2, 1, 3, 0]
    assert health.unit_states(dead, inactive).tolist() == [2, 2, 1, 0, 0]
    assert [int(s) for s in UnitState] == [0, 1, 2, 3]
    assert health.inactive_alive(dead, inactive).tolist() == [False, False, True, False, False]


def test_share_of_units_weights_layers_by_width():
    # layers of 4 and 12 units, shares 0.5 and 0.25: (2 + 3) / 16 = 0.3125
    got = health.share_of_units(np.array([[0.5, 1.0], [0.25, 0.0]]), [4, 12])
    np.testing.assert_allclose(got, [0.3125, 0.25])
    records = health.share_of_units(np.zeros((3, 2, 5)), [4, 12])
    assert records.shape == (3, 5)
    np.testing.assert_array_equal(health.share_of_units(np.zeros((0, 2)), []), [0.0, 0.0])
