"""The network view's states come from the core, by the activation's family: dead only where f' is
exactly 0 on every input (ReLU, step), inactive only for the leaky ones (Leaky ReLU, PReLU),
saturated for a smooth unit whose |f'| < 1e-12 on every input (ELU at z = -1000: never "dead"),
alive everywhere else (a sigmoid unit with negative z still outputs 0..0.5). Words, headers and
legend say the same. A PReLU unit shows its learned slope as a tick that follows it."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from reludesk.core import health
from reludesk.core.experiment import Config, Trainer
from reludesk.ui.trainer.netview import glyphs
from reludesk.ui.trainer.netview.lines import WeightLines
from reludesk.ui.trainer.netview.text import layer_counts, legend_kinds
from reludesk.ui.trainer.netview.view import NetworkView


def held_at(activation: str, z: float) -> Trainer:
    """A [2, 4, 3, 1] network whose hidden unit (0, 0) has z = ``z`` on every input (weights 0,
    bias z) and whose other units see a line through the data; evaluated afresh."""
    trainer = Trainer(Config(hidden=(4, 3), activation=activation, seed=0))
    m = trainer.model
    m.biases[0][0, :] = 1.0
    m.weights[0][0, :, 0] = 0.0
    m.biases[0][0, 0] = z
    m.weights[1][0] = np.abs(m.weights[1][0])  # layer 2: z >= its bias > 0 on every input
    m.biases[1][0, :] = 0.5
    trainer.invalidate()
    return trainer


@pytest.mark.parametrize(
    ("activation", "z", "state"),
    [
        ("relu", -3.0, glyphs.DEAD),  # f' exactly 0 on every input
        ("leaky_relu", -3.0, glyphs.INACTIVE),  # the leak still carries gradient
        ("prelu", -3.0, glyphs.INACTIVE),
        # e^-1000 underflows to 0: the old core called this unit dead; it is saturated
        ("elu", -1000.0, glyphs.SATURATED),
        ("selu", -1000.0, glyphs.SATURATED),
        ("sigmoid", -100.0, glyphs.SATURATED),  # f' = e^-100 < 1e-12
        # negative z on every input, yet neither inactive nor dead: sigmoid(-3) = 0.047 and
        # its slope 0.045 passes gradient (the old view drew such units "inactive")
        ("sigmoid", -3.0, glyphs.ALIVE),
        ("tanh", -3.0, glyphs.ALIVE),
        ("gelu", -3.0, glyphs.ALIVE),
        ("linear", -3.0, glyphs.ALIVE),
    ],
)
def test_each_family_shows_the_cores_state(make_view, activation, z, state):
    view = make_view(held_at(activation, z))
    t = view.trainer()
    assert view.unit_state(0, 0) == state
    expected = [
        health.unit_states(d[0], i[0], s[0])
        for d, i, s in zip(
            health.dead_mask(t.model, t.X_train),
            health.inactive_mask(t.model, t.X_train),
            health.saturated_mask(t.model, t.X_train),
            strict=True,
        )
    ]
    shown = [[view.unit_state(l, u) for u in range(w)] for l, w in enumerate((4, 3))]
    assert shown == [e.tolist() for e in expected]
    assert shown[0][1:] == [glyphs.ALIVE] * 3 and shown[1] == [glyphs.ALIVE] * 3
    # the tooltip names the same state
    assert f"State: {glyphs.STATE_NAMES[state]}:" in view.tooltip_text(0, 0)


def test_a_saturated_unit_is_explained_and_never_called_dead(make_view):
    view = make_view(held_at("elu", -1000.0))
    tip = view.tooltip_text(0, 0)
    assert "State: saturated" in tip and "dead" not in tip.split("\n")[1].split(":")[1]
    assert "|f′(z)| < 1e-12 on every training input" in tip
    assert "mathematically alive, numerically silent" in tip


def test_step_units_are_dead_in_the_gradient_sense_though_they_fire(make_view):
    view = make_view(Trainer(Config(hidden=(4, 3), activation="step", seed=0)))
    firing = [view.trainer().evaluate().active_fraction[0][0, u] for u in range(4)]
    assert all(view.unit_state(0, u) == glyphs.DEAD for u in range(4))
    unit = int(np.argmax(firing))
    assert firing[unit] > 0.2  # it fires on part of the plane ...
    tip = view.tooltip_text(0, unit)
    # ... and the words say both
    assert "dead in the gradient sense" in tip
    assert f"fires on {firing[unit]:.0%} of training inputs" in tip


def test_a_dead_unit_of_a_deeper_layer_is_not_called_dead_for_good(make_view):
    trainer = held_at("relu", -3.0)
    trainer.model.biases[1][0, 0] = -100.0
    trainer.invalidate()
    view = make_view(trainer)
    assert view.unit_state(0, 0) == view.unit_state(1, 0) == glyphs.DEAD
    # a first-layer unit sees the fixed data; a deeper one the layers below, which still learn
    assert "nothing can bring it back" in view.tooltip_text(0, 0)
    assert "comes back only if the layers below" in view.tooltip_text(1, 0)


@pytest.mark.parametrize(
    ("activation", "kinds"),
    [
        ("relu", ["alive", "dead", "weights"]),
        ("step", ["alive", "dead_step", "weights"]),
        ("leaky_relu", ["alive", "inactive", "weights"]),
        ("prelu", ["alive", "inactive", "slope", "weights"]),
        ("elu", ["alive", "saturated", "weights"]),
        ("sigmoid", ["alive", "saturated", "weights"]),
        ("linear", ["alive", "weights"]),
    ],
)
def test_the_legend_names_only_the_states_the_family_reaches(activation, kinds):
    assert legend_kinds(activation) == kinds


def test_headers_count_every_state():
    assert layer_counts(0, 0, 0)[0] == "all alive"
    assert layer_counts(2, 0, 0)[0] == "2 dead"
    assert layer_counts(0, 3, 0)[0] == "3 inactive"
    assert layer_counts(0, 0, 4) == ["4 saturated", "4 saturated", "4 sat"]


# --- PReLU's slope tick ---------------------------------------------------------------------
@pytest.mark.parametrize("slope", [-0.5, 0.0, 0.25, 1.0, 2.5])
def test_the_ticks_left_arm_has_the_units_slope(slope):
    left, hinge, right = glyphs.slope_tick(QRectF(10.0, 20.0, 50.0, 50.0), slope)
    assert (hinge.x(), hinge.y()) == (10.0, 20.0)  # on the top-left corner
    # screen y grows downwards: f(z) = slope·z for z < 0 lies below the hinge for slope > 0
    assert (left.y() - hinge.y()) / (hinge.x() - left.x()) == pytest.approx(slope)
    assert (hinge.y() - right.y()) / (right.x() - hinge.x()) == pytest.approx(1.0)  # z > 0
    arm = math.hypot(left.x() - hinge.x(), left.y() - hinge.y())
    assert arm == pytest.approx(glyphs.SLOPE_ARM * 50.0)  # the angle carries the number


def corner(view: NetworkView, layer: int, unit: int) -> np.ndarray:
    """Greys of the strip above neuron (layer, unit)'s top edge, right of its left one: where
    the tick's right arm goes, and where no weight line reaches (they end at its left edge)."""
    r = view.neuron_rect(layer, unit)
    s = r.width()
    region = QRect(int(r.left()) + 2, int(r.top() - 0.3 * s), int(0.28 * s), int(0.3 * s) - 2)
    image = view.grab(region).toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width()].astype(int)


