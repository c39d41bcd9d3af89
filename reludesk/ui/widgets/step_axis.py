"""Plots over training steps: the step axis, and curves that a diverging run cannot wreck.

Shared by every plot whose x axis counts steps (the trainer's history plots, compare mode).
The step axis runs from 0 to a round number at or past the last step and grows in round steps
(0..1000, 0..1500, 0..2000, ...) rather than with every record, so a cached axis (``cache_axes``)
is redrawn only now and then and most redraws only repaint the curves.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

from reludesk.core.i18n import translate
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.plots import make_plot, set_plot_texts

Array = np.ndarray

MIN_STEP_RANGE = 100  # the step axis shows at least 0..100, so the first steps have room
# the step axis ends on one of these (times a power of ten): the curves fill at least 2/3 of the
# width, and the axis is redrawn only when the steps pass the next one
STEP_AXIS_ENDS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
FEW_POINTS = 30  # below this many points a curve gets dots


def finite_xy(x: Array, y: Array, *, positive: bool = False) -> tuple[Array, Array]:
    """The points of (x, y), both (k,), with a finite y (and y > 0 if ``positive``): what a plot
    may show. New arrays; the inputs are not changed.

    A diverging network leaves inf / NaN records behind; drawing them would wreck the
    auto-range (and a log axis cannot place 0 or less).
    """
    keep = np.isfinite(y)
    if positive:
        keep &= y > 0
    return x[keep], y[keep]


def show_curve(curve: pg.PlotDataItem, x: Array, y: Array) -> None:
    """``curve.setData(x, y)`` (both (k,)) with dots in the curve's colour when there are only
    a few points: the first steps, or a run that blew up at once, would otherwise show a lone
    point as nothing at all."""
    few = len(x) < FEW_POINTS
    curve.setData(
        x,
        y,
        symbol="o" if few else None,
        symbolSize=7,
        symbolBrush=pg.mkPen(curve.opts["pen"]).color(),  # a QPen, or what mkPen takes
        symbolPen=None,
    )


class StepAxis(pg.AxisItem):
    """A step axis whose labels never run together in a small plot: 20k, not 20000, and no
    more labels than fit side by side in the axis's own font."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing < 1000:
            return super().tickStrings(values, scale, spacing)
        return [f"{v / 1000:g}k" if v else "0" for v in values]

    def tickSpacing(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, float]]:
        # pyqtgraph spaces the labelled ticks by the axis length alone, and always labels that
        # level: with presentation mode's larger font a 150 px axis read "200400600". The
        # spacing widens (1, 2, 5 x 10^k) until every label and a digit's gap fit.
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or not size > 0 or not maxVal > minVal:
            return levels
        metrics = QFontMetricsF(self.style.get("tickFont") or QFont())
        gap = metrics.horizontalAdvance("0")
        major = levels[0][0]
        while True:
            ends = self.tickStrings([minVal, maxVal], 1.0, major)
            room = max(metrics.horizontalAdvance(t) for t in ends) + gap
            if (maxVal - minVal) / major * room <= size or major > maxVal - minVal:
                break
            major = _next_round(major)
        if major == levels[0][0]:
            return levels
        mantissa = round(major / 10 ** math.floor(math.log10(major)))
        return [(major, 0.0), (major / (4 if mantissa == 2 else 5), 0.0)]


def make_step_plot(name: str, *, title: str, tooltip: str, left: str = "") -> pg.PlotWidget:
    """``make_plot`` over training steps: a :class:`StepAxis` at the bottom, labelled "step"
    (in the language in use, after a switch too).

    The axis is part of the plot from the start: swapped in later, it missed the grid lines
    make_plot turns on (pyqtgraph passes them to the axes it has).
    """
    plot = make_plot(
        name,
        axis_items={"bottom": StepAxis(orientation="bottom")},
        title=title,
        left=left,
        tooltip=tooltip,
    )
    live(plot, lambda p: set_plot_texts(p, bottom=translate("StepAxis", "step")))
    return plot


def _next_round(spacing: float) -> float:
    """The next of 1, 2, 5 x 10^k above ``spacing`` (> 0)."""
    decade = 10.0 ** math.floor(math.log10(spacing) + 1e-9)
    return next(m * decade for m in (2.0, 5.0, 10.0, 20.0) if m * decade > spacing * (1 + 1e-9))


def step_axis_end(last_step: float) -> float:
    """Where the step axis ends for a history up to ``last_step``: the first round number
    (``STEP_AXIS_ENDS`` times a power of ten) at or past it, and at least ``MIN_STEP_RANGE``."""
    last = max(float(last_step), float(MIN_STEP_RANGE))
    if not math.isfinite(last):
        return float(MIN_STEP_RANGE)
    decade = 10.0 ** math.floor(math.log10(last))
    return next(m * decade for m in STEP_AXIS_ENDS if m * decade >= last * (1 - 1e-12))


def cache_axes(plot: pg.PlotWidget) -> None:
    """Keep ``plot``'s axes (and the grid lines they draw) as pixmaps between their changes:
    a redraw of the curves then blits them instead of replaying every tick and label."""
    for side in ("left", "bottom"):
        plot.getPlotItem().getAxis(side).setCacheMode(
            QGraphicsItem.CacheMode.DeviceCoordinateCache
        )


def settle(plot: pg.PlotWidget) -> None:
    """Apply ``plot``'s new range and auto-range now rather than at paint time: pyqtgraph does
    them inside the paint and then asks for a second paint, so every refresh cost two
    (~2 x 8 ms)."""
    plot.getPlotItem().getViewBox().prepareForPaint()
