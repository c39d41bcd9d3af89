"""Where the network view puts things: its header, body and legend strips, each neuron, and
which neuron a point is on.

Columns are numbered as the view draws them: 0 the inputs, then the hidden layers, the output
last. Pure geometry (Qt rectangles and numpy), computed once per size and network shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

MAX_NODE = 64.0  # px: beyond this neurons only waste room that the lines could use
NODE_GAP = 1.4  # pitch / size within a column that has room to spare
HIT_SLACK = 2.0  # px around a neuron that still hit it: tiny neurons stay clickable
LINE_SLACK = 3.0  # px either side of a weight line that still hit it (lines are 1 to 6 px)


def header_rect(width: float, line: float) -> QRectF:
    """Two text lines at the top: each layer's name, then how many of its neurons are dead or
    inactive."""
    return QRectF(0.0, 4.0, width, 2.0 * line + 4.0)


def body_rect(width: float, header: QRectF, legend: QRectF) -> QRectF:
    """The neurons' and lines' room between the header and the legend strip."""
    top = header.bottom() + 6.0
    bottom = legend.top() - 8.0
    return QRectF(8.0, top, max(1.0, width - 16.0), max(1.0, bottom - top))


@dataclass(frozen=True)
class Geometry:
    """Neuron places for one body and network shape: ``xs`` the column centres, ``ys`` each
    column's row centres ((units,) each), ``size`` a neuron's side, ``col_w`` a column's width."""

    col_w: float
    size: float
    xs: list[float]
    ys: list[np.ndarray]

    @classmethod
    def fit(cls, body: QRectF, sizes: Sequence[int], line: float) -> Geometry:
        """Lay out columns of ``sizes`` neurons in ``body``; ``line`` is a text line's height."""
        cols = len(sizes)
        col_w = body.width() / cols
        pitch = body.height() / max(sizes)
        # 0.84 of the pitch leaves a gap between rows; 0.45 of a column leaves room for lines
        size = min(MAX_NODE, 0.84 * pitch, 0.45 * col_w)
        xs = [body.left() + col_w * (c + 0.5) for c in range(cols)]
        ys = []
        for n in sizes:
            # short columns stay compact, yet keep a text line per neuron for the x₁, x₂ labels
            step = min(body.height() / n, max(NODE_GAP * size, line + 2))
            top = body.center().y() - step * (n - 1) / 2.0
            ys.append(top + step * np.arange(n))
        return cls(col_w, size, xs, ys)

    def node_rect(self, col: int, unit: int) -> QRectF:
        """The square neuron ``unit`` of column ``col`` is drawn in."""
        s = self.size
        return QRectF(self.xs[col] - s / 2.0, float(self.ys[col][unit]) - s / 2.0, s, s)

    def column_cell(self, col: int, top: float, height: float) -> QRectF:
        """Column ``col``'s full width from ``top`` down ``height`` (a header line)."""
        return QRectF(self.xs[col] - self.col_w / 2, top, self.col_w, height)

    def hit(self, pos: QPointF) -> tuple[int, int] | None:
        """(column, unit) of the neuron under ``pos``, with a little slack for tiny neurons."""
        col = int((pos.x() - self.xs[0]) / self.col_w + 0.5)
        if not 0 <= col < len(self.xs):
            return None
        unit = int(np.argmin(np.abs(self.ys[col] - pos.y())))
        slack = HIT_SLACK
        if self.node_rect(col, unit).adjusted(-slack, -slack, slack, slack).contains(pos):
            return col, unit
        return None

    def line_hit(self, pos: QPointF, slack: float = LINE_SLACK) -> tuple[int, int, int] | None:
        """(gap, source, target) of the weight line nearest ``pos``, if within ``slack`` px.

        Gap ``g`` joins column ``g`` to column ``g + 1``; a line runs, as ``lines`` draws it,
        from the right edge of its source neuron to the left edge of its target. A point on a
        neuron is the neuron's, never a line's (``hit`` answers first).
        """
        if self.hit(pos) is not None:
            return None
        half = self.size / 2.0
        x, y = pos.x(), pos.y()
        for gap in range(len(self.xs) - 1):
            x0, x1 = self.xs[gap] + half, self.xs[gap + 1] - half
            if not x0 <= x <= x1 or x1 <= x0:
                continue
            y0, y1 = self.ys[gap][:, None], self.ys[gap + 1][None, :]
            dx, dy = x1 - x0, y1 - y0  # dy (sources, targets)
            # distance from a point to a line through (x0, y0) with direction (dx, dy):
            # the cross product over the length (the segment spans x, so its ends never win)
            dist = np.abs(dx * (y - y0) - dy * (x - x0)) / np.hypot(dx, dy)
            i, j = np.unravel_index(int(np.argmin(dist)), dist.shape)
            if dist[i, j] <= slack:
                return gap, int(i), int(j)
            return None
        return None
