"""The 32-seed run's histogram: how many networks ended with each share of dead units.

Its items (dead bars; hatched bars beside them for the state the activation's family reaches
instead of dying: inactive for Leaky ReLU and PReLU, saturated for the smooth ones; the median
line) are made once and changed with ``setOpts`` / ``setValue`` after each run.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.trainer.seeds_summary import histogram
from reludesk.ui.trainer.status import second_name
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.legend_place import legend_below
from reludesk.ui.widgets.plots import make_plot, set_plot_texts

MIN_NETWORKS_AXIS = 4  # the count axis reaches at least this high


class SeedHistogram:
    """``seedHistogramPlot`` with its bars ``seedDeadBars`` and ``seedInactiveBars`` (the
    hatched ones: inactive or saturated shares, as ``status.second_name`` names them). Its
    words follow a change of language (the bars' item names stay: they are identities)."""

    def __init__(self, seeds: int) -> None:
        # made with its title (presentation mode scales titles as they are made), then live
        self.plot = make_plot("seedHistogramPlot", title=self._title(seeds))
        self._second: str | None = None  # the state the legend names beside "dead"
        live(self.plot, lambda plot: set_plot_texts(
            plot,
            title=self._title(seeds),
            left=translate("SeedHistogram", "networks"),
            bottom=translate("SeedHistogram", "share of hidden units (%)"),
            tooltip=translate("SeedHistogram",
                              "Each bar counts the networks that ended with that share of dead "
                              "units")))
        legend_below(self.plot, columns=3)  # inside, it covered the tallest bars
        self._bars = pg.BarGraphItem(x=[0.0], height=[0], width=1.0, name="dead")
        self._bars.setObjectName("seedDeadBars")
        self._inactive_bars = pg.BarGraphItem(
            x=[0.0], height=[0], width=1.0, name="inactive, can revive"
        )
        self._inactive_bars.setObjectName("seedInactiveBars")
        # the median of the counted networks, the number the summary leads with
        self._median = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen(theme.OKABE_ITO["grey"], width=2, style=Qt.PenStyle.DashLine),
            label="median {value:.0f} %",
            labelOpts={"position": 0.97, "anchors": [(0, 0), (0, 0)], "color": "#555555"},
        )
        live(self._median, lambda line: line.label.setFormat(
            translate("SeedHistogram", "median {value:.0f} %")))
        self._median.setZValue(10)  # in front of the bar it usually runs through
        self._median.setVisible(False)
        for item in (self._bars, self._inactive_bars, self._median):
            self.plot.addItem(item)
        self._inactive_bars.setVisible(False)
        self.plot.setMouseEnabled(x=False, y=False)
        live(self._inactive_bars, lambda _bars: self.label_legend(self._second))
        # before the first run, the axes a run will have: pyqtgraph's range around no data
        # read "-0.5 ... 0.5" networks and percent
        self.plot.setXRange(0.0, 100.0, padding=0.02)
        self._set_count_axis(MIN_NETWORKS_AXIS)

    @staticmethod
    def _title(seeds: int) -> str:
        return translate("SeedHistogram", "Dead units per network, {seeds} seeds").format(
            seeds=seeds)

    def label_legend(self, second: str | None) -> None:
        """The legend names the dead bars, and the hatched ones if they count a ``second``
        state ("inactive", "saturated"; None: no hatched bars, as for ReLU, whose inactive units
        are its dead ones)."""
        self._second = second
        legend = self.plot.getPlotItem().legend
        legend.clear()
        legend.addItem(self._bars, translate("SeedHistogram", "dead (no gradient)"))
        if second is not None:
            legend.addItem(self._inactive_bars, second_name(second))

    def draw(
        self,
        dead: np.ndarray,
        inactive: np.ndarray | None,
        units: int,
        colour: str,
        second: str = "inactive",
    ) -> None:
        """Bars for the networks' dead shares ``dead`` (networks,) in [0, 1], NaN for diverged
        ones (not counted), and hatched bars beside them for the shares ``inactive`` of the
        ``second`` state if given (inactive or saturated); ``units`` hidden units per network,
        bars in ``colour``."""
        x, counts, width = histogram(dead, units)
        leaks = inactive is not None
        # side by side when both are shown, so neither hides the other in a shared bin
        shift = width / 4 if leaks else 0.0
        bar_width = width * (0.45 if leaks else 0.85)
        # empty bins are left out: a bar of height 0 still draws its outline along the axis
        shown = counts > 0
        self._bars.setOpts(
            x=x[shown] - shift,
            height=counts[shown],
            width=bar_width,
            brush=colour,
            pen=pg.mkPen(colour),
        )
        self._inactive_bars.setVisible(leaks)
        if inactive is not None:
            _, icounts, _ = histogram(inactive, units)
            ishown = icounts > 0
            hatch = pg.mkBrush(QColor(colour))
            hatch.setStyle(Qt.BrushStyle.BDiagPattern)
            self._inactive_bars.setOpts(
                x=x[ishown] + shift,
                height=icounts[ishown],
                width=bar_width,
                brush=hatch,
                pen=pg.mkPen(colour, width=2),
            )
        self.label_legend(second if leaks else None)
        finite = dead[np.isfinite(dead)]
        self._median.setVisible(finite.size > 0)
        if finite.size:
            self._median.setValue(100.0 * float(np.median(finite)))
        self.plot.setXRange(-width, 100 + width, padding=0)
        self._set_count_axis(max(MIN_NETWORKS_AXIS, int(counts.max(initial=0)) + 1))

    def _set_count_axis(self, top: int) -> None:
        """Networks from 0 to ``top``, labelled in whole networks (pyqtgraph wrote 0.5, 1.5)."""
        self.plot.setYRange(0, top, padding=0.02)
        step = next(s for s in (1, 2, 5, 10) if top / s <= 8)
        self.plot.getPlotItem().getAxis("left").setTickSpacing(step, step)
