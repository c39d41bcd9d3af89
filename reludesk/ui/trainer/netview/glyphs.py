"""How the network view draws its parts: neurons by state, weight lines, legend samples.

A neuron shows its state by colour AND shape.

A student on a projector, a colour-blind student, or a greyscale print must all tell the four
states (``core.health``'s, by the activation's family) apart, so each one has its own mark
besides its colour:

* **alive**: solid dark frame; a bar along the bottom (or, when there is no room for one, the
  green fill's depth) shows the share of training inputs on which it fires;
* **inactive but alive** (Leaky ReLU, PReLU with z < 0 on every input): dashed blue frame and a
  water droplet — the pipe still leaks, the gradient still flows at slope alpha;
* **dead** (ReLU, step: f'(z) exactly 0 on every input): greyed out and crossed with an X;
* **saturated** (a smooth activation with |f'(z)| below ``health.SATURATED_GRADIENT`` on every
  input): pale amber, dotted frame and one flat bar across the middle — the gradient's curve is
  flat there but not zero: mathematically alive, numerically silent.

A PReLU unit also carries its learned slope as a tick (``slope_tick``): a little hinge at its
top-left corner, the right arm at slope 1 and the left one at the unit's slope below zero.

Weights are lines, blue for positive and orange for negative, thicker and darker for a larger
|w|; lines of dead neurons are grey and dotted. These are plain functions of a QPainter and a
rectangle (and numpy for grouping the lines), shared by the view and its legend.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPixmap

from reludesk.core.health import UnitState
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

# short names for the drawing code below; the codes are the core's (health.unit_states)
ALIVE, INACTIVE, DEAD = UnitState.ALIVE, UnitState.INACTIVE, UnitState.DEAD
SATURATED = UnitState.SATURATED
# translated where shown: state_name(state), i.e. translate("NetworkView", STATE_NAMES[state])
STATE_NAMES = {
    ALIVE: QT_TRANSLATE_NOOP("NetworkView", "alive"),
    INACTIVE: QT_TRANSLATE_NOOP("NetworkView", "inactive but alive"),
    DEAD: QT_TRANSLATE_NOOP("NetworkView", "dead"),
    SATURATED: QT_TRANSLATE_NOOP("NetworkView", "saturated"),
}


def state_name(state: int) -> str:
    """The words for a unit's ``state`` (a ``UnitState`` code), in the language chosen."""
    return translate("NetworkView", STATE_NAMES[state])

# Okabe-Ito tones (colour-blind safe); grey and ink stay apart from them in greyscale too. INK
# and PAPER are a neuron's own (frame, tick, empty fill: they read on any page); the page under
# the view and its words are the theme's (theme.Page).
INK = QColor("#1f2328")
PAPER = QColor("#fbfcfd")
POSITIVE = QColor("#0072B2")  # blue: positive weights
NEGATIVE = QColor("#E69F00")  # orange: negative weights
ALIVE_FILL = QColor("#009E73")  # bluish green
ALIVE_PALE = QColor("#d5efe6")
LEAK = QColor("#56B4E9")  # sky blue: the leaking water
LEAK_EDGE = QColor("#0072B2")
LEAK_PALE = QColor("#e3f1fb")
DEAD_GREY = QColor("#a3a3a3")
DEAD_VEIL = QColor(150, 150, 150, 200)  # over a heatmap: greyed, yet its shape still shows
DEAD_INK = QColor("#2e2e2e")
SATURATED_PALE = QColor("#f6edc0")  # Okabe-Ito yellow, paled: lighter than dead grey in greyscale
SATURATED_VEIL = QColor(240, 228, 66, 120)  # over a heatmap: tinted, its shape still shows
SATURATED_INK = QColor("#6b5600")
SELECTED = QColor("#CC79A7")  # reddish purple: unlike any state or weight colour

BAR_MIN = 14.0  # px: below this a neuron has no room for an active-share bar
WEIGHT_LEVELS = 6  # |w| is drawn in this many widths, so lines share pens and batch
# A line costs ~20 µs to paint; 8 × 64 × 64 of them would take the whole frame, and be a grey
# fog besides. The strongest lines carry the picture, so big networks show only those.
LINE_BUDGET = 900  # lines in the whole view
MIN_LINES_PER_GAP = 64
TINY = 6.0  # px: below this a neuron is a flat dot of its state's colour (marks cannot show)
SLOPE_ARM = 0.42  # of a neuron's side: the length of each arm of the slope tick
SLOPE_DRAWN_UP_TO = 3.0  # |slope| beyond this is drawn at this (the tooltip gives the value)
MUTED_LINE_COLOUR = QColor("#c4c9cf")


