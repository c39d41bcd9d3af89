"""Linked taps: clicking a neuron feeds the taps its z over the training inputs, computed by the
core (replica 0, as the view shows it), with the network's own dead test: a dead neuron's ReLU
tap is clogged and reads DEAD at once, and only then. The tap's hole follows the network's alpha,
never one left over from an earlier network."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from reludesk.core import activations
from reludesk.core.experiment import Config
from reludesk.ui.tap.drawing import Z_LIMIT
from reludesk.ui.window.docks import build_panels, tap_alpha


@pytest.fixture
def panels(qtbot):
    parent = QWidget()  # the panels' owner: kept alive until the test ends
    qtbot.addWidget(parent)
    # replicas 2: the link must read replica 0, the one the view draws
    yield build_panels(Config(hidden=(4, 3), seed=3, replicas=2), parent)


def core_z(panels, layer: int, unit: int) -> np.ndarray:
    trainer = panels.driver.trainer
    return trainer.model.pre_activations(trainer.X_train)[layer][0, :, unit]


def test_a_selected_neuron_feeds_the_taps_its_z(panels):
    panels.driver.step_once(30)
    tap = panels.tap.tap_widget
    panels.network.network_view.select(1, 2)
    assert tap.is_linked() and tap.mode_text() == "Linked to layer 2, neuron 3"
    z = core_z(panels, 1, 2)
    assert tap.z() == pytest.approx(np.clip(z[0], -Z_LIMIT, Z_LIMIT))  # the cycle's first
    other = panels.driver.trainer.model.pre_activations(panels.driver.trainer.X_train)[1][1, 0, 2]
    assert other != pytest.approx(z[0])  # replica 1 differs: the test can tell them apart
    panels.network.network_view.clear_selection()
    assert not tap.is_linked()


def test_a_dead_neuron_clogs_the_relu_tap_at_once(panels):
    trainer = panels.driver.trainer
    trainer.model.biases[0][0, 1] = -100.0  # z < 0 on every input: dead
    panels.driver.step_once(1)
    assert trainer.evaluate().dead[0][0, 1]
    panels.network.network_view.select(0, 1)
    tap = panels.tap.tap_widget
    assert tap.relu_model.clog == 1.0
    assert np.all(core_z(panels, 0, 1) < 0)
    assert tap.badge_visible() and tap.badge_texts() == ("DEAD", None)


def test_a_unit_firing_on_12_percent_held_shut_for_10_s_is_not_dead(panels):
    # the replay of the issue: a unit the network calls alive showed DEAD once the tap had been
    # shut for ~3.5 s. Its verdict is the network's: z > 0 on 12 % of the training inputs
    trainer = panels.driver.trainer
    z = core_z(panels, 0, 1)
    trainer.model.biases[0][0, 1] -= np.quantile(z, 0.88)
    panels.driver.step_once(1)
    snap = trainer.evaluate()
    assert not snap.dead[0][0, 1]
    assert 0.08 <= snap.active_fraction[0][0, 1] <= 0.16
    panels.network.network_view.select(0, 1)
    tap = panels.tap.tap_widget
    tap.set_animated(False)
    for _ in range(10 * 60):  # the linked cycle, ten seconds at 60 frames a second
        tap.advance(1 / 60)
        assert not tap.badge_visible()
    for _ in range(10 * 60):  # the ReLU pipe held shut for ten seconds
        tap.relu_model.advance(-2.0, 1 / 60)
    assert tap.relu_model.clogged  # the clog that used to read DEAD
    assert tap.badge_texts()[0] == "CLOGGED" and not tap.badge_visible()
    assert tap.caption_texts()[0].startswith("Clogged: shut for this input")


def test_the_taps_hole_is_the_networks_alpha_or_the_default(panels):
    tap = panels.tap.tap_widget
    default = activations.get("leaky_relu").params["alpha"]
    assert tap.alpha() == pytest.approx(default)  # a ReLU network
    panels.driver.rebuild(Config(activation="leaky_relu", alpha=0.1))
    assert tap.alpha() == pytest.approx(0.1)
    # back to ReLU (lesson 5, then lesson 4): the hole must not stay at 0.1
    panels.driver.rebuild(Config(activation="relu"))
    assert tap.alpha() == pytest.approx(default) == tap_alpha(Config(activation="relu"))
    panels.driver.rebuild(Config(activation="prelu", alpha=0.3))
    assert tap.alpha() == pytest.approx(0.3)
    panels.driver.rebuild(Config(activation="elu", alpha=2.0))  # a level, not a leak
    assert tap.alpha() == pytest.approx(default)


def test_after_lesson_5_then_4_the_tap_and_the_explorer_agree_on_alpha(window):
    window.open_lesson("leaky_relu")
    tap = window.panels.tap.tap_widget
    assert tap.alpha() == pytest.approx(window.config.effective_alpha)
    window.open_lesson("dying_relu")
    explorer_alpha = window.explorer.activation("leaky_relu").params["alpha"]
    assert tap.alpha() == pytest.approx(explorer_alpha)
    assert tap.alpha() == pytest.approx(tap_alpha(window.config))
