"""What Trainer.evaluate reports, checked against the network computed on its own: losses and
accuracies of a two-hidden-layer net, the unit shares, NaN accuracies for regression, the
runaway ceiling of a million times the starting loss (at least a million), the batches' own
random stream; plus History's and Snapshot's defaults and the tap's unit pickers in health.
Written for the mutants mutmut left alive in experiment.py, history.py, snapshot.py and
health.py (tests/benchmarks/mutation_core.py); each test names the mutants it kills.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from reludesk.core import health
from reludesk.core.experiment import Config, Trainer
from reludesk.core.history import History
from reludesk.core.network import MLP
from reludesk.core.snapshot import Snapshot


# --- evaluate against the network itself ----------------------------------------------------------
def test_losses_and_accuracies_are_the_output_layers():
    # two hidden layers, so zs[1] is a hidden layer and zs[-2] too: only zs[-1] is the output.
    # Kills _evaluate 18, 19 (test loss from zs[+1] or zs[-2]) and 28, 35 (accuracies from
    # zs[+1])
    t = Trainer(Config(hidden=(5, 3), replicas=2))
    t.step(30)
    snap, m = t.evaluate(), t.model
    np.testing.assert_allclose(snap.test_loss, m.loss(t.X_test, t.y_test), rtol=1e-12)
    for X, y, acc in ((t.X_train, t.y_train, snap.train_accuracy),
                      (t.X_test, t.y_test, snap.test_accuracy)):
        said = m.forward(X)[:, :, 0] >= 0.5
        np.testing.assert_array_equal(acc, np.mean(said == (y == 1.0), axis=1))


def test_unit_shares_are_healths_on_the_training_rows():
    # kills _evaluate 77, 78 (active and saturated fractions left out of the snapshot)
    t = Trainer(Config(hidden=(5, 3), activation="tanh", replicas=2))
    snap = t.evaluate()
    for got, want in ((snap.active_fraction, health.active_fraction(t.model, t.X_train)),
                      (snap.saturated_fraction, health.saturated_fraction(t.model, t.X_train))):
        assert len(got) == 2
        for a, b in zip(got, want, strict=True):
            np.testing.assert_array_equal(a, b)


def test_regression_has_no_accuracy_but_nan():
    # kills _evaluate 37, 39 (None, or an array of None, instead of float NaN)
    snap = Trainer(Config(dataset="plane", hidden=(4,), replicas=3)).evaluate()
    for acc in (snap.train_accuracy, snap.test_accuracy):
        assert acc.dtype == np.float64 and acc.shape == (3,) and np.isnan(acc).all()


def _loss_set_by_hand(t: Trainer, bias: float) -> float:
    """Zero output weights and output bias ``bias``: every prediction is ``bias``, so the
    mean squared error is mean((bias - y)^2)."""
    t.model.weights[-1][...] = 0.0
    t.model.biases[-1][...] = bias
    t.invalidate()
    return float(np.mean((bias - t.y_train) ** 2))


def test_runaway_is_a_million_times_a_starting_loss_above_one():
    # plane with He weights starts at a loss of ~6.65: the ceiling is 6.65e6, so a loss of
    # ~1e6 is not running away. Kills _evaluate 58 (1e6 / start: a ceiling of ~1.5e5)
    t = Trainer(Config(dataset="plane", hidden=(4,)))
    start = float(t.evaluate().train_loss[0])
    assert 6.0 < start < 7.0
    loss = _loss_set_by_hand(t, 1000.0)
    assert 9e5 < loss < 1.1e6
    assert not t.evaluate().runaway[0]
    _loss_set_by_hand(t, 3000.0)  # ~9e6, past 6.65e6
    assert t.evaluate().runaway[0]


def test_runaway_is_at_least_a_million_for_a_small_starting_loss():
    # Playground's weights start the plane at ~0.2, below 1: the ceiling is 1e6 itself, and a
    # loss of ~1.44e6 runs away. Kills _evaluate 68 (a floor of 2 instead of 1: 2e6)
    t = Trainer(Config(dataset="plane", hidden=(4,), init="playground"))
    assert float(t.evaluate().train_loss[0]) < 1.0
    loss = _loss_set_by_hand(t, 1200.0)
    assert 1.3e6 < loss < 1.6e6
    snap = t.evaluate()
    assert snap.runaway[0] and np.isfinite(snap.train_loss[0])


def test_evaluating_a_network_that_overflows_warns_nothing():
    # an overflowing network is reported through non-finite numbers, never numpy warnings on
    # the console. Kills evaluate 2 (errstate(all=None) leaves the warnings on)
    t = Trainer(Config(hidden=(4,)))
    for W in t.model.weights:
        W[...] = 1e300
    t.invalidate()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        snap = t.evaluate()
    assert not np.isfinite(snap.train_loss).all()


def test_batches_come_from_their_own_stream_of_the_seed():
    # the first batch is the first rows of permutation (seed, 1) of the training set: one SGD
    # step of the trainer equals a step of the same network on those rows. Kills __init__ 42
    # (the stream (seed, 2))
    config = Config(hidden=(4,), seed=7, batch_size=10)
    t = Trainer(config)
    twin = t.model.copy()
    rows = np.random.default_rng((7, 1)).permutation(len(t.X_train))[:10]
    twin.train_step(t.X_train[rows], t.y_train[rows], config.learning_rate)
    t.step(1)
    for a, b in zip(t.model.parameters(), twin.parameters(), strict=True):
        np.testing.assert_array_equal(a, b)


# --- History's and Snapshot's defaults ------------------------------------------------------------
def test_a_history_records_every_step_and_no_slopes_by_default():
    # kills History __init__ 2 (stride 2 by default) and 3 (slopes by default)
    h = History(n_hidden=1, n_layers=2, replicas=1)
    assert h.stride == 1 and h.wants(1) and h.wants(3)
    assert not hasattr(h, "slope_mean")


def test_a_network_without_hidden_layers_has_empty_shares():
    # (0 layers, replicas) for the shares of a network with no hidden layer. Kills dead_share,
    # inactive_share and saturated_share 2 (np.zeros(None)) and 3 (one row of zeros)
    t = Trainer(Config(hidden=(), replicas=3))
    snap = t.evaluate()
    assert isinstance(snap, Snapshot)
    for shares in (snap.dead_share(), snap.inactive_share(), snap.saturated_share()):
        assert shares.shape == (0, 3)


# --- the tap's unit pickers -----------------------------------------------------------------------
def test_dead_since_keeps_a_death_seen_at_step_zero():
    # a unit dead from the start is dead since step 0, and stays so: 0 is a step, only -1
    # means alive. Kills dead_since 22 (float steps), 35 and 36 (before > 0, >= 1: step 0
    # forgotten)
    first = health.dead_since(None, [np.array([True, False])], 0)
    later = health.dead_since(first, [np.array([True, True])], 10)
    assert [a.tolist() for a in later] == [[0, 10]]
    assert later[0].dtype == np.int64 and first[0].dtype == np.int64


def test_first_to_die_counts_a_death_at_step_zero_and_skips_nan():
    # unit 0 dead since step 0, unit 1 since step 5, unit 2 dead since 0 with a NaN z (a
    # diverged row): unit 0 is first. Kills first_to_die 27, 28 (step 0 ignored: unit 1) and
    # 31 (None for a non-finite z: a TypeError)
    since = [np.array([0, 5, 0])]
    zs = [np.array([[-1.0, -2.0, np.nan], [-0.5, -3.0, -1.0]])]
    assert health.first_to_die(since, zs) == (0, 0)


def test_first_to_die_refuses_layers_that_do_not_pair_up():
    # kills first_to_die 4, 7, 8 (zip not strict: a layer silently dropped)
    with pytest.raises(ValueError, match="zip"):
        health.first_to_die([np.array([0])], [np.zeros((2, 1)), np.zeros((2, 1))])



def test_the_network_is_built_from_the_configs_seed():
    # kills Trainer __init__ 34 (the MLP built with its default seed 0)
    config = Config(hidden=(4,), seed=5, replicas=2)
    model = Trainer(config).model
    twin = MLP(config.layer_sizes, config.make_activation(), replicas=2, seed=5)
    for a, b in zip(model.parameters(), twin.parameters(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_records_hold_the_z_quantiles_of_their_step_also_when_a_replica_stops():
    # every record, a stride step's and a divergence's, holds health's quantiles of z then.
    # Kills _step 62, 65 and _after_divergence 6, 9 (the quantiles left out: NaN)
    t = Trainer(Config(hidden=(4, 3), replicas=2), record_every=2)
    t.step(2)
    zq = health.z_quantiles(t.model.pre_activations(t.X_train))
    np.testing.assert_allclose(t.history.z_quantiles[-1], zq, rtol=1e-12)
    for W in t.model.weights:
        W[...] = 1e300
    t.invalidate()
    t.step(1)
    assert t.diverged and t.history.steps[-1] == 2
    assert np.isfinite(t.history.z_quantiles[-1]).all()
