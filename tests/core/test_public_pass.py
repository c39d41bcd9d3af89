"""The public pieces the UI builds on: MLP's stored passes, layer outputs, the burst, the slope
rule, unit states and the Snapshot module (untied from experiment <-> history)."""

import warnings

import numpy as np
import pytest

from reludesk.core import activations, experiment, health, history, snapshot
from reludesk.core.config import Config
from reludesk.core.network import MLP


@pytest.fixture
def net_and_data():
    rng = np.random.default_rng(3)
    X, y = rng.normal(size=(40, 2)), (rng.random(40) > 0.5).astype(float)
    return MLP([2, 5, 3, 1], "prelu", replicas=3, seed=2), X, y


def test_public_passes_give_what_loss_and_gradients_gives(net_and_data):
    mlp, X, y = net_and_data
    zs, acts = mlp.forward_pass(X)
    assert [z.shape for z in zs] == [(3, 5, 40), (3, 3, 40), (3, 1, 40)]
    assert acts[0].shape == (40, 2) and acts[1].shape == (3, 5, 40)
    loss, dW, db, dslopes = mlp.backward_pass(zs, acts, y)
    ref = mlp.loss_and_gradients(X, y)
    np.testing.assert_array_equal(loss, ref[0])
    for mine, theirs in zip([*dW, *db, *dslopes], [*ref[1], *ref[2], *ref[3]], strict=True):
        np.testing.assert_array_equal(mine, theirs)
    np.testing.assert_array_equal(mlp.output_loss(zs[-1], y), mlp.loss(X, y))


def test_layer_outputs_are_hidden_f_then_the_network_output(net_and_data):
    mlp, X, _ = net_and_data
    outs = mlp.layer_outputs(X)
    assert [o.shape for o in outs] == [(3, 40, 5), (3, 40, 3), (3, 40, 1)]
    zs = mlp.pre_activations(X)
    for l, z in enumerate(zs):
        np.testing.assert_allclose(outs[l], mlp.hidden_f(l, z))
    np.testing.assert_allclose(outs[-1], mlp.forward(X))
    assert ((outs[-1] > 0) & (outs[-1] < 1)).all()  # classification: probabilities


def test_train_step_on_a_diverging_network_warns_nothing():
    mlp = MLP([2, 8, 1], "linear", task="regression", seed=0)
    X = np.full((10, 2), 1e3)
    y = np.full(10, 1e3)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any RuntimeWarning would fail the test
        losses = [mlp.train_step(X, y, 10.0) for _ in range(40)]
    assert not np.isfinite(losses[-1]).all()  # it did diverge: the result says so


def test_trainer_burst_uses_the_one_burst_definition():
    trainer = experiment.Trainer(Config(hidden=(4,), seed=1))
    before = trainer.config.learning_rate
    assert trainer.burst() == experiment.BURST_STEPS == 100
    assert experiment.BURST_LR == 1.0
    assert trainer.config.learning_rate == before


@pytest.mark.parametrize("name", activations.names())
def test_slope_below_zero_is_the_relu_family_with_a_leak(name):
    leaks = activations.get(name).df(np.array([-3.0, -0.5]))
    linear_leak = np.allclose(leaks, leaks[0]) and leaks[0] > 0
    expected = name in ("leaky_relu", "prelu")
    assert activations.has_slope_below_zero(name) is expected
    if expected:
        assert linear_leak  # a straight line of slope alpha below zero


def test_slope_rule_refuses_an_unknown_name():
    with pytest.raises(ValueError, match="relu"):
        activations.has_slope_below_zero("rellu")


def test_unit_states_and_the_inactive_count_agree():
    dead = np.array([[True, False, False, False]])
    inactive = np.array([[True, True, False, True]])
    states = health.unit_states(dead, inactive)
    assert states.tolist() == [[health.UnitState.DEAD, health.UnitState.INACTIVE,
                                health.UnitState.ALIVE, health.UnitState.INACTIVE]]
    assert health.inactive_alive(dead, inactive).sum() == 2


def test_snapshot_counts_inactive_but_alive_units_only():
    trainer = experiment.Trainer(Config(activation="leaky_relu", hidden=(6, 6), seed=4))
    trainer.model.biases[0][0, :3] = -1e6  # three units below zero on every input
    trainer.invalidate()
    snap = trainer.evaluate()
    assert snap.inactive_count(0) == int(
        sum(health.inactive_alive(d[0], i[0]).sum()
            for d, i in zip(snap.dead, snap.inactive, strict=True))
    )
    assert snap.inactive_count(0) >= 3
    assert snap.dead_count(0) == 0  # leaky units never die


def test_snapshot_lives_in_its_own_module_and_keeps_its_public_name():
    assert experiment.Snapshot is snapshot.Snapshot
    assert history.Snapshot is snapshot.Snapshot
