"""Linked taps: clicking a neuron feeds the taps its z over the training inputs, computed by the
core (replica 0, as the view shows it), and a dead neuron's ReLU tap is clogged at once."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from reludesk.core.experiment import Config
from reludesk.ui.tap.drawing import Z_LIMIT
from reludesk.ui.window.docks import build_panels


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
    assert panels.tap.tap_widget.relu_model.clog == 1.0
    assert np.all(core_z(panels, 0, 1) < 0)
