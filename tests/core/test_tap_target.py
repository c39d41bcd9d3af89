"""Which unit the linked tap follows in the burst lessons: health.dead_since, first_to_die and
most_inactive, by hand and on the lessons' own networks over 16 starting weights (replica r is
the network the window shows for seed r), with the lessons' protocol: train a moment, burst,
train on. What the tap's caption says of the unit ("the first to die", "the most inactive") is
checked here against the network's own masks and shares, never against the functions' rules."""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core import health, lessons
from reludesk.core.experiment import Trainer

SEEDS = 16
WARM_UP = 200  # "train for a moment": as tests/core/test_lesson_protocol.py
LOOK_EVERY = 10  # steps between looks at the masks: the window looks about this often or more
LATER = 1_000  # steps trained on after the burst


def z_of(trainer: Trainer, r: int) -> list[np.ndarray]:
    """Replica r's z over the training rows: per layer (n, width)."""
    return [z[r] for z in trainer.model.pre_activations(trainer.X_train)]


# --- by hand ------------------------------------------------------------------------------------
def test_a_death_keeps_the_step_it_was_first_seen_and_a_revival_forgets_it():
    since = health.dead_since(None, [np.array([False, True, False])], 10)
    assert since[0].tolist() == [-1, 10, -1]
    since = health.dead_since(since, [np.array([True, True, False])], 20)
    assert since[0].tolist() == [20, 10, -1]  # the earlier death keeps its step
    since = health.dead_since(since, [np.array([True, False, False])], 30)
    assert since[0].tolist() == [20, -1, -1]  # came back: forgotten
    since = health.dead_since(since, [np.array([True, True, False])], 40)
    assert since[0].tolist() == [20, 40, -1]  # a second death counts from when it was seen


def test_the_earliest_death_wins_over_a_deeper_later_one():
    zs = [np.array([[-1.0, -9.0], [-2.0, -8.0]]), np.array([[3.0], [-5.0]])]
    since = [np.array([30, 20]), np.array([-1])]
    assert health.first_to_die(since, zs) == (0, 1)
    since = [np.array([20, 30]), np.array([-1])]
    assert health.first_to_die(since, zs) == (0, 0)  # although unit 1 sits deeper
    since = [np.array([-1, -1]), np.array([20])]
    assert health.first_to_die(since, zs) == (1, 0)  # a later layer's unit counts too


def test_deaths_seen_together_go_to_the_deepest_then_the_lowest_index():
    # largest z per unit: layer 0: -1, -3; layer 1: -3, -0.5
    zs = [np.array([[-1.0, -4.0], [-2.0, -3.0]]), np.array([[-3.0, -0.5], [-4.0, -0.7]])]
    since = [np.array([50, 50]), np.array([50, 50])]
    assert health.first_to_die(since, zs) == (0, 1)  # -3 beats -1 and -0.5; ties -3: layer 0
    assert health.first_to_die([np.array([50, -1]), np.array([50, -1])], zs) == (1, 0)


def test_no_death_no_unit():
    zs = [np.array([[1.0, -1.0]])]
    assert health.first_to_die([np.array([-1, -1])], zs) is None
    assert health.first_to_die([], []) is None


def test_the_most_inactive_unit_and_its_share():
    # shares of rows with z <= 0: unit 0: 1/4, unit 1: 3/4 (0 counts as below), unit 2: 2/4
    z = np.array([[1.0, 0.0, -1.0], [-1.0, -2.0, -1.0], [2.0, -1.0, 3.0], [3.0, 4.0, 3.0]])
    assert health.most_inactive([z]) == (0, 1, pytest.approx(0.75))
    # two units shut on every row: the one deeper below zero, then the lower index
    z = np.array([[-1.0, -5.0, -5.0, 1.0], [-2.0, -6.0, -7.0, -1.0]])
    assert health.most_inactive([z]) == (0, 1, 1.0)
    assert health.most_inactive([z[:, [0, 3]], z[:, [1, 2]]]) == (1, 0, 1.0)


def test_a_unit_with_a_nan_z_is_never_the_most_inactive():
    z = np.array([[np.nan, -1.0], [np.nan, 1.0]])  # NaN <= 0 is False: it would read 0 %
    z[:, 0] = [-np.inf, np.nan]  # below zero on one row, NaN on the other
    assert health.most_inactive([z]) == (0, 1, 0.5)
    assert health.most_inactive([np.full((2, 2), np.nan)]) is None


# --- on the lessons' networks -------------------------------------------------------------------
def _look(trainer: Trainer, since: list[list[np.ndarray] | None]) -> None:
    """Update every replica's death steps from the network as it is now."""
    snap = trainer.evaluate()
    for r in range(SEEDS):
        since[r] = health.dead_since(since[r], [d[r] for d in snap.dead], snap.steps)


def test_lesson_4_the_unit_followed_is_dead_and_was_among_the_first_to_die():
    lesson = lessons.get("dying_relu")
    trainer = Trainer(lesson.config.replace(replicas=SEEDS), record_every=10**9)
    since: list[list[np.ndarray] | None] = [None] * SEEDS
    masks = []  # the dead masks at every look: (looks, replicas, units)

    def look() -> None:
        _look(trainer, since)
        masks.append(np.concatenate(trainer.evaluate().dead, axis=1))

    def train(steps: int) -> None:
        for _ in range(steps // LOOK_EVERY):
            trainer.step(LOOK_EVERY)
            look()

    look()
    train(WARM_UP)
    trainer.burst()
    look()  # right after the burst, as the window does
    train(LATER)
    masks = np.stack(masks)
    final = trainer.evaluate()
    followed = 0
    for r in np.flatnonzero(~final.diverged):
        unit = health.first_to_die(since[r], z_of(trainer, r))
        if not masks[-1, r].any():
            assert unit is None  # nothing dead: nothing to follow
            continue
        assert unit is not None and unit[0] == 0  # one hidden layer
        followed += 1
        assert final.dead[0][r, unit[1]]  # "the first to die" is dead on screen
        # and none died before it: at the first look where any unit of seed r was dead, it was,
        # and it stayed dead at every look since
        first = np.flatnonzero(masks[:, r].any(axis=1))[0]
        assert masks[first:, r, unit[1]].all()
    # the burst kills in every finite network (test_lessons: a median of 8 of 16)
    assert followed == int((~final.diverged).sum()) >= SEEDS - 2


def test_lesson_5_the_unit_followed_is_the_most_inactive_by_the_networks_own_shares():
    lesson = lessons.get("leaky_relu")
    trainer = Trainer(lesson.config.replace(replicas=SEEDS), record_every=10**9)
    trainer.step(WARM_UP)
    trainer.burst()
    for later in (0, LATER):  # right after the burst, and after training on
        trainer.step(later)
        snap = trainer.evaluate()
        hit = 0
        for r in np.flatnonzero(~snap.diverged):
            layer, unit, share = health.most_inactive(z_of(trainer, r))
            assert layer == 0  # one hidden layer
            below = 1.0 - snap.active_fraction[0][r]  # the core's share, z <= 0, per unit
            assert share == pytest.approx(below[unit]) == pytest.approx(below.max())
            if snap.inactive[0][r].any():  # right after the burst: one shut on every input
                hit += 1
                assert snap.inactive[0][r, unit]
        if later == 0:
            assert hit >= SEEDS // 2  # the burst leaves inactive units (median 5.5 of 16)
