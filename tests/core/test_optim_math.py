"""Optimiser steps against the published update rules, written out here independently.

Each optimiser is run a few steps on parameters with a replica axis, (replicas, fan_in, fan_out)
and (replicas, fan_out), and compared with a reference computed in plain numpy from the rule:

* SGD:      p <- p - lr g
* momentum: v <- 0.9 v + g;  p <- p - lr v            (heavy ball, PyTorch's form)
* Adam:     Kingma & Ba (2015), Algorithm 1, in the form the end of their section 2 gives and
            reludesk.core.optim documents: alpha_t = lr sqrt(1 - b2^t) / (1 - b1^t),
            p <- p - alpha_t m / (sqrt(v) + eps), with b1 0.9, b2 0.999, eps 1e-8.

Mutants each test kills (mutmut names, reludesk.core.optim): a wrong beta, a lost bias
correction, eps moved or changed, m or v updated with the wrong weight, a state reset that
touches the wrong replicas.
"""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core import optim

SHAPES = ((3, 2, 4), (3, 4))


def _grads(step: int, scale: float = 1.0) -> list[np.ndarray]:
    """Gradients that change sign and size from step to step, so a mis-weighted moment shows."""
    rng = np.random.default_rng(100 + step)
    return [scale * rng.normal(size=s) for s in SHAPES]


def _params() -> list[np.ndarray]:
    rng = np.random.default_rng(7)
    return [rng.normal(size=s) for s in SHAPES]


def _adam_reference(p0, grads_per_step, lr, b1=0.9, b2=0.999, eps=1e-8, reset=None):
    """Kingma & Ba's Algorithm 1 with the step size folded as in their section 2; ``reset``
    (step, replica) zeroes that replica's moments before that step (t keeps counting)."""
    p = [x.copy() for x in p0]
    m = [np.zeros_like(x) for x in p0]
    v = [np.zeros_like(x) for x in p0]
    for t, grads in enumerate(grads_per_step, start=1):
        if reset is not None and reset[0] == t:
            for arr in (*m, *v):
                arr[reset[1]] = 0.0
        alpha_t = lr * np.sqrt(1 - b2**t) / (1 - b1**t)
        for i, g in enumerate(grads):
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g**2
            p[i] = p[i] - alpha_t * m[i] / (np.sqrt(v[i]) + eps)
    return p


def _run(opt: optim.Optimizer, grads_per_step) -> list[np.ndarray]:
    params = _params()
    for grads in grads_per_step:
        opt.step(params, grads)
    return params


def test_names_and_unknown_optimizer():
    assert optim.NAMES == ("sgd", "momentum", "adam")
    assert type(optim.make("sgd", 0.1)) is optim.SGD
    assert type(optim.make("momentum", 0.1)) is optim.Momentum
    assert type(optim.make("adam", 0.1)) is optim.Adam
    assert optim.make("adam", 0.25).lr == 0.25
    with pytest.raises(ValueError, match=r"'lbfgs'.*sgd, momentum, adam"):
        optim.make("lbfgs", 0.1)


def test_defaults_are_the_published_ones():
    # kills mutants of the default arguments (beta 0.9; Adam 0.9, 0.999, 1e-8)
    assert optim.Momentum(0.1).beta == 0.9
    adam = optim.Adam(0.1)
    assert (adam.beta1, adam.beta2, adam.eps) == (0.9, 0.999, 1e-8)


def test_sgd_three_steps_by_hand():
    grads = [_grads(t) for t in range(3)]
    got = _run(optim.make("sgd", 0.3), grads)
    for i, p0 in enumerate(_params()):
        want = p0 - 0.3 * (grads[0][i] + grads[1][i] + grads[2][i])
        np.testing.assert_allclose(got[i], want, rtol=1e-13, atol=1e-14)


def test_momentum_one_parameter_by_hand():
    # g = 1, 2, -1 at lr 0.1: v = 1, 2.9, 1.61; p = 0 - 0.1 (1 + 2.9 + 1.61) = -0.551
    p = [np.zeros((1, 1))]
    opt = optim.make("momentum", 0.1)
    for g in (1.0, 2.0, -1.0):
        opt.step(p, [np.full((1, 1), g)])
    assert p[0][0, 0] == pytest.approx(-0.551, abs=1e-12)


def test_momentum_keeps_its_velocity_when_the_rate_changes():
    # lr may change between steps (a burst) without losing the velocity: v keeps its history
    grads = [_grads(t) for t in range(4)]
    opt = optim.make("momentum", 0.05)
    params = _params()
    v = [np.zeros(s) for s in SHAPES]
    want = _params()
    for t, g in enumerate(grads):
        lr = 0.05 if t < 2 else 1.0
        opt.lr = lr
        opt.step(params, g)
        for i in range(len(SHAPES)):
            v[i] = 0.9 * v[i] + g[i]
            want[i] = want[i] - lr * v[i]
    for got, ref in zip(params, want, strict=True):
        np.testing.assert_allclose(got, ref, rtol=1e-12, atol=1e-13)


