"""Divergence in the Trainer, forced by hand: one replica's weights set to 1e300, so its loss
overflows to inf on the next step while the others train on. What the contract says must
happen then: the step where a replica stopped is on the curve even off the recording stride,
the healthy replicas go on exactly as if nothing had happened (their optimiser state
included), and a trainer that stops says how many steps it took. Written for the mutants
mutmut left alive in experiment.py (tests/benchmarks/mutation_core.py).
"""

from __future__ import annotations

import numpy as np

from reludesk.core import datasets
from reludesk.core.experiment import Config, Trainer


def blow_up(trainer: Trainer, replica: int | slice) -> None:
    """Weights of 1e300 in every layer: the first layer's z is ~1e301, the second's inf."""
    for W in trainer.model.weights:
        W[replica] = 1e300
    trainer.invalidate()


def test_a_replica_that_stops_off_the_stride_is_recorded_at_once():
    # records every 1,000 steps, but replica 1 stops at step 1: that step is recorded anyway,
    # with replica 1 marked. Kills _step 27 (newly always False) and 29 (newly read from the
    # replicas stopped before, none here)
    t = Trainer(Config(hidden=(4,), replicas=2), record_every=1000)
    blow_up(t, 1)
    assert t.step(5) == 5
    assert t.diverged_mask.tolist() == [False, True]
    assert t.history.steps.tolist() == [0, 1]
    assert np.isfinite(t.history.train_loss).all()  # replica 1 is shown at its last finite state


def test_a_trainer_that_stops_returns_the_steps_it_took():
    # every replica overflows on the first step: none is taken, and step says 0. Kills _step 31
    # (return instead of break: step returns None and skips the last parameter check)
    t = Trainer(Config(hidden=(4,), replicas=2))
    blow_up(t, slice(None))
    assert t.step(5) == 0
    assert t.diverged and t.steps_done == 0
    assert np.isfinite(t.evaluate().train_loss).all()


def test_a_full_history_keeps_the_step_where_training_stopped():
    # capacity 4 holds steps 0, 2, 4, 6 (stride 2); training stops at step 7. The halving
    # to stride 4 keeps 0 and 4, and the divergence at 7, off the new stride, is forced in.
    # Kills _after_divergence 5, 7, 8 (the record not forced: step 7 is dropped)
    t = Trainer(Config(hidden=(4,), replicas=2), record_every=2, history_capacity=4)
    t.step(7)
    assert t.history.steps.tolist() == [0, 2, 4, 6]
    blow_up(t, slice(None))
    assert t.step(3) == 0
    assert t.history.steps.tolist() == [0, 4, 7]


def test_healthy_replicas_keep_their_momentum_when_another_stops():
    # two trainers on the same seed: in one, replica 1 blows up after 20 steps. Replica 0 is
    # an independent network, so its weights must match the undisturbed trainer's step for
    # step, its heavy-ball velocity included. Kills _freeze 12 (reset_replicas(None) zeroes
    # every replica's velocity: v[None] = 0 writes the whole array)
    config = Config(hidden=(4,), replicas=2, optimizer="momentum", learning_rate=0.05)
    calm, hit = Trainer(config), Trainer(config)
    calm.step(20)
    hit.step(20)
    blow_up(hit, 1)
    calm.step(10)
    hit.step(10)
    assert hit.diverged_mask.tolist() == [False, True]
    for a, b in zip(calm.model.parameters(), hit.model.parameters(), strict=True):
        np.testing.assert_array_equal(a[0], b[0])


def test_a_replica_whose_update_overflows_is_stopped_alone():
    # replica 1's output weight of 1.3e307 keeps its loss on a batch of 10 finite (z below
    # ~1e308; the mean over the whole training set overflows in the sum), but at rate 10 the
    # first layer's gradient (about x x W2) times the rate overflows: the parameters, not the
    # loss, turn inf, and the check after the update stops replica 1 alone, back at the state
    # before the step. Kills _check_parameters 3 (only the last array checked: the
    # biases stay finite), 5 (one sum over all replicas stops both), 16-18 (None for the
    # masks: a TypeError)
    t = Trainer(Config(hidden=(1,), replicas=2, learning_rate=10.0), record_every=1000)
    t.model.weights[1][1] = 1.3e307
    t.invalidate()
    start = [p.copy() for p in t.model.parameters()]
    assert t.step(1) == 1
    assert t.diverged_mask.tolist() == [False, True]
    for p, p0 in zip(t.model.parameters(), start, strict=True):
        np.testing.assert_array_equal(p[1], p0[1])
    assert not np.array_equal(t.model.weights[0][0], start[0][0])  # replica 0 trained
    assert t.history.steps.tolist() == [0, 1]  # the step where it stopped is on the curve


def test_a_replica_that_stops_when_the_history_is_full_is_recorded_off_the_stride():
    # steps 0, 2, 4, 6 fill a capacity of 4; replica 1 stops at step 7 while replica 0 goes
    # on: the halving to stride 4 keeps 0 and 4, and step 7 is forced in. Kills _step 61, 63
    # (the record at a newly stopped replica not forced)
    t = Trainer(Config(hidden=(4,), replicas=2), record_every=2, history_capacity=4)
    t.step(6)
    blow_up(t, 1)
    assert t.step(1) == 1
    assert t.diverged_mask.tolist() == [False, True]
    assert t.history.steps.tolist() == [0, 4, 7]


def test_the_trainer_records_every_ten_steps_by_default_on_its_own_split_and_init():
    # the Trainer's defaults and what it hands on: record_every 10, the config's seed for the
    # split, its init for the network. Kills __init__ 1 (every 11), 21 (the split's seed
    # left at 0) and 32 (the init left at he)
    config = Config(hidden=(4,), seed=5, init="negative_bias")
    t = Trainer(config)
    t.step(20)
    assert t.history.steps.tolist() == [0, 10, 20]
    X, y = datasets.make(config.dataset, config.n_samples, config.noise, 5)
    X_train = datasets.split(X, y, config.train_fraction, 5)[0]
    np.testing.assert_array_equal(t.X_train, X_train)
    assert t.model.init == "negative_bias"
    assert (Trainer(config).model.biases[0] == -1.0).all()


def test_an_output_of_exactly_one_half_counts_as_label_one():
    # all weights and biases 0: every output is sigmoid(0) = 0.5 exactly, which the rule
    # "output >= 0.5 means 1" puts on label 1's side, so the accuracy is the share of ones.
    # Kills _accuracy 6 (z > 0: the share of zeros instead)
    t = Trainer(Config(hidden=(4,)))
    for p in t.model.parameters():
        p[...] = 0.0
    t.invalidate()
    snap = t.evaluate()
    assert t.y_train.mean() != 0.5  # the random split is not balanced, so the sides differ
    assert snap.train_accuracy[0] == t.y_train.mean()
    assert snap.test_accuracy[0] == t.y_test.mean()
