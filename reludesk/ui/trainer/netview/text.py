"""The words of the network view: its column headers, its input labels, its legend (texts,
rows, painting) and each neuron's tooltip.

Kept apart from the neurons and lines so the sentences can be read (and tested) in one place.
The tooltip computes a gradient, which is too costly for every tick: it runs on hover only.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPixmap

from reludesk.core import features, health
from reludesk.core.experiment import Trainer
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui import theme
from reludesk.ui.trainer.netview import glyphs
from reludesk.ui.trainer.netview.geometry import Geometry
from reludesk.ui.trainer.netview.glyphs import ALIVE, DEAD, INACTIVE, SATURATED, state_name

Rows = list[list[tuple[float, int]]]  # per row: (x, item index)
FLOOR = f"{health.SATURATED_GRADIENT:g}"  # "1e-12": the saturated state's stated threshold

# (kind, full text, short text) of each legend entry; the activation picks which are shown.
# Translated where shown ({floor} filled in after): translate("NetworkView", text)
_ITEMS = {
    "alive": (QT_TRANSLATE_NOOP("NetworkView", "Alive: bar = share of inputs it fires on"),
              QT_TRANSLATE_NOOP("NetworkView", "Alive (bar: share firing)")),
    "inactive": (
        QT_TRANSLATE_NOOP("NetworkView",
                          "Inactive but alive: z < 0 everywhere, gradient still leaks"),
        QT_TRANSLATE_NOOP("NetworkView", "Inactive, still leaks gradient"),
    ),
    "dead": (QT_TRANSLATE_NOOP("NetworkView", "Dead: no gradient; its weights go grey"),
             QT_TRANSLATE_NOOP("NetworkView", "Dead: no gradient")),
    "dead_step": (
        QT_TRANSLATE_NOOP("NetworkView", "Dead in the gradient sense: f′ = 0, though it may fire"),
        QT_TRANSLATE_NOOP("NetworkView", "Dead: f′ = 0, may still fire"),
    ),
    "saturated": (
        QT_TRANSLATE_NOOP("NetworkView",
                          "Saturated: |f′| < {floor} on every input (alive, numerically silent)"),
        QT_TRANSLATE_NOOP("NetworkView", "Saturated: |f′| < {floor}"),
    ),
    "slope": (QT_TRANSLATE_NOOP("NetworkView", "Tick: its learned slope below zero"),
              QT_TRANSLATE_NOOP("NetworkView", "Tick: learned slope")),
    "weights": (QT_TRANSLATE_NOOP("NetworkView", "Weights: blue +, orange −, thicker = larger |w|"),
                QT_TRANSLATE_NOOP("NetworkView", "Weights + / −")),
}


def legend_kinds(activation: str) -> list[str]:
    """The legend's entries for a network of ``activation``: the states its family can reach
    (``health.family``), PReLU's slope tick, and the weights."""
    family = health.family(activation)
    states = {
        "flat": ["dead_step" if activation == "step" else "dead"],
        "sloped": ["inactive", *(["slope"] if activation == "prelu" else [])],
        "smooth": ["saturated"],
    }.get(family, [])
    return ["alive", *states, "weights"]


def legend_items(
    capped: bool, short: bool = False, activation: str = "relu"
) -> list[tuple[str, str]]:
    """(kind, text) pairs in reading order for a network of ``activation``; kind names the
    sample the legend draws. ``short`` gives terse texts for a narrow view (the tooltips say
    the rest). In the language chosen now."""
    items = [(kind.removesuffix("_step"), translate(
        "NetworkView", _ITEMS[kind][short]).format(floor=FLOOR))
             for kind in legend_kinds(activation)]
    if capped:
        items.append(
            (
                "note",
                translate("NetworkView", "(strongest weights only)") if short
                else translate("NetworkView", "(big layers: only the strongest weights)"),
            )
        )
    return items


def _gap(line: float) -> float:
    return line + 8.0  # one legend row: a text line and some air


def legend_rows(
    fm: QFontMetricsF, width: float, capped: bool, activation: str = "relu"
) -> tuple[list, Rows]:
    """The legend's items and their places in rows for a view ``width`` wide: the full
    sentences when they fit in two rows, else the short ones (a narrow view keeps its room for
    the neurons)."""
    glyph = fm.height() + 4.0
    for short in (False, True):
        items = legend_items(capped, short=short, activation=activation)
        rows: Rows = [[]]
        x = 10.0
        for i, (_, text) in enumerate(items):
            w = glyph + 6.0 + fm.horizontalAdvance(text) + 18.0
            if rows[-1] and x + w > width - 6.0:
                rows.append([])
                x = 10.0
            rows[-1].append((x, i))
            x += w
        if len(rows) <= 2:
            break
    return items, rows


def legend_height(fm: QFontMetricsF, width: float, capped: bool, activation: str) -> float:
    """The legend strip's height for a view ``width`` wide of a network of ``activation``."""
    return len(legend_rows(fm, width, capped, activation)[1]) * _gap(fm.height()) + 6.0


