"""How one tap is drawn: its colours, its geometry (:class:`Scene`), its droplets and the
``draw_*`` helpers that :class:`reludesk.ui.tap.widget.TapWidget` calls from ``paintEvent``.

Everything in a tap's picture is sized in one unit, the scene's scale ``s`` (a tenth of its width
or a sixth of its height, whichever is smaller): pipe, valve, hump, hole, badge and the small
labels on the dial and the pipe grow and shrink together with the widget.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText

from reludesk.core.activations import Activation
from reludesk.core.i18n import translate
from reludesk.core.tap import TapModel
from reludesk.ui.tap.text import fit, title_text
from reludesk.ui.theme import activation_colour

Z_LIMIT = 5.0  # the manual range of z; the handle stops at these ends
HANDLE_SWING_DEG = 70.0  # handle angle from upright at z = ±Z_LIMIT

# Colours chosen to stay apart in greyscale too: water is mid-light, metal mid, clog dark + hatch.
# The paper and the words on it are the theme's (theme.Page); these are the light theme's ink
# and the outlines on the tap's own fills, which read on any paper.
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

LABEL_SCALE = 0.5  # the dial's and the pipe's labels: this many scene units high
LABEL_MIN_PX = 11  # and never smaller than this, or a projector loses them

class Drops:
    """Droplets falling from one opening; heights in fall units (0 = opening, 1 = floor)."""

    GRAVITY = 7.0  # fall units / s²: a drop let go at rest lands in about half a second
    MAX_NEW = 8.0  # drops that may form in one step

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
        # a bounded number of new drops per step, whatever rate and dt say: memory stays flat
        self.pending = min(self.pending + rate * dt, self.MAX_NEW)
        while self.pending >= 1.0:
            self.pending -= 1.0
            self._born += 1
            # golden-ratio offsets spread the drops evenly without randomness (deterministic)
            self.x.append((self._born * 0.618034) % 1.0 - 0.5)
            self.y.append(0.0)
            self.v.append(v0)


class Scene:
    """The geometry of one tap's picture inside ``rect``: supply pipe, valve, spout, floor."""

    def __init__(self, rect: QRectF) -> None:
        self.rect = QRectF(rect)
        self.s = min(rect.width() / 10.0, rect.height() / 6.0)  # the drawing unit
        self.t = 0.8 * self.s  # the pipe's thickness

    def label_px(self) -> int:
        """Pixel size of the small labels ("shut", "open", "supply →", "← leak")."""
        return max(LABEL_MIN_PX, round(LABEL_SCALE * self.s))

    def pipe_y(self) -> float:
        return self.rect.top() + max(2.8 * self.s, 0.42 * self.rect.height())

    def valve_x(self) -> float:
        return self.rect.left() + 0.6 * self.rect.width()

    def pipe_rect(self) -> QRectF:
        left = self.rect.left() - 2.0
        return QRectF(left, self.pipe_y() - self.t / 2, self.valve_x() - left, self.t)

    def valve_rect(self) -> QRectF:
        t = self.t
        return QRectF(self.valve_x() - 0.65 * t, self.pipe_y() - 0.85 * t, 1.3 * t, 1.7 * t)

    def spout_rect(self) -> QRectF:
        """The pipe after the valve: along, then down to the outlet (its bottom edge)."""
        t = self.t
        x0 = self.valve_x()
        return QRectF(x0, self.pipe_y() - t / 2, 0.2 * self.rect.width() + t / 2, 1.8 * t)

    def floor_y(self) -> float:
        return self.rect.bottom() - 0.25 * self.s

    def hump_rect(self, clog: float) -> QRectF:
        t = self.t
        rx = t * (0.9 + 0.9 * clog)
        ry = t * 0.5 * (1.0 + 1.7 * clog)
        cx = self.valve_x() - 2.8 * t  # a full hump stops just short of the valve
        return QRectF(cx - rx, self.pipe_y() - ry, 2 * rx, 2 * ry)

    def hole_rect(self, alpha: float, clog: float) -> QRectF:
        d = self.t * (0.18 + 0.55 * math.sqrt(alpha))  # area grows with alpha; 0.01 still shows
        hump = self.hump_rect(clog)
        return QRectF(hump.center().x() - d / 2, hump.bottom() - d / 2, d, d)

    def badge_rect(self) -> QRectF:
        s = self.s
        hump = self.hump_rect(1.0)
        # under the full hump: a sealed pipe has no hole, so nothing else is drawn there
        cy = (hump.bottom() + self.floor_y()) / 2
        return QRectF(hump.center().x() - 1.7 * s, cy - 0.55 * s, 3.4 * s, 1.1 * s)


