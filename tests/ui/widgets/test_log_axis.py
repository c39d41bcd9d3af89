"""LogAxis: log-scale tick labels that fit the plot instead of printing over one another."""

import math
from itertools import pairwise

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from reludesk.ui.widgets.log_axis import LogAxis
from reludesk.ui.widgets.plots import TICK_FONT_PT, make_plot

# a loss or gradient between 0.3 and 2: less than one decade, as in the first training steps
LOW, HIGH = math.log10(0.3), math.log10(2.0)


def _axis() -> LogAxis:
    axis = LogAxis(orientation="left")
    font = QFont()
    font.setPointSize(TICK_FONT_PT)
    axis.setStyle(tickFont=font)
    return axis


def _label_gap(axis: pg.AxisItem) -> float:
    # pyqtgraph lays each label out in 0.8 of its font's line height, centred on its tick
    return 0.8 * QFontMetricsF(axis.style["tickFont"]).height()


def _pixels_apart(values: list[float], size: float, low=LOW, high=HIGH) -> float:
    px = sorted(v * size / (high - low) for v in values)
    return min((b - a for a, b in pairwise(px)), default=math.inf)


def test_a_short_log_axis_labels_only_what_fits(qapp):
    axis, size = _axis(), 70.0
    plain = pg.AxisItem.logTickValues(axis, LOW, HIGH, size, [])
    # pyqtgraph's own first level, always labelled, crowds this axis: the case being fixed
    assert plain[0][0] is None and _pixels_apart(plain[0][1], size) < _label_gap(axis)
    spacing, kept = axis.logTickValues(LOW, HIGH, size, [])[0]
    assert spacing is None
    assert 0.0 in kept  # 10^0 = 1, a power of ten, is labelled first
    assert len(kept) >= 2
    assert _pixels_apart(kept, size) >= _label_gap(axis)
    assert set(kept) <= set(plain[0][1])


def test_a_range_between_two_ticks_gets_round_labels(qapp):
    # a network at a coin toss: its loss stays between 0.712 and 0.745, where pyqtgraph has no
    # 2..9 x 10^k tick to label at all
    axis, size = _axis(), 70.0
    low, high = math.log10(0.712), math.log10(0.745)
    assert pg.AxisItem.logTickValues(axis, low, high, size, []) == [(None, [])]
    spacing, kept = axis.logTickValues(low, high, size, [])[0]
    assert len(kept) >= 2
    assert all(low <= v <= high for v in kept)
    assert _pixels_apart(kept, size, low, high) >= _label_gap(axis)
    labels = axis.logTickStrings(kept, 1.0, spacing)
    assert len(set(labels)) == len(labels)
    for value, label in zip(kept, labels, strict=True):
        assert float(label) == round(10**value, 3)  # round numbers, written as they are


def test_labels_have_the_digits_that_tell_them_apart(qapp):
    axis = _axis()
    values = [math.log10(v) for v in (0.72, 0.73, 0.74)]
    assert len(set(pg.AxisItem.logTickStrings(axis, values, 1.0, None))) == 1  # all "0.7"
    assert axis.logTickStrings(values, 1.0, None) == ["0.72", "0.73", "0.74"]
    tiny = [math.log10(v) for v in (1e-5, 2e-5, 1e-3)]
    assert axis.logTickStrings(tiny, 1.0, None) == ["10⁻⁵", "2·10⁻⁵", "0.001"]
    assert axis.logTickStrings(tiny, 1.0, None) == pg.AxisItem.logTickStrings(
        axis, tiny, 1.0, None
    )


def test_a_tall_log_axis_keeps_every_tick(qapp):
    axis, size = _axis(), 900.0
    plain = pg.AxisItem.logTickValues(axis, LOW, HIGH, size, [])
    assert axis.logTickValues(LOW, HIGH, size, []) == plain


def test_many_decades_are_left_to_pyqtgraph(qapp):
    axis = _axis()
    std = [(1.0, [-6.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0]), (1.0, [])]
    assert axis.logTickValues(-6.5, 0.5, 70.0, std) == pg.AxisItem.logTickValues(
        axis, -6.5, 0.5, 70.0, std
    )


def test_every_plot_has_a_log_axis_on_the_left(window):
    plots = window.findChildren(pg.PlotWidget)
    assert {p.objectName() for p in plots} >= {"lossPlot", "gradNormPlot", "activationPlot"}
    for plot in plots:
        assert isinstance(plot.getPlotItem().getAxis("left"), LogAxis), plot.objectName()
    assert isinstance(make_plot("x").getPlotItem().getAxis("left"), LogAxis)
