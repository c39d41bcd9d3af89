"""The water tap: a ReLU tap and a Leaky ReLU tap side by side, fed the same z, painted by hand.

Each tap draws its :class:`reludesk.core.tap.TapModel` and invents no physics of its own: the valve
handle shows z, the stream's width and droplet rate follow the outflow f(z), the hump behind the
valve swells with the clog, a hole (Leaky ReLU only, sized by alpha) drips with the leak (the
gradient f' below zero), and a full clog gets a badge: "CLOGGED" (no gradient from this input) or,
only when the network's own test finds the linked neuron dead, "DEAD".

Like superqt's toggle switch (DESIGN.md, example 7): the state lives in a few attributes,
``paintEvent`` only calls ``_draw_*`` helpers (the picture's own in :mod:`reludesk.ui.tap.drawing`),
geometry comes from ``_*_rect`` helpers (of each tap's :class:`~reludesk.ui.tap.cell.Cell` and
:class:`~reludesk.ui.tap.drawing.Scene`), words from :mod:`reludesk.ui.tap.text`, and the
animation can be switched off so that painting is deterministic; then the state changes only
through :meth:`TapWidget.advance` and the setters.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from reludesk.core import activations
from reludesk.core.i18n import translate
from reludesk.core.tap import TapModel
from reludesk.ui import theme
from reludesk.ui.tap import drawing as draw
from reludesk.ui.tap.cell import Cell
from reludesk.ui.tap.drawing import METAL, Z_LIMIT, Drops, Scene
from reludesk.ui.tap.source import LinkedNeuron
from reludesk.ui.tap.text import Texts, badge, caption, readout_texts
from reludesk.ui.widgets.language import live

SWEEP_SPEED = 1.6  # z per second: -5 → 5 → -5 takes 12.5 s, slow enough to watch the clog
MAX_TICK_S = 0.1  # a stalled event loop must not make the water jump
MINIMUM_SIZE = (360, 160)  # below this the captions no longer fit


class TapWidget(QWidget):
    """Two taps, ReLU (left) and Leaky ReLU (right), fed the same z.

    Manual mode: :meth:`set_z` or a sweep (:meth:`set_sweeping`) drives z. Linked mode
    (:meth:`set_linked_source`): z cycles through a neuron's pre-activations over the training
    inputs. The widget owns no models: it is handed them, and :meth:`advance` moves them on.
    """

    # Qt names signals in camelCase; the rest of the app connects to them by these names.
    zChanged = Signal(float)
    alphaChanged = Signal(float)
    modeChanged = Signal(str)
    sweepingChanged = Signal(bool)

    def __init__(
        self, relu_model: TapModel, leaky_model: TapModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tapWidget")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._models = (relu_model, leaky_model)
        self._z = float(relu_model.z)
        self._streams = (Drops(), Drops())
        self._drips = (Drops(), Drops())
        self._animated = True
        self._sweep_dir = 0.0  # +1 / -1 while sweeping, 0 otherwise
        self._linked: LinkedNeuron | None = None
        self._texts = Texts()
        self._layer = QPixmap()
        self._layer_key: tuple | None = None
        self._page = theme.current_page()  # paper, words and floor in the theme's colours
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)
        self._clock = QElapsedTimer()
        for model in self._models:
            model.advance(self._z, 0.0)
        self._make_fonts()
        live(self, lambda w: w._retranslate())

    # --- public API -------------------------------------------------------------------------
    @property
    def relu_model(self) -> TapModel:
        return self._models[0]

    @property
    def leaky_model(self) -> TapModel:
        return self._models[1]

    def z(self) -> float:
        """The z both taps are fed now."""
        return self._z

    def set_z(self, z: float) -> None:
        """Turn both valves to ``z`` (clamped to ±5); leaves linked mode if it was on."""
        z = float(z)
        if not math.isfinite(z):
            raise ValueError(f"z must be finite, got {z!r}")
        if self._linked is not None:
            self.set_linked_source(None)
        self._move_valves(min(max(z, -Z_LIMIT), Z_LIMIT))

    def alpha(self) -> float:
        """The Leaky ReLU tap's slope: the size of its hole."""
        return float(self.leaky_model.activation.params.get("alpha", 0.0))

    def set_alpha(self, alpha: float) -> None:
        """Give the Leaky ReLU tap a new slope; its hole grows or shrinks to match."""
        act = self.leaky_model.activation
        self.leaky_model.set_activation(activations.get(act.name, alpha=alpha))
        self.leaky_model.advance(self._z, 0.0)
        self.alphaChanged.emit(self.alpha())
        self.update()

    def advance(self, dt: float) -> None:
        """Move everything on by ``dt`` seconds: sweep or linked z, both models, the droplets."""
        dt = float(dt)
        if not (math.isfinite(dt) and dt >= 0.0):
            raise ValueError(f"dt must be a finite number of seconds >= 0, got {dt!r}")
        z = self._next_z(dt)
        for i, model in enumerate(self._models):
            model.advance(z, dt)
            self._streams[i].step(
                6.0 + 6.0 * min(model.outflow, Z_LIMIT) if model.outflow > 0 else 0.0,
                dt,
                0.6 + 0.2 * min(model.outflow, Z_LIMIT),
            )
            # drops a second grow with the gradient through the hole, on a square-root scale
            # like the hole's area, so alpha 0.001 still drips now and then (0.4 a second)
            self._drips[i].step(12.0 * math.sqrt(min(model.leak, 1.0)), dt, 0.0)
        self._set_z_value(z)
        self.update()

    def set_animated(self, on: bool) -> None:
        """Switch the animation timer on or off; off makes painting deterministic."""
        self._animated = bool(on)
        self._sync_timer()

    def is_animated(self) -> bool:
        return self._animated

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Paint on the paper of ``colours``, words in its ink (the pipes, water and badges keep
        their colours: they sit on their own fills); the static layer is keyed on the page."""
        self._page = theme.page_colours(colours)
        self.update()

    def is_animating(self) -> bool:
        """The animation timer is running right now (animated, shown, not minimised)."""
        return self._timer.isActive()

    def set_sweeping(self, on: bool) -> None:
        """Swing z slowly between -5 and 5 (manual mode only)."""
        on = bool(on) and self._linked is None
        if on == self.is_sweeping():
            return
        self._sweep_dir = (-1.0 if self._z >= Z_LIMIT else 1.0) if on else 0.0
        self.sweepingChanged.emit(on)

    def is_sweeping(self) -> bool:
        return self._sweep_dir != 0.0

    def set_linked_source(
        self, z_values: np.ndarray | None, dead: bool = False, label: str = "", reason: str = ""
    ) -> None:
        """Follow a neuron: z cycles through ``z_values``, one every 50 ms of animation.

        ``z_values`` are the neuron's pre-activations over the training inputs (non-finite ones
        are skipped). ``dead``: the network's own test (its dead mask) finds the neuron dead,
        so the ReLU tap is shown fully clogged at once and its badge says "DEAD"; without it a
        full clog only ever reads "CLOGGED" (this input), however long it lasts. ``label``
        names the neuron, e.g. "neuron L1·3"; ``reason``, when the window chose the neuron
        itself, says why ("the first to die"): the mode then reads "Following <label>" and
        :meth:`follow_text` holds both. ``None`` returns to manual mode. Calling again with
        fresh values keeps the place in the cycle.
        """
        if z_values is None:
            was_linked = self._linked is not None
            self._linked = None
            if was_linked:
                self.modeChanged.emit(self.mode_text())
            self.update()
            return
        self.set_sweeping(False)
        if self._linked is None:
            self._linked = LinkedNeuron(Z_LIMIT)
        z = self._linked.feed(z_values, dead, label, reason)
        if z is not None:
            self._move_valves(z)
        if dead:
            self.relu_model.set_clog(1.0)  # the model holds it below 1 where z > 0: not dead there
        self.modeChanged.emit(self.mode_text())
        self.update()

    def is_linked(self) -> bool:
        return self._linked is not None

    def mode_text(self) -> str:
        """The mode indicator's text: "Manual", "Linked to <label>" (a neuron the user clicked)
        or "Following <label>" (one the window chose: :meth:`follow_text` says why)."""
        label = self._linked.label if self._linked is not None else ""
        if self._linked is None:
            return translate("TapWidget", "Manual")
        if self._linked.reason:
            if label:
                return translate("TapWidget", "Following {neuron}").format(neuron=label)
            return translate("TapWidget", "Following a neuron")
        if label:
            return translate("TapWidget", "Linked to {neuron}").format(neuron=label)
        return translate("TapWidget", "Linked to a neuron")

    def follow_text(self) -> str:
        """Which neuron the taps follow and why, when the window chose it ("Following layer
        1, neuron 5: the first to die"); "" otherwise."""
        if self._linked is None or not self._linked.reason:
            return ""
        return translate("TapWidget", "{mode}: {reason}").format(
            mode=self.mode_text(), reason=self._linked.reason)

    def badge_visible(self) -> bool:
        """A "DEAD" badge is drawn: only for a linked neuron that the network's test finds dead,
        never from the clog alone (on the ReLU tap; a pipe with a hole never clogs fully)."""
        return "DEAD" in self.badge_texts()

    def badge_texts(self) -> tuple[str | None, str | None]:
        """The badge of each tap (ReLU, Leaky ReLU): "DEAD", "CLOGGED" or None."""
        relu, leaky = (badge(model, self._neuron_dead()) for model in self._models)
        return relu, leaky

    def caption_texts(self) -> tuple[str, str]:
        """The caption under each tap (ReLU, Leaky ReLU)."""
        relu, leaky = (caption(model, self._neuron_dead()) for model in self._models)
        return relu, leaky

    def _neuron_dead(self) -> bool:
        """The network's dead test for the linked neuron (False in manual mode)."""
        return self._linked is not None and self._linked.dead

    def hole_rect(self) -> QRectF:
        """Where the Leaky ReLU tap's hole is drawn now; its size follows alpha."""
        return self._scene(1).hole_rect(self.alpha(), self.leaky_model.clog)

    def badge_rect(self) -> QRectF:
        """Where the ReLU tap's badge is drawn (when its pipe is fully clogged)."""
        return self._scene(0).badge_rect()

    def label_font(self) -> QFont:
        """The font of the small labels on the dial and the pipe; it scales with the widget."""
        font = QFont(self.font())
        font.setPixelSize(self._scene(0).label_px())
        return font

    # --- z sources --------------------------------------------------------------------------
    def _next_z(self, dt: float) -> float:
        if self._linked is not None:
            z = self._linked.next_z(dt)
            return self._z if z is None else z
        if self._sweep_dir:
            z = self._z + self._sweep_dir * SWEEP_SPEED * dt
            if abs(z) >= Z_LIMIT:  # bounce off the end of the scale
                self._sweep_dir = -math.copysign(1.0, z)
                z = math.copysign(2 * Z_LIMIT, z) - z
            return min(max(z, -Z_LIMIT), Z_LIMIT)
        return self._z

    def _move_valves(self, z: float) -> None:
        for model in self._models:
            model.advance(z, 0.0)
        self._set_z_value(z)
        self.update()

    def _set_z_value(self, z: float) -> None:
        if z != self._z:
            self._z = z
            self.zChanged.emit(z)

    # --- animation --------------------------------------------------------------------------

    def _sync_timer(self) -> None:
        window = self.window()
        run = self._animated and self.isVisible() and not window.isMinimized()
        if run and not self._timer.isActive():
            screen = self.screen()
            hz = screen.refreshRate() if screen is not None else 60.0
            # follow the display, within sane bounds (some virtual screens report 0 or 1000)
            hz = min(max(hz if math.isfinite(hz) else 60.0, 30.0), 144.0)
            self._timer.start(max(1, round(1000.0 / hz)))
            self._clock.start()
        elif not run and self._timer.isActive():
            self._timer.stop()

    def _on_tick(self) -> None:
        if self.window().isMinimized():
            self._timer.stop()
            return
        dt = self._clock.restart() / 1000.0
        self.advance(min(dt, MAX_TICK_S))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        # also delivered (spontaneously) when the window is minimised; nothing to animate then
        super().hideEvent(event)
        self._timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._make_fonts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # e.g. the app's font was made larger
            self._make_fonts()

    def _retranslate(self) -> None:
        # the words on the dial and the pipe are painted into the cached layer: paint it again
        self._layer_key = None
        self.update()

    # --- geometry ---------------------------------------------------------------------------
    def _cell_rect(self, i: int) -> QRectF:
        half = self.width() / 2.0
        return QRectF(i * half, 0.0, half, float(self.height()))

    def _cell(self, i: int) -> Cell:
        """Where tap ``i``'s title, picture, readouts and caption go (0: ReLU, 1: Leaky ReLU)."""
        return Cell(self._cell_rect(i), self.font())

    def _scene(self, i: int) -> Scene:
        return self._cell(i).scene()

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.drawPixmap(0, 0, self._static_layer())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fonts, muted = self._texts.fonts, self._page.muted
        leak = self._texts.static(translate("TapWidget", "← leak"), "small")
        for i, model in enumerate(self._models):
            cell = self._cell(i)
            scene = cell.scene()
            draw.draw_stream(p, scene, model, self._streams[i])
            draw.draw_spout_water(p, scene, model)
            draw.draw_hump(p, scene, model.clog)
            if "alpha" in model.activation.params:
                draw.draw_hole(p, scene, model, self._drips[i], leak, fonts["small"], muted)
            draw.draw_valve(p, scene, self._z, self._page.ink)
            self._draw_readouts(p, cell, model)
            self._draw_caption(p, cell, model)
            word = badge(model, self._neuron_dead())
            if word is not None:
                draw.draw_badge(p, scene, fonts["badge"], word)
        p.end()

    def _static_layer(self) -> QPixmap:
        """What does not move (titles, dial, pipes, floor), painted once per size and alpha."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self._page,
               *(m.activation for m in self._models))
        if self._layer_key != key:
            layer = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
            layer.setDevicePixelRatio(dpr)
            layer.fill(self._page.paper)
            p = QPainter(layer)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            for i, model in enumerate(self._models):
                cell = self._cell(i)
                fonts, page = self._texts.fonts, self._page
                draw.draw_title(p, cell.title_rect(), model.activation, fonts["title"], page.ink)
                scene = cell.scene()
                draw.draw_scale(p, scene, fonts["small"], page.muted)
                draw.draw_pipe(p, scene, fonts["small"], page.muted)
            p.setPen(QPen(METAL, 2))
            p.drawLine(QPointF(self.width() / 2, 0), QPointF(self.width() / 2, self.height()))
            p.end()
            self._layer, self._layer_key = layer, key
        return self._layer

    def _make_fonts(self) -> None:
        """Fonts for the present size; the title and readout ones shrink until their widest
        text fits a narrow widget. Drops every laid-out text and the static layer."""
        self._layer_key = None  # painted in the old fonts
        cell = self._cell(0)
        title, readouts = cell.title_rect(), cell.readout_rect()
        columns, _ = cell.readout_grid()
        self._texts.remake(
            self.font(),
            cell.unit,
            self._scene(0).label_px(),
            title_width=title.width() - title.height() * 0.8,
            value_width=readouts.width() / columns - cell.unit * 0.3,
        )

    def _draw_readouts(self, p: QPainter, cell: Cell, model: TapModel) -> None:
        box = cell.readout_rect()
        columns, rows = cell.readout_grid()
        w, h = box.width() / columns, box.height() / rows
        p.setFont(self._texts.fonts["value"])
        p.setPen(self._page.ink)
        for k, text in enumerate(readout_texts(model)):
            st = self._texts.static(text, "value")
            row, col = divmod(k, columns)
            y = box.top() + row * h + (h - st.size().height()) / 2
            p.drawStaticText(QPointF(box.left() + col * w, y), st)

    def _draw_caption(self, p: QPainter, cell: Cell, model: TapModel) -> None:
        box = cell.caption_rect()
        p.setFont(self._texts.fonts["caption"])
        p.setPen(self._page.muted)
        text = caption(model, self._neuron_dead())
        p.drawStaticText(box.topLeft(), self._texts.static(text, "caption", box.width()))
