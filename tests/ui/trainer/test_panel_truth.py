"""The Train tab says what happened: a burst on a network that had already diverged did nothing
(the burst is not blamed for the divergence), a loss running away is flagged before anything
overflows, saturated units are counted where there are any, and PReLU's learned slopes have a
curve of their own."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from reludesk.core.experiment import RUNAWAY_FACTOR, Config, ConfigError, Trainer
from reludesk.ui.trainer import status
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.history_plots import HistoryPlots
from reludesk.ui.trainer.panel import NetworkPanel

DIVERGING = Config(dataset="circle", activation="leaky_relu", learning_rate=10.0)
# a ReLU net on the plane at rate 1: the loss is 5e8 times its start after one step, finite
RUNAWAY = Config(dataset="plane", activation="relu", learning_rate=1.0, seed=0)


@pytest.fixture
def make_panel(qtbot):
    def make(config: Config) -> NetworkPanel:
        driver = TrainingDriver.from_config(config)
        panel = NetworkPanel(driver)
        driver.setParent(panel)
        qtbot.addWidget(panel)
        panel.show()
        return panel

    return make


def banner(panel: NetworkPanel) -> QLabel:
    return panel.findChild(QLabel, "divergedBanner")


def test_a_burst_on_a_diverged_network_says_it_did_nothing(make_panel, qtbot):
    panel = make_panel(DIVERGING)
    for _ in range(20):
        panel.step_button.click()
    trainer = panel.driver.trainer
    assert trainer.diverged
    steps = trainer.steps_done
    with qtbot.waitSignal(panel.statusMessage) as said:
        panel.burst_action.trigger()
    assert trainer.steps_done == steps  # not one step
    text = banner(panel).text()
    assert banner(panel).isVisible() and said.args == [text]
    assert text.startswith("The burst did nothing") and f"stopped at step {steps:,}" in text
    # the old banner blamed a divergence it did not cause on "the burst at learning rate 1"
    assert "the burst at learning rate" not in text
    assert trainer.config.learning_rate == pytest.approx(10.0)


def test_a_burst_during_which_training_diverges_names_the_burst(make_panel):
    panel = make_panel(Config(dataset="plane", activation="leaky_relu", learning_rate=0.01))
    panel.burst_button.click()
    assert panel.driver.trainer.diverged
    assert "burst at learning rate 1" in banner(panel).text()  # here it did cause it
    assert panel.config().learning_rate == pytest.approx(0.01)


def test_reset_after_divergence_recovers(make_panel):
    panel = make_panel(DIVERGING)
    for _ in range(20):
        panel.step_button.click()
    assert panel.driver.trainer.diverged
    panel.controls.learning_rate.setValue(0.03)
    panel.reset_button.click()
    assert not banner(panel).isVisible()
    assert panel.history_plots.divergence_step() is None
    trainer = panel.driver.trainer
    assert not trainer.diverged and trainer.steps_done == 0
    assert trainer.config.learning_rate == pytest.approx(0.03)
    for _ in range(5):
        panel.step_button.click()
    assert trainer.steps_done == 5 and np.isfinite(trainer.evaluate().train_loss).all()


def test_a_step_on_a_diverged_network_is_not_reported_as_a_step(make_panel, qtbot):
    panel = make_panel(DIVERGING)
    while not panel.driver.trainer.diverged:
        panel.step_button.click()
    steps = panel.driver.trainer.steps_done
    with qtbot.waitSignal(panel.statusMessage) as said:
        panel.step_button.click()
    assert panel.driver.trainer.steps_done == steps
    assert said.args[0].startswith("Training has stopped")


def test_a_runaway_loss_is_flagged_before_anything_overflows(make_panel, qtbot):
    panel = make_panel(RUNAWAY)
    assert not banner(panel).isVisible()
    with qtbot.waitSignal(panel.statusMessage, check_params_cb=lambda t: "million" in t):
        panel.step_button.click()
    snap = panel.driver.trainer.evaluate()
    assert snap.runaway[0] and not panel.driver.trainer.diverged
    assert np.isfinite(snap.train_loss[0])  # no overflow yet: the old app said nothing here
    assert banner(panel).isVisible() and banner(panel).text() == status.RUNAWAY
    panel.controls.learning_rate.setValue(0.01)
    panel.reset_button.click()  # a new network: the warning goes
    assert not banner(panel).isVisible()


def test_the_runaway_words_match_the_cores_factor():
    assert RUNAWAY_FACTOR == 1e6 and "a million-fold" in status.RUNAWAY


def held_saturated(activation: str) -> Trainer:
    """A [2, 8, 8, 1] network with hidden unit (0, 0) at z = -1000 on every input."""
    trainer = Trainer(Config(activation=activation), record_every=50)
    trainer.model.weights[0][0, :, 0] = 0.0
    trainer.model.biases[0][0, 0] = -1000.0
    trainer.invalidate()
    return trainer


@pytest.mark.parametrize(("activation", "saturated"), [("elu", 1), ("relu", 0)])
def test_saturated_units_are_counted_where_there_are_any(make_panel, activation, saturated):
    panel = make_panel(Config())
    panel.driver.set_trainer(held_saturated(activation))
    label = panel.findChild(QLabel, "saturatedCountLabel")
    assert label.isVisible() == bool(saturated)
    if saturated:
        assert label.text() == "· 1 saturated (|f′| < 1e-12 on every input)"
        # an ELU far below zero is not dead: the counter keeps its format and says 0
        assert panel.dead_label.text() == "Dead 0 / 16 (0 %)"
    else:
        assert panel.dead_label.text() == "Dead 1 / 16 (6 %)"


def test_counter_texts_name_each_state():
    elu = held_saturated("elu")
    assert status.counter_text(elu.evaluate(), elu.config) == (
        "Dead 0 / 16 (0 %) · 1 saturated (|f′| < 1e-12 on every input)"
    )
    leaky = Trainer(Config(activation="leaky_relu"))
    leaky.model.biases[0][0, :2] = -100.0
    leaky.invalidate()
    assert status.counter_text(leaky.evaluate(), leaky.config) == (
        "Dead 0 / 16 (0 %) · 2 inactive but alive"
    )


# --- PReLU's slopes over the steps ------------------------------------------------------------
@pytest.fixture
def plots(qtbot):
    plots = HistoryPlots()
    for plot in plots.plots():
        qtbot.addWidget(plot)
    return plots


def test_the_slope_plot_draws_each_layers_mean_learned_slope(plots):
    trainer = Trainer(Config(activation="prelu", hidden=(6, 4, 3), learning_rate=0.3))
    trainer.step(400)
    plots.set_trainer(trainer)
    assert not plots.slope_plot.isHidden()
    assert plots.refresh_slope(trainer.evaluate())
    shown = [c for c in plots.slope_plot.getPlotItem().listDataItems() if c.isVisible()]
    assert len(shown) == 3
    for l, curve in enumerate(shown):
        x, y = curve.getOriginalDataset()
        np.testing.assert_array_equal(x, trainer.history.steps)
        np.testing.assert_allclose(y, trainer.history.slope_mean[:, l, 0])
        assert y[0] == pytest.approx(0.25)  # where every unit starts
    assert np.ptp(shown[0].getOriginalDataset()[1]) > 1e-3  # and they moved
    legend = [label.text for _s, label in plots.slope_plot.getPlotItem().legend.items]
    assert legend == ["layer 1", "layer 2", "layer 3"]


@pytest.mark.parametrize("activation", ["leaky_relu", "relu", "elu"])
def test_the_slope_plot_is_only_for_prelu(plots, activation):
    plots.set_trainer(Trainer(Config(activation="prelu")))
    trainer = Trainer(Config(activation=activation))
    plots.set_trainer(trainer)
    assert plots.slope_plot.isHidden()
    assert not plots.refresh_slope(trainer.evaluate())


def test_a_rebuild_the_core_refuses_keeps_the_network_and_says_why(make_panel, monkeypatch):
    panel = make_panel(Config())
    old = panel.driver.trainer

    def refuse(_config: Config) -> None:
        raise ConfigError("hidden may have at most 8 layers, got 9")

    monkeypatch.setattr(panel.driver, "rebuild", refuse)
    panel.controls.seed.setValue(3)
    assert panel.driver.trainer is old
    error = panel.findChild(QLabel, "configErrorLabel")
    assert error.isVisible() and "at most 8 layers" in error.text()
    assert panel.controls.seed.value() == old.config.seed  # back on what runs
    monkeypatch.undo()
    panel.controls.seed.setValue(4)  # a good change clears the message
    assert not error.isVisible()
