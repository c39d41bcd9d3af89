"""Where the network view puts things: its header, body and legend strips, each neuron, and
which neuron a point is on.

Columns are numbered as the view draws them: 0 the inputs, then the hidden layers, the output
last. Column 0 holds the inputs in use (the network's first layer); every candidate input, used
or not, also has a square in ``inputs`` (see ``inputs``), and the inputs' column is moved right
as far as their labels need. Pure geometry (Qt rectangles and numpy), computed once per size,
network shape and choice of inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from reludesk.ui.trainer.netview.inputs import (
    InputSlots,
    fit_inputs,
    is_compact,
    left_room,
    rows_fitting,
)

MAX_NODE = 64.0  # px: beyond this neurons only waste room that the lines could use
NODE_GAP = 1.4  # pitch / size within a column that has room to spare
HIT_SLACK = 2.0  # px around a neuron that still hit it: tiny neurons stay clickable
LINE_SLACK = 3.0  # px either side of a weight line that still hit it (lines are 1 to 6 px)
LABEL_W = 34.0  # px: an input label's width when the view does not measure its font


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
    column's row centres ((units,) each; column 0: the inputs in use), ``size`` a neuron's side
    (``in_size`` that of an input in use), ``col_w`` the distance between column centres,
    ``inputs`` every candidate input's square and label."""

    col_w: float
    size: float
    xs: list[float]
    ys: list[np.ndarray]
    in_size: float
    inputs: InputSlots

    @classmethod
    def fit(
        cls,
        body: QRectF,
        sizes: Sequence[int],
        line: float,
        used: Sequence[bool] | None = None,
        label_w: float = LABEL_W,
    ) -> Geometry:
        """Lay out columns of ``sizes`` neurons in ``body``; ``line`` is a text line's height.
        ``used`` marks which candidate inputs are in use (``sizes[0]`` of them; None: there
        are no others), ``label_w`` is the widest input label's width."""
        used = tuple(used) if used is not None else (True,) * sizes[0]
        if sum(used) != sizes[0]:
            raise ValueError(f"{sum(used)} inputs marked used for a network of {sizes[0]}")
        cols = len(sizes)
        pitch = body.height() / max(sizes)
        # 0.84 of the pitch leaves a gap between rows; 0.45 of a column leaves room for lines
        size = min(MAX_NODE, 0.84 * pitch, 0.45 * body.width() / cols)
        # the inputs' labels (and in a short view the unused inputs) left of the first column:
        # it moves right when they need more than half a column, the others share the rest
        compact = is_compact(body.height(), len(used), len(used) - sizes[0], line)
        rows = rows_fitting(body.height(), line)
        room = left_room(compact, len(used) - sizes[0], rows, size, line, label_w)
        half = body.width() / cols / 2.0
        x0 = body.left() + min(max(half, room), 0.5 * body.width())
        last = body.right() - half
        col_w = (last - x0) / (cols - 1) if cols > 1 else 2.0 * half
        size = min(size, 0.45 * col_w)
        xs = [x0 + col_w * c for c in range(cols)]
        inputs = fit_inputs(body, x0, used, size, line, label_w)
        ys = [np.array([inputs.used_rect(u).center().y() for u in range(sizes[0])])]
        for n in sizes[1:]:
            # short columns stay compact, yet keep a text line per neuron
            step = min(body.height() / n, max(NODE_GAP * size, line + 2))
            top = body.center().y() - step * (n - 1) / 2.0
            ys.append(top + step * np.arange(n))
        in_size = inputs.used_rect(0).width() if sizes[0] else size
        return cls(col_w, size, xs, ys, in_size, inputs)

    def side(self, col: int) -> float:
        """The side of a neuron of column ``col`` (the inputs' may be smaller)."""
        return self.in_size if col == 0 else self.size

    def node_rect(self, col: int, unit: int) -> QRectF:
        """The square neuron ``unit`` of column ``col`` is drawn in."""
        s = self.side(col)
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
        x, y = pos.x(), pos.y()
        for gap in range(len(self.xs) - 1):
            x0 = self.xs[gap] + self.side(gap) / 2.0
            x1 = self.xs[gap + 1] - self.side(gap + 1) / 2.0
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
