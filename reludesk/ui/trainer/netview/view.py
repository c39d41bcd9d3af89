"""The network view: neurons layer by layer, weights between them, each neuron's health.

It draws replica 0 of a :class:`reludesk.core.experiment.Trainer`. Weights are lines, blue for
positive and orange for negative, thicker for a larger |w| (scaled to the largest in the same
layer). Every hidden neuron shows the core's state of it (``health.unit_states`` of the
Snapshot's masks: the activation's family decides which states occur) by colour and shape, a
PReLU unit its learned slope as a tick (see ``glyphs``), and each a small heatmap of its output
over the input plane (see ``heatmaps``). The inputs' column shows all seven candidate features
(``core.features``): those in use as full nodes with their lines, the others smaller and
dimmed, none of their own lines; a click on one emits ``featureClicked`` (see ``inputs``).

Two refreshes with different costs, so training never waits for the pictures:
``refresh(snapshot)`` (cheap: states and shares every tick; the weight lines, greyed for dead
neurons, at most ``WEIGHTS_EVERY_S`` apart, or at once when asked with ``weights=True``: a
single step or a pause) and ``refresh_heatmaps()`` (a forward pass on a grid and new images, and
the weight lines; a few times a second).

Painting is cached (``pixmaps``), so a frame while training costs a blit or two: the
*background* (weight lines, legend; redrawn when the weights are re-read or the size changes),
the *frame* (the background with the headers and the neurons on top; redrawn when a drawn active
share moves a step, a state changes or the heatmaps do), and each neuron with a heatmap in a
pixmap of its own. Only the selection ring is painted live. Geometry: ``geometry``. Paper and
ink are the theme's (``apply_theme``); a neuron keeps its own fills, as its marks sit on them.
State in a few attributes, ``paintEvent`` only calls ``_draw_*`` helpers (DESIGN.md, example
7). Layers are addressed as in the Snapshot: hidden layer ``layer`` is 0-based; ``-1`` means the
inputs and ``n_hidden`` the output.

Keyboard and accessibility tools: Tab gives the view focus; the arrow keys move a cursor over
the nodes (``keys``; on a hidden neuron it selects it, as a click does), Enter opens the
inspector on a neuron or toggles an input, Escape clears the selection. Tools see each node as
an item of a list (``accessible``), and hear of a node whose state changed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from reludesk.core import features, health
from reludesk.core.experiment import Snapshot, Trainer
from reludesk.ui import theme
from reludesk.ui.trainer.netview import accessible, glyphs, keys
from reludesk.ui.trainer.netview.geometry import HIT_SLACK, Geometry, body_rect, header_rect
from reludesk.ui.trainer.netview.heatmaps import feature_images, heatmap_images
from reludesk.ui.trainer.netview.lines import WeightLines
from reludesk.ui.trainer.netview.pixmaps import NeuronPixmaps, paint_layer, snap_shares
from reludesk.ui.trainer.netview.text import (
    LegendStrip,
    draw_headers,
    draw_input_labels,
    input_tooltip,
    legend_height,
    unit_name,
    unit_tooltip,
)
from reludesk.ui.widgets.language import live

HEATMAP_MIN = 18.0  # px: a smaller heatmap is a blur, so small neurons get a flat fill
# refresh() re-reads the weights (and redraws the lines) at most this often: a little longer
# than the panel's heatmap round (which reads them too), so that while training plays the lines
# follow the heatmaps, about 3 times a second, and refresh() reads them only without those
WEIGHTS_EVERY_S = 0.35
UNUSED_VEIL = 140  # alpha of the paper laid over an unused input: its picture still shows, faint


class NetworkView(QWidget):
    """Neurons, weights and neuron health of replica 0 of ``trainer``; click to select."""

    neuronSelected = Signal(int, int)  # hidden layer (0-based), unit
    selectionCleared = Signal()
    # a user's click (never the tap link's own choice): the inspector opens only on these
    neuronClicked = Signal(int, int)  # hidden layer, unit
    weightClicked = Signal(int, int, int)  # hidden layer, unit the line enters, source unit
    featureClicked = Signal(str)  # a candidate input's name (``features.FEATURES``): toggle it

    def __init__(self, trainer: Trainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted
        self.setMouseTracking(True)  # the hand cursor over clickable neurons
        # Tab gives it the keys, a click does not: after clicking a neuron, Right still steps
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._cursor: accessible.Node | None = None  # the keyboard's node (see ``keys``)
        self._accessible: accessible.ViewAccessible | None = None  # made when a tool asks
        live(self, accessible.name_view)  # its name and what the keys do, in the language in use
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0))  # readable from the back of a room
        self.setFont(font)
        self._selected: tuple[int, int] | None = None
        self._lines = WeightLines()
        self._layout_key: tuple | None = None  # what the cached layout was computed for
        self._legend = LegendStrip()
        self._page = theme.current_page()  # paper and ink of the theme in use
        self._background = QPixmap()  # headers, weight lines, legend
        self._background_key: tuple | None = None
        self._frame = QPixmap()  # the background with the neurons on top
        self._frame_key: tuple | None = None
        self._images_version = 0  # bumped whenever the heatmaps are recomputed
        self._weights_read_at = -math.inf
        self._geometry: Geometry | None = None  # computed for _layout_key
        self._neurons = NeuronPixmaps()  # neurons with heatmaps, each in a pixmap
        self.set_trainer(trainer)

    # --- public API -------------------------------------------------------------------------
    def set_trainer(self, trainer: Trainer) -> None:
        """Show ``trainer`` (after a rebuild: new sizes). A selection that still fits is kept
        and announced again (``neuronSelected``) so that followers re-read the new network;
        one that does not is cleared (``selectionCleared``)."""
        self._trainer = trainer
        self._sizes = list(trainer.model.layer_sizes)
        self._features = tuple(trainer.config.features)  # the inputs in use, canonical order
        hidden = self._sizes[1:-1]
        self._activation = trainer.config.activation  # the legend names the states it reaches
        self._states = [np.zeros(w, dtype=np.int8) for w in hidden]
        self._counts = [(0, 0, 0)] * len(hidden)  # per layer: (dead, inactive, saturated)
        self._slopes: list[np.ndarray] = []  # PReLU's learned slopes, (width,) per layer
        self._shares = [np.zeros(w) for w in hidden]
        self._shown_shares: list[np.ndarray] = []  # the shares as last drawn (SHARE_LEVELS)
        self._states_key = b""  # the states as bytes: what the neurons and headers show
        self._images: list[list[QImage]] = []
        self._weights_read_at = -math.inf  # the next refresh reads the new network's weights
        self._neurons.clear()
        if self._selected is not None and not self._valid_hidden(*self._selected):
            self.clear_selection()
        if self._cursor is not None and self._cursor not in accessible.nodes(self):
            self._cursor = None
        self._layout_key = None
        self.refresh(trainer.evaluate())
        self.refresh_heatmaps()
        if self._selected is not None:
            self.neuronSelected.emit(*self._selected)

    def trainer(self) -> Trainer:
        """The trainer whose replica 0 is shown."""
        return self._trainer

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Paint on the paper and in the ink of ``colours`` (the plots beside it) from now on:
        the cached pictures are keyed on the page, so the next paint redraws them."""
        self._page = theme.page_colours(colours)
        self.update()

    def refresh(self, snapshot: Snapshot, *, weights: bool = False) -> None:
        """Cheap, every tick: states and active shares from ``snapshot``; the weights from the
        model when a state changed (a dead neuron's lines go grey), ``WEIGHTS_EVERY_S`` have
        passed, or ``weights`` asks for them (a single step: the picture at rest is exact).
        A snapshot of another network shape (one from before a rebuild) is ignored."""
        widths = self._sizes[1:-1]
        if [m.shape[1] for m in snapshot.dead] != widths:
            return
        masks = zip(snapshot.dead, snapshot.inactive, snapshot.saturated, strict=True)
        before = self._states
        # the core's states as they are: it alone decides which an activation can reach
        self._states = [health.unit_states(d[0], i[0], s[0]) for d, i, s in masks]
        if accessible.listening():  # a tool hears of a state change; shares move too often
            self._announce_states(before)
        kinds = (glyphs.DEAD, glyphs.INACTIVE, glyphs.SATURATED)
        self._counts = [tuple(int(np.sum(st == k)) for k in kinds) for st in self._states]
        self._slopes = [np.array(s[0], dtype=float) for s in snapshot.slopes]
        self._shares = [np.nan_to_num(a[0], nan=0.0) for a in snapshot.active_fraction]
        # the neurons are drawn again when a state or a drawn slope tick changes
        ticks = [np.array([glyphs.snap_slope(a) for a in s]) for s in self._slopes]
        self._states_key = b"".join(x.tobytes() for x in (*self._states, *ticks))
        now = time.perf_counter()
        if weights or now - self._weights_read_at >= WEIGHTS_EVERY_S:
            self._read_weights(now)  # with the states: a dead neuron's lines are greyed
        if weights:
            self._shown_shares = []  # at rest, each bar at its nearest step (no hysteresis)
        self.update()

    def _announce_states(self, before: list[np.ndarray]) -> None:
        """Tell accessibility tools of each hidden neuron whose state differs from ``before``."""
        changed = [
            (layer + 1, int(unit))
            for layer, (old, new) in enumerate(zip(before, self._states, strict=False))
            if old.shape == new.shape
            for unit in np.flatnonzero(old != new)
        ]
        accessible.announce(self, changed, QAccessible.Event.NameChanged)

    def _read_weights(self, now: float | None = None) -> None:
        """Group the weight lines of the model as it is now (dead neurons' lines muted)."""
        # per column: inputs and output have no health, so never mute their lines
        inputs, output = [np.zeros(self._sizes[0], bool)], [np.zeros(self._sizes[-1], bool)]
        dead = [st == glyphs.DEAD for st in self._states]
        # a dead unit that never fires outputs 0 (a ReLU's); a step unit fires all the same
        silent = [d & (a == 0.0) for d, a in zip(dead, self._shares, strict=True)]
        w = self._trainer.model.weights
        self._lines.read(w, inputs + dead + output, inputs + silent + output)
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
        1 inactive but alive (Leaky ReLU, PReLU), 2 dead (ReLU, step), 3 saturated (smooth)."""
        return int(self._states[layer][unit])

    def active_share(self, layer: int, unit: int) -> float:
        """The share of training inputs hidden unit (layer, unit) fires on, as last refreshed
        (0 for a unit whose z is NaN)."""
        return float(self._shares[layer][unit])

    def cursor_node(self) -> accessible.Node | None:
        """The node the keyboard is on, ``(col, unit)`` as ``accessible.nodes``, or None."""
        return self._cursor

    def accessible_interface(self) -> accessible.ViewAccessible:
        """What accessibility tools see of the view (kept: Qt holds on to it)."""
        if self._accessible is None:
            self._accessible = accessible.ViewAccessible(self)
        return self._accessible

    def unit_slope(self, layer: int, unit: int) -> float | None:
        """The learned slope below zero of hidden unit (layer, unit) as last refreshed; None
        unless the network is PReLU. Its tick is ``glyphs.slope_tick(neuron_rect(...), slope)``
        at the slope to ``glyphs.SLOPE_STEP``."""
        return float(self._slopes[layer][unit]) if self._slopes else None

    def neuron_rect(self, layer: int, unit: int) -> QRectF:
        """Where neuron (layer, unit) is drawn; layer -1 is the inputs, n_hidden the output."""
        return self._layout().node_rect(layer + 1, unit)

    def input_state(self, name: str) -> str:
        """"used" if feature ``name`` feeds the network (a full node with lines), "unused" if
        it is only offered (dimmed, smaller, no lines). ValueError for an unknown name."""
        features.label(name)  # the core's one message for an unknown name
        return "used" if name in self._features else "unused"

    def input_rect(self, name: str) -> QRectF:
        """Where candidate input ``name`` is drawn (its square; its label is left of it)."""
        features.label(name)
        return QRectF(self._layout().inputs.rects[features.FEATURES.index(name)])

    def input_tooltip(self, name: str) -> str:
        """What hovering over candidate input ``name`` tells: what a click does."""
        return input_tooltip(name, self.input_state(name) == "used")

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

    def weight_tooltip(self, gap: int, source: int, target: int) -> str:
        """What hovering over the line from unit ``source`` of column ``gap`` to unit ``target``
        of the next column tells: its weight in replica 0, read now (columns as ``geometry``)."""
        w = float(self._trainer.model.weights[gap][0, source, target])
        last = len(self._sizes) - 1
        ins = self._features
        names = f"{unit_name(gap, source, last, ins)} → {unit_name(gap + 1, target, last, ins)}"
        edit = "\nClick to edit it" if gap + 1 < last else ""  # the inspector shows hidden units
        return f"Weight {names}: {w:.4g}{edit}"

    def diagram_rect(self) -> QRectF:
        """The room the neurons and their lines are drawn in: the view less its header and
        legend strips (what a projector's stage is meant to make large)."""
        return body_rect(self.width(), self._header_rect(), self._legend_rect())

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
        return header_rect(self.width(), self._line_height())

    def _legend_rect(self) -> QRectF:
        fm = QFontMetricsF(self.font())
        h = legend_height(fm, self.width(), self._lines.capped, self._activation)
        return QRectF(0.0, self.height() - h, self.width(), h)

    def _layout(self) -> Geometry:
        """Where everything is, computed again when the size, the network's shape or the
        legend's rows (``_capped``, the activation's states) changed."""
        legend = (self._lines.capped, self._activation)
        font = self.font().key()  # the labels' widths
        key = (self.width(), self.height(), tuple(self._sizes), self._features, font, *legend)
        if key != self._layout_key or self._geometry is None:
            body = body_rect(self.width(), self._header_rect(), self._legend_rect())
            used = [f in self._features for f in features.FEATURES]
            fm = QFontMetricsF(self.font())
            label_w = max(fm.horizontalAdvance(features.label(f)) for f in features.FEATURES)
            self._geometry = Geometry.fit(
                body, self._sizes, self._line_height(), used, math.ceil(label_w) + 2.0
            )
            self._layout_key = key
        return self._geometry

    def _input_hit(self, pos: QPointF) -> str | None:
        """The candidate input under ``pos`` (its square or label), or None."""
        i = self._layout().inputs.hit(pos, self._line_height(), HIT_SLACK)
        return None if i is None else features.FEATURES[i]

    def _heatmaps_shown(self) -> bool:
        return self._layout().size >= HEATMAP_MIN

    # --- events -------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        # the size laid out before this resize (none since set_trainer): were heatmaps shown?
        before = self._geometry if self._layout_key is not None else None
        had = before is not None and before.size >= HEATMAP_MIN
        if self._heatmaps_shown() and not (had and self._images):
            self.refresh_heatmaps()  # grown past the threshold: do not wait for the next call
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        name = self._input_hit(event.position())
        if name is not None:
            self._cursor = (0, features.FEATURES.index(name))  # the keys go on from here
            self.featureClicked.emit(name)  # the panel decides: it rebuilds the network
            event.accept()
            return
        hit = self._layout().hit(event.position())
        line = self._layout().line_hit(event.position()) if hit is None else None
        if line is not None and line[0] < len(self._sizes) - 2:
            # a line into a hidden unit: that unit, with this weight to edit
            gap, source, target = line
            self.select(gap, target)
            self.weightClicked.emit(gap, target, source)
        elif hit is None:
            self.clear_selection()
        elif 1 <= hit[0] <= len(self._sizes) - 2:
            self._cursor = hit
            self.select(hit[0] - 1, hit[1])
            self.neuronClicked.emit(hit[0] - 1, hit[1])
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape and self._selected is not None:
            self.clear_selection()
        elif key in keys.MOVES:
            self._set_cursor(keys.move(self._cursor_columns(), self._cursor_or_start(), key))
        elif key in keys.ACTIVATE and self._cursor is not None:
            self._activate(self._cursor)
        else:
            super().keyPressEvent(event)  # Tab and the rest: the window's
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._cursor = self._cursor_or_start()  # Tab in: show where the keys start
        accessible.announce(self, [self._cursor] if self._cursor else [], QAccessible.Event.Focus)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()  # the cursor ring shows only with focus
        super().focusOutEvent(event)

    def _cursor_or_start(self) -> accessible.Node:
        """The keyboard's node; if none yet, the selected neuron or the first hidden one."""
        if self._cursor is not None:
            return self._cursor
        layer, unit = self._selected if self._selected is not None else (0, 0)
        return layer + 1, unit

    def _cursor_columns(self) -> list[list[float]]:
        """Centre heights of each column's nodes, columns as ``accessible.nodes``."""
        columns: list[list[float]] = [[] for _ in self._sizes]
        for node in accessible.nodes(self):
            columns[node[0]].append(float(accessible.node_rect(self, node).center().y()))
        return columns

    def _set_cursor(self, node: accessible.Node) -> None:
        """Put the keyboard on ``node``; a hidden neuron is selected too (as a click would)."""
        self._cursor = node
        if self._valid_hidden(node[0] - 1, node[1]):
            self.select(node[0] - 1, node[1])
        accessible.announce(self, [node], QAccessible.Event.Focus)
        self.update()

    def _activate(self, node: accessible.Node) -> None:
        """Enter on ``node``: what a click on it does (inspect a neuron, toggle an input)."""
        col, unit = node
        if col == 0:
            self.featureClicked.emit(features.FEATURES[unit])
        elif self._valid_hidden(col - 1, unit):
            self.select(col - 1, unit)
            self.neuronClicked.emit(col - 1, unit)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self._layout().hit(pos)
        line = self._layout().line_hit(pos) if hit is None else None
        hidden = hit is not None and 1 <= hit[0] <= len(self._sizes) - 2
        into_hidden = line is not None and line[0] < len(self._sizes) - 2
        if self._input_hit(pos) is not None or hidden or into_hidden:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            bare = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = Qt.Key(event.key())
            # the arrows and Enter move here, not the window's Step (Right) and the like
            if bare == Qt.KeyboardModifier.NoModifier and key in keys.MOVES | keys.ACTIVATE:
                event.accept()
                return True
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            pos = QPointF(event.pos())
            name = self._input_hit(pos)
            hit = self._layout().hit(pos)
            line = self._layout().line_hit(pos) if hit is None else None
            if name is not None:
                QToolTip.showText(event.globalPos(), self.input_tooltip(name), self)
            elif hit is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(hit[0] - 1, hit[1]), self)
            elif line is not None:
                QToolTip.showText(event.globalPos(), self.weight_tooltip(*line), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._current_frame()
        p = QPainter(self)
        try:
            if frame.isNull():
                p.fillRect(self.rect(), self._page.paper)
            else:
                p.drawPixmap(0, 0, frame)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_selection(p)
            self._draw_cursor(p)
        finally:
            p.end()

    def _current_frame(self) -> QPixmap:
        """The cached picture without the selection, redrawn (in part) only if it is stale."""
        geometry, dpr = self._layout(), self.devicePixelRatioF()
        page, layout = self._page, self._layout_key
        background_key = (layout, dpr, self.font().key(), self._lines.version, page)
        if background_key != self._background_key:
            self._background = self._paint_layer(None, lambda p: self._draw_background(p, geometry))
            self._background_key = background_key
        images = self._images if self._heatmaps_shown() else []
        # drawn to a step: the neurons are drawn again only when a bar visibly moves
        shares = self._shown_shares = snap_shares(self._shares, self._shown_shares)
        versions = (self._states_key, self._images_version if images else -1)
        frame_key = (background_key, *versions, b"".join(s.tobytes() for s in shares))
        if frame_key != self._frame_key:
            self._neurons.set_layout(self._layout_key, dpr)
            self._frame = self._paint_layer(
                self._background, lambda p: self._draw_frame(p, geometry, images, shares)
            )
            self._frame_key = frame_key
        return self._frame

    def _paint_layer(self, base: QPixmap | None, draw: Callable[[QPainter], None]) -> QPixmap:
        """A picture the size of the view: a copy of ``base`` (or paper), then ``draw``."""
        dpr = self.devicePixelRatioF()
        return paint_layer(self.width(), self.height(), dpr, self.font(), base, draw,
                           self._page.paper)

    def _draw_background(self, p: QPainter, g: Geometry) -> None:
        self._lines.draw(p, g, self._page)
        draw_input_labels(p, g, self._line_height(), self._page)
        self._draw_legend(p)

    def _draw_frame(
        self, p: QPainter, g: Geometry, images: list[list[QImage]], shares: list[np.ndarray]
    ) -> None:
        self._draw_headers(p, g)  # they count dead and inactive neurons: they change with states
        self._draw_neurons(p, g, images, shares)

    def _draw_headers(self, p: QPainter, g: Geometry) -> None:
        draw_headers(p, g, self._header_rect().top(), self._line_height(), self._counts, self._page)

    def _draw_neurons(
        self, p: QPainter, g: Geometry, images: list[list[QImage]], shares: list[np.ndarray]
    ) -> None:
        if g.size < 1.0:
            return
        self._draw_inputs(p, g, bool(images))
        for col, n in enumerate(self._sizes):
            if col == 0:
                continue  # drawn with the unused candidates
            hidden = 1 <= col <= len(self._states)
            for unit in range(n):
                image = images[col][unit] if images else None
                state = int(self._states[col - 1][unit]) if hidden else None
                share = float(shares[col - 1][unit]) if hidden else 0.0
                # to the step the tick is drawn at: a pixmap is painted again only on a move
                slope = glyphs.snap_slope(self.unit_slope(col - 1, unit) if hidden else None)
                rect = g.node_rect(col, unit)
                if image is None:
                    glyphs.stamp_neuron(p, rect, state, share, slope)
                else:
                    # scaling a heatmap up is the costly part: each neuron keeps its picture
                    at, pixmap = self._neurons.get(
                        (col, unit), rect, (state, share, slope), image, self._images_version
                    )
                    p.drawPixmap(at, pixmap)

    def _draw_inputs(self, p: QPainter, g: Geometry, images: bool) -> None:
        """Every candidate input: its feature's picture (or a flat fill while neurons are too
        small for pictures); an unused one under a veil of paper."""
        pictures = feature_images() if images else ()
        veil = QColor(self._page.paper)
        veil.setAlpha(UNUSED_VEIL)
        for i, rect in enumerate(g.inputs.rects):
            if pictures:
                # keyed apart from the hidden columns (col >= 1): an input is (0, candidate);
                # its picture never changes (version 0), so only a new layout paints it again
                at, pixmap = self._neurons.get((0, i), rect, (None, 0.0, None), pictures[i], 0)
                p.drawPixmap(at, pixmap)
            else:
                glyphs.stamp_neuron(p, rect, None, 0.0)
            if not g.inputs.used[i]:
                p.fillRect(rect.adjusted(-2.0, -2.0, 2.0, 2.0), veil)  # the frame too

    def _draw_selection(self, p: QPainter) -> None:
        if self._selected is not None:
            glyphs.draw_selection(p, self.neuron_rect(*self._selected))

    def _draw_cursor(self, p: QPainter) -> None:
        """The keyboard's node, while the view has focus: a dashed square round it in the
        focus ring's colour (the selection ring is the neuron's own colour)."""
        node = self._cursor
        if not self.hasFocus() or node is None or node not in accessible.nodes(self):
            return
        pen = QPen(theme.focus_colour(), 2.0, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(accessible.node_rect(self, node)).adjusted(-5, -5, 5, 5))

    def _draw_legend(self, p: QPainter) -> None:
        legend, dpr = self._legend_rect(), self.devicePixelRatioF()
        strip = self._legend.pixmap(
            self.font(), legend.size(), dpr, self._lines.capped, self._activation, self._page
        )
        p.drawPixmap(legend.topLeft(), strip)


accessible.install(NetworkView)
