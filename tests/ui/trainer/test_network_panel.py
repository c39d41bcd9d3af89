"""The network trainer panel: controls, dead counter, divergence, plots (pytest-qt, offscreen)."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from reludesk.core import activations, datasets, health
from reludesk.core.experiment import Config
from reludesk.ui.trainer.boundary_plot import GRID, grid_inputs
from reludesk.ui.trainer.controls import QUICK_RATES
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.panel import NetworkPanel

# circle with Leaky ReLU at learning rate 10 blows up within 10 steps
DIVERGING = Config(dataset="circle", activation="leaky_relu", learning_rate=10.0)


@pytest.fixture
def make_panel(qtbot):
    """Build a shown panel around a fresh driver for a Config (default: the app's default)."""

    def make(config: Config | None = None) -> NetworkPanel:
        driver = TrainingDriver.from_config(config or Config())
        panel = NetworkPanel(driver)
        driver.setParent(panel)  # the driver's timer dies with the panel
        qtbot.addWidget(panel)
        panel.resize(1200, 800)
        panel.show()
        return panel

    return make


def child(panel: NetworkPanel, cls: type, name: str) -> QWidget:
    widget = panel.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def click(qtbot, panel: NetworkPanel, name: str, times: int = 1) -> None:
    button = child(panel, QAbstractButton, name)
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def core_dead_count(panel: NetworkPanel) -> tuple[int, int]:
    trainer = panel.driver.trainer
    masks = health.dead_mask(trainer.model, trainer.X_train)
    return int(sum(m[0].sum() for m in masks)), int(sum(m.shape[1] for m in masks))


def all_label_text(panel: NetworkPanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


# --- the dead counter agrees with the core ----------------------------------------------------
def test_step_button_dead_count_matches_core_health(qtbot, make_panel):
    # a bad start (biases -1) and a high rate: units die during the first steps
    panel = make_panel(Config(init="negative_bias", learning_rate=1.0, hidden=(8, 8)))
    label = child(panel, QLabel, "deadCountLabel")
    seen = set()
    for _ in range(12):
        click(qtbot, panel, "stepButton", times=5)
        dead, total = core_dead_count(panel)
        seen.add(dead)
        assert label.text() == f"Dead {dead} / {total} ({round(100 * dead / total)} %)"
    assert panel.driver.trainer.steps_done == 60
    assert max(seen) > 0, "the scenario must kill units, or the comparison proves little"


def test_pause_leaves_the_counters_the_loss_line_and_the_view_exact(qtbot, make_panel):
    # while playing, the loss line is written at most ten times a second and the weight lines
    # a few times: once paused, all of it must show the network as it is
    panel = make_panel(Config(dataset="spiral", learning_rate=0.3, hidden=(8, 8)))
    click(qtbot, panel, "playButton")
    qtbot.waitUntil(lambda: panel.driver.trainer.steps_done > 300, timeout=5000)
    click(qtbot, panel, "playButton")
    assert not panel.driver.is_running()
    trainer = panel.driver.trainer
    dead, total = core_dead_count(panel)
    label = child(panel, QLabel, "deadCountLabel")
    assert label.text() == f"Dead {dead} / {total} ({round(100 * dead / total)} %)"
    metrics = child(panel, QLabel, "metricsLabel").text().replace("\u00a0", " ")
    assert metrics.startswith(f"Step {trainer.steps_done:,} ")
    assert f"train {trainer.evaluate().train_loss[0]:.3g}" in metrics
    masks = health.dead_mask(trainer.model, trainer.X_train)
    inactive = health.inactive_mask(trainer.model, trainer.X_train)
    for layer, (d, i) in enumerate(zip(masks, inactive, strict=True)):
        states = [panel.network_view.unit_state(layer, u) for u in range(d.shape[1])]
        assert states == health.unit_states(d[0], i[0]).tolist()


def test_dead_label_without_hidden_layers(qtbot, make_panel):
    panel = make_panel(Config(hidden=()))
    assert child(panel, QLabel, "deadCountLabel").text().startswith("Dead 0 / 0")


# --- divergence -------------------------------------------------------------------------------
def test_divergence_shows_banner_and_no_nan(qtbot, make_panel):
    panel = make_panel(DIVERGING)
    banner = child(panel, QLabel, "divergedBanner")
    assert not banner.isVisible()
    with qtbot.waitSignal(panel.driver.diverged, timeout=2000):
        click(qtbot, panel, "stepButton", times=20)
    assert panel.driver.trainer.diverged
    assert banner.isVisible()
    text = banner.text()
    assert "learning rate 10" in text and "Reset" in text
    assert "nan" not in text.lower()
    assert panel.history_plots.divergence_step() == panel.driver.trainer.steps_done
    # a snapshot of a broken network may hold NaN and inf (the core keeps the last finite
    # parameters, but their loss can still overflow): no label may show them
    snap = panel.driver.trainer.evaluate()
    broken = dataclasses.replace(
        snap,
        train_loss=np.array([np.nan]),
        test_loss=np.array([np.inf]),
        train_accuracy=np.array([np.nan]),
        test_accuracy=np.array([np.nan]),
    )
    panel.driver.stepped.emit(broken)
    shown = all_label_text(panel).lower()
    assert "—" in child(panel, QLabel, "metricsLabel").text()
    assert "nan" not in shown and "inf" not in shown
    panel.refresh_plots_now()
    for plot in panel.history_plots.plots():
        for curve in plot.getPlotItem().listDataItems():
            _, y = curve.getOriginalDataset()
            assert y is None or np.isfinite(y).all()


def test_play_starts_training_and_unchecks_on_divergence(qtbot, make_panel):
    panel = make_panel(Config())
    play = child(panel, QAbstractButton, "playButton")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert play.isChecked() and panel.driver.is_running()
    qtbot.waitUntil(lambda: panel.driver.trainer.steps_done > 50, timeout=3000)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not play.isChecked() and not panel.driver.is_running()

    panel.set_config(DIVERGING)
    with qtbot.waitSignal(panel.driver.diverged, timeout=3000):
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not play.isChecked()
    assert not panel.driver.is_running()
    assert child(panel, QLabel, "divergedBanner").isVisible()
    # pressing Play on a stopped network does not pretend to train
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not play.isChecked()


# --- learning rate versus rebuild -------------------------------------------------------------
def test_learning_rate_change_keeps_the_weights(qtbot, make_panel):
    panel = make_panel(Config(learning_rate=0.03))
    click(qtbot, panel, "stepButton", times=10)
    trainer = panel.driver.trainer
    before = [w.copy() for w in trainer.model.weights]
    panel.controls.learning_rate.setValue(0.3)
    assert panel.driver.trainer is trainer and trainer.steps_done == 10
    for old, new in zip(before, trainer.model.weights, strict=True):
        np.testing.assert_array_equal(old, new)
    assert trainer.optimizer.lr == pytest.approx(0.3)
    assert panel.config().learning_rate == pytest.approx(0.3)
    quick = child(panel, QComboBox, "learningRateQuick")
    assert quick.currentText() == "0.3"
    # the quick pick sets the spin and the trainer alike, still without a rebuild
    quick.activated.emit(QUICK_RATES.index(3.0))
    assert panel.controls.learning_rate.value() == pytest.approx(3.0)
    assert trainer.optimizer.lr == pytest.approx(3.0) and panel.driver.trainer is trainer


def test_learning_rate_spin_bounds(qtbot, make_panel):
    spin = make_panel().controls.learning_rate
    assert (spin.minimum(), spin.maximum(), spin.decimals()) == (0.00001, 10.0, 5)


def test_activation_change_rebuilds_and_sets_alpha(qtbot, make_panel):
    panel = make_panel(Config(activation="relu"))
    click(qtbot, panel, "stepButton", times=3)
    old = panel.driver.trainer
    alpha = panel.controls.alpha
    assert not alpha.isEnabled()
    panel.controls.activation.setCurrentText("leaky_relu")
    new = panel.driver.trainer
    assert new is not old and new.steps_done == 0
    assert new.config.activation == "leaky_relu" and new.model.activation.name == "leaky_relu"
    assert alpha.isEnabled() and alpha.value() == pytest.approx(0.01)
    alpha.setValue(0.1)
    assert panel.driver.trainer.model.activation.params["alpha"] == pytest.approx(0.1)
    panel.controls.activation.setCurrentText("elu")
    assert alpha.value() == pytest.approx(1.0)  # elu's own default, not leaky's 0.1


@pytest.mark.parametrize(
    ("attr", "value", "field", "expected"),
    [
        ("dataset", "spiral", "dataset", "spiral"),
        ("noise", 20, "noise", 0.2),
        ("train_share", 70, "train_fraction", 0.7),
        ("batch_size", 25, "batch_size", 25),
        ("init", "xavier", "init", "xavier"),
        ("optimizer", "adam", "optimizer", "adam"),
        ("seed", 7, "seed", 7),
    ],
)
def test_each_setting_rebuilds(qtbot, make_panel, attr, value, field, expected):
    panel = make_panel()
    old = panel.driver.trainer
    widget = getattr(panel.controls, attr)
    if isinstance(widget, QComboBox):
        widget.setCurrentText(value)
    else:
        widget.setValue(value)
    assert panel.driver.trainer is not old
    assert getattr(panel.driver.trainer.config, field) == pytest.approx(expected)


def test_hidden_layer_editor_adds_and_removes(qtbot, make_panel):
    panel = make_panel(Config(hidden=(8, 8)))
    click(qtbot, panel, "addLayerButton")
    assert panel.driver.trainer.config.hidden == (8, 8, 8)
    child(panel, QWidget, "layerWidthSpin0").setValue(3)
    assert panel.driver.trainer.model.layer_sizes == [2, 3, 8, 8, 1]
    click(qtbot, panel, "removeLayerButton", times=3)
    assert panel.driver.trainer.config.hidden == ()
    assert not child(panel, QAbstractButton, "removeLayerButton").isEnabled()


def test_rebuild_keeps_playing(qtbot, make_panel):
    panel = make_panel()
    click(qtbot, panel, "playButton")
    panel.controls.dataset.setCurrentText("xor")
    assert panel.driver.is_running() and panel.controls.dataset.currentText() == "xor"
    qtbot.waitUntil(lambda: panel.driver.trainer.steps_done > 0, timeout=3000)
    click(qtbot, panel, "playButton")


def test_a_batch_beyond_a_smaller_training_set_runs_as_all_of_it(qtbot, make_panel):
    # 100 points a batch, then a 10 % training share (50 points): the core caps the batch
    panel = make_panel(Config(batch_size=100))
    old = panel.driver.trainer
    panel.controls.train_share.setValue(10)
    assert panel.driver.trainer is not old
    assert panel.config().batch_size == 50 == len(panel.driver.trainer.X_train)
    assert not child(panel, QLabel, "configErrorLabel").isVisible()


# --- set_config / config ----------------------------------------------------------------------
def test_set_config_round_trip_with_one_rebuild(qtbot, make_panel):
    panel = make_panel()
    target = Config(
        dataset="spiral",
        noise=0.3,
        train_fraction=0.6,
        hidden=(4, 6, 5),
        activation="leaky_relu",
        alpha=0.3,
        learning_rate=0.003,
        batch_size=20,
        init="playground",
        optimizer="momentum",
        seed=42,
    )
    rebuilt = []
    panel.driver.trainerChanged.connect(rebuilt.append)
    panel.set_config(target)
    assert len(rebuilt) == 1
    assert panel.config() == target and panel.driver.trainer.config == target
    c = panel.controls
    shown = (
        c.dataset.currentText(),
        c.noise.value(),
        c.train_share.value(),
        c.hidden.layers(),
        c.activation.currentText(),
        c.alpha.value(),
        c.learning_rate.value(),
        c.batch_size.value(),
        c.init.currentText(),
        c.optimizer.currentText(),
        c.seed.value(),
    )
    assert shown == (
        "spiral",
        30,
        60,
        (4, 6, 5),
        "leaky_relu",
        pytest.approx(0.3),
        pytest.approx(0.003),
        20,
        "playground",
        "momentum",
        42,
    )
    assert Config.from_json(panel.config().to_json()) == target


# --- contract and looks -----------------------------------------------------------------------
def test_controls_list_every_registry_entry(qtbot, make_panel):
    panel = make_panel()
    combo = child(panel, QComboBox, "activationCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == activations.names()
    for i, name in enumerate(activations.names()):
        assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == activations.label(name)
    data = child(panel, QComboBox, "datasetCombo")
    assert [data.itemText(i) for i in range(data.count())] == datasets.names()


def test_every_control_has_a_tooltip(qtbot, make_panel):
    panel = make_panel()
    names = [
        "datasetCombo",
        "noiseSpin",
        "trainShareSpin",
        "hiddenLayersEdit",
        "activationCombo",
        "alphaSpin",
        "learningRateSpin",
        "learningRateQuick",
        "batchSizeSpin",
        "initCombo",
        "optimizerCombo",
        "seedSpin",
        "playButton",
        "stepButton",
        "resetButton",
        "burstButton",
        "deadCountLabel",
        "networkView",
        "lossPlot",
        "deadSharePlot",
        "gradNormPlot",
        "boundaryPlot",
    ]
    for name in names:
        widget = child(panel, QWidget, name)
        if name != "networkView":  # the view explains itself per neuron, on hover
            assert widget.toolTip().strip(), f"{name} has no tooltip"
    for widget in panel.controls.widgets():
        assert widget.toolTip().strip()


def test_the_play_action_toggles_play(qtbot, make_panel):
    panel = make_panel()
    panel.play_action.trigger()
    assert panel.driver.is_running() and panel.play_button.isChecked()
    panel.play_action.trigger()
    assert not panel.driver.is_running()
    # Space is the window's, which plays the tab in front: a second Space here would make Qt
    # find two and fire neither (tests/ui/window/test_front_tab.py)
    assert panel.play_action.shortcut().isEmpty()


def test_plots_follow_the_history_and_the_boundary_the_model(qtbot, make_panel):
    panel = make_panel(Config(activation="leaky_relu"))
    click(qtbot, panel, "stepButton", times=45)
    panel.refresh_plots_now()
    trainer = panel.driver.trainer
    train_curve = panel.history_plots.loss_plot.getPlotItem().listDataItems()[0]
    x, y = train_curve.getOriginalDataset()  # getData would be log10 on this log axis
    assert x[-1] == 45  # the live snapshot is appended after the last record
    assert y[-1] == pytest.approx(trainer.evaluate().train_loss[0])
    image = panel.boundary.image_data()
    expected = trainer.model.forward(grid_inputs())[0, :, 0].reshape(GRID, GRID)
    np.testing.assert_allclose(image, expected)
    dead_items = panel.history_plots.dead_plot.getPlotItem().listDataItems()
    visible = [c for c in dead_items if c.isVisible()]
    assert len(visible) == 4  # two layers, dead and (leaky) inactive
    loss_view = panel.history_plots.loss_plot.getPlotItem().getViewBox()
    assert loss_view.viewRange()[0] == [0.0, 100.0]  # the step axis starts at 0..100
    panel.driver.step_once(1000)  # step 1045: the axis grows to the next round number
    panel.refresh_plots_now()
    assert loss_view.viewRange()[0] == [0.0, 1500.0]


def test_status_message_reports_steps_per_second(qtbot, make_panel):
    panel = make_panel()
    with qtbot.waitSignal(
        panel.statusMessage, timeout=3000, check_params_cb=lambda m: "steps/s" in m
    ) as blocker:
        click(qtbot, panel, "playButton")
    click(qtbot, panel, "playButton")
    rate = float(blocker.args[0].split("·")[-1].split("steps/s")[0].replace(",", ""))
    assert math.isfinite(rate) and rate > 0
