"""Divergence in the Trainer, forced by hand: one replica's weights set to 1e300, so its loss
overflows to inf on the next step while the others train on. What the contract says must
happen then: the step where a replica stopped is on the curve even off the recording stride,
the healthy replicas go on exactly as if nothing had happened (their optimiser state
included), and a trainer that stops says how many steps it took. Written for the mutants
mutmut left alive in experiment.py (tests/benchmarks/mutation_core.py).
"""

from __future__ import annotations

import numpy as np

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
