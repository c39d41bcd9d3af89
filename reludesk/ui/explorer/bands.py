"""The shaded bands of the explorer's f'(z) plot, by the activation's family
(:func:`reludesk.core.health.family`): where a ReLU or step unit can die (f' exactly 0), and the
far tails where a smooth activation saturates (|f'| stays below a hundredth of its peak all the
way out). Leaky ReLU's constant slope alpha below 0 is a leak, not a tail that fades, and a dip
where f' crosses 0 (GELU, SiLU, Mish) is no saturation: neither is tinted."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from reludesk.core import health
from reludesk.core.activations import Activation

SATURATION = health.SATURATION_SHARE
"""|f'| below this share of its peak counts as saturated: gradients vanish there."""


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [first, last] of the consecutive True stretches of ``mask``, an (n,) bool
    array; [] when it has none."""
    if mask.size == 0:
        return []
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b) - 1) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def band_masks(act: Activation, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(dead, saturated) masks over the grid ``z`` (n,), each (n,) bool: f' exactly 0 where a
    unit of ``act`` can be dead (ReLU, step), and the smooth family's saturated tails, from the
    core's :meth:`Activation.quiet_tails` at SATURATION x peak |f'| (so a tail is tinted only
    if |f'| stays that low out to infinity, wherever the grid ends)."""
    none = np.zeros(z.shape, dtype=bool)
    kind = health.family(act.name)
    dead = act.df(z) == 0.0 if kind == "flat" else none
    if kind != "smooth":
        return dead, none
    low, high = act.quiet_tails(SATURATION * act.peak_derivative)
    return dead, (z <= low) | (z >= high)


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
