"""The properties table's words, without a widget: every row derived from the activation and its
alpha, and the "Can die" row in the network's own words, checked against the network's states."""

import math

import numpy as np
import pytest

from reludesk.core import activations, health
from reludesk.core.experiment import Config, Trainer
from reludesk.core.network import MLP
from reludesk.ui.explorer.properties import ROWS, can_die, cells

TITLES = [title for title, _ in ROWS]

# name, params -> (monotonic, mean of f for z ~ N(0, 1), smooth at 0, can die)
EXPECTED = [
    ("step", {}, ("Yes", "0.500", "No", "Yes: dead, f′ = 0 everywhere")),
    ("linear", {}, ("Yes", "0.000", "Yes", "No: f′ = 1 everywhere")),
    ("sigmoid", {}, ("Yes", "0.500", "Yes", "No: saturates beyond |z| ≈ 27.6")),
    ("tanh", {}, ("Yes", "0.000", "Yes", "No: saturates beyond |z| ≈ 14.5")),
    ("relu", {}, ("Yes", "0.399", "No", "Yes: dead, f′ = 0 for z ≤ 0")),
    ("leaky_relu", {"alpha": 0.01}, ("Yes", "0.395", "No", "No: inactive, leaks at α = 0.01")),
    ("leaky_relu", {"alpha": 1.0}, ("Yes", "0.000", "Yes", "No: inactive, leaks at α = 1")),
    ("prelu", {}, ("Yes while α ≥ 0", "0.299", "No", "No: inactive, leaks at learned α")),
    ("elu", {}, ("Yes", "0.161", "Yes", "No: saturates below z ≈ −27.6")),
    ("elu", {"alpha": 0.5}, ("Yes", "0.280", "No", "No: saturates below z ≈ −26.9")),
    ("selu", {}, ("Yes", "0.000", "No", "No: saturates below z ≈ −28.2")),
    ("gelu", {}, ("No", "0.282", "Yes", "No: saturates below z ≈ −7.58")),
    ("silu", {}, ("No", "0.207", "Yes", "No: saturates below z ≈ −31")),
    ("softplus", {}, ("Yes", "0.806", "Yes", "No: saturates below z ≈ −27.6")),
    ("mish", {}, ("No", "0.240", "Yes", "No: saturates below z ≈ −31")),
]


@pytest.mark.parametrize(("name", "params", "rows"), EXPECTED,
                         ids=[f"{n}{p.get('alpha', '')}" for n, p, _ in EXPECTED])
def test_rows_follow_the_activation_and_its_alpha(name, params, rows):
    got = {TITLES[i]: c.text for i, c in enumerate(cells(activations.get(name, **params)))}
    assert (got["Monotonic"], got["Mean f, z ~ N(0, 1)"], got["Smooth at 0"],
            got["Can die"]) == rows


def test_zero_centred_is_a_number_not_a_yes():
    # ELU read "Zero-centred: Yes" and SiLU "No" with means 0.16 and 0.21
    assert "Zero-centred" not in TITLES
    elu, silu = (cells(activations.get(n))[TITLES.index("Mean f, z ~ N(0, 1)")]
                 for n in ("elu", "silu"))
    assert (elu.text, silu.text) == ("0.161", "0.207")
    assert "Zero-centred" not in elu.tip


def test_only_relu_and_step_can_die_and_stand_out():
    strong = {n for n in activations.names() if can_die(activations.get(n)).strong}
    yes = {n for n in activations.names() if can_die(activations.get(n)).text.startswith("Yes")}
    assert strong == yes == {"relu", "step"}


def test_gelu_tells_where_its_gradient_is_exactly_zero():
    tip = can_die(activations.get("gelu")).tip
    assert "exactly 0 below z ≈ −38.6" in tip and "saturated" in tip


def unit(name: str, bias: float) -> MLP:
    """One hidden unit whose z is ``bias`` on every input (its weights are 0)."""
    mlp = MLP([2, 1, 1], name)
    mlp.weights[0][...] = 0.0
    mlp.biases[0][...] = bias
    return mlp


X = np.random.default_rng(0).normal(size=(20, 2))


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "elu", "selu", "gelu", "silu", "softplus",
                                  "mish"])
def test_the_saturation_edge_is_where_the_network_calls_a_unit_saturated(name):
    # the table's number and the network's state are one definition (health.SATURATED_GRADIENT)
    act = activations.get(name)
    low, _ = act.quiet_tails(health.SATURATED_GRADIENT)
    text = can_die(act).text
    shown = float(text.rsplit("≈ ", 1)[1].replace("−", "-"))
    assert abs(shown) == pytest.approx(abs(low), rel=5e-3)
    assert health.saturated_mask(unit(name, low - 0.05), X)[0][0, 0]
    assert not health.saturated_mask(unit(name, low + 0.05), X)[0][0, 0]
    assert not health.dead_mask(unit(name, low - 0.05), X)[0][0, 0]  # saturated, never dead


def test_the_families_words_are_the_networks_states():
    assert health.dead_mask(unit("relu", 0.0), X)[0][0, 0]  # "f′ = 0 for z ≤ 0": z = 0 too
    assert not health.dead_mask(unit("relu", 1e-9), X)[0][0, 0]
    sleeping = unit("leaky_relu", -3.0)
    assert health.inactive_mask(sleeping, X)[0][0, 0]  # "inactive, leaks at α"
    assert not health.dead_mask(sleeping, X)[0][0, 0]


def test_prelus_learned_slope_often_goes_below_zero_so_it_is_not_always_monotonic():
    # "Yes while α ≥ 0": on the spiral at learning rate 0.1, within 500 steps, more than half of
    # 16 starting weights have a unit whose slope is below 0 (measured: 9)
    trainer = Trainer(Config(dataset="spiral", hidden=(8, 8), activation="prelu",
                             learning_rate=0.1, batch_size=10, replicas=16))
    trainer.step(500)
    below = np.zeros(16, dtype=bool)
    for slopes in trainer.model.slopes:  # (replicas, width) per layer
        below |= (slopes < 0).any(axis=1)
    assert below.sum() >= 8
    z = np.linspace(-3, 3, 61)
    assert np.any(np.diff(np.maximum(z, -0.5 * z)) < 0)  # f with a slope below 0 falls


def test_the_tooltips_promise_no_bound_and_no_zero_centred_leak():
    tips = dict(ROWS)
    assert "bounds nothing" in tips["Peak |f′|"] and "at most" not in tips["Peak |f′|"]
    assert "too small to count" not in " ".join(tips.values())
    assert math.isclose(health.SATURATED_GRADIENT, 1e-12)
    assert "below 1e-12" in tips["Can die"]