def lines_per_gap(gaps: int) -> int:
    """How many lines each gap between two layers may draw."""
    return max(MIN_LINES_PER_GAP, LINE_BUDGET // max(gaps, 1))


POSITIVE_LINE, NEGATIVE_LINE, MUTED_LINE = 0, 1, 2  # kinds of weight line
Groups = dict[tuple[int, int], tuple[np.ndarray, np.ndarray]]


def weight_groups(
    W: np.ndarray, src_dead: np.ndarray, dst_dead: np.ndarray, limit: int = LINE_BUDGET
) -> Groups:
    """Lines between two layers from one replica's W (fan_in, fan_out), grouped by
    (kind, width level) -> (source units, target units).

    Only the strongest ``limit`` are kept; zero and non-finite weights are not drawn. A
    line that touches a dead neuron is MUTED (one thin grey group): nothing flows through it —
    the neuron outputs 0 on every input and no gradient reaches the weights into it.
    """
    mag = np.abs(np.where(np.isfinite(W), W, 0.0)).ravel()
    top = mag.max(initial=0.0)
    if top <= 0.0:
        return {}
    keep = np.flatnonzero(mag > 0.0)
    src, dst = np.divmod(keep, W.shape[1])
    muted = src_dead[src] | dst_dead[dst]
    if len(keep) > limit:
        # live lines first (the strongest), muted ones only if room is left
        live, dull, m = np.flatnonzero(~muted), np.flatnonzero(muted), mag[keep]
        if len(live) >= limit:
            best = _strongest(live, m, limit)
        else:
            best = np.concatenate([live, _strongest(dull, m, limit - len(live))])
        keep, src, dst, muted = keep[best], src[best], dst[best], muted[best]
    level = np.clip(np.ceil(mag[keep] / top * WEIGHT_LEVELS), 1, WEIGHT_LEVELS).astype(int)
    kind = np.where(W.ravel()[keep] < 0, NEGATIVE_LINE, POSITIVE_LINE)
    kind[muted], level[muted] = MUTED_LINE, 0
    groups: Groups = {}
    for key in set(zip(kind.tolist(), level.tolist(), strict=True)):
        m = (kind == key[0]) & (level == key[1])
        groups[key] = (src[m], dst[m])
    return groups


def _strongest(idx: np.ndarray, mag: np.ndarray, k: int) -> np.ndarray:
    """The (at most) k entries of idx with the largest mag[idx], in no particular order."""
    if len(idx) <= k:
        return idx
    return idx[np.argpartition(-mag[idx], k)[:k]]


def weight_pen(kind: int, level: int, paper: QColor = PAPER,
               muted: QColor = MUTED_LINE_COLOUR) -> QPen:
    """The pen of a weight line of ``kind`` and width ``level`` (see ``weight_groups``) on
    ``paper``; lines touching a dead neuron are dotted in ``muted``."""
    if kind == MUTED_LINE:
        return QPen(muted, 1.0, Qt.PenStyle.DotLine)
    # weak weights are thinner and paler: the eye goes to what the network relies on. Paler
    # by mixing with the paper, not by alpha: blended lines paint 3-5 times slower.
    strength = level / WEIGHT_LEVELS
    colour = _mix(paper, NEGATIVE if kind == NEGATIVE_LINE else POSITIVE, 0.3 + 0.7 * strength)
    return QPen(colour, 0.5 + 3.5 * strength)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """a at t = 0, b at t = 1."""
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + t * (b.redF() - a.redF()),
        a.greenF() + t * (b.greenF() - a.greenF()),
        a.blueF() + t * (b.blueF() - a.blueF()),
    )


def _frame_width(side: float) -> float:
    return max(1.0, min(3.0, side * 0.08))


