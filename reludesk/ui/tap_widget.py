"""The water tap: a ReLU tap and a Leaky ReLU tap side by side, fed the same z, painted by hand.

Each tap draws its :class:`reludesk.core.tap.TapModel` and invents no physics of its own: the valve
handle shows z, the stream's width and droplet rate follow the outflow f(z), the hump behind the
valve swells with the clog, a hole (Leaky ReLU only, sized by alpha) drips with the leak, and a
"DEAD" badge appears when the model is dead.

Like superqt's toggle switch (DESIGN.md, example 7): the state lives in a few attributes,
``paintEvent`` only calls ``_draw_*`` helpers, geometry comes from ``_*_rect`` helpers, and the
animation can be switched off so that painting is deterministic; then the state changes only
through :meth:`TapWidget.advance` and the setters.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from reludesk.core import activations
from reludesk.core.tap import TapModel
from reludesk.ui.theme import activation_colour

Z_LIMIT = 5.0  # the manual range of z; the handle stops at these ends
HANDLE_SWING_DEG = 70.0  # handle angle from upright at z = ±Z_LIMIT
SWEEP_SPEED = 1.6  # z per second: -5 → 5 → -5 takes 12.5 s, slow enough to watch the clog
LINK_STEP_S = 0.05  # linked mode shows a new training input every 50 ms
MAX_TICK_S = 0.1  # a stalled event loop must not make the water jump

# Colours chosen to stay apart in greyscale too: water is mid-light, metal mid, clog dark + hatch.
BACKGROUND = QColor("#f4f6f8")
INK = QColor("#15181b")
MUTED = QColor("#4a5158")
METAL = QColor("#9aa3ab")
METAL_DARK = QColor("#5b646c")
WATER = QColor("#3d8fe0")
WATER_LIGHT = QColor("#bcdcff")
CLOG = QColor("#8a5a2b")
# neutral, dark on light: orange and blue already mean ReLU and Leaky ReLU in every panel
HANDLE = QColor("#263238")
KNOB = QColor("#ffffff")
DEAD_RED = QColor("#b71c1c")
CLOG_HATCH = QBrush(QColor(0, 0, 0, 170), Qt.BrushStyle.BDiagPattern)  # reads without colour

WIDEST_VALUE = "f′(z) = −0.000"  # the widest readout that _num produces for |values| < 10
WIDEST_TITLE = "Leaky ReLU   α = 0.001"

CAPTIONS = {
    "dead": "No water passes: no gradient reaches the weights before this neuron, "
    "so they stop learning.",
    "clogging": "Valve shut: no water, no gradient. The pipe is clogging; held shut, "
    "this neuron dies.",
    "leaking": "A little water leaks: the gradient is small but never zero, "
    "so the neuron can recover.",
    "flowing": "Water flows: the gradient passes at full strength, so the weights keep learning.",
}


class _Drops:
    """Droplets falling from one opening; heights in fall units (0 = opening, 1 = floor)."""

    GRAVITY = 7.0  # fall units / s²: a drop let go at rest lands in about half a second

    def __init__(self) -> None:
        self.y: list[float] = []
        self.v: list[float] = []
        self.x: list[float] = []  # offset across the opening, -0.5 .. 0.5
        self.pending = 0.0  # 0 .. 1: how far the next drop has formed (drawn as a hanging drop)
        self._born = 0

    def step(self, rate: float, dt: float, v0: float) -> None:
        """Move the drops on by ``dt`` and let ``rate`` new ones a second form."""
        keep = [i for i, y in enumerate(self.y) if y < 1.0]
        v = [self.v[i] + self.GRAVITY * dt for i in keep]
        self.y = [self.y[i] + v[k] * dt for k, i in enumerate(keep)]
        self.v, self.x = v, [self.x[i] for i in keep]
        if rate <= 0.0:
            self.pending = 0.0  # no half-formed drop hangs from a dry opening
            return
        self.pending += rate * dt
        while self.pending >= 1.0:
            self.pending -= 1.0
            self._born += 1
            # golden-ratio offsets spread the drops evenly without randomness (deterministic)
            self.x.append((self._born * 0.618034) % 1.0 - 0.5)
            self.y.append(0.0)
            self.v.append(v0)


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
        self.setMinimumSize(360, 260)  # below this the captions no longer fit
        self._models = (relu_model, leaky_model)
        self._z = float(relu_model.z)
        self._streams = (_Drops(), _Drops())
        self._drips = (_Drops(), _Drops())
        self._animated = True
        self._sweep_dir = 0.0  # +1 / -1 while sweeping, 0 otherwise
        self._linked: np.ndarray | None = None
        self._linked_label = ""
        self._linked_index = 0
        self._linked_clock = 0.0
        self._fonts: dict[str, QFont] = {}
        self._texts: dict[tuple[str, str, float], QStaticText] = {}
        self._layer = QPixmap()
        self._layer_key: tuple | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)
        self._clock = QElapsedTimer()
        for model in self._models:
            model.advance(self._z, 0.0)
        self._make_fonts()

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
                6.0 + 6.0 * model.outflow if model.outflow > 0 else 0.0,
                dt,
                0.6 + 0.2 * min(model.outflow, Z_LIMIT),
            )
            self._drips[i].step(min(30.0 * model.leak, 12.0), dt, 0.0)
        self._set_z_value(z)
        self.update()

    def set_animated(self, on: bool) -> None:
        """Switch the animation timer on or off; off makes painting deterministic."""
        self._animated = bool(on)
        self._sync_timer()

    def is_animated(self) -> bool:
        return self._animated

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
        self, z_values: np.ndarray | None, dead: bool = False, label: str = ""
    ) -> None:
        """Follow a neuron: z cycles through ``z_values``, one every 50 ms of animation.

        ``z_values`` are the neuron's pre-activations over the training inputs (non-finite ones
        are skipped). ``dead``: the network reports the neuron dead, so the ReLU tap is shown
        fully clogged at once. ``label`` names the neuron, e.g. "neuron L1·3". ``None`` returns
        to manual mode. Calling again with fresh values keeps the place in the cycle.
        """
        if z_values is None:
            was_linked = self._linked is not None
            self._linked, self._linked_label = None, ""
            if was_linked:
                self.modeChanged.emit(self.mode_text())
            self.update()
            return
        values = np.asarray(z_values, dtype=np.float64).ravel()
        self.set_sweeping(False)
        self._linked = values[np.isfinite(values)]
        self._linked_label = str(label)
        if self._linked.size:
            self._linked_index %= self._linked.size
            self._move_valves(float(self._linked[self._linked_index]))
        if dead:
            self.relu_model.set_clog(1.0)  # the model holds it below 1 where z > 0: not dead there
        self.modeChanged.emit(self.mode_text())
        self.update()

    def is_linked(self) -> bool:
        return self._linked is not None

    def mode_text(self) -> str:
        """The mode indicator's text: "Manual" or "Linked to <label>"."""
        if self._linked is None:
            return "Manual"
        return f"Linked to {self._linked_label}" if self._linked_label else "Linked to a neuron"

    def badge_visible(self) -> bool:
        """A "DEAD" badge is drawn (on the ReLU tap; Leaky ReLU cannot die)."""
        return any(model.dead for model in self._models)

    def hole_rect(self) -> QRectF:
        """Where the Leaky ReLU tap's hole is drawn now; its size follows alpha."""
        scene = self._scene_rect(self._cell_rect(1))
        return self._hole_rect(scene, self.leaky_model)

    # --- z sources --------------------------------------------------------------------------
    def _next_z(self, dt: float) -> float:
        if self._linked is not None:
            if self._linked.size == 0:
                return self._z
            self._linked_clock += dt
            steps = int(self._linked_clock / LINK_STEP_S)
            self._linked_clock -= steps * LINK_STEP_S
            self._linked_index = (self._linked_index + steps) % self._linked.size
            return float(self._linked[self._linked_index])
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

    # --- geometry ---------------------------------------------------------------------------
    def _cell_rect(self, i: int) -> QRectF:
        half = self.width() / 2.0
        return QRectF(i * half, 0.0, half, float(self.height()))

    def _unit(self) -> float:
        """The base text size in pixels: big enough for a projector, scaled with the widget."""
        cell = self._cell_rect(0)
        return min(max(min(cell.width() * 0.062, cell.height() * 0.05), 12.0), 34.0)

    def _title_rect(self, cell: QRectF) -> QRectF:
        u = self._unit()
        return QRectF(cell.left() + u * 0.6, cell.top() + u * 0.3, cell.width() - u * 1.2, u * 1.7)

    def _caption_rect(self, cell: QRectF) -> QRectF:
        u = self._unit()
        h = u * 0.85 * 1.35 * 3  # three lines of caption text
        return QRectF(cell.left() + u * 0.6, cell.bottom() - h - u * 0.4, cell.width() - u * 1.2, h)

    def _readout_rect(self, cell: QRectF) -> QRectF:
        u = self._unit()
        caption = self._caption_rect(cell)
        h = u * 1.3 * 2
        return QRectF(caption.left(), caption.top() - h - u * 0.3, caption.width(), h)

    def _scene_rect(self, cell: QRectF) -> QRectF:
        top = self._title_rect(cell).bottom()
        bottom = self._readout_rect(cell).top() - self._unit() * 0.2
        return QRectF(cell.left(), top, cell.width(), max(bottom - top, 1.0))

    @staticmethod
    def _scale(scene: QRectF) -> float:
        """The drawing unit of a scene: everything in the tap is sized in these."""
        return min(scene.width() / 10.0, scene.height() / 6.0)

    def _pipe_y(self, scene: QRectF) -> float:
        return scene.top() + max(2.8 * self._scale(scene), 0.42 * scene.height())

    def _pipe_rect(self, scene: QRectF) -> QRectF:
        t = 0.8 * self._scale(scene)
        return QRectF(
            scene.left() - 2.0,
            self._pipe_y(scene) - t / 2,
            self._valve_x(scene) - scene.left() + 2.0,
            t,
        )

    def _valve_x(self, scene: QRectF) -> float:
        return scene.left() + 0.6 * scene.width()

    def _valve_rect(self, scene: QRectF) -> QRectF:
        t = 0.8 * self._scale(scene)
        return QRectF(
            self._valve_x(scene) - 0.65 * t, self._pipe_y(scene) - 0.85 * t, 1.3 * t, 1.7 * t
        )

    def _spout_rect(self, scene: QRectF) -> QRectF:
        """The pipe after the valve: along, then down to the outlet (its bottom edge)."""
        t = 0.8 * self._scale(scene)
        x0 = self._valve_x(scene)
        return QRectF(x0, self._pipe_y(scene) - t / 2, 0.2 * scene.width() + t / 2, 1.8 * t)

    def _floor_y(self, scene: QRectF) -> float:
        return scene.bottom() - 0.25 * self._scale(scene)

    def _hump_rect(self, scene: QRectF, clog: float) -> QRectF:
        t = 0.8 * self._scale(scene)
        rx = t * (0.9 + 0.9 * clog)
        ry = t * 0.5 * (1.0 + 1.7 * clog)
        cx = self._valve_x(scene) - 2.8 * t  # a full hump stops just short of the valve
        return QRectF(cx - rx, self._pipe_y(scene) - ry, 2 * rx, 2 * ry)

    def _hole_rect(self, scene: QRectF, model: TapModel) -> QRectF:
        t = 0.8 * self._scale(scene)
        alpha = float(model.activation.params.get("alpha", 0.0))
        d = t * (0.18 + 0.55 * math.sqrt(alpha))  # area grows with alpha, and 0.01 still shows
        hump = self._hump_rect(scene, model.clog)
        return QRectF(hump.center().x() - d / 2, hump.bottom() - d / 2, d, d)

    def _badge_rect(self, scene: QRectF) -> QRectF:
        s = self._scale(scene)
        hump = self._hump_rect(scene, 1.0)
        # under the full hump: a sealed pipe has no hole, so nothing else is drawn there
        cy = (hump.bottom() + self._floor_y(scene)) / 2
        return QRectF(hump.center().x() - 1.7 * s, cy - 0.55 * s, 3.4 * s, 1.1 * s)

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.drawPixmap(0, 0, self._static_layer())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i, model in enumerate(self._models):
            cell = self._cell_rect(i)
            scene = self._scene_rect(cell)
            self._draw_stream(p, scene, model, self._streams[i])
            self._draw_spout_water(p, scene, model)
            self._draw_hump(p, scene, model.clog)
            if "alpha" in model.activation.params:
                self._draw_hole(p, scene, model, self._drips[i])
            self._draw_valve(p, scene)
            self._draw_readouts(p, cell, model)
            self._draw_caption(p, cell, model)
            if model.dead:
                self._draw_badge(p, scene)
        p.end()

    def _static_layer(self) -> QPixmap:
        """What does not move (titles, dial, pipes, floor), painted once per size and alpha."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, *(m.activation for m in self._models))
        if self._layer_key != key:
            layer = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
            layer.setDevicePixelRatio(dpr)
            layer.fill(BACKGROUND)
            p = QPainter(layer)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            for i, model in enumerate(self._models):
                cell = self._cell_rect(i)
                scene = self._scene_rect(cell)
                self._draw_title(p, cell, model)
                self._draw_scale(p, scene)
                self._draw_pipe(p, scene)
            p.setPen(QPen(METAL, 2))
            p.drawLine(QPointF(self.width() / 2, 0), QPointF(self.width() / 2, self.height()))
            p.end()
            self._layer, self._layer_key = layer, key
        return self._layer

    def _static_text(self, text: str, font: str, width: float = -1.0) -> QStaticText:
        """Laid-out text, kept between frames: the readouts repeat, and layout is the cost."""
        key = (text, font, width)
        cached = self._texts.get(key)
        if cached is None:
            if len(self._texts) > 400:  # a long sweep shows many values; keep the cache small
                self._texts.clear()
            cached = QStaticText(text)
            cached.setTextFormat(Qt.TextFormat.PlainText)
            cached.setTextWidth(width)
            cached.prepare(QTransform(), self._fonts[font])
            self._texts[key] = cached
        return cached

    def _make_fonts(self) -> None:
        u = self._unit()
        self._texts.clear()  # laid out in the old fonts, as is the static layer
        self._layer_key = None
        for key, scale, bold in (
            ("title", 1.25, True),
            ("value", 1.0, True),
            ("caption", 0.85, False),
            ("small", 0.7, False),
            ("badge", 1.6, True),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(8, round(u * scale)))
            font.setBold(bold)
            self._fonts[key] = font
        # shrink the title and readout fonts until their widest text fits a narrow widget
        title = self._title_rect(self._cell_rect(0))
        _fit(self._fonts["title"], WIDEST_TITLE, title.width() - title.height() * 0.8)
        column = self._readout_rect(self._cell_rect(0)).width() / 2 - u * 0.3
        _fit(self._fonts["value"], WIDEST_VALUE, column)

    def _draw_title(self, p: QPainter, cell: QRectF, model: TapModel) -> None:
        """The activation's name and alpha, after a swatch in its colour from the explorer."""
        act = model.activation
        text = act.label.split(" (")[0]
        if "alpha" in act.params:
            text += f"   α = {act.params['alpha']:g}"
        box = self._title_rect(cell)
        side = box.height() * 0.5
        swatch = QRectF(box.left(), box.center().y() - side / 2, side, side)
        p.setPen(QPen(INK, 1.5))
        p.setBrush(QColor(activation_colour(act.name)))
        p.drawRoundedRect(swatch, side * 0.2, side * 0.2)
        p.setFont(self._fonts["title"])
        p.drawText(
            box.adjusted(side * 1.6, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )

    def _draw_scale(self, p: QPainter, scene: QRectF) -> None:
        """The dial behind the handle: ticks for z = -5 .. 5, "shut" and "open" at the ends."""
        s = self._scale(scene)
        pivot = QPointF(self._valve_x(scene), self._valve_rect(scene).top())
        r = 1.75 * s
        p.setPen(QPen(MUTED, max(1.0, 0.05 * s)))
        for k in range(-5, 6):
            a = math.radians(k / Z_LIMIT * HANDLE_SWING_DEG)
            inner = r * (0.78 if k == 0 else 0.88)
            p.drawLine(
                QPointF(pivot.x() + inner * math.sin(a), pivot.y() - inner * math.cos(a)),
                QPointF(pivot.x() + r * math.sin(a), pivot.y() - r * math.cos(a)),
            )
        p.setFont(self._fonts["small"])
        for word, sign in (("shut", -1.0), ("open", 1.0)):
            # above the ends of the scale, clear of the handle's knob and of a full hump
            c = QPointF(pivot.x() + sign * 2.5 * s, pivot.y() - 1.0 * s)
            p.drawText(
                QRectF(c.x() - 1.5 * s, c.y() - 0.4 * s, 3 * s, 0.8 * s),
                Qt.AlignmentFlag.AlignCenter,
                word,
            )

    def _draw_pipe(self, p: QPainter, scene: QRectF) -> None:
        """Supply pipe (always full of water), spout (empty here) and the floor."""
        pipe = self._pipe_rect(scene)
        spout = self._spout_rect(scene)
        t = pipe.height()
        outline = QPen(INK, max(1.5, 0.06 * t))
        p.setPen(outline)
        p.setBrush(METAL)
        p.drawRect(pipe)
        nozzle = QRectF(spout.right() - t, spout.top(), t, spout.height())
        p.drawRect(QRectF(spout.left(), spout.top(), spout.width(), t))
        p.drawRect(nozzle)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(METAL)  # hide the seam between the elbow's two parts
        p.drawRect(
            nozzle.adjusted(outline.widthF() / 2, outline.widthF() / 2, -outline.widthF() / 2, -t)
        )
        p.setBrush(WATER)
        inner = t * 0.22
        p.drawRect(pipe.adjusted(0, inner, 0, -inner))
        floor = self._floor_y(scene)
        p.setPen(QPen(MUTED, max(1.5, 0.06 * t)))
        p.drawLine(QPointF(scene.left() + 0.1 * t, floor), QPointF(scene.right() - 0.1 * t, floor))
        p.setFont(self._fonts["small"])
        p.setPen(MUTED)
        p.drawText(
            QRectF(scene.left() + 4, pipe.bottom() + t * 0.1, scene.width() * 0.3, t),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            "supply →",
        )

    def _draw_spout_water(self, p: QPainter, scene: QRectF, model: TapModel) -> None:
        """Water in the pipe after the valve, only while the valve lets it through."""
        if model.outflow <= 0:
            return
        spout = self._spout_rect(scene)
        t = self._pipe_rect(scene).height()
        inner = t * 0.22
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(WATER)
        p.drawRect(QRectF(spout.left(), spout.top() + inner, spout.width() - inner, t - 2 * inner))
        nozzle_left = spout.right() - t
        p.drawRect(
            QRectF(nozzle_left + inner, spout.top() + inner, t - 2 * inner, spout.height() - inner)
        )

    def _draw_stream(self, p: QPainter, scene: QRectF, model: TapModel, drops: _Drops) -> None:
        """The water out of the spout: width follows f(z); light bands fall at the drop rate."""
        spout = self._spout_rect(scene)
        t = 0.8 * self._scale(scene)
        top, floor = spout.bottom(), self._floor_y(scene)
        cx = spout.right() - t / 2
        if model.outflow <= 0:
            return
        w = max(3.0, 0.85 * t * min(model.outflow, Z_LIMIT) / Z_LIMIT)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(WATER)
        p.drawRect(QRectF(cx - w / 2, top, w, floor - top))
        p.drawEllipse(QRectF(cx - w, floor - w * 0.35, 2 * w, w * 0.5))  # the splash pool
        p.setBrush(WATER_LIGHT)
        band = max(2.0, 0.12 * t)
        for y, x in zip(drops.y, drops.x, strict=True):
            yy = top + y * (floor - top)
            p.drawEllipse(QPointF(cx + x * w * 0.5, yy), w * 0.22 + 1, band)

    def _draw_hump(self, p: QPainter, scene: QRectF, clog: float) -> None:
        """The swelling behind the valve: hatched so it reads in greyscale; bigger = more clog."""
        if clog <= 0.005:
            return
        hump = self._hump_rect(scene, clog)
        # fill and hatch without antialiasing (a fraction of the cost); the smooth outline drawn
        # on top hides their jagged edge
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(CLOG)
        p.drawEllipse(hump)
        p.setBrush(CLOG_HATCH)
        p.drawEllipse(hump)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(INK, max(1.5, 0.05 * hump.height())))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(hump)

    def _draw_hole(self, p: QPainter, scene: QRectF, model: TapModel, drops: _Drops) -> None:
        """Leaky ReLU's hole and its drip: a drop forms at the hole, falls, and the next forms."""
        hole = self._hole_rect(scene, model)
        floor = self._floor_y(scene)
        d = hole.width()
        p.setPen(QPen(QColor("white"), max(1.5, 0.15 * d)))
        p.setBrush(INK)
        p.drawEllipse(hole)
        p.setPen(QPen(INK, 1.2))
        p.setBrush(WATER)
        size = max(d, 0.25 * self._scale(scene))
        if drops.pending > 0:
            r = size * 0.5 * drops.pending
            p.drawEllipse(QPointF(hole.center().x(), hole.bottom() + r), r, r)
        top = hole.bottom()
        for y in drops.y:
            yy = top + y * (floor - top)
            p.drawEllipse(QPointF(hole.center().x(), yy), size * 0.4, size * 0.55)
        if model.leak > 0:
            p.setFont(self._fonts["small"])
            p.setPen(MUTED)
            # beside the drop hanging from the hole, where the eye already is
            s = self._scale(scene)
            label = QRectF(hole.center().x() + 0.45 * s, hole.bottom() + 0.15 * s, 4 * s, 0.8 * s)
            p.drawStaticText(label.topLeft(), self._static_text("← leak", "small"))

    def _draw_valve(self, p: QPainter, scene: QRectF) -> None:
        """The valve body and its handle: upright at z = 0, towards "open" for z > 0."""
        valve = self._valve_rect(scene)
        s = self._scale(scene)
        p.setPen(QPen(INK, max(1.5, 0.06 * s)))
        p.setBrush(METAL_DARK)
        p.drawRoundedRect(valve, 0.15 * valve.width(), 0.15 * valve.width())
        pivot = QPointF(valve.center().x(), valve.top())
        a = math.radians(min(max(self._z, -Z_LIMIT), Z_LIMIT) / Z_LIMIT * HANDLE_SWING_DEG)
        tip = QPointF(pivot.x() + 1.6 * s * math.sin(a), pivot.y() - 1.6 * s * math.cos(a))
        p.setPen(QPen(HANDLE, 0.34 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(pivot, tip)
        p.setPen(QPen(HANDLE, max(2.0, 0.1 * s)))
        p.setBrush(KNOB)
        p.drawEllipse(tip, 0.3 * s, 0.3 * s)
        p.setBrush(INK)
        p.drawEllipse(pivot, 0.16 * s, 0.16 * s)

    def _draw_readouts(self, p: QPainter, cell: QRectF, model: TapModel) -> None:
        box = self._readout_rect(cell)
        w, h = box.width() / 2, box.height() / 2
        texts = (
            f"z = {_num(model.z)}",
            f"f(z) = {_num(float(model.activation.f(model.z)))}",
            f"f′(z) = {_num(model.gradient)}",
            f"clog {math.floor(model.clog * 100)} %",
        )
        p.setFont(self._fonts["value"])
        p.setPen(INK)
        for k, text in enumerate(texts):
            st = self._static_text(text, "value")
            y = box.top() + (k // 2) * h + (h - st.size().height()) / 2
            p.drawStaticText(QPointF(box.left() + (k % 2) * w, y), st)

    def _draw_caption(self, p: QPainter, cell: QRectF, model: TapModel) -> None:
        box = self._caption_rect(cell)
        p.setFont(self._fonts["caption"])
        p.setPen(MUTED)
        p.drawStaticText(
            box.topLeft(), self._static_text(CAPTIONS[_state(model)], "caption", box.width())
        )

    def _draw_badge(self, p: QPainter, scene: QRectF) -> None:
        badge = self._badge_rect(scene)
        p.setPen(QPen(INK, max(2.0, 0.08 * badge.height())))
        p.setBrush(DEAD_RED)
        p.drawRoundedRect(badge, 0.2 * badge.height(), 0.2 * badge.height())
        font = self._fonts["badge"]
        font.setPixelSize(max(8, round(0.62 * badge.height())))  # the word fills the badge
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "DEAD")


def _state(model: TapModel) -> str:
    """Which caption fits the tap: dead, flowing, leaking (gradient alive) or clogging."""
    if model.dead:
        return "dead"
    if model.outflow > 0:
        return "flowing"
    return "clogging" if model.sealed else "leaking"


def _fit(font: QFont, text: str, width: float) -> None:
    """Make ``font`` smaller (not below 8 px) until ``text`` fits in ``width`` pixels."""
    while font.pixelSize() > 8 and QFontMetricsF(font).horizontalAdvance(text) > width:
        font.setPixelSize(font.pixelSize() - 1)


def _num(x: float) -> str:
    """A value for the readouts: two decimals, a real minus sign; small ones keep two digits."""
    # two significant digits for small values, so alpha * z = 0.002 does not read as 0.00
    text = f"{x:.2g}" if 0 < abs(x) < 0.095 else f"{x:.2f}"
    if x == 0:
        text = "0"
    return text.replace("-", "−")
