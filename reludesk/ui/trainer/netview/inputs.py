"""Where the network view puts its candidate inputs: all seven features, those in use as full
nodes (their lines leave them), the others smaller, each with its label on its left.

Two arrangements, chosen by the room:

* a column in the canonical order (TF Playground's), when every candidate has a text line of
  height for its label;
* *compact*, in a short view (a projector's dock, 180 px high): the inputs in use keep a column
  of their own where the lines start, and the unused ones sit in a grid of small nodes to its
  left, as many rows as text lines fit, so seven labels never overlap.

Pure geometry, as ``geometry``; the view hands in the widest label's width in its font.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

UNUSED_SCALE = 0.6  # an unused input's side, of a used one's: there, yet plainly set aside
LABEL_GAP = 5.0  # px between a label and its node
CELL_GAP = 8.0  # px between a small node and the next label to its right (compact grid)
COMPACT_UNUSED = 0.7  # an unused input's side in a short view, of a text line's height
NODE_GAP = 1.4  # pitch / size in a column with room to spare (as the other columns)


@dataclass(frozen=True)
class InputSlots:
    """The candidates' squares (``rects``, one per candidate in canonical order), which are in
    use (``used``), whether the short arrangement was chosen (``compact``), and the width of a
    label (``label_w``, drawn right-aligned just left of its square)."""

    rects: tuple[QRectF, ...]
    used: tuple[bool, ...]
    compact: bool
    label_w: float

    def label_rect(self, i: int, line: float) -> QRectF:
        """Where candidate ``i``'s label is written (``line``: a text line's height)."""
        r = self.rects[i]
        return QRectF(r.left() - LABEL_GAP - self.label_w, r.center().y() - line / 2.0,
                      self.label_w, line)

    def hit(self, pos: QPointF, line: float, slack: float) -> int | None:
        """The candidate whose square or label is under ``pos`` (a label is a bigger target
        than a tiny square), or None."""
        for i, r in enumerate(self.rects):
            box = r.adjusted(-slack, -slack, slack, slack).united(self.label_rect(i, line))
            if box.contains(pos):
                return i
        return None

    def used_rect(self, unit: int) -> QRectF:
        """The square of input ``unit`` of the network (counted among the used ones)."""
        return self.rects[[i for i, u in enumerate(self.used) if u][unit]]


def is_compact(height: float, n_candidates: int, n_unused: int, line: float) -> bool:
    """True when a column of ``n_candidates`` in ``height`` px cannot give each label a text line
    (a ``line`` high, plus air), and some are unused (they are what moves aside)."""
    return n_unused > 0 and height / n_candidates < line + 2.0


def left_room(
    compact: bool, n_unused: int, rows: int, size: float, line: float, label_w: float
) -> float:
    """How far left of the inputs' column centre their squares and labels reach (px), for
    used squares of side ``size`` (at most a ``line`` more when compact)."""
    room = size / 2.0 + LABEL_GAP + label_w + 2.0
    if compact:
        # as ``fit_inputs`` lays them out (the squares a little larger than they may be)
        room += line / 2.0 + math.ceil(n_unused / rows) * (
            CELL_GAP + COMPACT_UNUSED * line + LABEL_GAP + label_w
        )
    return room


def rows_fitting(height: float, line: float) -> int:
    """Text lines (with air) that fit ``height``; at least one."""
    return max(1, int(height // (line + 2.0)))


def _centred(n: int, centre: float, height: float, size: float, line: float) -> np.ndarray:
    """``n`` row centres around ``centre``: compact while room is to spare, yet a text line
    apart, and never beyond ``height``."""
    step = min(height / n, max(NODE_GAP * size, line + 2.0))
    top = centre - step * (n - 1) / 2.0
    return top + step * np.arange(n)


def fit_inputs(
    body: QRectF, x: float, used: Sequence[bool], size: float, line: float, label_w: float
) -> InputSlots:
    """The candidates laid out in ``body`` around the column centre ``x``; ``used`` says which
    are in use (canonical order). In a column: used squares of side at most ``size`` (the other
    columns' neurons), unused ones ``UNUSED_SCALE`` of it. Compact: used squares at least a text
    ``line`` high where the rows allow, unused ones ``COMPACT_UNUSED`` of a line."""
    used = tuple(bool(u) for u in used)
    n, n_used = len(used), sum(used)
    h, centre = body.height(), body.center().y()
    compact = is_compact(h, n, n - n_used, line)
    rects: list[QRectF] = [QRectF()] * n
    if not compact:
        side = min(size, 0.84 * h / n)
        for i, y in enumerate(_centred(n, centre, h, side, line)):
            s = side if used[i] else UNUSED_SCALE * side
            rects[i] = QRectF(x - s / 2.0, float(y) - s / 2.0, s, s)
        return InputSlots(tuple(rects), used, False, label_w)
    # a short view's neurons are dots; its inputs stay as tall as their labels, to be seen
    # and clicked (a used one as large as its row allows, an unused one a little smaller)
    side = min(max(size, line), 0.84 * h / max(n_used, 1))
    in_use = [i for i in range(n) if used[i]]
    for i, y in zip(in_use, _centred(len(in_use), centre, h, side, line), strict=True):
        rects[i] = QRectF(x - side / 2.0, float(y) - side / 2.0, side, side)
    unused = [i for i in range(n) if not used[i]]
    n_cols = math.ceil(len(unused) / rows_fitting(h, line))
    rows = math.ceil(len(unused) / n_cols)  # the grid's columns evenly filled
    small = min(COMPACT_UNUSED * line, 0.84 * h / rows)
    pitch = CELL_GAP + small + LABEL_GAP + label_w  # one label and small square of the grid
    right = x - side / 2.0 - LABEL_GAP - label_w - CELL_GAP  # right edge of the nearest cell
    for k in range(n_cols):
        # reading order: the first unused candidates in the leftmost grid column
        cell = unused[k * rows:(k + 1) * rows]
        cx = right - (n_cols - 1 - k) * pitch - small / 2.0
        for i, y in zip(cell, _centred(len(cell), centre, h, small, line), strict=True):
            rects[i] = QRectF(cx - small / 2.0, float(y) - small / 2.0, small, small)
    return InputSlots(tuple(rects), used, True, label_w)
