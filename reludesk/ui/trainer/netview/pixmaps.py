"""The network view's cached pictures, so that a frame while training costs a blit or two.

* ``paint_layer``: a picture the size of the view (the background; the frame on top of it);
* ``NeuronPixmaps``: each neuron that carries a heatmap, painted once into a pixmap of its own
  (scaling the heatmap up smoothly is the costly part of a frame) and kept until its heatmap,
  state or drawn share changes;
* ``snap_shares``: the active shares as drawn, in steps, so that a neuron is drawn again only
  when its bar visibly moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap

from reludesk.ui.trainer.netview import glyphs

# active shares are drawn to a twentieth (the bar under a neuron moves in steps of 5 %): finer
# than the eye reads, and coarse enough that few neurons need drawing again in a frame
SHARE_LEVELS = 20
SHARE_HYSTERESIS = 0.75  # of a step: how far the exact share must move before the bar does


def paint_layer(
    width: int,
    height: int,
    dpr: float,
    font: QFont,
    base: QPixmap | None,
    draw: Callable[[QPainter], None],
    paper: QColor = glyphs.PAPER,
) -> QPixmap:
    """A pixmap of ``width`` x ``height`` logical pixels at ``dpr``: a copy of ``base`` (or
    ``paper``), then ``draw(painter)`` on it. ``base`` is not changed."""
    w, h = math.ceil(width * dpr), math.ceil(height * dpr)
    if w <= 0 or h <= 0:
        return QPixmap()
    fresh = base is None or base.isNull()
    layer = QPixmap(w, h) if fresh else base.copy()
    layer.setDevicePixelRatio(dpr)
    if fresh:
        layer.fill(paper)
    p = QPainter(layer)
    try:
        p.setFont(font)  # a pixmap's painter starts with the application's font
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        draw(p)
    finally:
        p.end()
    return layer


def snap_shares(exact: list[np.ndarray], shown: list[np.ndarray]) -> list[np.ndarray]:
    """Active shares as drawn (to ``1 / SHARE_LEVELS``), one (width,) array per hidden layer,
    from the ``exact`` ones and those ``shown`` last time (new arrays; neither is changed).

    A drawn share moves only once the exact one is most of a step away, so a share that hovers
    on the edge between two steps does not flicker (nor cost a redraw every frame); a layer with
    nothing shown before snaps to the nearest step.
    """
    step = 1.0 / SHARE_LEVELS
    out = []
    for l, now in enumerate(exact):
        old = shown[l] if l < len(shown) else None
        snapped = np.round(now * SHARE_LEVELS) * step
        if old is not None and old.shape == now.shape:
            snapped = np.where(np.abs(now - old) > SHARE_HYSTERESIS * step, snapped, old)
        out.append(snapped)
    return out


class NeuronPixmaps:
    """Neurons with heatmaps, each painted once into a pixmap: (col, unit) -> (look, where,
    pixmap). Everything is dropped when the layout (places, sizes, pixel ratio) changes."""

    def __init__(self) -> None:
        self._cache: dict[tuple[int, int], tuple[tuple, QPointF, QPixmap]] = {}
        self._layout: Hashable = None
        self._dpr = 1.0

    def clear(self) -> None:
        self._cache.clear()

    def set_layout(self, layout: Hashable, dpr: float) -> None:
        """The view's layout key and pixel ratio now; a change drops every pixmap."""
        if (layout, dpr) != (self._layout, self._dpr):
            self._cache.clear()  # new places and sizes: every neuron is drawn afresh
            self._layout, self._dpr = layout, dpr

    def get(
        self,
        at: tuple[int, int],
        rect: QRectF,
        look: tuple[int | None, float, float | None],
        image: QImage,
        version: int,
    ) -> tuple[QPointF, QPixmap]:
        """Where to blit neuron ``at`` = (col, unit), drawn in ``rect`` with its ``look`` (state,
        drawn share, drawn slope or None: see ``glyphs.draw_neuron``) and heatmap ``image`` (of
        the heatmaps' ``version``), and the pixmap to blit there: painted anew only if the
        version or the look changed."""
        key = (version, *look)
        cached = self._cache.get(at)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        dpr = self._dpr
        pad = math.ceil(rect.width() * 0.5) + 2.0  # the droplet, tick and frame stick out
        # the pixmap starts on a device pixel, with the neuron at its own fraction of a pixel
        # inside: blitted without resampling, it is the picture drawn in place
        where = QPointF(
            math.floor((rect.left() - pad) * dpr) / dpr, math.floor((rect.top() - pad) * dpr) / dpr
        )
        side = rect.width() + 2.0 * pad + 1.0
        pixmap = QPixmap(math.ceil(side * dpr), math.ceil(side * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            inside = rect.translated(-where.x(), -where.y())
            state, share, slope = look
            glyphs.draw_neuron(painter, inside, state, share, image, slope)
        finally:
            painter.end()
        self._cache[at] = (key, where, pixmap)
        return where, pixmap
