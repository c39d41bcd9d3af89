"""The tap's words, without a widget: captions follow the model's state, readouts its numbers."""

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from reludesk.core import activations
from reludesk.core.tap import TapModel
from reludesk.ui.tap.text import (
    CAPTIONS,
    WIDEST_VALUE,
    fit,
    num,
    readout_texts,
    state,
    title_text,
)


def held(name: str, z: float, seconds: float, **params: float) -> TapModel:
    model = TapModel(activations.get(name, **params))
    for _ in range(round(seconds * 60)):
        model.advance(z, 1 / 60)
    return model


def test_the_caption_follows_the_pipe():
    assert state(held("relu", 2.0, 1.0)) == "flowing"
    assert state(held("relu", -2.0, 0.5)) == "clogging"  # shut, not yet dead
    assert state(held("relu", -2.0, 6.0)) == "dead"
    assert state(held("leaky_relu", -2.0, 6.0)) == "leaking"  # never dead: the hole leaks
    assert set(CAPTIONS) == {"flowing", "clogging", "dead", "leaking"}


def test_titles_name_the_slope_only_where_there_is_one():
    assert title_text(activations.get("relu")) == "ReLU"
    assert title_text(activations.get("leaky_relu", alpha=0.001)) == "Leaky ReLU   α = 0.001"


def test_readouts_show_the_leak_of_a_shut_leaky_tap():
    model = held("leaky_relu", -0.2, 0.1, alpha=0.01)
    z, f, df, clog = readout_texts(model)
    assert (z, f, df) == ("z = −0.20", "f(z) = −0.002", "f′(z) = 0.01")
    assert clog.startswith("clog ") and clog.endswith(" %")


@pytest.mark.parametrize(
    "x, text",
    [(0.0, "0"), (1.5, "1.50"), (-2.0, "−2.00"), (0.002, "0.002"), (-0.0123, "−0.012")],
)
def test_numbers_keep_two_digits_and_a_true_minus(x, text):
    assert num(x) == text


def test_fit_shrinks_a_font_until_the_text_fits(qtbot):
    font = QFont()
    font.setPixelSize(40)
    fit(font, WIDEST_VALUE, 100.0)
    assert font.pixelSize() < 40
    assert QFontMetricsF(font).horizontalAdvance(WIDEST_VALUE) <= 100.0 or font.pixelSize() == 8
