"""The tap's numbers against the contract, with every constant written out here, not imported.

The model (reludesk.core.tap's docstring): while the valve is shut the clog c follows
dc/dt = 2 (target - c), target 1 for a sealed pipe and min(1 / (1 + 25 |f'(z)|), 0.99) with a
hole; an open valve drains it as dc/dt = -2 q / (q + 0.5) c with q = f(z); a sealed pipe within
1e-3 of 1 snaps to 1. The contract (DESIGN.md): at 60 advances a second ReLU at z = -2 is dead
within 5 s, z = +2 drains a full clog to at most 0.05 within 5 s, Leaky ReLU settles at the same
level for any z < 0. Reading tap.LEAK_SENSITIVITY here would let a changed constant pass; these
tests kill mutants of FILL_RATE, LEAK_SENSITIVITY, MAX_HOLED_CLOG, DRAIN_RATE,
DRAIN_HALF_FLOW, DEAD_SNAP and of the comparisons that use them.
"""

from __future__ import annotations

import math

import pytest

from reludesk.core import activations
from reludesk.core.tap import TapModel

DT = 1.0 / 60.0


def _tap(name: str, **params) -> TapModel:
    return TapModel(activations.get(name, **params))


def _advance(model: TapModel, z: float, steps: int) -> None:
    for _ in range(steps):
        model.advance(z, DT)


@pytest.mark.parametrize(("alpha", "settled"), [(0.01, 0.8), (0.1, 1 / 3.5), (0.3, 1 / 8.5)])
@pytest.mark.parametrize("z", [-0.001, -2.0, -500.0])
def test_leaky_clog_settles_at_the_contract_level(alpha, settled, z):
    # 80 % with alpha 0.01, 29 % with 0.1, 12 % with 0.3 (tap.py's docstring), for any z < 0
    model = _tap("leaky_relu", alpha=alpha)
    _advance(model, z, 60 * 30)
    assert model.clog == pytest.approx(settled, abs=1e-9)
    assert not model.dead and model.leak == pytest.approx(alpha, rel=1e-12)


def test_leaky_clog_rises_at_fill_rate_two():
    # from a clean pipe, c(t) = target (1 - e^{-2t}); after 1 s at alpha 0.1
    model = _tap("leaky_relu", alpha=0.1)
    _advance(model, -1.0, 60)
    assert model.clog == pytest.approx((1 / 3.5) * (1 - math.exp(-2.0)), rel=1e-9)


def test_relu_at_minus_two_dies_on_the_208th_advance():
    # c_k = 1 - e^{-2 k / 60}: 0.998992 after 207 advances (not yet within 1e-3 of 1), 0.999025
    # after 208, which snaps to 1: dead at 3.47 s, inside the contract's 5 s
    model = _tap("relu")
    _advance(model, -2.0, 207)
    assert model.clog == pytest.approx(1 - math.exp(-2 * 207 / 60), rel=1e-12)
    assert not model.dead
    _advance(model, -2.0, 1)
    assert model.clog == 1.0 and model.dead and model.clogged
    assert 208 / 60 < 5.0


def test_open_valve_drains_at_the_contract_pace():
    # z = +2: q = 2, rate 2 * 2 / 2.5 = 1.6 per second, c(t) = e^{-1.6 t}: 0.05 after 1.87 s
    model = _tap("relu")
    model.set_clog(1.0)
    _advance(model, 2.0, 60)
    assert model.clog == pytest.approx(math.exp(-1.6), rel=1e-9)
    _advance(model, 2.0, 60 * 4)
    assert model.clog == pytest.approx(math.exp(-1.6 * 5), rel=1e-9)
    assert model.clog <= 0.05 and model.outflow == 2.0


def test_a_weak_flow_drains_at_half_rate():
    # q = 0.5 = DRAIN_HALF_FLOW: rate 2 * 0.5 / 1.0 = 1 per second
    model = _tap("relu")
    model.set_clog(0.6)
    _advance(model, 0.5, 60)
    assert model.clog == pytest.approx(0.6 * math.exp(-1.0), rel=1e-9)


def test_a_tiny_hole_is_held_at_99_percent():
    # ELU at z = -30: f' = e^{-30} ~ 1e-13, so 1 / (1 + 25 f') is within 1e-11 of 1; the cap
    # keeps the pipe at 0.99 (after 30 s the approach e^{-60} is far below the tolerance)
    model = _tap("elu")
    _advance(model, -30.0, 60 * 30)
    assert model.clog == pytest.approx(0.99, abs=1e-12)
    assert not model.dead and not model.sealed
    model.set_clog(1.0)
    assert model.clog == 0.99


def test_relu_at_zero_clogs_but_has_no_outflow_or_leak():
    # z = 0 shuts the valve (f(0) = 0) and relu'(0) = 0: a sealed pipe
    model = _tap("relu")
    _advance(model, 0.0, 60)
    assert model.outflow == 0.0 and model.leak == 0.0 and model.sealed
    assert model.clog == pytest.approx(1 - math.exp(-2.0), rel=1e-9)


def test_leaky_at_zero_has_a_hole_but_no_leak():
    # leaky_relu'(0) = alpha (left derivative), so the pipe has a hole; no water leaks at z = 0
    model = _tap("leaky_relu", alpha=0.01)
    _advance(model, 0.0, 60 * 30)
    assert model.leak == 0.0 and model.outflow == 0.0 and not model.sealed
    assert model.clog == pytest.approx(0.8, abs=1e-9)


def test_outflow_and_leak_just_either_side_of_zero():
    model = _tap("leaky_relu", alpha=0.2)
    model.advance(1e-9, 0.0)
    assert model.outflow == pytest.approx(1e-9) and model.leak == 0.0
    model.advance(-1e-9, 0.0)
    assert model.outflow == 0.0 and model.leak == pytest.approx(0.2)
    assert model.gradient == pytest.approx(0.2)


def test_set_clog_accepts_its_edges_and_refuses_beyond():
    model = _tap("relu")
    for edge in (0.0, 1.0):
        model.set_clog(edge)
        assert model.clog == edge
    assert model.dead
    for bad in (-1e-12, 1.0 + 1e-12, float("nan"), "x"):
        with pytest.raises(ValueError, match="clog"):
            model.set_clog(bad)
    assert model.clog == 1.0


def test_dt_edges():
    model = _tap("relu")
    model.advance(-2.0, 0.0)
    assert model.clog == 0.0 and model.z == -2.0
    with pytest.raises(ValueError, match="dt"):
        model.advance(-2.0, -1e-12)
    with pytest.raises(ValueError, match="z must be a number"):
        model.advance("valve", 0.1)


def test_reset_and_repr():
    model = _tap("relu")
    _advance(model, -2.0, 300)
    assert repr(model).endswith("z=-2, clog=1.000, dead=True)")
    model.reset()
    assert (model.z, model.clog, model.dead) == (0.0, 0.0, False)