def draw_neuron(
    p: QPainter,
    r: QRectF,
    state: int | None,
    share: float,
    image: QImage | None,
    slope: float | None = None,
) -> None:
    """Paint one neuron in ``r``. ``state`` is a ``UnitState``, or None for an input or the
    output (no health); ``share`` the share of inputs it fires on; ``image`` its heatmap, or
    None to draw a flat fill instead; ``slope`` a PReLU unit's learned slope (its tick), None
    for every other activation."""
    side = r.width()
    share = share if math.isfinite(share) else 0.0
    if side < TINY:
        # too small for marks: one fill, dead darkest so it still stands out in greyscale
        p.fillRect(r, DEAD_INK if state == DEAD else _flat_fill(state, share))
        return
    if image is not None:
        p.drawImage(r, image)
    else:
        p.fillRect(r, _flat_fill(state, share))
    if image is not None and state in (DEAD, SATURATED):
        p.fillRect(r, DEAD_VEIL if state == DEAD else SATURATED_VEIL)
    if state is not None and side >= BAR_MIN:
        _draw_share_bar(p, r, share)
    _draw_frame(p, r, state)
    if state == INACTIVE:
        draw_droplet(p, QPointF(r.right(), r.top()), max(6.0, side * 0.42))
    elif state == DEAD:
        _draw_cross(p, r)
    elif state == SATURATED:
        _draw_flat_bar(p, r)
    if slope is not None:
        _draw_slope_tick(p, r, slope)


def slope_tick(r: QRectF, slope: float) -> tuple[QPointF, QPointF, QPointF]:
    """The slope tick of a neuron drawn in ``r``: (left end, hinge, right end). The hinge sits
    on the neuron's top-left corner; the right arm rises at slope 1 (f(z) = z above zero), the
    left arm falls at ``slope`` (f(z) = slope·z below zero: down to the left for a positive
    slope, flat at 0, up for a negative one). Screen y grows downwards."""
    a = max(-SLOPE_DRAWN_UP_TO, min(SLOPE_DRAWN_UP_TO, slope if math.isfinite(slope) else 0.0))
    arm = SLOPE_ARM * r.width()
    hinge = r.topLeft()
    right = hinge + QPointF(arm, -arm) / math.sqrt(2.0)
    # the left arm has the same length whatever the slope: its angle carries the number
    left = hinge + QPointF(-arm, arm * a) / math.hypot(1.0, a)
    return left, hinge, right


def _draw_slope_tick(p: QPainter, r: QRectF, slope: float) -> None:
    left, hinge, right = slope_tick(r, slope)
    width = max(1.5, r.width() * 0.06)
    for colour, w in ((PAPER, width + 2.0), (INK, width)):  # a paper halo: reads on any line
        pen = QPen(colour, w)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.drawPolyline([left, hinge, right])


_stamps: dict[tuple, QPixmap] = {}  # flat neurons painted once: (state, share tenth, px, dpr)
_STAMPS_MAX = 512  # a few sizes × 4 states × 11 shares; cleared when the window size changes
SLOPE_STEP = 0.01  # a tick is drawn again when the slope moves by this much


def snap_slope(slope: float | None) -> float | None:
    """``slope`` to the step the tick is drawn at (None stays None: no tick)."""
    if slope is None or not math.isfinite(slope):
        return None if slope is None else 0.0
    return round(slope / SLOPE_STEP) * SLOPE_STEP


def stamp_neuron(
    p: QPainter, r: QRectF, state: int | None, share: float, slope: float | None = None
) -> None:
    """``draw_neuron`` without a heatmap, from a cache of pixmaps: a big network has hundreds
    of neurons in a handful of looks, and a pixmap stamps ten times faster than it paints."""
    side = r.width()
    if side < TINY:
        draw_neuron(p, r, state, share, None)  # one fillRect: cheaper than a stamp
        return
    share = round(share, 1) if math.isfinite(share) else 0.0  # a tenth is finer than the eye
    slope = snap_slope(slope)
    dpr = p.device().devicePixelRatioF()
    key = (state, share, slope, round(side * 4), dpr)
    stamp = _stamps.get(key)
    pad = math.ceil(side * 0.5) + 2.0  # the droplet and the frame stick out of the square
    if stamp is None:
        if len(_stamps) >= _STAMPS_MAX:
            _stamps.clear()
        full = side + 2 * pad
        stamp = QPixmap(math.ceil(full * dpr), math.ceil(full * dpr))
        stamp.setDevicePixelRatio(dpr)
        stamp.fill(Qt.GlobalColor.transparent)
        sp = QPainter(stamp)
        sp.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_neuron(sp, QRectF(pad, pad, side, side), state, share, None, slope)
        sp.end()
        _stamps[key] = stamp
    p.drawPixmap(QPointF(r.left() - pad, r.top() - pad), stamp)


def _flat_fill(state: int | None, share: float) -> QColor:
    if state == DEAD:
        return DEAD_GREY
    if state == INACTIVE:
        return LEAK_PALE
    if state == SATURATED:
        return SATURATED_PALE
    if state == ALIVE:
        # deeper green for a neuron that fires on more inputs
        return _mix(ALIVE_PALE, ALIVE_FILL, share)
    return PAPER


