"""LogAxis: log-scale tick labels that fit the plot instead of printing over one another."""

import math
from itertools import pairwise

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from reludesk.ui.explorer_plots import TICK_FONT_PT, LogAxis, make_plot

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


def _pixels_apart(values: list[float], size: float) -> float:
    px = sorted(v * size / (HIGH - LOW) for v in values)
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