def render_legend(
    font: QFont, size: QSizeF, dpr: float, capped: bool, activation: str, page: theme.Page
) -> QPixmap:
    """The legend strip painted once on ``page``: a sample of each state ``activation`` can
    reach and of the weights, with words."""
    pixmap = QPixmap((size * dpr).toSize())
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(page.paper)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font)
    p.setPen(QPen(page.rule, 1.0))
    p.drawLine(QPointF(0.0, 0.5), QPointF(size.width(), 0.5))
    fm = QFontMetricsF(font)
    items, rows = legend_rows(fm, size.width(), capped, activation)
    line = fm.height()
    glyph = line + 4.0
    for row, placed in enumerate(rows):
        top = 6.0 + row * _gap(line)
        for x, i in placed:
            kind, text = items[i]
            box = QRectF(x, top + (line - glyph) / 2 + 2.0, glyph, glyph)
            if kind == "note":
                box = QRectF(x - 6.0, box.top(), 0.0, glyph)  # words only, no sample
            else:
                glyphs.draw_legend_sample(p, box, kind)
            p.setPen(page.ink)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            p.drawText(QRectF(box.right() + 6.0, top, 1000.0, line + 4.0), align, text)
    p.end()
    return pixmap


class LegendStrip:
    """The legend painted once, and again only when its size, font, pixel ratio, note
    (``capped``), activation or words (a change of language) change: it wraps with the view's
    width, but never changes while training."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._pixmap = QPixmap()

    def pixmap(
        self, font: QFont, size: QSizeF, dpr: float, capped: bool, activation: str,
        page: theme.Page,
    ) -> QPixmap:
        words = tuple(text for _, text in legend_items(capped, activation=activation))
        key = (size.width(), size.height(), capped, dpr, font.key(), activation, page, words)
        if key != self._key:
            self._pixmap = render_legend(font, size, dpr, capped, activation, page)
            self._key = key
        return self._pixmap


def column_names(col: int, last: int) -> list[str]:
    """Column ``col``'s header, longest first (the view shows the longest that fits): the
    inputs are column 0, the output ``last``, the hidden layers between."""
    if col == 0:
        return [translate("NetworkView", "Inputs"), translate("NetworkView", "In")]
    if col == last:
        return [translate("NetworkView", "Output"), translate("NetworkView", "Out")]
    return [translate("NetworkView", "Hidden {n}").format(n=col),
            translate("NetworkView", "H{n}").format(n=col), str(col)]


def unit_name(col: int, unit: int, last: int, inputs: tuple[str, ...] = features.DEFAULT) -> str:
    """Unit ``unit`` of column ``col`` in words, counted from 1 as the tooltips do: an input's
    label ("x1²", of the features in use ``inputs``), "neuron 3 of hidden layer 1", "the
    output" (column ``last``)."""
    if col == 0:
        return features.label(inputs[unit])
    if col == last:
        return (translate("NetworkView", "the output") if unit == 0
                else translate("NetworkView", "output {n}").format(n=unit + 1))
    return translate("NetworkView", "neuron {unit} of hidden layer {layer}").format(
        unit=unit + 1, layer=col)


def layer_counts(dead: int, inactive: int, saturated: int = 0) -> list[str]:
    """What a hidden layer's header says about its health, longest first: "2 dead", "1
    inactive", "3 saturated" (a network's family reaches one of them), ..., "2✕"; "all alive"
    if nothing is dead, asleep or saturated."""
    words = ((dead, translate("NetworkView", "{n} dead"), "✕"),
             (inactive, translate("NetworkView", "{n} inactive"), "◌"),
             (saturated, translate(
                 "NetworkView", "{n} saturated"), translate("NetworkView", " sat")))
    shown = [(n, word, mark) for n, word, mark in words if n]
    if not shown:
        return [translate("NetworkView", "all alive"), translate("NetworkView", "alive")]
    parts = [word.format(n=n) for n, word, _ in shown]
    n, _, mark = shown[0]
    return [", ".join(parts), parts[0], f"{n}{mark}"]


def draw_headers(
    p: QPainter, g: Geometry, top: float, line: float, counts: list[tuple[int, int, int]],
    page: theme.Page,
) -> None:
    """Two lines over every column from ``top`` (``line`` high each): its name (``page``'s
    ink), and for a hidden layer its (dead, inactive but alive, saturated) ``counts`` (muted);
    the longest texts that fit."""
    fm, last = p.fontMetrics(), len(g.xs) - 1

    def fitting(texts: list[str]) -> str:
        # the first (longest) that fits a column, so that 8 layers still label
        return next((t for t in texts if fm.horizontalAdvance(t) <= g.col_w - 4), "")

    for c in range(len(g.xs)):
        cell = g.column_cell(c, top, line)
        p.setPen(page.ink)
        p.drawText(cell, Qt.AlignmentFlag.AlignCenter, fitting(column_names(c, last)))
        if 1 <= c < last:
            p.setPen(page.muted)
            words = fitting(layer_counts(*counts[c - 1]))
            p.drawText(cell.translated(0.0, line), Qt.AlignmentFlag.AlignCenter, words)


