"""The network view's weight lines: read from the model now and then, drawn from the cache.

Grouping (which lines, which pen) is ``glyphs.weight_groups``; this keeps the groups of every
gap between two columns as last read, and draws them between the neurons' places.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF
from PySide6.QtGui import QPainter

from reludesk.ui import theme
from reludesk.ui.trainer.netview import glyphs
from reludesk.ui.trainer.netview.geometry import Geometry

AA_LINES = 300  # antialias weight lines only when there are at most this many


class WeightLines:
    """Replica 0's weight lines as last read: ``groups`` per gap, ``capped`` if some were left
    out (``glyphs.LINE_BUDGET``), ``version`` bumped with every read."""

    def __init__(self) -> None:
        self.groups: list[glyphs.Groups] = []
        self.capped = False
        self.version = 0

    def read(
        self,
        weights: list[np.ndarray],
        dead: list[np.ndarray],
        silent: list[np.ndarray] | None = None,
    ) -> None:
        """Group the lines of ``weights`` (per layer (replicas, fan_in, fan_out); replica 0 is
        read) with ``dead`` (per column, (units,) bools: the inputs, each hidden layer, the
        output): the lines into a dead neuron are muted (no gradient reaches them), and those out
        of a ``silent`` one (outputs 0 on every input; default: the dead ones, as for ReLU). A
        step unit is dead yet fires: the weights it feeds still learn, and are drawn so."""
        silent = dead if silent is None else silent
        limit = glyphs.lines_per_gap(len(weights))
        self.groups = [
            glyphs.weight_groups(W[0], silent[l], dead[l + 1], limit)
            for l, W in enumerate(weights)
        ]
        self.capped = any(W[0].size > limit for W in weights)
        self.version += 1

    def draw(self, p: QPainter, g: Geometry, page: theme.Page) -> None:
        """Paint every line from the right edge of its source neuron to the left of its target,
        paled towards ``page``'s paper by weakness."""
        # antialiasing triples the cost of a line; past a few hundred lines nobody sees jaggies
        few = sum(len(src) for gap in self.groups for src, _ in gap.values()) <= AA_LINES
        p.setRenderHint(QPainter.RenderHint.Antialiasing, few)
        for gap, groups in enumerate(self.groups):
            x0, x1 = g.xs[gap] + g.side(gap) / 2.0, g.xs[gap + 1] - g.side(gap + 1) / 2.0
            y0, y1 = g.ys[gap], g.ys[gap + 1]
            # muted and thin lines first, so the strong ones that matter are drawn on top
            for (kind, level), (src, dst) in sorted(groups.items(), key=lambda kv: kv[0][1]):
                p.setPen(glyphs.weight_pen(kind, level, page.paper, page.rule))
                p.drawLines([QLineF(x0, y0[i], x1, y1[j]) for i, j in zip(src, dst, strict=True)])
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
