"""Plot building blocks shared by every room: the styled plot factory, its lazy right-click menu,
text sizes, and small helpers for curves (overlap) and numbers (fmt)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from reludesk.ui.widgets.log_axis import LogAxis

TICK_FONT_PT = 11
LABEL_STYLE = {"font-size": "12pt"}
TITLE_SIZE = "12pt"
MIN_PLOT_HEIGHT = 140  # px: below this a plot is all axes


class LazyMenuViewBox(pg.ViewBox):
    """A ViewBox whose right-click menu is made on the first right-click.

    The menu (View All, both axes' ranges and links, mouse mode) is some forty widgets: made
    for every plot at once it cost about 2.5 ms a plot, 15 ms of start-up. It is offered from
    the start and looks and works the same when it comes.
    """

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.state["enableMenu"] = True  # on, only not made yet

    def getMenu(self, ev: object) -> QMenu | None:
        if self.menu is None and self.menuEnabled():
            self.menu = ViewBoxMenu(self)
            self.updateViewLists()  # the views this one can be linked to, as at construction
        return self.menu

    def getContextMenus(self, event: object) -> list[QAction]:
        menu = self.getMenu(event)
        return menu.actions() if menu is not None else []


def make_plot(
    object_name: str,
    *,
    title: str = "",
    left: str = "",
    bottom: str = "",
    tooltip: str = "",
    axis_items: dict[str, pg.AxisItem] | None = None,
) -> pg.PlotWidget:
    """A PlotWidget with projector-sized text, a grid and no auto-range on x; ``axis_items``
    replaces the default axes on the sides it names (the left one is a :class:`LogAxis`)."""
    axes = {"left": LogAxis(orientation="left"), **(axis_items or {})}
    plot = pg.PlotWidget(viewBox=LazyMenuViewBox(), axisItems=axes)
    plot.setObjectName(object_name)
    plot.setToolTip(tooltip)
    item = plot.getPlotItem()
    if title:
        item.setTitle(title, size=TITLE_SIZE)
    font = QFont()
    font.setPointSize(TICK_FONT_PT)
    for side in ("left", "bottom"):
        item.getAxis(side).setStyle(tickFont=font)
        # plain numbers: a student reads 0.25, not 250 with "(x0.001)" beside the axis title
        item.getAxis(side).enableAutoSIPrefix(False)
    # pyqtgraph fits an axis to its widest label while painting it, and a plot whose axis
    # changes width there is laid out and painted again: at start-up every plot labelled "0 2 4"
    # shrank its axis from the default 30 px and so painted twice (~25 ms of the first frame).
    # The label room only grows instead: the first paint stands, and a plot area no longer
    # slides sideways each time its labels get shorter during training.
    item.getAxis("left").setStyle(autoReduceTextSpace=False)
    for side in ("top", "right"):
        # Hidden, yet with the prefix on pyqtgraph re-renders their (empty) labels at every
        # change of range: some 70 needless text layouts at start-up. Nothing shows them.
        item.getAxis(side).enableAutoSIPrefix(False)
    if left:
        item.setLabel("left", left, **LABEL_STYLE)
    if bottom:
        item.setLabel("bottom", bottom, **LABEL_STYLE)
    item.showGrid(x=True, y=True, alpha=0.25)
    # The hide / auto-scale button in the corner only confuses here; "A" auto-range stays in the
    # right-click menu.
    item.hideButtons()
    plot.setMinimumHeight(MIN_PLOT_HEIGHT)
    return plot


def set_plot_texts(
    plot: pg.PlotWidget,
    *,
    title: str | None = None,
    left: str | None = None,
    bottom: str | None = None,
    tooltip: str | None = None,
) -> None:
    """Change ``plot``'s title, axis labels and tooltip (None: that one stays), each in the
    size it has now, so a text set again after a change of language keeps presentation mode's
    larger size. An axis without a label gets none for ""."""
    item = plot.getPlotItem()
    if tooltip is not None:
        plot.setToolTip(tooltip)
    if title is not None:
        item.setTitle(title, size=item.titleLabel.opts.get("size", TITLE_SIZE))
    for side, text in (("left", left), ("bottom", bottom)):
        axis = item.getAxis(side)
        if text is None or not (text or axis.labelText):
            continue
        # setLabel sets units and SI prefixes too: each is handed back as it was
        axis.setLabel(
            text=text,
            units=axis.labelUnits,
            unitPrefix=axis.labelUnitPrefix,
            siPrefixEnableRanges=axis.getSIPrefixEnableRanges(),
            unitPower=axis.unitPower,
            # pyqtgraph's axes start with a colour but no size: the label size comes in then
            **{**LABEL_STYLE, **axis.labelStyle},
        )


def overlap(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    """Do two curves on the same grid lie on each other over a fifth of it or more?"""
    if a is None or b is None or a.shape != b.shape:
        return False
    return bool(np.mean(np.isclose(a, b, rtol=1e-3, atol=1e-3)) >= 0.2)


def fmt(x: float) -> str:
    """A number for people: 3 significant digits and a true minus sign."""
    return f"{x:.3g}".replace("-", "−")
