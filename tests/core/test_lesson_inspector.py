"""Lessons 4 and 5 send the student to the neuron inspector; what they say it shows is checked
here on 16 starting weights (the replica axis), after the lessons' own protocol: train a moment
(WARM_UP), press B, train on (REVIVAL steps).

Lesson 4: the unit the tap follows (``health.first_to_die``: dead longest, the burst's hardest
hit) and every crossed one have all their z left of 0 on the training inputs, and keep them
there. Lesson 5: the unit the tap follows (``health.most_inactive``) and every dashed one have all
their z left of 0 too, yet their incoming weights get a gradient (the same weights under ReLU get
none: the hole in the pipe is the whole difference).
"""

from __future__ import annotations

import numpy as np
from test_lesson_protocol import REVIVAL, SEEDS, WARM_UP, after_burst

from reludesk.core import activations, health, lessons
from reludesk.core.experiment import Trainer
from reludesk.core.network import MLP


def _pointed_at_dying(t: Trainer, before: list[np.ndarray]) -> list[tuple[int, int] | None]:
    """Per replica, the unit lesson 4's tap follows after the burst: dead longest, as the
    window tracks it (seen dead after the warm-up, or newly at the burst's end)."""
    snap = t.evaluate()
    zs = t.model.pre_activations(t.X_train)
    units = []
    for r in range(SEEDS):
        since = health.dead_since(None, [b[r] for b in before], WARM_UP)
        since = health.dead_since(since, [d[r] for d in snap.dead], t.steps_done)
        units.append(health.first_to_die(since, [z[r] for z in zs]))
    return units


def _dying() -> tuple[Trainer, list[np.ndarray]]:
    config = lessons.get("dying_relu").config.replace(replicas=SEEDS)
    t = Trainer(config, record_every=10**9)
    t.step(WARM_UP)
    before = [d.copy() for d in t.evaluate().dead]
    t.burst()
    return t, before


def _top_z(model: MLP, X: np.ndarray) -> list[np.ndarray]:
    """Per hidden layer, (replicas, width): each unit's largest z over the rows of X."""
    return [z.max(axis=1) for z in model.pre_activations(X)]


def test_lesson4_the_unit_the_tap_follows_and_every_crossed_one_lie_left_of_zero():
    t, before = _dying()
    assert not t.diverged_mask.any()
    units = _pointed_at_dying(t, before)
    assert None not in units  # every network has a crossed neuron to click
    top = _top_z(t.model, t.X_train)
    for r, (layer, unit) in enumerate(units):
        assert top[layer][r, unit] < 0.0, r
    dead = t.evaluate().dead
    for d, z in zip(dead, top, strict=True):
        assert d.any() and np.all(z[d] < 0.0)


def test_lesson4_a_crossed_neurons_z_stays_left_of_zero_as_training_goes_on():
    config = lessons.get("dying_relu").config.replace(replicas=SEEDS)
    t = Trainer(config, record_every=10**9)
    t.step(WARM_UP)
    before = [d.copy() for d in t.evaluate().dead]
    t.burst()
    units = _pointed_at_dying(t, before)
    dead = [d.copy() for d in t.evaluate().dead]
    t.step(REVIVAL)
    top = _top_z(t.model, t.X_train)
    for r, (layer, unit) in enumerate(units):
        assert top[layer][r, unit] < 0.0, r
    for d, z in zip(dead, top, strict=True):
        assert np.all(z[d] < 0.0)


def _unit_gradients(model: MLP, X: np.ndarray, y: np.ndarray) -> list[np.ndarray]:
    """Per hidden layer, (replicas, width): the largest |dLoss/dw| of each unit's incoming
    weights on the full X, y."""
    zs, acts = model.forward_pass(X)
    _, dW, _, _ = model.backward_pass(zs, acts, y)
    return [np.abs(g).max(axis=1) for g in dW[:-1]]


def test_lesson5_the_dashed_neurons_lie_left_of_zero_yet_get_a_gradient():
    lesson = lessons.get("leaky_relu")
    t = after_burst(lesson.config.replace(replicas=SEEDS))
    assert not t.diverged_mask.any()
    zs = t.model.pre_activations(t.X_train)
    top = _top_z(t.model, t.X_train)
    grads = _unit_gradients(t.model, t.X_train, t.y_train)
    # the same weights with ReLU's flat half-line: those units would get nothing
    relu = t.model.copy()
    relu.activation = activations.get("relu")
    flat = _unit_gradients(relu, t.X_train, t.y_train)
    for r in range(SEEDS):
        pointed = health.most_inactive([z[r] for z in zs])
        assert pointed is not None
        layer, unit, share = pointed
        assert share == 1.0, r
        assert top[layer][r, unit] < 0.0, r
        assert grads[layer][r, unit] > 0.0, r
        assert flat[layer][r, unit] == 0.0, r
    inactive = t.evaluate().inactive
    for mask, z, g, f in zip(inactive, top, grads, flat, strict=True):
        assert mask.any()
        assert np.all(z[mask] < 0.0)
        assert np.all(g[mask] > 0.0)
        assert np.all(f[mask] == 0.0)
