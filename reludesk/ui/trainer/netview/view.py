"""The network view: neurons layer by layer, weights between them, each neuron's health.

It draws replica 0 of a :class:`reludesk.core.experiment.Trainer`. Weights are lines, blue for
positive and orange for negative, thicker for a larger |w| (scaled to the largest in the same
layer). Every hidden neuron shows its state by colour and shape (see ``network_glyphs``) and
carries a small heatmap of its output over the input plane (see ``neuron_heatmaps``).

Two refreshes with different costs, so training never waits for the pictures:
``refresh(snapshot)`` (cheap: states and shares every tick; the weight lines, greyed for dead
neurons, at most ``WEIGHTS_EVERY_S`` apart, or at once when asked with ``weights=True``: a
single step or a pause) and ``refresh_heatmaps()`` (a forward pass on a grid and new images, and
the weight lines; a few times a second).

Painting is cached, so a frame while training costs a pixmap blit or two: the *background*
(weight lines, legend; redrawn only when the weights are re-read or the size changes), the
*frame* (the background with the headers and the neurons on top; redrawn when a drawn active
share moves by a step of ``1 / SHARE_LEVELS``, a state changes or the heatmaps do), and each
neuron with a heatmap in a pixmap of its own (scaling the heatmap up is the costly part). Only
the selection ring is painted live.

Like superqt's toggle switch (DESIGN.md, example 7): state in a few attributes, ``paintEvent``
only calls ``_draw_*`` helpers, geometry comes from ``_*_rect`` helpers and a layout computed on
resize. Layers are addressed as in the Snapshot: hidden layer ``layer`` is 0-based; ``-1`` means
the inputs and ``n_hidden`` the output.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from reludesk.core import activations, health
from reludesk.core.experiment import Snapshot, Trainer
from reludesk.ui.trainer.netview import glyphs
from reludesk.ui.trainer.netview.heatmaps import heatmap_images
from reludesk.ui.trainer.netview.text import legend_height, render_legend, unit_tooltip

HEATMAP_MIN = 18.0  # px: a smaller heatmap is a blur, so small neurons get a flat fill
MAX_NODE = 64.0  # px: beyond this neurons only waste room that the lines could use
AA_LINES = 300  # antialias weight lines only when there are at most this many
NODE_GAP = 1.4  # pitch / size within a column that has room to spare
# refresh() re-reads the weights (and redraws the lines) at most this often: a little longer
# than the panel's heatmap round (which reads them too), so that while training plays the lines
# follow the heatmaps, about 3 times a second, and refresh() reads them only without those
WEIGHTS_EVERY_S = 0.35
# active shares are drawn to a twentieth (the bar under a neuron moves in steps of 5 %): finer
# than the eye reads, and coarse enough that few neurons need drawing again in a frame
SHARE_LEVELS = 20


class NetworkView(QWidget):
    """Neurons, weights and neuron health of replica 0 of ``trainer``; click to select."""

    neuronSelected = Signal(int, int)  # hidden layer (0-based), unit
    selectionCleared = Signal()

    def __init__(self, trainer: Trainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted
        self.setMouseTracking(True)  # the hand cursor over clickable neurons
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0))  # readable from the back of a room
        self.setFont(font)
        self._selected: tuple[int, int] | None = None
        self._capped = False  # some weights were left out (LINE_BUDGET)
        self._layout_key: tuple | None = None  # what the cached layout was computed for
        self._legend_key: tuple | None = None  # ... and the cached legend pixmap
        self._legend_cache = QPixmap()
        self._background = QPixmap()  # headers, weight lines, legend
        self._background_key: tuple | None = None
        self._frame = QPixmap()  # the background with the neurons on top
        self._frame_key: tuple | None = None
        self._weights_version = 0  # bumped whenever the weight lines are re-read
        self._images_version = 0  # ... and the heatmaps
        self._weights_read_at = -math.inf
        # neurons with heatmaps, each in a pixmap: (col, unit) -> (look, where, pixmap)
        self._neuron_cache: dict[tuple[int, int], tuple[tuple, QPointF, QPixmap]] = {}
        self._neuron_layout: tuple | None = None
        self.set_trainer(trainer)

    # --- public API -------------------------------------------------------------------------
    def set_trainer(self, trainer: Trainer) -> None:
        """Show ``trainer`` (after a rebuild: new sizes). A selection that still fits is kept
        and announced again (``neuronSelected``) so that followers re-read the new network;
        one that does not is cleared (``selectionCleared``)."""
        self._trainer = trainer
        self._sizes = list(trainer.model.layer_sizes)
        hidden = self._sizes[1:-1]
        self._states = [np.zeros(w, dtype=np.int8) for w in hidden]
        self._counts = [(0, 0)] * len(hidden)  # per layer: (dead, inactive but alive)
        self._shares = [np.zeros(w) for w in hidden]
        self._shown_shares: list[np.ndarray] = []  # the shares as last drawn (SHARE_LEVELS)
        self._states_key = b""  # the states as bytes: what the neurons and headers show
        self._groups: list[dict] = []
        self._images: list[list[QImage]] = []
        self._weights_read_at = -math.inf  # the next refresh reads the new network's weights
        self._neuron_cache.clear()
        if self._selected is not None and not self._valid_hidden(*self._selected):
            self.clear_selection()
        self._layout_key = None
        self.refresh(trainer.evaluate())
        self.refresh_heatmaps()
        if self._selected is not None:
            self.neuronSelected.emit(*self._selected)

    def trainer(self) -> Trainer:
        """The trainer whose replica 0 is shown."""
        return self._trainer

    def refresh(self, snapshot: Snapshot, *, weights: bool = False) -> None:
        """Cheap, every tick: states and active shares from ``snapshot``; the weights from the
        model when a state changed (a dead neuron's lines go grey), ``WEIGHTS_EVERY_S`` have
        passed, or ``weights`` asks for them (a single step: the picture at rest is exact).
        A snapshot of another network shape (one from before a rebuild) is ignored."""
        widths = self._sizes[1:-1]
        if [m.shape[1] for m in snapshot.dead] != widths:
            return
        # "inactive but alive" only where gradient leaks below zero (Leaky ReLU, PReLU): an ELU
        # or sigmoid unit below zero everywhere is alive, its slope a curve, not a leak
        leaks = activations.has_slope_below_zero(self._trainer.config.activation)
        self._states, self._counts = [], []
        for d, i in zip(snapshot.dead, snapshot.inactive, strict=True):
            asleep = health.inactive_alive(d[0], i[0]) if leaks else np.zeros_like(d[0])
            self._states.append(health.unit_states(d[0], asleep))
            self._counts.append((int(d[0].sum()), int(asleep.sum())))
        self._shares = [np.nan_to_num(a[0], nan=0.0) for a in snapshot.active_fraction]
        self._states_key = b"".join(st.tobytes() for st in self._states)
        now = time.perf_counter()
        if weights or now - self._weights_read_at >= WEIGHTS_EVERY_S:
            self._read_weights(now)  # with the states: a dead neuron's lines are greyed
        if weights:
            self._shown_shares = []  # at rest, each bar at its nearest step (no hysteresis)
        self.update()

    def _read_weights(self, now: float | None = None) -> None:
        """Group the weight lines of the model as it is now (dead neurons' lines muted)."""
        weights = self._trainer.model.weights
        # dead masks per column: inputs and output have no health, so never mute their lines
        dead = [np.zeros(self._sizes[0], bool), *(st == glyphs.DEAD for st in self._states)]
        dead.append(np.zeros(self._sizes[-1], bool))
        limit = glyphs.lines_per_gap(len(weights))
        self._groups = [
            glyphs.weight_groups(W[0], dead[l], dead[l + 1], limit) for l, W in enumerate(weights)
        ]
        self._capped = any(W[0].size > limit for W in weights)
        self._weights_version += 1
        self._weights_read_at = time.perf_counter() if now is None else now

    def refresh_heatmaps(self) -> None:
        """Costly, a few times a second: recompute every neuron's heatmap (skipped, and the
        old ones dropped, while neurons are too small to show one), and re-read the weights."""
        if self._heatmaps_shown():
            self._images = heatmap_images(self._trainer.model)
        else:
            self._images = []
        self._images_version += 1
        self._read_weights()
        self.update()

    def heatmaps_shown(self) -> bool:
        """True if neurons are large enough right now to carry heatmaps."""
        return self._heatmaps_shown() and bool(self._images)

    def selected(self) -> tuple[int, int] | None:
        """(hidden layer, unit) of the selected neuron, or None."""
        return self._selected

    def select(self, layer: int, unit: int) -> None:
        """Select hidden neuron (layer, unit); emits ``neuronSelected`` if it changed."""
        if not self._valid_hidden(layer, unit):
            raise ValueError(
                f"no hidden neuron ({layer}, {unit}); hidden sizes {self._sizes[1:-1]}"
            )
        if self._selected != (layer, unit):
            self._selected = (layer, unit)
            self.neuronSelected.emit(layer, unit)
            self.update()

    def clear_selection(self) -> None:
        """Select nothing; emits ``selectionCleared`` if something was selected."""
        if self._selected is not None:
            self._selected = None
            self.selectionCleared.emit()
            self.update()

    def unit_state(self, layer: int, unit: int) -> int:
        """The ``health.UnitState`` code of hidden unit (layer, unit) as last refreshed: 0 alive,
        1 inactive but alive (Leaky ReLU and PReLU only), 2 dead."""
        return int(self._states[layer][unit])

    def neuron_rect(self, layer: int, unit: int) -> QRectF:
        """Where neuron (layer, unit) is drawn; layer -1 is the inputs, n_hidden the output."""
        self._ensure_layout()
        return self._node_rect(layer + 1, unit)

    def heatmap_image(self, layer: int, unit: int) -> QImage | None:
        """The cached heatmap of neuron (layer, unit) (layer as in ``neuron_rect``), or None
        while neurons are too small to carry one."""
        return self._images[layer + 1][unit] if self.heatmaps_shown() else None

    def tooltip_text(self, layer: int, unit: int) -> str:
        """What hovering over neuron (layer, unit) tells (computes a gradient: on demand only)."""
        col = layer + 1
        state = self.unit_state(layer, unit) if 0 <= layer < len(self._states) else None
        share = float(self._shares[layer][unit]) if state is not None else float("nan")
        return unit_tooltip(self._trainer, col, unit, state, share)

    def sizeHint(self) -> QSize:
        return QSize(600, 360)

    def minimumSizeHint(self) -> QSize:
        # small: the trainer scrolls below its contents' minimum, and a laptop's dock is short
        return QSize(260, 180)

    # --- geometry -----------------------------------------------------------------------------
    def _valid_hidden(self, layer: int, unit: int) -> bool:
        widths = self._sizes[1:-1]
        return 0 <= layer < len(widths) and 0 <= unit < widths[layer]

    def _line_height(self) -> float:
        return float(self.fontMetrics().height())

    def _header_rect(self) -> QRectF:
        # two lines: the layer's name, then how many of its neurons are dead or inactive
        return QRectF(0.0, 4.0, self.width(), 2.0 * self._line_height() + 4.0)

    def _legend_rect(self) -> QRectF:
        h = legend_height(QFontMetricsF(self.font()), self.width(), self._capped)
        return QRectF(0.0, self.height() - h, self.width(), h)

    def _body_rect(self) -> QRectF:
        top = self._header_rect().bottom() + 6.0
        bottom = self._legend_rect().top() - 8.0
        return QRectF(8.0, top, max(1.0, self.width() - 16.0), max(1.0, bottom - top))

    def _ensure_layout(self) -> None:
        # the layout depends on the size, the network's shape and the legend's rows
        key = (self.width(), self.height(), tuple(self._sizes), self._capped)
        if key != self._layout_key:
            self._relayout()
            self._layout_key = key

    def _relayout(self) -> None:
        """Node size, column centres and each column's row centres for the current size."""
        body = self._body_rect()
        cols = len(self._sizes)
        self._col_w = body.width() / cols
        pitch = body.height() / max(self._sizes)
        # 0.84 of the pitch leaves a gap between rows; 0.45 of a column leaves room for lines
        self._size = min(MAX_NODE, 0.84 * pitch, 0.45 * self._col_w)
        self._xs = [body.left() + self._col_w * (c + 0.5) for c in range(cols)]
        self._ys = []
        for n in self._sizes:
            # short columns stay compact, yet keep a text line per neuron for the x₁, x₂ labels
            step = min(body.height() / n, max(NODE_GAP * self._size, self._line_height() + 2))
            top = body.center().y() - step * (n - 1) / 2.0
            self._ys.append(top + step * np.arange(n))

    def _node_rect(self, col: int, unit: int) -> QRectF:
        s = self._size
        return QRectF(self._xs[col] - s / 2.0, float(self._ys[col][unit]) - s / 2.0, s, s)

    def _heatmaps_shown(self) -> bool:
        self._ensure_layout()
        return self._size >= HEATMAP_MIN

    def _hit(self, pos: QPointF) -> tuple[int, int] | None:
        """(column, unit) of the neuron under ``pos``, with a little slack for tiny neurons."""
        self._ensure_layout()
        col = int((pos.x() - self._xs[0]) / self._col_w + 0.5)
        if not 0 <= col < len(self._sizes):
            return None
        ys = self._ys[col]
        unit = int(np.argmin(np.abs(ys - pos.y())))
        slack = 2.0
        if self._node_rect(col, unit).adjusted(-slack, -slack, slack, slack).contains(pos):
            return col, unit
        return None

    # --- events -------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        had = self._size >= HEATMAP_MIN if self._layout_key else False
        self._ensure_layout()
        if self._heatmaps_shown() and not (had and self._images):
            self.refresh_heatmaps()  # grown past the threshold: do not wait for the next call
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        hit = self._hit(event.position())
        if hit is None:
            self.clear_selection()
        elif 1 <= hit[0] <= len(self._sizes) - 2:
            self.select(hit[0] - 1, hit[1])
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None and 1 <= hit[0] <= len(self._sizes) - 2:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(hit[0] - 1, hit[1]), self)
            return True
        return super().event(event)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        frame = self._current_frame()
        p = QPainter(self)
        try:
            if frame.isNull():
                p.fillRect(self.rect(), glyphs.PAPER)
            else:
                p.drawPixmap(0, 0, frame)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_selection(p)
        finally:
            p.end()

    def _current_frame(self) -> QPixmap:
        """The cached picture without the selection, redrawn (in part) only if it is stale."""
        dpr = self.devicePixelRatioF()
        background_key = (self._layout_key, dpr, self.font().key(), self._weights_version)
        if background_key != self._background_key:
            self._background = self._paint_layer(None, dpr, self._draw_background)
            self._background_key = background_key
        images = self._images if self._heatmaps_shown() else []
        shares = self._drawn_shares()
        frame_key = (
            background_key,
            self._states_key,
            self._images_version if images else -1,
            b"".join(s.tobytes() for s in shares),
        )
        if frame_key != self._frame_key:
            self._frame = self._paint_layer(
                self._background, dpr, lambda p: self._draw_frame(p, images, shares)
            )
            self._frame_key = frame_key
        return self._frame

    def _paint_layer(self, base: QPixmap | None, dpr: float, draw) -> QPixmap:
        """A pixmap the size of the view: a copy of ``base`` (or paper), then ``draw(painter)``."""
        w, h = math.ceil(self.width() * dpr), math.ceil(self.height() * dpr)
        if w <= 0 or h <= 0:
            return QPixmap()
        layer = base.copy() if base is not None and not base.isNull() else QPixmap(w, h)
        layer.setDevicePixelRatio(dpr)
        if base is None or base.isNull():
            layer.fill(glyphs.PAPER)
        p = QPainter(layer)
        try:
            p.setFont(self.font())  # a pixmap's painter starts with the application's font
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            draw(p)
        finally:
            p.end()
        return layer

    def _draw_background(self, p: QPainter) -> None:
        self._draw_weights(p)
        self._draw_input_labels(p)
        self._draw_legend(p)

    def _draw_frame(
        self, p: QPainter, images: list[list[QImage]], shares: list[np.ndarray]
    ) -> None:
        self._draw_headers(p)  # they count dead and inactive neurons: they change with states
        self._draw_neurons(p, images, shares)

    def _drawn_shares(self) -> list[np.ndarray]:
        """Active shares as drawn (to ``1 / SHARE_LEVELS``): the neurons are drawn again only
        when one of these changes, not with every digit of the exact share. A drawn share
        moves only once the exact one is most of a step away, so a share that hovers on the
        edge between two steps does not flicker (nor cost a redraw every frame)."""
        step = 1.0 / SHARE_LEVELS
        shown = []
        for l, exact in enumerate(self._shares):
            old = self._shown_shares[l] if l < len(self._shown_shares) else None
            snapped = np.round(exact * SHARE_LEVELS) * step
            if old is not None and old.shape == exact.shape:
                snapped = np.where(np.abs(exact - old) > 0.75 * step, snapped, old)
            shown.append(snapped)
        self._shown_shares = shown
        return shown

    def _draw_headers(self, p: QPainter) -> None:
        fm, head = self.fontMetrics(), self._header_rect()
        line = self._line_height()
        last = len(self._sizes) - 1
        for c, x in enumerate(self._xs):
            if c == 0:
                names = ["Inputs", "In"]
            elif c == last:
                names = ["Output", "Out"]
            else:
                names = [f"Hidden {c}", f"H{c}", str(c)]
            cell = QRectF(x - self._col_w / 2, head.top(), self._col_w, line)
            p.setPen(glyphs.INK)
            p.drawText(cell, Qt.AlignmentFlag.AlignCenter, self._fitting(fm, names))
            if 1 <= c < last:
                p.setPen(glyphs.MUTED)
                counts = self._layer_counts(c - 1)
                p.drawText(
                    cell.translated(0.0, line),
                    Qt.AlignmentFlag.AlignCenter,
                    self._fitting(fm, counts),
                )

    def _fitting(self, fm: QFontMetrics, texts: list[str]) -> str:
        """The first (longest) of ``texts`` that fits a column, so 8 layers still label."""
        return next((t for t in texts if fm.horizontalAdvance(t) <= self._col_w - 4), "")

    def _layer_counts(self, layer: int) -> list[str]:
        """What the header says about a layer's health, longest first."""
        dead, inactive = self._counts[layer]
        parts = [f"{dead} dead"] * bool(dead) + [f"{inactive} inactive"] * bool(inactive)
        if not parts:
            return ["all alive", "alive"]
        return [", ".join(parts), *parts[:1], f"{dead}✕" if dead else f"{inactive}◌"]

    def _draw_weights(self, p: QPainter) -> None:
        half = self._size / 2.0
        # antialiasing triples the cost of a line; past a few hundred lines nobody sees jaggies
        few = sum(len(s) for g in self._groups for s, _ in g.values()) <= AA_LINES
        p.setRenderHint(QPainter.RenderHint.Antialiasing, few)
        for gap, groups in enumerate(self._groups):
            x0, x1 = self._xs[gap] + half, self._xs[gap + 1] - half
            y0, y1 = self._ys[gap], self._ys[gap + 1]
            # muted and thin lines first, so the strong ones that matter are drawn on top
            for (kind, level), (src, dst) in sorted(groups.items(), key=lambda kv: kv[0][1]):
                p.setPen(glyphs.weight_pen(kind, level))
                p.drawLines([QLineF(x0, y0[i], x1, y1[j]) for i, j in zip(src, dst, strict=True)])
        p.setRenderHint(QPainter.RenderHint.Antialiasing)

    def _draw_neurons(
        self, p: QPainter, images: list[list[QImage]], shares: list[np.ndarray]
    ) -> None:
        if self._size < 1.0:
            return
        for col, n in enumerate(self._sizes):
            hidden = 1 <= col <= len(self._states)
            for unit in range(n):
                image = images[col][unit] if images else None
                state = int(self._states[col - 1][unit]) if hidden else None
                share = float(shares[col - 1][unit]) if hidden else 0.0
                rect = self._node_rect(col, unit)
                if image is None:
                    glyphs.stamp_neuron(p, rect, state, share)
                else:
                    at, pixmap = self._heatmap_neuron(col, unit, rect, state, share, image)
                    p.drawPixmap(at, pixmap)

    def _heatmap_neuron(
        self, col: int, unit: int, rect: QRectF, state: int | None, share: float, image: QImage
    ) -> tuple[QPointF, QPixmap]:
        """Neuron (col, unit) with its heatmap, painted once into a pixmap of its own and kept
        until its heatmap, state or drawn share changes: scaling the heatmap up smoothly is the
        costly part of a frame, and most neurons look the same from one frame to the next."""
        dpr = self.devicePixelRatioF()
        layout = (self._layout_key, dpr)
        if layout != self._neuron_layout:
            self._neuron_cache.clear()  # new places and sizes: every neuron is drawn afresh
            self._neuron_layout = layout
        key = (self._images_version, state, share)
        cached = self._neuron_cache.get((col, unit))
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        pad = math.ceil(rect.width() * 0.5) + 2.0  # the droplet and the frame stick out
        # the pixmap starts on a device pixel, with the neuron at its own fraction of a pixel
        # inside: blitted without resampling, it is the picture drawn in place
        at = QPointF(
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
            glyphs.draw_neuron(painter, rect.translated(-at.x(), -at.y()), state, share, image)
        finally:
            painter.end()
        self._neuron_cache[(col, unit)] = (key, at, pixmap)
        return at, pixmap

    def _draw_input_labels(self, p: QPainter) -> None:
        p.setPen(glyphs.INK)
        h = self._line_height()
        for unit, text in enumerate(("x₁", "x₂")[: self._sizes[0]]):
            r = self._node_rect(0, unit)
            p.drawText(
                QRectF(r.left() - 40.0, r.center().y() - h / 2, 34.0, h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    def _draw_selection(self, p: QPainter) -> None:
        if self._selected is not None:
            glyphs.draw_selection(p, self.neuron_rect(*self._selected))

    def _draw_legend(self, p: QPainter) -> None:
        # the legend only changes with the width (it wraps): paint it once into a pixmap
        legend = self._legend_rect()
        dpr = self.devicePixelRatioF()
        key = (self.width(), legend.height(), self._capped, dpr, self.font().key())
        if key != self._legend_key:
            self._legend_cache = render_legend(self.font(), legend.size(), dpr, self._capped)
            self._legend_key = key
        p.drawPixmap(legend.topLeft(), self._legend_cache)