def draw_input_labels(p: QPainter, g: Geometry, line: float, page: theme.Page) -> None:
    """Every candidate input's label ("x1²") left of its square (``line``: a text line's
    height): in ``page``'s ink when in use, muted when not."""
    slots = g.inputs
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for i, name in enumerate(features.FEATURES[: len(slots.rects)]):
        p.setPen(page.ink if slots.used[i] else page.muted)
        p.drawText(slots.label_rect(i, line), align, features.label(name))


def input_tooltip(name: str, used: bool) -> str:
    """What hovering over candidate input ``name`` tells: what a click does, and what it is."""
    said = (translate("NetworkView", "{name} - click to stop using it\n{tip}") if used
            else translate("NetworkView", "{name} - click to use it\n{tip}"))
    return said.format(name=features.label(name), tip=features.tip(name))


def _num(x: float) -> str:
    """A short number with a true minus sign; never 'nan'."""
    if not math.isfinite(x):
        return translate("NetworkView", "not a number (training diverged)")
    return f"{x:.3g}".replace("-", "−")


def _state_reason(trainer: Trainer, layer: int, unit: int, state: int, share: float) -> str:
    if state == DEAD and trainer.config.activation == "step":
        return translate(
            "NetworkView",
            "dead in the gradient sense: a step's f′(z) is 0 at every z, so though it "
            "fires on {share} of training inputs, no gradient reaches its weights").format(
                share=_share(share))
    if state == DEAD:
        # only the first layer sees fixed inputs; a deeper unit's inputs move as the layers
        # below learn, which can lift its z above zero again
        if layer == 0:
            return translate(
                "NetworkView",
                "f′(z) = 0 on every training input, so no gradient reaches its weights; "
                "nothing can bring it back: its inputs are the fixed data")
        return translate(
            "NetworkView",
            "f′(z) = 0 on every training input, so no gradient reaches its weights; it "
            "comes back only if the layers below move its inputs above zero")
    if state == SATURATED:
        return translate(
            "NetworkView",
            "|f′(z)| < {floor} on every training input: mathematically alive, numerically "
            "silent (its gradient is not exactly 0, as a dead ReLU's is, but far too small to "
            "move its weights)").format(floor=FLOOR)
    if state == INACTIVE:
        # only Leaky ReLU and PReLU units are drawn inactive (the view's rule)
        model = trainer.model
        if model.learns_slope:
            slope = translate("NetworkView", "its learned slope {slope}").format(
                slope=_num(float(model.slopes[layer][0, unit])))
        else:
            slope = translate("NetworkView", "slope α = {alpha}").format(
                alpha=_num(model.activation.params["alpha"]))
        return translate(
            "NetworkView",
            "z < 0 on every training input, yet gradient still flows at {slope}, so it can "
            "revive").format(slope=slope)
    return translate("NetworkView", "gradient reaches its weights from some training inputs")


def unit_tooltip(trainer: Trainer, col: int, unit: int, state: int | None, share: float) -> str:
    """The tooltip of neuron ``unit`` in column ``col`` (0 inputs, then hidden layers, then the
    output) of replica 0; ``state`` and ``share`` as last refreshed (None for non-hidden)."""
    model = trainer.model
    if col == 0:
        return input_tooltip(trainer.config.features[unit], True)
    one = model.replica(0)
    l = col - 1  # the weight layer that feeds this column
    with np.errstate(all="ignore"):
        _, dW, _, _ = one.loss_and_gradients(trainer.X_train, trainer.y_train)
        grad = float(np.sqrt(np.sum(dW[l][0][:, unit] ** 2)))
    bias = float(one.biases[l][0, unit])
    tail = [translate("NetworkView", "Bias: {bias}").format(bias=_num(bias)),
            translate("NetworkView", "Gradient norm of its incoming weights: {norm}").format(
                norm=_num(grad))]
    if col == model.n_hidden + 1:
        what = (translate(
            "NetworkView", "Output neuron: the probability of class 1 over the input plane")
                if model.task == "classification"
                else translate(
                    "NetworkView", "Output neuron: the predicted value over the input plane"))
        return "\n".join([what, *tail])
    with np.errstate(all="ignore"):
        z = one.pre_activations(trainer.X_train)[l][0, :, unit]
    state = ALIVE if state is None else state
    lines = [
        translate(
            "NetworkView",
            "Hidden layer {layer}, neuron {unit}").format(layer=l + 1, unit=unit + 1),
        translate("NetworkView", "State: {state}: {reason}").format(
            state=state_name(state), reason=_state_reason(trainer, l, unit, state, share)),
        translate(
            "NetworkView", "Active share: fires (z > 0) on {share} of training inputs").format(
            share=_share(share)),
        translate("NetworkView", "Mean z over training inputs: {mean}").format(
            mean=_num(float(np.mean(z)))),
        *tail,
    ]
    if model.learns_slope:  # PReLU: the number its tick shows
        slope = _num(float(model.slopes[l][0, unit]))
        lines.insert(2, translate(
            "NetworkView",
            "Learned slope below zero: {slope} (the tick at its corner)").format(slope=slope))
    return "\n".join(lines)


def _share(share: float) -> str:
    return f"{share:.0%}" if math.isfinite(share) else translate("NetworkView", "an unknown share")
