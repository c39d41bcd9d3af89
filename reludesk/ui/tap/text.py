"""The tap widget's words and numbers: captions, the title, the readouts, and the fonts and
laid-out texts that draw them. The words are plain functions of a :class:`TapModel`, so they are
tested without a widget."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText, QTransform

from reludesk.core.activations import Activation
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.core.tap import TapModel

WIDEST_VALUE = "f′(z) = −0.000"  # the widest readout that num() produces for |values| < 10
WIDEST_TITLE = "Leaky ReLU   α = 0.001"
CAPTION_LINES = 3

# Each caption says what the pipe shows for THIS input; only "dead" speaks of every input, and
# it is shown only when the network's own test says so (see state()). English sources,
# translated by caption(); {slope} is the hole's slope, "α" or "α = 0.01" (see caption()).
CAPTIONS = {
    "dead": QT_TRANSLATE_NOOP(
        "TapText",
        "Dead: the network finds it shut for every training input, so no gradient reaches "
        "its weights.",
    ),
    "clogged": QT_TRANSLATE_NOOP(
        "TapText",
        "Clogged: shut for this input, no gradient from it. Dead only if shut for every "
        "training input.",
    ),
    "clogging": QT_TRANSLATE_NOOP(
        "TapText",
        "Valve shut for this input: no water, no gradient from it. The pipe is clogging.",
    ),
    "leaking": QT_TRANSLATE_NOOP(
        "TapText",
        "Shut, but the gradient through the hole is {slope} wherever z < 0, so the neuron can "
        "recover.",
    ),
    "flowing": QT_TRANSLATE_NOOP(
        "TapText",
        "Water flows: the gradient passes at full strength, so the weights keep learning.",
    ),
}

# The badge under a full hump: the neuron's death (the network's test) or this input's clog.
# The English word is the badge's identity (its colour, the tests); the drawing translates it.
BADGES = {
    "dead": QT_TRANSLATE_NOOP("TapText", "DEAD"),
    "clogged": QT_TRANSLATE_NOOP("TapText", "CLOGGED"),
}


def title_text(act: Activation) -> str:
    """The tap's title: the activation's short name, and its slope if it has one."""
    text = act.label.split(" (")[0]
    if "alpha" in act.params:
        text += f"   α = {act.params['alpha']:g}"
    return text


def readout_texts(model: TapModel) -> tuple[str, str, str, str]:
    """The four readouts under or beside the picture: z, f(z), f'(z) and the clog in percent."""
    return (
        f"z = {num(model.z)}",
        f"f(z) = {num(float(model.activation.f(model.z)))}",
        f"f′(z) = {num(model.gradient)}",
        translate("TapText", "clog {percent} %").format(percent=math.floor(model.clog * 100)),
    )


def state(model: TapModel, neuron_dead: bool = False) -> str:
    """Which caption fits the tap: dead, clogged, clogging, leaking (gradient alive) or flowing.

    ``neuron_dead`` is the network's own test for the linked neuron (its dead mask: shut for
    every training input). Only with it is a full clog "dead"; without it, whatever the clog, the
    pipe is "clogged" for the present input alone.
    """
    if model.clogged:
        return "dead" if neuron_dead else "clogged"
    if model.outflow > 0:
        return "flowing"
    return "clogging" if model.sealed else "leaking"


def caption(model: TapModel, neuron_dead: bool = False) -> str:
    """The caption under the tap in the language now chosen, with its alpha where the hole
    has one."""
    alpha = model.activation.params.get("alpha")
    slope = "α" if alpha is None else f"α = {alpha:g}"
    return translate("TapText", CAPTIONS[state(model, neuron_dead)]).format(slope=slope)


def badge(model: TapModel, neuron_dead: bool = False) -> str | None:
    """The word on the badge under a full hump ("DEAD" or "CLOGGED", in English: the drawing
    translates it), or None: no full clog."""
    return BADGES.get(state(model, neuron_dead))


def fit(font: QFont, text: str, width: float) -> None:
    """Make ``font`` smaller (not below 8 px) until ``text`` fits in ``width`` pixels."""
    while font.pixelSize() > 8 and QFontMetricsF(font).horizontalAdvance(text) > width:
        font.setPixelSize(font.pixelSize() - 1)


def num(x: float) -> str:
    """A value for the readouts: two decimals, a real minus sign; small ones keep two digits."""
    # two significant digits for small values, so alpha * z = 0.002 does not read as 0.00
    text = f"{x:.2g}" if 0 < abs(x) < 0.095 else f"{x:.2f}"
    if x == 0:
        text = "0"
    return text.replace("-", "−")


class Texts:
    """The widget's fonts by role ("title", "value", "caption", "badge", "small") and its texts
    laid out in them, kept between frames: the readouts repeat, and layout is the cost."""

    MAX_KEPT = 400  # a long sweep shows many values; the cache is emptied beyond this

    def __init__(self) -> None:
        self.fonts: dict[str, QFont] = {}
        self._laid_out: dict[tuple[str, str, float], QStaticText] = {}

    def remake(self, base: QFont, unit: float, small_px: int,
               title_width: float, value_width: float) -> None:
        """New fonts from ``base`` for a text unit of ``unit`` px (the dial's and the pipe's
        labels ``small_px``), the title's and a readout's shrunk to fit their widths; every
        text laid out so far is dropped."""
        self._laid_out.clear()
        for key, scale, bold in (
            ("title", 1.25, True),
            ("value", 1.0, True),
            ("caption", 0.85, False),
            ("badge", 1.6, True),
        ):
            font = QFont(base)
            font.setPixelSize(max(8, round(unit * scale)))
            font.setBold(bold)
            self.fonts[key] = font
        # the dial's and the pipe's labels scale with the picture, not with the text
        small = QFont(base)
        small.setPixelSize(small_px)
        self.fonts["small"] = small
        fit(self.fonts["title"], WIDEST_TITLE, title_width)
        fit(self.fonts["value"], WIDEST_VALUE, value_width)

    def static(self, text: str, font: str, width: float = -1.0) -> QStaticText:
        """``text`` laid out in the font ``font`` (wrapped at ``width`` px unless negative)."""
        key = (text, font, width)
        cached = self._laid_out.get(key)
        if cached is None:
            if len(self._laid_out) > self.MAX_KEPT:
                self._laid_out.clear()
            cached = QStaticText(text)
            cached.setTextFormat(Qt.TextFormat.PlainText)
            cached.setTextWidth(width)
            cached.prepare(QTransform(), self.fonts[font])
            self._laid_out[key] = cached
        return cached
