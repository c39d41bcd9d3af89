"""The neuron inspector: a student's path through a dead unit, bad input, kill, revive, undo."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from reludesk.core import health, lessons
from reludesk.core.experiment import Config
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.inspector import NeuronInspector
from reludesk.ui.trainer.inspector_fields import BIAS
from reludesk.ui.trainer.inspector_hist import FLAT, LEAK, split_bins
from reludesk.ui.trainer.panel import NetworkPanel


@pytest.fixture
def make_inspector(qtbot):
    """``make(config)``: a shown NetworkPanel and an inspector of it, side by side."""

    def make(config: Config) -> tuple[NetworkPanel, NeuronInspector]:
        driver = TrainingDriver.from_config(config)
        panel = NetworkPanel(driver)
        driver.setParent(panel)
        qtbot.addWidget(panel)
        inspector = NeuronInspector(panel)
        qtbot.addWidget(inspector)
        panel.resize(1000, 700)
        inspector.resize(420, 600)
        panel.show()
        inspector.show()
        return panel, inspector

    return make


def after_burst(panel: NetworkPanel) -> None:
    """Lesson 4's and 5's story: train a moment, burst, calm down."""
    trainer = panel.driver.trainer
    trainer.step(100)
    trainer.burst()
    trainer.step(50)
    panel.driver.step_once()  # the window hears of it as after a Step


def first_unit(mask_per_layer: list[np.ndarray]) -> tuple[int, int]:
    """(layer, unit) of the first True of replica 0."""
    for l, mask in enumerate(mask_per_layer):
        units = np.flatnonzero(mask[0])
        if units.size:
            return l, int(units[0])
    raise AssertionError("no unit in that state: the lesson's burst did not hit")


def drawn_sides(inspector: NeuronInspector) -> list[np.ndarray]:
    """What the histogram plot holds: [left edges, left counts, right edges, right counts]
    (pyqtgraph hands back None for a side with no bars)."""
    hist = inspector.histogram
    data = [*hist.left.getData(), *hist.right.getData()]
    return [np.zeros(0) if d is None else np.asarray(d) for d in data]


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def unit_arrays(trainer, layer: int, unit: int) -> tuple[np.ndarray, float]:
    m = trainer.model
    return m.weights[layer][0, :, unit].copy(), float(m.biases[layer][0, unit])


def test_a_student_revives_a_dead_neuron_and_undoes_it(qtbot, make_inspector):
    panel, inspector = make_inspector(lessons.get("dying_relu").config)
    after_burst(panel)
    trainer = panel.driver.trainer
    layer, unit = first_unit(trainer.evaluate().dead)
    panel.network_view.select(layer, unit)  # as the click does: the inspector follows
    assert inspector.unit() == (layer, unit)
    assert inspector.title.text().endswith(": dead")
    assert inspector.caption.text() == "every z below 0: f'(z) = 0, no gradient reaches its weights"

    lx, ly, _, ry = drawn_sides(inspector)
    n = len(trainer.X_train)
    assert ly.sum() == n and ry.sum() == 0  # every input on the left of 0
    assert lx[-1] == 0.0 and lx[0] < 0.0
    assert inspector.histogram.left_brush() == FLAT  # f' = 0 there: grey
    assert np.all(inspector.z() < 0)

    w, b = unit_arrays(trainer, layer, unit)
    z = inspector.z()
    # a bias that lifts half the inputs above 0: the unit fires again and its gradient flows
    new_bias = round(b - float(np.median(z)), 3)
    type_into(qtbot, inspector.fields.field(BIAS), f"{new_bias}")
    assert unit_arrays(trainer, layer, unit)[1] == new_bias
    assert inspector.title.text().endswith(": alive")
    assert trainer.history.events[-1] == (
        trainer.steps_done,
        f"edited unit {unit + 1} of layer {layer + 1}",
    )
    _, ly, _, ry = drawn_sides(inspector)
    assert ry.sum() > 0 and ly.sum() + ry.sum() == n

    trainer.step(200)
    assert inspector.refresh()  # what the timer does a few times a second
    assert not health.dead_mask(trainer.model, trainer.X_train)[layer][0, unit]
    assert inspector.title.text().endswith(": alive")
    trained_w, _ = unit_arrays(trainer, layer, unit)
    assert not np.array_equal(trained_w, w)  # its weights learn again

    # undo right after an edit: every array back, bit for bit
    type_into(qtbot, inspector.fields.field(0), "0.75")
    edited = [a.copy() for a in (*trainer.model.weights, *trainer.model.biases)]
    assert trainer.model.weights[layer][0, 0, unit] == 0.75
    assert inspector.undo() is True
    after = (*trainer.model.weights, *trainer.model.biases)
    assert trainer.model.weights[layer][0, 0, unit] == trained_w[0]
    assert not all(np.array_equal(a, e) for a, e in zip(after, edited, strict=True))
    # and the first edit: the unit exactly as the burst left it, what it learned since gone
    assert inspector.undo() is True
    w_back, b_back = unit_arrays(trainer, layer, unit)
    assert b_back == b and np.array_equal(w_back, w)
    assert inspector.title.text().endswith(": dead")


def test_undo_restores_every_array_bit_for_bit(qtbot, make_inspector):
    panel, inspector = make_inspector(lessons.get("dying_relu").config)
    trainer = panel.driver.trainer
    trainer.step(30)
    inspector.show_unit(0, 5)
    before = [a.copy() for a in (*trainer.model.weights, *trainer.model.biases)]
    inspector.kill()
    inspector.revive()
    type_into(qtbot, inspector.fields.field(1), "-3.25")
    changed = (*trainer.model.weights, *trainer.model.biases)
    assert not all(np.array_equal(a, b) for a, b in zip(changed, before, strict=True))
    panel.hide()  # offscreen, the window in front takes the keys: the inspector's
    inspector.activateWindow()
    qtbot.waitUntil(inspector.isActiveWindow, timeout=2000)
    for _ in range(3):  # Ctrl+Z, as a student presses it
        qtbot.keyClick(inspector, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after = (*trainer.model.weights, *trainer.model.biases)
    assert all(np.array_equal(a, b) for a, b in zip(after, before, strict=True))
    assert not trainer.can_undo() and not inspector.undo_button.isEnabled()


@pytest.mark.parametrize(
    "text,message",
    [
        ("abc", "'abc' is not a number"),
        ("nan", "finite"),
        ("inf", "finite"),
        ("1e5", "1000"),
        ("-1000.5", "1000"),
    ],
)
def test_bad_input_is_refused_in_the_field_and_nothing_changes(
    qtbot, make_inspector, text, message
):
    panel, inspector = make_inspector(Config(hidden=(4,), seed=1))
    trainer = panel.driver.trainer
    inspector.show_unit(0, 2, focus=0)
    before = [a.copy() for a in (*trainer.model.weights, *trainer.model.biases)]
    events = list(trainer.history.events)
    field = inspector.fields.field(0)
    old_text = field.text()
    type_into(qtbot, field, text)
    assert message in inspector.fields.message.text()
    assert field.text() == old_text  # the unit's own value again
    after = (*trainer.model.weights, *trainer.model.biases)
    assert all(np.array_equal(a, b) for a, b in zip(after, before, strict=True))
    assert trainer.history.events == events and not trainer.can_undo()


def test_kill_makes_the_unit_dead_from_the_networks_own_test(make_inspector):
    panel, inspector = make_inspector(lessons.get("dying_relu").config)
    trainer = panel.driver.trainer
    trainer.step(50)
    dead_before = health.dead_mask(trainer.model, trainer.X_train)[0][0]
    alive = int(np.flatnonzero(~dead_before)[0])
    inspector.show_unit(0, alive)
    bias = inspector.kill()
    dead = health.dead_mask(trainer.model, trainer.X_train)[0][0]
    assert dead[alive] and bias == float(trainer.model.biases[0][0, alive])
    assert np.array_equal(np.delete(dead, alive), np.delete(dead_before, alive))
    assert inspector.title.text().endswith(": dead")
    assert panel.network_view.unit_state(0, alive) == health.UnitState.DEAD  # told at once
    assert panel.dead_label.text().startswith(f"Dead {int(dead.sum())} / {dead.size}")
    _, ly, _, ry = drawn_sides(inspector)
    assert ry.sum() == 0 and ly.sum() == len(trainer.X_train)


def test_an_inactive_leaky_unit_says_the_gradient_still_flows(make_inspector):
    panel, inspector = make_inspector(lessons.get("leaky_relu").config)
    trainer = panel.driver.trainer
    trainer.step(50)
    inspector.show_unit(0, 0)
    inspector.kill()
    assert inspector.title.text().endswith(": inactive but alive")
    assert inspector.caption.text() == (
        "every z below 0, but the gradient still flows at slope alpha = 0.1"
    )
    assert inspector.histogram.left_brush() == LEAK
    _, ly, _, ry = drawn_sides(inspector)
    assert ry.sum() == 0 and ly.sum() == len(trainer.X_train)


def test_the_overlay_is_the_units_own_output_over_the_plane(make_inspector):
    panel, inspector = make_inspector(Config(hidden=(3,), seed=2))
    inspector.show_unit(0, 1)
    assert panel.boundary.overlay_data() is None
    inspector.overlay.setChecked(True)
    rgba = panel.boundary.overlay_data()
    assert rgba is not None and rgba.shape == (60, 60, 4)
    # the unit's f(z) at a corner of the plane: white exactly where it outputs 0 (ReLU's off
    # side), coloured where it fires; rows run from y = -6 up
    model = panel.driver.trainer.model
    corners = np.array([[-6.0, -6.0], [6.0, -6.0], [-6.0, 6.0], [6.0, 6.0]])
    out = model.replica(0).layer_outputs(corners)[0][0, :, 1]
    pixels = rgba[[0, 0, -1, -1], [0, -1, 0, -1], :3]
    for value, pixel in zip(out, pixels, strict=True):
        assert (value == 0.0) == bool(np.all(pixel == 255))
    inspector.hide()  # the inspector's dock closed: its picture goes with it
    assert panel.boundary.overlay_data() is None
    inspector.show()
    assert np.array_equal(panel.boundary.overlay_data(), rgba)
    inspector.overlay.setChecked(False)
    assert panel.boundary.overlay_data() is None


def test_kill_on_a_diverged_network_says_why_instead_of_failing(make_inspector):
    panel, inspector = make_inspector(Config(hidden=(3, 2), seed=2))
    trainer = panel.driver.trainer
    inspector.show_unit(1, 0)
    trainer.model.weights[0][0, :, :] = np.inf  # what a diverged layer below leaves
    assert inspector.kill() is None
    assert "not finite" in inspector.fields.message.text()
    assert not trainer.can_undo()


def test_histogram_bins_meet_at_zero_and_keep_every_value():
    z = np.array([-2.0, -0.5, 0.0, 0.3, 1.7, np.nan])
    le, lc, re, rc = split_bins(z, bins=10)
    assert le[-1] == 0.0 and re[0] == 0.0
    assert lc.sum() == 3 and rc.sum() == 2  # 0 itself on the left: ReLU's f'(0) = 0
    le, lc, re, rc = split_bins(np.array([-3.0, -1.0]))
    assert rc.size == 0 and lc.sum() == 2


def test_an_arrow_key_steps_the_weight_and_the_step_is_undone_exactly(qtbot, make_inspector):
    panel, inspector = make_inspector(Config(hidden=(4,), seed=1))
    trainer = panel.driver.trainer
    inspector.show_unit(0, 1)
    w_before = trainer.model.weights[0][0, :, 1].copy()
    field = inspector.fields.field(1)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # a spin box: up by its step, applied at once
    assert trainer.model.weights[0][0, 1, 1] == pytest.approx(w_before[1] + 0.1, abs=1e-9)
    assert float(field.text()) == pytest.approx(w_before[1] + 0.1, abs=1e-5)
    assert trainer.history.events[-1][1] == "edited unit 2 of layer 1"
    assert inspector.undo()
    assert np.array_equal(trainer.model.weights[0][0, :, 1], w_before)
