"""Plot building blocks of the explorer: styled plots and the shaded dead / saturated bands."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QMenu

from reludesk.ui.widgets.log_axis import LogAxis

SATURATION = 0.01
"""A derivative below this share of its peak counts as saturated: gradients vanish there."""

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


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [first, last] of the consecutive True stretches of a 1-D bool array."""
    if mask.size == 0:
        return []
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b) - 1) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def band_masks(df: np.ndarray, peak: float) -> tuple[np.ndarray, np.ndarray]:
    """(dead, saturated) masks: f' exactly 0, and 0 < |f'| < SATURATION * peak."""
    dead = df == 0.0
    saturated = (np.abs(df) < SATURATION * peak) & ~dead
    return dead, saturated


def _brush(colour: str, dead: bool) -> QBrush:
    # Solid tints only: pattern brushes come out as blurred smears in SVG exports. The two kinds
    # differ in strength, and dead bands also get edge lines, so colour is not the only cue.
    c = QColor(colour)
    c.setAlpha(85 if dead else 30)
    return QBrush(c)


def _edge_pen(colour: str, dead: bool) -> QPen:
    if not dead:
        return pg.mkPen(None)
    return pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine)


class Bands:
    """Shaded z-intervals of one activation in one plot, reused across updates.

    Regions are pooled: an update moves and shows as many as needed and hides the rest, so no
    graphics item is created or destroyed while a slider moves (after the first few).
    """

    def __init__(self, plot: pg.PlotWidget, colour: str) -> None:
        self._plot = plot
        self._colour = colour
        self._pool: dict[bool, list[pg.LinearRegionItem]] = {True: [], False: []}

    def update(
        self, z: np.ndarray, dead: np.ndarray, saturated: np.ndarray, visible: bool = True
    ) -> None:
        """Shade the stretches of ``z`` where ``dead`` / ``saturated`` hold."""
        for kind, mask in ((True, dead), (False, saturated)):
            spans = runs(mask) if visible else []
            pool = self._pool[kind]
            while len(pool) < len(spans):
                region = pg.LinearRegionItem(
                    values=(0, 1),
                    movable=False,
                    brush=_brush(self._colour, kind),
                    pen=_edge_pen(self._colour, kind),
                )
                region.setZValue(-10)  # behind the curves
                self._plot.getPlotItem().addItem(region, ignoreBounds=True)
                pool.append(region)
            for region, (a, b) in zip(pool, spans, strict=False):
                region.setRegion((float(z[a]), float(z[b])))
                region.setVisible(True)
            for region in pool[len(spans) :]:
                region.setVisible(False)

    def visible_regions(self, dead: bool) -> list[tuple[float, float]]:
        """The shown (low, high) intervals of one kind: dead (True) or saturated (False)."""
        return [tuple(r.getRegion()) for r in self._pool[dead] if r.isVisible()]

    def hide(self) -> None:
        """Hide every band."""
        for pool in self._pool.values():
            for region in pool:
                region.setVisible(False)


def overlap(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    """Do two curves on the same grid lie on each other over a fifth of it or more?"""
    if a is None or b is None or a.shape != b.shape:
        return False
    return bool(np.mean(np.isclose(a, b, rtol=1e-3, atol=1e-3)) >= 0.2)


def fmt(x: float) -> str:
    """A number for people: 3 significant digits and a true minus sign."""
    return f"{x:.3g}".replace("-", "−")
