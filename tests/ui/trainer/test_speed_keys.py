"""The speed keys in the real window: - slower, + (or =, or the keypad's) faster, on the tab in
front, listed in F1, and never taken from a field being typed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from reludesk.ui import MainWindow

TRAIN, COMPARE, SEEDS = 0, 1, 2
FULL = None


@pytest.fixture
def shown(window, qtbot) -> MainWindow:
    """The window shown and active, so window shortcuts reach it; no text field has focus."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.network_panel.network_view.setFocus()
    return window


def speed_shown(window: MainWindow, name: str = "speedCombo") -> str:
    return window.findChild(QComboBox, name).currentText()


def test_the_actions_move_the_train_speed_and_say_so(window):
    said: list[str] = []
    window.network_panel.statusMessage.connect(said.append)
    slower, faster = window.actions_by_name["slower"], window.actions_by_name["faster"]
    slower.trigger()
    assert window.panels.driver.speed == 1000.0
    assert speed_shown(window) == "1,000 steps/s"
    assert said[-1] == "Speed: 1,000 steps/s"
    for _ in range(5):  # held at the slow end
        slower.trigger()
    assert window.panels.driver.speed == 1.0
    faster.trigger()
    assert window.panels.driver.speed == 10.0


def test_real_keys_minus_plus_equal_and_the_keypad(shown, qtbot):
    driver = shown.panels.driver
    key, keypad = Qt.Key, Qt.KeyboardModifier.KeypadModifier
    qtbot.keyClick(shown, key.Key_Minus)
    assert driver.speed == 1000.0
    qtbot.keyClick(shown, key.Key_Minus, keypad)
    assert driver.speed == 100.0
    qtbot.keyClick(shown, key.Key_Plus)
    assert driver.speed == 1000.0
    qtbot.keyClick(shown, key.Key_Equal)  # "+" without Shift
    assert driver.speed is FULL
    qtbot.keyClick(shown, key.Key_Minus)
    qtbot.keyClick(shown, key.Key_Plus, keypad)
    assert driver.speed is FULL


def test_minus_typed_into_the_learning_rate_stays_there(shown, qtbot):
    spin = shown.network_panel.controls.learning_rate
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Minus)
    assert shown.panels.driver.speed is FULL  # the key went to the field, not the speed
    assert spin.lineEdit().text() == "-"


def test_the_f1_table_lists_the_speed_keys(window):
    table = window.shortcuts_text()
    for key, name in (("-", "Slower"), ("+", "Faster"), ("=", "Faster")):
        assert f"<tr><td><b>{key}</b></td><td>&nbsp;&nbsp;{name}</td></tr>" in table
    assert "(+ or =)" in window.actions_by_name["faster"].toolTip()


def test_with_compare_in_front_the_keys_set_the_pair_and_the_train_tab_follows(shown, qtbot):
    tabs = shown.panels.trainer_tabs
    tabs.setCurrentIndex(COMPARE)
    shown.network_panel.network_view.setFocus()
    compare = shown.panels.compare
    said: list[str] = []
    shown.front.statusMessage.connect(said.append)
    qtbot.keyClick(shown, Qt.Key.Key_Minus)
    qtbot.keyClick(shown, Qt.Key.Key_Minus)
    assert compare.speed() == 100.0
    assert speed_shown(shown, "compareSpeedCombo") == "100 steps/s"
    assert said[-1] == "Compare: speed 100 steps/s"
    assert shown.panels.driver.speed is FULL  # the hidden Train network is not touched
    tabs.setCurrentIndex(TRAIN)
    assert shown.panels.driver.speed == 100.0  # one speed: shown, it reads it
    assert speed_shown(shown) == "100 steps/s"


def test_the_speed_keys_are_off_in_the_32_seeds_tab(window):
    window.panels.trainer_tabs.setCurrentIndex(SEEDS)
    for name in ("slower", "faster"):
        action = window.actions_by_name[name]
        assert not action.isEnabled()
        assert "full speed" in action.toolTip()
    window.panels.trainer_tabs.setCurrentIndex(TRAIN)
    assert window.actions_by_name["slower"].isEnabled()


def test_presentation_mode_enlarges_the_speed_control_with_the_rest(window):
    from reludesk.ui.window.presentation import FONT_SCALE

    combo = window.findChild(QComboBox, "speedCombo")
    size = combo.font().pointSizeF()
    window.set_presentation(True)
    assert combo.font().pointSizeF() == pytest.approx(size * FONT_SCALE)
    window.set_presentation(False)
    assert combo.font().pointSizeF() == pytest.approx(size)
