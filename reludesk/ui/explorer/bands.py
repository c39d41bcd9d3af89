"""The shaded bands of the explorer's f'(z) plot: where the gradient is exactly 0 (the unit can
die there) and where it is below a hundredth of its peak (saturated: it all but vanishes)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

SATURATION = 0.01
"""A derivative below this share of its peak counts as saturated: gradients vanish there."""


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [first, last] of the consecutive True stretches of ``mask``, an (n,) bool
    array; [] when it has none."""
    if mask.size == 0:
        return []
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b) - 1) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def band_masks(df: np.ndarray, peak: float) -> tuple[np.ndarray, np.ndarray]:
    """(dead, saturated) masks, each (n,) bool like ``df``, the (n,) values of f' on a grid:
    f' exactly 0, and 0 < |f'| < SATURATION * ``peak`` (the largest |f'| anywhere)."""
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
        """Shade the stretches of ``z`` (n,) where ``dead`` / ``saturated`` ((n,) bool) hold;
        ``visible=False`` hides every band of this activation. Moves, shows and hides pooled
        regions, adding to the plot only when the pool is too small."""
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
