"""N: new data with the same weights; W: new weights on the same data (the panel's actions,
and the window's keys and Training menu)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from reludesk.core.experiment import Config
from reludesk.ui.trainer.draw_tool import TOO_FEW
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.panel import NetworkPanel


@pytest.fixture
def panel(qtbot) -> NetworkPanel:
    driver = TrainingDriver.from_config(Config())
    made = NetworkPanel(driver)
    driver.setParent(made)
    qtbot.addWidget(made)
    made.show()
    return made


def state(panel: NetworkPanel) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
    trainer = panel.driver.trainer
    return [w.copy() for w in trainer.model.weights], trainer.X_train.copy(), trainer.y_train


def same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_new_data_keeps_the_weights_and_changes_the_data(panel):
    panel.step_button.click()
    weights, X, _ = state(panel)
    trainer, steps = panel.driver.trainer, panel.driver.trainer.steps_done
    seed = panel.config().data_seed_used
    panel.new_data_action.trigger()
    assert panel.driver.trainer is trainer and trainer.steps_done == steps
    assert same(state(panel)[0], weights)
    assert X.shape == trainer.X_train.shape and not np.array_equal(trainer.X_train, X)
    assert panel.config().data_seed_used == seed + 1 and panel.config().seed == seed
    assert panel.controls.dataset.currentText() == "circle"


def test_new_weights_keep_the_data_and_change_the_weights(panel):
    weights, X, y = state(panel)
    seed = panel.config().seed
    panel.new_weights_action.trigger()
    new_weights, new_X, new_y = state(panel)
    assert np.array_equal(new_X, X) and np.array_equal(new_y, y)
    assert not same(new_weights, weights)
    assert panel.config().seed == seed + 1 and panel.driver.trainer.steps_done == 0


def test_new_weights_keep_your_own_points(panel):
    panel.draw.set_drawing(True)
    panel.draw.click(1.0, 1.0, Qt.MouseButton.RightButton)
    points = panel.config().points
    panel.new_weights_action.trigger()
    assert panel.config().dataset == "own" and panel.config().points == points
    assert panel.driver.trainer.all_points() == points.__class__(
        np.vstack([panel.driver.trainer.X_train, panel.driver.trainer.X_test]),
        np.concatenate([panel.driver.trainer.y_train, panel.driver.trainer.y_test]))


def test_both_wait_while_too_few_points_are_drawn(panel, qtbot):
    panel.draw.clear()
    weights, X, _ = state(panel)
    for action in (panel.new_data_action, panel.new_weights_action):
        with qtbot.waitSignal(panel.statusMessage) as said:
            action.trigger()
        assert said.args == [TOO_FEW]
    assert same(state(panel)[0], weights) and np.array_equal(state(panel)[1], X)


# --- in the window --------------------------------------------------------------------------
def test_n_and_w_are_training_keys_listed_in_the_menu_and_the_help(window):
    acts = window.actions_by_name
    assert acts["new_data"].shortcut() == acts["new_data"].shortcuts()[0] == QKeySequence("N")
    assert acts["new_weights"].shortcut() == QKeySequence("W")
    menu = window.findChild(QMenu, "trainingMenu")
    assert acts["new_data"] in menu.actions() and acts["new_weights"] in menu.actions()
    others = [a for name, a in acts.items() if name not in ("new_data", "new_weights")]
    taken = {k.toString() for a in others for k in a.shortcuts()}
    assert not {"N", "W"} & taken
    text = window.shortcuts_text()
    assert "<b>N</b>" in text and "<b>W</b>" in text and "New data" in text


def test_the_keys_act_on_the_train_tab_only(window, qtbot):
    window.show()
    window.activateWindow()
    # window shortcuts reach an active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel = window.network_panel
    panel.network_view.setFocus()
    weights, X, _ = state(panel)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert same(state(panel)[0], weights) and not np.array_equal(state(panel)[1], X)
    X = state(panel)[1]
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert not same(state(panel)[0], weights) and np.array_equal(state(panel)[1], X)
    window.panels.trainer_tabs.setCurrentIndex(1)  # Compare in front: they mean nothing there
    assert not window.actions_by_name["new_data"].isEnabled()
    assert not window.actions_by_name["new_weights"].isEnabled()
    window.panels.trainer_tabs.setCurrentIndex(0)
    assert window.actions_by_name["new_data"].isEnabled()
