"""A small plot's legend under its axis, never over its curves.

A legend pinned inside the plot covers whatever the curves draw there: on the small history
plots "test" and "layer 2" were half hidden, and with four curves on a 330 x 190 plot no corner
stays clear as training goes on (measured: the best of six places still covered 20 to 440
curve points). Under the bottom axis, in rows of ``columns`` entries, it costs one text line of
height and covers nothing.
"""

from __future__ import annotations

import pyqtgraph as pg

ROW = 4  # of the PlotItem's layout: title 0, top axis 1, view 2, bottom axis 3


def legend_below(plot: pg.PlotWidget, columns: int = 4) -> pg.LegendItem:
    """Give ``plot`` a legend under its bottom axis, ``columns`` entries a row, and make it the
    plot's legend (curves added with a name from now on are listed; theme and presentation mode
    restyle it as any). Call before adding named curves; returns the legend."""
    item = plot.getPlotItem()
    # no offset: an offset anchors the legend to the view box, inside the plot
    legend = pg.LegendItem(offset=None, colCount=columns, horSpacing=12)
    legend.layout.setContentsMargins(4, 0, 4, 0)  # pyqtgraph's 9 px each side doubled its height
    item.layout.addItem(legend, ROW, 1)
    item.legend = legend
    return legend
