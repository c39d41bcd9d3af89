"""The water-tap flow model: clogging, leaking, draining and its pace at 60 advances a second."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reludesk.core import activations, tap
from reludesk.core.tap import TapModel

HZ = 60
DT = 1.0 / HZ


def relu_tap() -> TapModel:
    return TapModel(activations.get("relu"))


def leaky_tap(alpha: float = 0.01) -> TapModel:
    return TapModel(activations.get("leaky_relu", alpha=alpha))


def hold(model: TapModel, z: float, seconds: float) -> None:
    for _ in range(round(seconds * HZ)):
        model.advance(z, DT)


def seconds_until(model: TapModel, z: float, done, limit: float) -> float:
    """Advance at 60 Hz until ``done(model)``; the time it took, or inf past ``limit``."""
    ticks = round(limit * HZ)
    for i in range(ticks + 1):
        if done(model):
            return i * DT
        if i < ticks:
            model.advance(z, DT)
    return math.inf


def test_relu_held_below_zero_clogs_and_dies_within_5_seconds():
    model = relu_tap()
    took = seconds_until(model, -2.0, lambda m: m.dead, limit=5.0)
    assert took <= 5.0
    assert model.clog == 1.0 and model.clogged
    assert model.gradient == 0.0
    assert model.outflow == 0.0 and model.leak == 0.0


def test_relu_is_not_dead_after_a_short_shut():
    model = relu_tap()
    hold(model, -2.0, 1.0)
    assert 0.5 < model.clog < 1.0
    assert not model.dead


def test_leaky_relu_never_dies_even_after_a_minute():
    model = leaky_tap(0.01)
    for _ in range(60 * HZ):
        model.advance(-2.0, DT)
        assert not model.dead
    assert model.clog < tap.MAX_HOLED_CLOG + 1e-12
    assert model.gradient == pytest.approx(0.01)


def test_leaky_relu_at_zero_has_a_hole_but_no_leak_and_still_never_dies():
    model = leaky_tap(0.001)
    hold(model, 0.0, 60.0)
    assert model.leak == 0.0
    assert not model.dead
    # held clearly short of sealed, not just short of 1 by rounding
    assert model.clog <= tap.MAX_HOLED_CLOG < 1.0 - tap.DEAD_SNAP


def test_bigger_hole_settles_at_a_lower_clog():
    small, big = leaky_tap(0.01), leaky_tap(0.3)
    hold(small, -2.0, 30.0)
    hold(big, -2.0, 30.0)
    assert big.leak > small.leak
    assert big.clog < small.clog - 0.3
    # settled: another few seconds change nothing that matters
    before = small.clog
    hold(small, -2.0, 5.0)
    assert small.clog == pytest.approx(before, abs=1e-4)


@pytest.mark.parametrize("alpha", [0.001, 0.01, 0.1, 0.3, 1.0])
def test_leaky_clog_settles_at_the_formula_for_any_z_below_zero(alpha):
    # the clog stands for the gradient through the hole, alpha wherever z < 0: a unit just below
    # zero is as far from dead as one far below (the old model read 99 % at z = -0.05 and 44 %
    # at z = -5 for alpha 0.01, following the leaked water alpha * |z| instead)
    settled = 1.0 / (1.0 + tap.LEAK_SENSITIVITY * alpha)
    for z in (-0.05, -0.5, -5.0):
        model = leaky_tap(alpha)
        hold(model, z, 30.0)
        assert model.clog == pytest.approx(settled, abs=1e-6), z
        assert model.leak == pytest.approx(alpha)


def test_leaky_clog_at_the_usual_alpha_is_80_percent_not_nearly_sealed():
    # the module docstring's figures: 80 % at alpha 0.01, 29 % at 0.1, 12 % at 0.3
    for alpha, percent in ((0.01, 80), (0.1, 29), (0.3, 12)):
        model = leaky_tap(alpha)
        hold(model, -0.05, 30.0)
        assert round(model.clog * 100) == percent


def test_elu_leaks_its_gradient_alpha_e_to_the_z():
    model = TapModel(activations.get("elu", alpha=2.0))
    model.advance(-1.5, DT)
    assert model.leak == pytest.approx(2.0 * math.exp(-1.5))
    hold(model, -1.5, 30.0)
    assert model.clog == pytest.approx(1.0 / (1.0 + tap.LEAK_SENSITIVITY * model.leak), abs=1e-6)


def test_open_valve_drains_a_full_clog_within_5_seconds_and_outflow_is_f():
    model = relu_tap()
    hold(model, -2.0, 5.0)
    assert model.dead
    took = seconds_until(model, 2.0, lambda m: m.clog <= 0.05, limit=5.0)
    assert took <= 5.0
    assert not model.dead
    assert model.outflow == pytest.approx(2.0)
    assert model.gradient == 1.0


@pytest.mark.parametrize(
    "name,params", [("relu", {}), ("leaky_relu", {"alpha": 0.2}), ("elu", {}), ("sigmoid", {})]
)
@pytest.mark.parametrize("z", [-3.0, -0.5, 0.0, 0.7, 2.5])
def test_outflow_follows_f_and_leak_follows_the_gradient(name, params, z):
    act = activations.get(name, **params)
    model = TapModel(act)
    model.advance(z, 0.0)
    assert model.outflow == (float(act.f(z)) if z > 0 else 0.0)
    assert model.leak == (abs(float(act.df(z))) if z < 0 else 0.0)
    assert model.gradient == float(act.df(z))


@pytest.mark.parametrize("alpha", [0.001, 0.01, 0.3])
@pytest.mark.parametrize("z", [-5.0, -2.0, -0.1])
def test_leak_is_alpha_at_every_z_below_zero(alpha, z):
    model = leaky_tap(alpha)
    model.advance(z, DT)
    assert model.leak == pytest.approx(alpha)
    assert model.outflow == 0.0


def test_relu_never_leaks():
    model = relu_tap()
    model.advance(-4.0, DT)
    assert model.leak == 0.0


def test_dt_zero_moves_the_valve_only():
    model = relu_tap()
    model.advance(-2.0, 0.0)
    assert model.z == -2.0
    assert model.clog == 0.0


@pytest.mark.parametrize("dt", [-0.01, math.nan, math.inf, "x"])
def test_bad_dt_is_refused(dt):
    with pytest.raises(ValueError, match="dt"):
        relu_tap().advance(1.0, dt)


@pytest.mark.parametrize("z", [math.nan, -math.inf])
def test_non_finite_z_is_refused(z):
    with pytest.raises(ValueError, match="z"):
        relu_tap().advance(z, DT)


def test_forcing_a_full_clog_kills_only_a_sealed_pipe():
    relu, leaky = relu_tap(), leaky_tap()
    for model in (relu, leaky):
        model.advance(-1.0, 0.0)
        model.set_clog(1.0)
    assert relu.dead and relu.clog == 1.0
    assert not leaky.dead and leaky.clog == tap.MAX_HOLED_CLOG
    with pytest.raises(ValueError, match="clog"):
        relu.set_clog(1.5)


def test_new_activation_with_a_hole_unseals_a_dead_pipe():
    model = relu_tap()
    hold(model, -2.0, 5.0)
    assert model.dead
    model.set_activation(activations.get("leaky_relu", alpha=0.05))
    assert not model.dead and not model.clogged
    assert model.leak == pytest.approx(0.05)


def test_reset_clears_the_pipe():
    model = relu_tap()
    hold(model, -2.0, 5.0)
    model.reset()
    assert (model.z, model.clog, model.dead) == (0.0, 0.0, False)


steps = st.lists(st.tuples(st.floats(-5.0, 5.0), st.floats(0.0, 0.1)), min_size=1, max_size=200)


@settings(max_examples=200, deadline=None)
@given(steps=steps, alpha=st.floats(0.001, 1.0))
def test_clog_stays_in_range_and_leaky_never_dies(steps, alpha):
    relu, leaky = relu_tap(), leaky_tap(alpha)
    for z, dt in steps:
        relu.advance(z, dt)
        leaky.advance(z, dt)
        assert 0.0 <= relu.clog <= 1.0
        assert 0.0 <= leaky.clog <= 1.0
        assert not leaky.dead
        # a dead ReLU is one that no gradient can pass
        assert not relu.dead or relu.gradient == 0.0
