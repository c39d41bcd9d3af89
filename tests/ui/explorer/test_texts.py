"""The explorer's words, without any widget: legend labels, the crosshair read-out, and every
number or yes/no in the formulas and the guide, checked against the core."""

import math

import numpy as np
import pytest

from reludesk.core import activations
from reludesk.core.experiment import Config, Trainer
from reludesk.core.network import MLP
from reludesk.ui.explorer.controls import PARAM_CONTROLS
from reludesk.ui.explorer.texts import FORMULAS, GUIDE, legend_label, readout, short_label


def test_every_activation_has_a_formula():
    assert set(FORMULAS) == set(activations.names())


def test_legend_labels_are_short_and_name_the_slope():
    assert short_label("prelu") == "PReLU"
    assert legend_label(activations.get("prelu")) == "PReLU (α = 0.25)"
    assert legend_label(activations.get("leaky_relu", alpha=0.001)) == "Leaky ReLU (α = 0.001)"
    assert legend_label(activations.get("relu")) == "ReLU"


def test_without_a_crosshair_or_curves_the_readout_is_a_hint():
    relu = activations.get("relu")
    assert readout(None, [relu]) == ("Hover over a plot to read f(z) and f′(z).",) * 2
    plain, rich = readout(1.0, [])
    assert plain == rich and "Tick an activation" in plain


def test_the_readout_reads_every_activation_at_z():
    acts = [activations.get("relu"), activations.get("leaky_relu", alpha=0.1)]
    plain, rich = readout(-2.0, acts)
    assert plain == "z = −2 | ReLU: f = 0, f′ = 0 | Leaky ReLU: f = −0.2, f′ = 0.1"
    # one entry per activation in the rich text, each unbroken, in the activation's colour
    entries = rich.split(" &nbsp; ")
    assert len(entries) == 3 and all(" " not in e.split("</span>")[-1] for e in entries[1:])
    assert "#D55E00" in entries[1]  # ReLU's vermillion


def test_sigmoid_and_tanh_saturate_where_the_words_say():
    sigmoid, tanh = activations.get("sigmoid"), activations.get("tanh")
    # below 1 % of sigmoid's peak 0.25 beyond |z| ≈ 6; tanh's f' below 0.01 beyond |z| ≈ 3
    assert round(sigmoid.quiet_tails(0.01 * 0.25)[1]) == 6
    assert round(tanh.quiet_tails(0.01)[1]) == 3
    assert "beyond |z| ≈ 6" in FORMULAS["sigmoid"] and "beyond |z| ≈ 3" in FORMULAS["tanh"]
    assert "tanh beyond |z| ≈ 3, sigmoid beyond |z| ≈ 6" in GUIDE


def test_elus_alpha_is_a_level_not_a_slope():
    elu = activations.get("elu", alpha=2.0)
    assert float(elu.f(-50.0)) == pytest.approx(-2.0)  # saturates at -alpha
    assert float(elu.df(-1.0)) == pytest.approx(2.0 * math.exp(-1.0))  # slope alpha e^z
    assert "saturates at −α" in FORMULAS["elu"] and "α·e^z, not α" in FORMULAS["elu"]
    tip = PARAM_CONTROLS["elu"][1]
    assert "not a slope" in tip and "α·e^z" in tip
    assert "ELU's α is different: the level its negative side saturates at" in GUIDE


def test_a_step_layer_stops_the_gradient_but_the_layer_after_it_learns():
    # "no gradient reaches the weights into a step unit ... (the layer after it still does)"
    trainer = Trainer(Config(dataset="circle", hidden=(8, 8), activation="step", replicas=16))
    before = [w.copy() for w in trainer.model.weights]
    trainer.step(50)
    for layer in (0, 1):
        np.testing.assert_array_equal(trainer.model.weights[layer], before[layer])
    assert np.all(np.any(trainer.model.weights[2] != before[2], axis=(1, 2)))
    assert "the layer after it still does" in FORMULAS["step"]


def selu_variances(init: str) -> np.ndarray:
    """(8,) median over 16 starting weights of each hidden layer's output variance: SELU, eight
    layers of 64, standard normal inputs of width 64 (every layer square)."""
    mlp = MLP([64] + [64] * 8 + [1], "selu", init=init, replicas=16, seed=1)
    X = np.random.default_rng(0).standard_normal((400, 64))
    return np.array([np.median(a.var(axis=(1, 2))) for a in mlp.layer_outputs(X)[:-1]])


def test_selu_self_normalises_only_with_lecun_normal_weights():
    # Xavier between equal widths is LeCun normal, Var(w) = 1/fan_in: variance stays near 1;
    # He init (the default) doubles Var(w) and the variance grows layer by layer (1.7 -> 11)
    lecun, he = selu_variances("xavier"), selu_variances("he")
    assert np.all(np.abs(lecun - 1.0) < 0.1)
    assert np.all(np.diff(he) > 0) and he[-1] > 5 * he[0]
    assert "only with LeCun-normal weights" in FORMULAS["selu"]
    assert "with He init (the default) the variance grows" in FORMULAS["selu"]
    assert Config().init == "he"