# --- what does not move ----------------------------------------------------------------------
def draw_scale(p: QPainter, scene: Scene, font: QFont, muted: QColor = MUTED) -> None:
    """The dial behind the handle: ticks for z = -5 .. 5, "shut" and "open" at the ends, in
    ``muted`` (the page's: they stand on the paper)."""
    s = scene.s
    pivot = QPointF(scene.valve_x(), scene.valve_rect().top())
    r = 1.75 * s
    p.setPen(QPen(muted, max(1.0, 0.05 * s)))
    for k in range(-5, 6):
        a = math.radians(k / Z_LIMIT * HANDLE_SWING_DEG)
        inner = r * (0.78 if k == 0 else 0.88)
        p.drawLine(
            QPointF(pivot.x() + inner * math.sin(a), pivot.y() - inner * math.cos(a)),
            QPointF(pivot.x() + r * math.sin(a), pivot.y() - r * math.cos(a)),
        )
    p.setFont(font)
    height = QFontMetricsF(font).height()
    for word, sign in ((translate("TapDrawing", "shut"), -1.0),
                       (translate("TapDrawing", "open"), 1.0)):
        # above the ends of the scale, clear of the handle's knob and of a full hump
        c = QPointF(pivot.x() + sign * 2.5 * s, pivot.y() - 1.0 * s)
        p.drawText(
            QRectF(c.x() - 1.5 * s, c.y() - height / 2, 3 * s, height),
            Qt.AlignmentFlag.AlignCenter,
            word,
        )