def _draw_share_bar(p: QPainter, r: QRectF, share: float) -> None:
    h = max(3.0, r.height() * 0.16)
    track = QRectF(r.left(), r.bottom() - h, r.width(), h)
    p.fillRect(track, PAPER)
    p.fillRect(QRectF(track.left(), track.top(), track.width() * share, h), ALIVE_FILL)
    p.setPen(QPen(INK, 1.0))
    p.drawLine(track.topLeft(), track.topRight())


def _draw_frame(p: QPainter, r: QRectF, state: int | None) -> None:
    w = _frame_width(r.width())
    if state == INACTIVE:
        pen = QPen(LEAK_EDGE, w, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([2.0, 1.5])  # in pen widths: short dashes stay visible when small
    elif state == DEAD:
        pen = QPen(DEAD_INK, max(1.0, w * 0.6))
    elif state == SATURATED:
        pen = QPen(SATURATED_INK, w, Qt.PenStyle.DotLine)
    else:
        pen = QPen(INK, w)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(r)


def _draw_cross(p: QPainter, r: QRectF) -> None:
    inset = r.width() * 0.14
    box = r.adjusted(inset, inset, -inset, -inset)
    pen = QPen(DEAD_INK, max(1.2, r.width() * 0.1))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(box.topLeft(), box.bottomRight())
    p.drawLine(box.topRight(), box.bottomLeft())


def _draw_flat_bar(p: QPainter, r: QRectF) -> None:
    """One thick level bar across the middle: the gradient's curve lies flat (not crossed out:
    it is not exactly zero, as a dead unit's is)."""
    inset = r.width() * 0.16
    y = r.center().y()
    pen = QPen(SATURATED_INK, max(1.5, r.width() * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.drawLine(QPointF(r.left() + inset, y), QPointF(r.right() - inset, y))


def draw_droplet(p: QPainter, at: QPointF, size: float) -> None:
    """A water drop of height ``size`` centred on ``at``: the leak of a Leaky ReLU pipe."""
    r = 0.36 * size
    cx, cy = at.x(), at.y() + 0.14 * size  # centre of the round bottom
    tip = QPointF(cx, cy - 0.64 * size)
    path = QPainterPath(tip)
    path.quadTo(cx + 1.05 * r, cy - 0.7 * r, cx + r, cy)
    # Qt angles run counter-clockwise: from 0 (right) a -180° sweep passes the bottom
    path.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 0.0, -180.0)
    path.quadTo(cx - 1.05 * r, cy - 0.7 * r, tip.x(), tip.y())
    p.setPen(QPen(LEAK_EDGE, max(1.0, size * 0.09)))
    p.setBrush(LEAK)
    p.drawPath(path)
    p.setBrush(Qt.BrushStyle.NoBrush)


def draw_selection(p: QPainter, r: QRectF) -> None:
    """A ring around the selected neuron, with a white inner edge so it reads on any fill."""
    pad = max(3.0, r.width() * 0.12)
    ring = r.adjusted(-pad, -pad, pad, pad)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("white"), 5.0))
    p.drawRoundedRect(ring, 3.0, 3.0)
    p.setPen(QPen(SELECTED, 3.0))
    p.drawRoundedRect(ring, 3.0, 3.0)


def draw_weight_key(p: QPainter, r: QRectF) -> None:
    """The legend's sample of the weights: a blue (positive) line over an orange (negative)."""
    for colour, y in (
        (POSITIVE, r.top() + r.height() * 0.3),
        (NEGATIVE, r.top() + r.height() * 0.7),
    ):
        pen = QPen(colour, 3.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(r.left() + 1.5, y), QPointF(r.right() - 1.5, y))


def draw_legend_sample(p: QPainter, box: QRectF, kind: str) -> None:
    """The legend's sample for ``kind``: "alive", "inactive", "dead", "saturated", "slope" (a
    PReLU unit's tick at its starting slope) or "weights"."""
    if kind == "weights":
        draw_weight_key(p, box)
        return
    if kind == "slope":
        # the hinge on the box's left edge, half-way down: both arms inside the box
        inner = QRectF(box.left() + box.width() * 0.45, box.center().y(), box.width(), 1.0)
        _draw_slope_tick(p, inner, 0.25)
        return
    state = {"alive": ALIVE, "inactive": INACTIVE, "dead": DEAD, "saturated": SATURATED}[kind]
    draw_neuron(p, box, state, 0.6 if state == ALIVE else 0.0, None)
