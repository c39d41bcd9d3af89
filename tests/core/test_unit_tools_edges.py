"""Edges of the neuron inspector's unit tools in network.py and of health.z_quantiles, for the
mutants mutmut left alive there (tests/benchmarks/mutation_core.py): the refusals word for word,
replica 0 by default, kill_bias on rows that cannot be killed, quantiles of empty pools. Each
test names the mutants it kills."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from reludesk.core import health
from reludesk.core.network import MLP


@pytest.mark.parametrize(
    ("args", "message"),
    [((0, 1.0, 0), "unit must be a whole number, got 1.0"),
     ((0, 0, "r"), "replica must be a whole number, got 'r'")],
)
def test_unit_refusals_name_the_argument(args, message):
    # kills _check_unit 3-6 (the names "unit" and "replica" mangled)
    model = MLP([2, 3, 1], replicas=2)
    with pytest.raises(ValueError) as refused:
        model.unit_params(*args)
    assert str(refused.value) == message


def test_unit_tools_work_on_replica_zero_by_default():
    # kills reinit_unit 1 and unit_inputs 1 (default replica 1) and 8 (unit 1 checked: a
    # one-unit layer would be refused)
    model = MLP([2, 1, 1, 1], "tanh", replicas=2, seed=4)
    X = np.array([[1.0, 2.0], [-1.0, 0.5]])
    model.weights[0][1] = 7.0
    np.testing.assert_array_equal(model.unit_inputs(1, X), np.tanh(X @ model.weights[0][0]
                                                                   + model.biases[0][0]))
    before = [W.copy() for W in model.weights]
    model.reinit_unit(0, 0, np.random.default_rng(0))
    assert not np.array_equal(model.weights[0][0], before[0][0])
    np.testing.assert_array_equal(model.weights[0][1], before[0][1])


def test_kill_bias_refusals_in_words_and_no_warnings():
    # kills kill_bias 19, 29 (the sentences mangled) and 21 (overflow warnings let through)
    model = MLP([2, 2, 1], replicas=1)
    with pytest.raises(ValueError) as refused:
        model.kill_bias(0, 0, np.zeros((0, 2)))
    assert str(refused.value) == "a kill bias needs at least one input row"
    model.weights[0][...] = 1e308
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError) as refused:
            model.kill_bias(0, 0, np.array([[1e308, 1e308]]))
    assert str(refused.value) == (
        "this unit's inputs are not finite numbers, so no bias can kill it"
    )


def test_z_quantiles_of_empty_pools_and_of_no_hidden_layer():
    # a layer with no rows has no percentile: NaN for each replica, next to a layer of another
    # width that has some (the per-layer path); a network without hidden layers gives (0, 0, q)
    # and a pool of one value gives that value. Kills z_quantiles 67 (a one-value pool read as
    # empty), 68-73 (the empty pool's NaN block mangled) and 108, 109 (the empty answer's shape)
    qs = (5, 50, 95)
    out = health.z_quantiles([np.zeros((2, 0, 3)), np.arange(6.0).reshape(2, 3, 1)], qs)
    assert out.shape == (2, 2, 3)
    assert np.isnan(out[:, 0]).all()
    np.testing.assert_allclose(out[:, 1], np.percentile([[0, 1, 2], [3, 4, 5]], qs, axis=1).T)
    assert health.z_quantiles([], qs).shape == (0, 0, 3)
    one = health.z_quantiles([np.array([[[2.5]]]), np.zeros((1, 2, 2))], qs)
    np.testing.assert_array_equal(one[0, 0], [2.5, 2.5, 2.5])
