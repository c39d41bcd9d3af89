"""The shaded bands of the f'(z) plot: which stretches they cover, and that moving them reuses the
graphics items rather than making new ones."""

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
    relu = activations.get("relu")
    dead, saturated = band_masks(relu.df(z), relu.peak_derivative)
    np.testing.assert_array_equal(dead, z <= 0)  # relu'(0) = 0: the left derivative
    assert not saturated.any()
    sigmoid = activations.get("sigmoid")
    df = sigmoid.df(z)
    dead, saturated = band_masks(df, sigmoid.peak_derivative)
    assert not dead.any()  # small, never exactly 0 within ±10
    np.testing.assert_array_equal(saturated, df < SATURATION * 0.25)
    assert saturated[0] and saturated[-1] and not saturated[1000]


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