def test_adam_first_step_moves_each_parameter_by_lr_times_the_sign():
    # t = 1: m = (1 - b1) g, v = (1 - b2) g^2, so the bias corrections make the step exactly
    # lr g / (|g| + eps / sqrt(1 - b2)): lr per parameter whatever the gradient's size. Without
    # the sqrt(1 - b2^t) correction the step would be 31.6 lr; without 1 / (1 - b1^t), 0.1 lr.
    for scale in (1e-3, 1.0, 1e3):
        p = [np.zeros((2, 3))]
        g = scale * np.array([[1.0, -2.0, 0.5], [-0.25, 4.0, -8.0]])
        optim.make("adam", 0.01).step(p, [g])
        want = -0.01 * g / (np.abs(g) + 1e-8 / np.sqrt(1 - 0.999))
        np.testing.assert_allclose(p[0], want, rtol=1e-12)
        np.testing.assert_allclose(p[0], -0.01 * np.sign(g), rtol=2e-3)


def test_adam_five_steps_match_algorithm_1():
    grads = [_grads(t) for t in range(5)]
    got = _run(optim.make("adam", 0.02), grads)
    want = _adam_reference(_params(), grads, 0.02)
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-12, atol=1e-14)


def test_adam_epsilon_sits_outside_the_root_of_the_raw_second_moment():
    # gradients of 1e-9 are the size of eps: where eps sits (and its size) now moves the step
    # by a large factor, so placing it inside the root or after the bias correction is seen
    grads = [_grads(t, scale=1e-9) for t in range(3)]
    got = _run(optim.make("adam", 0.1), grads)
    want = _adam_reference(_params(), grads, 0.1)
    for i, p0 in enumerate(_params()):
        moved, ref = got[i] - p0, want[i] - p0
        np.testing.assert_allclose(moved, ref, rtol=1e-9, atol=0)
    # and the reference itself differs from eps-after-correction by far more than the tolerance
    alt = _adam_reference(_params(), grads[:1], 0.1, eps=1e-8 * np.sqrt(1 - 0.999))
    first = _run(optim.make("adam", 0.1), grads[:1])
    assert not np.allclose(first[0] - _params()[0], alt[0] - _params()[0], rtol=1e-3, atol=0)


def test_adam_keeps_its_moments_and_step_count_when_the_rate_changes():
    grads = [_grads(t) for t in range(4)]
    opt = optim.make("adam", 0.01)
    params = _params()
    for t, g in enumerate(grads):
        opt.lr = 0.01 if t < 2 else 0.5
        opt.step(params, g)
    # the same run split at t = 2: the first two steps at 0.01, then the last two at 0.5
    first = _adam_reference(_params(), grads[:2], 0.01)
    both = _adam_reference(_params(), grads, 0.5)
    head = _adam_reference(_params(), grads[:2], 0.5)
    for i in range(len(SHAPES)):
        want = first[i] + (both[i] - head[i])
        np.testing.assert_allclose(params[i], want, rtol=1e-12, atol=1e-13)


@pytest.mark.parametrize("name", ["momentum", "adam"])
def test_reset_replicas_forgets_only_the_masked_replicas(name):
    # replica 1 is reset after two steps: it then moves as a fresh optimiser would (for Adam the
    # step count is shared, so its moments restart from zero under the current t), and
    # replicas 0 and 2 move as if nothing happened
    grads = [_grads(t) for t in range(4)]
    opt = optim.make(name, 0.05)
    params = _params()
    for t, g in enumerate(grads):
        if t == 2:
            opt.reset_replicas(np.array([False, True, False]))
        opt.step(params, g)
    untouched = _run(optim.make(name, 0.05), grads)
    for got, ref in zip(params, untouched, strict=True):
        np.testing.assert_allclose(got[[0, 2]], ref[[0, 2]], rtol=1e-12, atol=1e-13)
        assert not np.allclose(got[1], ref[1], rtol=1e-6, atol=0)
    if name == "momentum":
        # velocity of replica 1 restarts at step 3: p = p_after_2 - lr (g3 + (0.9 g3 + g4))
        after_two = _run(optim.make(name, 0.05), grads[:2])
        for i in range(len(SHAPES)):
            g3, g4 = grads[2][i][1], grads[3][i][1]
            want = after_two[i][1] - 0.05 * (g3 + 0.9 * g3 + g4)
            np.testing.assert_allclose(params[i][1], want, rtol=1e-12, atol=1e-13)
    else:
        want = _adam_reference(_params(), grads, 0.05, reset=(3, 1))
        for got, ref in zip(params, want, strict=True):
            np.testing.assert_allclose(got, ref, rtol=1e-12, atol=1e-13)


@pytest.mark.parametrize("name", optim.NAMES)
def test_a_gradient_list_that_does_not_match_the_parameters_is_refused(name):
    # a missing gradient must not leave one array silently untrained
    opt = optim.make(name, 0.1)
    params = _params()
    with pytest.raises(ValueError):
        opt.step(params, _grads(0)[:1])


def test_reset_before_any_step_is_harmless():
    # no state yet: a reset changes nothing and the first step is a fresh optimiser's
    for name in optim.NAMES:
        opt = optim.make(name, 0.1)
        opt.reset_replicas(np.array([True, False, True]))
        params = _params()
        opt.step(params, _grads(0))
        for got, ref in zip(params, _run(optim.make(name, 0.1), [_grads(0)]), strict=True):
            np.testing.assert_array_equal(got, ref)
