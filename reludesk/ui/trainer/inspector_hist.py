"""``zHistogramPlot``: one hidden unit's z over the training inputs, split at 0 by f'(z).

The bars left of 0 and right of 0 are two step curves sharing an edge at exactly 0, so no bar
straddles it: a dead unit's whole histogram is the left curve, and the right one is empty. The
left side is drawn in the colour of what f' is there: grey where it is 0 (ReLU, step: no
gradient), the leak colour where a slope still passes it (Leaky ReLU, PReLU). The words under
the plot are the network's own verdict (the Snapshot's state), never the histogram's.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from reludesk.core import activations, health
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui import theme
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.plots import make_plot, set_plot_texts
from reludesk.ui.widgets.step_axis import cache_axes, settle
from reludesk.ui.widgets.titles import TitleFitter

Array = np.ndarray

BINS = 30  # over the unit's whole range of z: 250 training points fill them visibly
FLAT = theme.OKABE_ITO["grey"]  # f'(z) = 0: nothing passes
LEAK = theme.OKABE_ITO["sky_blue"]  # f'(z) = alpha: the gradient leaks through
FIRING = theme.OKABE_ITO["blue"]  # f'(z) > 0 on the firing side
# longest first, translated where shown: translate("ZHistogram", TITLES[i])
TITLES = (QT_TRANSLATE_NOOP("ZHistogram", "z of this neuron over the training inputs"),
          QT_TRANSLATE_NOOP("ZHistogram", "z over the inputs"), "z")


def split_bins(z: Array, bins: int = BINS) -> tuple[Array, Array, Array, Array]:
    """Histogram of the finite values of ``z`` (n,) in bins of one width with an edge at 0:
    (left edges (a+1,), left counts (a,), right edges (b+1,), right counts (b,)).

    Left holds z <= 0 (f' at 0 is the left derivative: ReLU's is 0), right z > 0; a side with
    no room has no bins. Nothing is changed.
    """
    z = np.asarray(z, dtype=np.float64)
    z = z[np.isfinite(z)]
    lo = min(float(z.min()), 0.0) if z.size else -1.0
    hi = max(float(z.max()), 0.0) if z.size else 1.0
    width = (hi - lo) / bins if hi > lo else 1.0
    n_left, n_right = math.ceil(-lo / width), math.ceil(hi / width)
    left_edges = -width * np.arange(n_left, -1, -1, dtype=np.float64)
    right_edges = width * np.arange(0, n_right + 1, dtype=np.float64)
    below, above = z[z <= 0.0], z[z > 0.0]
    # np.histogram closes its last bin on the right: a z of exactly 0 counts on the left
    left = np.histogram(below, left_edges)[0] if n_left else np.zeros(0, np.int64)
    right = np.histogram(above, right_edges)[0] if n_right else np.zeros(0, np.int64)
    return left_edges, left, right_edges, right


def caption(state: int, activation: str, alpha: float | None, below: float) -> str:
    """What the histogram shows in words, from ``state`` (a ``health.UnitState`` code: the
    network's own verdict), the hidden ``activation`` and its ``alpha``; ``below`` is the share
    of training inputs with z <= 0. In the language chosen now."""
    if state == health.UnitState.DEAD:
        return translate(
            "ZHistogram", "every z below 0: f'(z) = 0, no gradient reaches its weights")
    if state == health.UnitState.INACTIVE:
        slope = f"{alpha:g}" if alpha is not None else "alpha"
        return translate(
            "ZHistogram", "every z below 0, but the gradient still flows at slope alpha = "
                         "{slope}").format(slope=slope)
    if state == health.UnitState.SATURATED:
        return translate(
            "ZHistogram", "|f'(z)| below {floor} on every input: alive, but numerically "
                         "silent").format(floor=f"{health.SATURATED_GRADIENT:g}")
    if not math.isfinite(below):
        return translate("ZHistogram", "z is not a finite number: the network has diverged")
    return translate("ZHistogram", "alive: z above 0 on {share} of the training inputs").format(
        share=f"{1.0 - below:.0%}")


def flat_below_zero(activation: str, alpha: float | None) -> bool:
    """True if f'(z) is 0 for z < 0 (ReLU, step): no gradient passes the left side."""
    params = (
        {}
        if alpha is None or not activations.has_slope_below_zero(activation)
        else {"alpha": alpha}
    )
    f = activations.get(activation, **params)
    return bool(np.all(f.df(np.array([-1.0, -1e-3])) == 0.0))


class ZHistogram:
    """The plot, its two sides and the line at 0; ``show(z, state, ...)`` redraws it."""

    def __init__(self) -> None:
        titles = [translate("ZHistogram", t) for t in TITLES]
        # made with its title and axes (presentation mode scales them as made), then live
        self.plot = make_plot("zHistogramPlot", title=titles[0],
                              left=translate("ZHistogram", "inputs"), bottom="z")
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.getPlotItem().disableAutoRange()  # set per draw: one paint, not two
        cache_axes(self.plot)
        self.left = self.plot.plot(stepMode="center", fillLevel=0, pen=pg.mkPen(FLAT, width=1))
        self.right = self.plot.plot(
            stepMode="center", fillLevel=0, pen=pg.mkPen(FIRING, width=1), brush=FIRING
        )
        zero = pg.mkPen(theme.OKABE_ITO["vermillion"], width=2, style=Qt.PenStyle.DashLine)
        self.zero = pg.InfiniteLine(pos=0.0, angle=90, pen=zero)
        self.plot.addItem(self.zero, ignoreBounds=True)
        self._title = TitleFitter(self.plot, titles)
        live(self.zero, lambda _line: self._say())

    def _say(self) -> None:
        """Titles, axis and tooltip in the language chosen."""
        set_plot_texts(self.plot, left=translate("ZHistogram", "inputs"), tooltip=translate(
            "ZHistogram",
            "How many training inputs give this neuron each value of z. Left of the line z <= 0: "
            "grey where f'(z) = 0 (no gradient), light blue where a leak still passes it; right "
            "of the line the neuron fires"))
        self._title.set_titles([translate("ZHistogram", t) for t in TITLES])

    def show(self, z: Array, flat: bool) -> None:
        """Draw the histogram of ``z`` (n,); ``flat``: f' is 0 below zero (grey left side)."""
        left_edges, left, right_edges, right = split_bins(z)
        colour = FLAT if flat else LEAK
        self.left.setPen(pg.mkPen(colour, width=1))
        self.left.setBrush(pg.mkBrush(colour))
        self.left.setData(left_edges, left.astype(float))
        self.right.setData(right_edges, right.astype(float))
        # the range from the bins, with 0 always in view: the line there is the point
        lo, hi = float(left_edges[0]), float(right_edges[-1])
        pad = 0.04 * (hi - lo)
        top = float(max(left.max(initial=0), right.max(initial=0), 1))
        self.plot.setRange(xRange=(lo - pad, hi + pad), yRange=(0, 1.05 * top), padding=0.0)
        settle(self.plot)

    def left_brush(self) -> str:
        """The left side's colour as #rrggbb (tests read it)."""
        return pg.mkBrush(self.left.opts["fillBrush"]).color().name().upper()

    def apply_theme(self, colours: theme.PlotColours) -> None:
        theme.style_plot(self.plot, colours)
