"""The tap's words, without a widget: captions follow the model's state, readouts its numbers."""

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from reludesk.core import activations
from reludesk.core.tap import TapModel
from reludesk.ui.tap.text import (
    CAPTIONS,
    WIDEST_VALUE,
    badge,
    caption,
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
    assert state(held("relu", -2.0, 0.5)) == "clogging"  # shut, not yet clogged
    assert state(held("leaky_relu", -2.0, 6.0)) == "leaking"  # never clogged: the hole leaks
    assert set(CAPTIONS) == {"flowing", "clogging", "clogged", "dead", "leaking"}


def test_a_full_clog_is_dead_only_by_the_networks_test():
    # held shut by hand for six seconds the pipe is clogged for this input; only the network,
    # which sees every training input, may call the neuron dead (the old tap did, on the clog)
    clogged = held("relu", -2.0, 6.0)
    assert clogged.clogged
    assert state(clogged) == "clogged" and badge(clogged) == "CLOGGED"
    assert caption(clogged).startswith("Clogged: shut for this input, no gradient from it.")
    assert "dead" not in state(clogged) and badge(clogged) != "DEAD"
    assert state(clogged, neuron_dead=True) == "dead" and badge(clogged, True) == "DEAD"
    # a verdict of death does not turn a flowing or leaking pipe into a dead one
    assert badge(held("relu", 2.0, 1.0), True) is None
    assert badge(held("leaky_relu", -2.0, 6.0), True) is None


def test_captions_say_shut_for_this_input_and_name_the_leaks_alpha():
    assert "shut for this input" in CAPTIONS["clogging"]
    assert "no gradient from it" in CAPTIONS["clogging"]
    leaky = held("leaky_relu", -4.0, 2.0, alpha=0.03)
    assert "the gradient through the hole is α = 0.03 wherever z < 0" in caption(leaky)
    assert "dead" not in caption(leaky).lower()


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
