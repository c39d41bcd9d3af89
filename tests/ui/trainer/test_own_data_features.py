"""The panel's wiring of the input features and the regularisation (issue 18, beside your own
data): the feature buttons, a click on an input of the network view, the regularisation combo
and its rate each build a new network from the changed Config."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reludesk.core.experiment import Config
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.panel import NetworkPanel


@pytest.fixture
def panel(qtbot) -> NetworkPanel:
    driver = TrainingDriver.from_config(Config())
    made = NetworkPanel(driver)
    driver.setParent(made)
    qtbot.addWidget(made)
    made.resize(1200, 800)
    made.show()
    return made


def test_a_feature_button_builds_a_network_with_that_input(panel, qtbot):
    old = panel.driver.trainer
    qtbot.mouseClick(panel.controls.features.button("x1x2"), Qt.MouseButton.LeftButton)
    trainer = panel.driver.trainer
    assert trainer is not old
    assert panel.config().features == ("x1", "x2", "x1x2")
    assert trainer.model.layer_sizes[0] == 3


def test_a_click_on_an_input_of_the_network_toggles_it(panel):
    panel.network_view.featureClicked.emit("sinx1")
    assert panel.config().features == ("x1", "x2", "sinx1")
    panel.network_view.featureClicked.emit("x1")
    assert panel.config().features == ("x2", "sinx1")
    assert panel.driver.trainer.model.layer_sizes[0] == 2


def test_the_last_input_cannot_go(panel):
    panel.network_view.featureClicked.emit("x1")
    trainer = panel.driver.trainer
    panel.network_view.featureClicked.emit("x2")  # the only one left
    assert panel.driver.trainer is trainer and panel.config().features == ("x2",)
    assert panel.error_label.isVisible()
    assert panel.error_label.text().startswith("Not applied:")


def test_regularization_and_its_rate_reach_the_network(panel):
    combo = panel.controls.regularization
    combo.setCurrentIndex(combo.findData("l2"))
    assert panel.config().regularization == "l2"
    assert panel.driver.trainer.model.regularization == "l2"
    panel.controls.regularization_rate.setValue(0.03)
    assert panel.config().regularization_rate == pytest.approx(0.03)
    assert panel.driver.trainer.model.regularization_rate == pytest.approx(0.03)
    combo.setCurrentIndex(combo.findData("l1"))
    assert panel.driver.trainer.model.regularization == "l1"