def test_only_prelu_units_carry_a_tick(make_view):
    prelu = make_view(Trainer(Config(hidden=(4, 3), activation="prelu", seed=0)))
    leaky = make_view(Trainer(Config(hidden=(4, 3), activation="leaky_relu", seed=0)))
    assert prelu.unit_slope(0, 0) == pytest.approx(0.25)  # PReLU's starting slope
    assert leaky.unit_slope(0, 0) is None
    assert (corner(prelu, 0, 0) < 128).mean() > 0.05  # ink: the tick
    assert (corner(leaky, 0, 0) > 240).all()  # paper


def test_the_tick_follows_the_learned_slope(make_view):
    trainer = Trainer(Config(hidden=(4, 3), activation="prelu", seed=0))
    view = make_view(trainer)
    r = view.neuron_rect(0, 1)
    s = r.width()
    left_of = QRect(int(r.left() - 0.45 * s), int(r.top() - 0.45 * s), int(0.4 * s), int(0.9 * s))
    before = view.grab(left_of).toImage()
    trainer.model.slopes[0][0, 1] = -0.8  # as lesson 6's slopes can go
    trainer.invalidate()
    view.refresh(trainer.evaluate())
    assert view.unit_slope(0, 1) == pytest.approx(-0.8)
    after = view.grab(left_of).toImage()
    changed = np.abs(
        np.frombuffer(before.constBits(), np.uint8).astype(int)
        - np.frombuffer(after.constBits(), np.uint8).astype(int)
    )
    assert (changed > 60).mean() > 0.01  # the left arm turned from down-left to up-left
    assert "Learned slope below zero: −0.8" in view.tooltip_text(0, 1)


def test_a_neuron_drawn_with_a_slope_differs_from_one_without(qapp):
    def draw(slope: float | None) -> np.ndarray:
        canvas = QImage(80, 80, QImage.Format.Format_Grayscale8)
        canvas.fill(QColor(glyphs.PAPER))
        p = QPainter(canvas)
        glyphs.draw_neuron(p, QRectF(30, 30, 40, 40), glyphs.ALIVE, 0.5, None, slope)
        p.end()
        return np.frombuffer(canvas.constBits(), np.uint8).reshape(80, -1)[:, :80].astype(int)

    assert (np.abs(draw(0.25) - draw(None)) > 60).sum() > 20
    assert (np.abs(draw(0.25) - draw(-0.5)) > 60).sum() > 20


def test_a_firing_step_units_outgoing_weights_stay_live():
    # a ReLU that is dead outputs 0 everywhere: its outgoing weights get no gradient either; a
    # step unit is dead (no gradient into it) yet outputs 1 where z >= 0: the next layer learns
    W = [np.array([[[1.0], [2.0]]])]  # one gap: two sources, one target
    lines = WeightLines()
    lines.read(W, [np.array([True, True]), np.array([False])],
               silent=[np.array([False, True]), np.array([False])])
    kind_of = {int(s): kind for (kind, _), (src, _) in lines.groups[0].items() for s in src}
    assert kind_of == {0: glyphs.POSITIVE_LINE, 1: glyphs.MUTED_LINE}


def test_the_step_networks_output_weights_are_drawn_in_colour(make_view):
    view = make_view(Trainer(Config(hidden=(4, 3), activation="step", seed=0)))
    last = view.trainer().evaluate().active_fraction[1][0]
    assert (last > 0).any()  # some unit of the last hidden layer fires
    a, b = view.neuron_rect(1, 0), view.neuron_rect(2, 0)
    gap = QRect(int(a.right()) + 3, 0, int(b.left() - a.right()) - 6, view.height() - 60)
    image = view.grab(gap).toImage().convertToFormat(QImage.Format.Format_RGB32)
    rgb = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1, 4)[..., :3]
    chroma = rgb.max(axis=2).astype(int) - rgb.min(axis=2)
    assert (chroma > 60).sum() > 20  # blue or orange lines, not only muted grey ones