def draw_pipe(p: QPainter, scene: Scene, font: QFont, muted: QColor = MUTED) -> None:
    """Supply pipe (always full of water), spout (empty here), and the floor and "supply →" in
    ``muted`` (on the paper; the pipe keeps its dark outline on its metal)."""
    pipe = scene.pipe_rect()
    spout = scene.spout_rect()
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
    half = outline.widthF() / 2
    p.drawRect(nozzle.adjusted(half, half, -half, -t))
    p.setBrush(WATER)
    inner = t * 0.22
    p.drawRect(pipe.adjusted(0, inner, 0, -inner))
    floor = scene.floor_y()
    rect = scene.rect
    p.setPen(QPen(muted, max(1.5, 0.06 * t)))
    p.drawLine(QPointF(rect.left() + 0.1 * t, floor), QPointF(rect.right() - 0.1 * t, floor))
    p.setFont(font)
    p.setPen(muted)
    height = QFontMetricsF(font).height()
    p.drawText(
        QRectF(rect.left() + 4, pipe.bottom() + t * 0.1, rect.width() * 0.4, height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        translate("TapDrawing", "supply →"),
    )


def draw_title(
    p: QPainter, box: QRectF, act: Activation, font: QFont, ink: QColor = INK
) -> None:
    """The activation's name and alpha in ``box`` in ``ink``, after a swatch in its colour from
    the explorer."""
    side = box.height() * 0.5
    swatch = QRectF(box.left(), box.center().y() - side / 2, side, side)
    p.setPen(QPen(ink, 1.5))
    p.setBrush(QColor(activation_colour(act.name)))
    p.drawRoundedRect(swatch, side * 0.2, side * 0.2)
    p.setFont(font)
    p.drawText(
        box.adjusted(side * 1.6, 0, 0, 0),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title_text(act),
    )


# --- what moves ------------------------------------------------------------------------------
def draw_spout_water(p: QPainter, scene: Scene, model: TapModel) -> None:
    """Water in the pipe after the valve, only while the valve lets it through."""
    if model.outflow <= 0:
        return
    spout = scene.spout_rect()
    t = scene.t
    inner = t * 0.22
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(WATER)
    p.drawRect(QRectF(spout.left(), spout.top() + inner, spout.width() - inner, t - 2 * inner))
    nozzle_left = spout.right() - t
    p.drawRect(
        QRectF(nozzle_left + inner, spout.top() + inner, t - 2 * inner, spout.height() - inner)
    )


def draw_stream(p: QPainter, scene: Scene, model: TapModel, drops: Drops) -> None:
    """The water out of the spout: width follows f(z); light bands fall at the drop rate."""
    if model.outflow <= 0:
        return
    spout = scene.spout_rect()
    t = scene.t
    top, floor = spout.bottom(), scene.floor_y()
    cx = spout.right() - t / 2
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


def draw_hump(p: QPainter, scene: Scene, clog: float) -> None:
    """The swelling behind the valve: hatched so it reads in greyscale; bigger = more clog."""
    if clog <= 0.005:
        return
    hump = scene.hump_rect(clog)
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


def draw_hole(
    p: QPainter, scene: Scene, model: TapModel, drops: Drops, label: QStaticText, font: QFont,
    muted: QColor = MUTED,
) -> None:
    """Leaky ReLU's hole and its drip: a drop forms at the hole, falls, and the next forms.

    ``label`` ("← leak", laid out in ``font``) is drawn in ``muted`` beside the hanging drop
    while water leaks.
    """
    hole = scene.hole_rect(float(model.activation.params.get("alpha", 0.0)), model.clog)
    floor = scene.floor_y()
    d = hole.width()
    p.setPen(QPen(QColor("white"), max(1.5, 0.15 * d)))
    p.setBrush(INK)
    p.drawEllipse(hole)
    p.setPen(QPen(INK, 1.2))
    p.setBrush(WATER)
    size = max(d, 0.25 * scene.s)
    if drops.pending > 0:
        r = size * 0.5 * drops.pending
        p.drawEllipse(QPointF(hole.center().x(), hole.bottom() + r), r, r)
    top = hole.bottom()
    for y in drops.y:
        yy = top + y * (floor - top)
        p.drawEllipse(QPointF(hole.center().x(), yy), size * 0.4, size * 0.55)
    if model.leak > 0:
        p.setFont(font)
        p.setPen(muted)
        # beside the drop hanging from the hole, where the eye already is
        x, y = hole.center().x() + 0.45 * scene.s, hole.bottom() + 0.15 * scene.s
        p.drawStaticText(QPointF(x, y), label)


def draw_valve(p: QPainter, scene: Scene, z: float, handle: QColor = HANDLE) -> None:
    """The valve body and its ``handle`` (it stands on the paper: the page's ink): upright at
    z = 0, towards "open" for z > 0."""
    valve = scene.valve_rect()
    s = scene.s
    p.setPen(QPen(INK, max(1.5, 0.06 * s)))
    p.setBrush(METAL_DARK)
    p.drawRoundedRect(valve, 0.15 * valve.width(), 0.15 * valve.width())
    pivot = QPointF(valve.center().x(), valve.top())
    a = math.radians(min(max(z, -Z_LIMIT), Z_LIMIT) / Z_LIMIT * HANDLE_SWING_DEG)
    tip = QPointF(pivot.x() + 1.6 * s * math.sin(a), pivot.y() - 1.6 * s * math.cos(a))
    p.setPen(QPen(handle, 0.34 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(pivot, tip)
    p.setPen(QPen(handle, max(2.0, 0.1 * s)))
    p.setBrush(KNOB)
    p.drawEllipse(tip, 0.3 * s, 0.3 * s)
    p.setBrush(INK)
    p.drawEllipse(pivot, 0.16 * s, 0.16 * s)


def draw_badge(p: QPainter, scene: Scene, font: QFont, word: str) -> None:
    """A badge under the full hump: red for "DEAD" (the network's verdict), dark for "CLOGGED"
    (this input only); ``font`` is resized so that ``word`` fills it. ``word`` is the English
    one, marked in ``text.BADGES``: it picks the colour, and is drawn translated."""
    badge = scene.badge_rect()
    p.setPen(QPen(INK, max(2.0, 0.08 * badge.height())))
    p.setBrush(DEAD_RED if word == "DEAD" else MUTED)  # a clog for one input is no alarm
    p.drawRoundedRect(badge, 0.2 * badge.height(), 0.2 * badge.height())
    shown = translate("TapText", word)
    font.setPixelSize(max(8, round(0.62 * badge.height())))  # the word fills the badge
    fit(font, shown, 0.9 * badge.width())  # "CLOGGED" is wider than "DEAD"
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(badge, Qt.AlignmentFlag.AlignCenter, shown)
