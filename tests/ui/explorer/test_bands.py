"""The shaded bands of the f'(z) plot: which stretches they cover, by family (dead only for ReLU
and step, saturated only on a smooth activation's far tails), and that moving them reuses the
graphics items rather than making new ones."""

import math

import numpy as np
import pyqtgraph as pg
import pytest

from reludesk.core import activations
from reludesk.ui.explorer.bands import SATURATION, Bands, band_masks, runs


@pytest.mark.parametrize(
    "mask, expected",
    [
        ([], []),
        ([False, False], []),
        ([True, True, True], [(0, 2)]),
        ([True, True, False, True], [(0, 1), (3, 3)]),
        ([False, True, False, False, True, True], [(1, 1), (4, 5)]),
    ],
)
def test_runs_are_the_true_stretches(mask, expected):
    assert runs(np.array(mask, dtype=bool)) == expected


def test_relu_is_dead_below_zero_and_sigmoid_saturates_far_out():
    z = np.linspace(-10.0, 10.0, 2001)
    dead, saturated = band_masks(activations.get("relu"), z)
    np.testing.assert_array_equal(dead, z <= 0)  # relu'(0) = 0: the left derivative
    assert not saturated.any()
    sigmoid = activations.get("sigmoid")
    dead, saturated = band_masks(sigmoid, z)
    assert not dead.any()  # small, never exactly 0 within ±10
    np.testing.assert_array_equal(saturated, sigmoid.df(z) < SATURATION * 0.25)
    # the guide's words: sigmoid saturates beyond |z| ≈ 6, outside the default ±5
    assert z[saturated & (z > 0)].min() == pytest.approx(6.0, abs=0.05) and saturated[0]
    assert not band_masks(sigmoid, np.linspace(-5.0, 5.0, 1001))[1].any()


@pytest.mark.parametrize("name", ["gelu", "silu", "mish"])
def test_only_tails_are_tinted_never_a_dip_where_f_prime_crosses_zero(name):
    # the old tint marked the minima of GELU, SiLU and Mish (|f'| small where f' crosses 0)
    act = activations.get(name)
    z = np.linspace(-8.0, 8.0, 1601)
    dead, saturated = band_masks(act, z)
    assert not dead.any()
    spans = runs(saturated)
    assert len(spans) == 1 and spans[0][0] == 0  # one stretch, from the left edge
    dip = z[(z > -2) & (z < 0)][np.argmin(np.abs(act.df(z[(z > -2) & (z < 0)])))]
    assert abs(float(act.df(dip))) < SATURATION * act.peak_derivative  # the old band was here
    assert not saturated[np.searchsorted(z, dip)]


@pytest.mark.parametrize(
    ("name", "params", "low", "high"),
    [("tanh", {}, -2.993, 2.993), ("elu", {}, math.log(SATURATION), math.inf),
     ("softplus", {}, -4.595, math.inf), ("gelu", {}, -3.022, math.inf)],
)  # fmt: skip
def test_saturated_tails_start_where_f_prime_stays_below_a_hundredth(name, params, low, high):
    act = activations.get(name, **params)
    z = np.linspace(-20.0, 20.0, 4001)
    dead, saturated = band_masks(act, z)
    assert not dead.any()  # tanh's f' is exactly 0 beyond |z| ≈ 19: saturated, never dead
    step = z[1] - z[0]
    left, right = saturated & (z < 0), saturated & (z > 0)
    assert z[left].max() == pytest.approx(low, abs=step)
    assert left.sum() == np.sum(z <= z[left].max())  # every z below the edge: a tail
    if math.isinf(high):
        assert not right.any()
    else:
        assert z[right].min() == pytest.approx(high, abs=step)
        assert right.sum() == np.sum(z >= z[right].min())


@pytest.mark.parametrize("alpha", [0.001, 0.01, 1.0])
def test_a_leak_is_never_tinted(alpha):
    dead, saturated = band_masks(activations.get("leaky_relu", alpha=alpha),
                                 np.linspace(-5.0, 5.0, 1001))
    assert not dead.any() and not saturated.any()


def regions(plot: pg.PlotWidget) -> list[pg.LinearRegionItem]:
    return [i for i in plot.getPlotItem().items if isinstance(i, pg.LinearRegionItem)]


def test_bands_reuse_their_regions(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    bands = Bands(plot, "#D55E00")
    z = np.arange(6.0)
    none = np.zeros(6, dtype=bool)
    bands.update(z, np.array([1, 1, 0, 0, 1, 1], dtype=bool), none)
    assert bands.visible_regions(dead=True) == [(0.0, 1.0), (4.0, 5.0)]
    made = regions(plot)
    assert len(made) == 2
    bands.update(z, np.array([0, 0, 1, 1, 1, 0], dtype=bool), none)
    assert bands.visible_regions(dead=True) == [(2.0, 4.0)]
    assert regions(plot) == made  # moved and hidden, none made or removed
    bands.update(z, none, np.ones(6, dtype=bool))
    assert bands.visible_regions(dead=True) == []
    assert bands.visible_regions(dead=False) == [(0.0, 5.0)]
    bands.hide()
    assert bands.visible_regions(dead=False) == []
