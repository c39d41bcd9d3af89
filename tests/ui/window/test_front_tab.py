"""Keys, the Training menu and the lesson's Burst act on the trainer tab in front, and every tab
works on the Train tab's Config of the moment.

Before, Space, R, B and Right played, reset and burst the hidden Train network while the
Compare pair or the 32 seeds were on screen; the 32 seeds could re-run an old activation, and
Compare kept the old data set after File > Open until its tab was left and re-entered.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reludesk.core import lessons
from reludesk.core.config import Config
from reludesk.ui import MainWindow

TRAIN, COMPARE, SEEDS = 0, 1, 2


@pytest.fixture
def shown(window, qtbot) -> MainWindow:
    """The window shown and active, so window shortcuts reach it."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.network_panel.network_view.setFocus()
    return window


def in_front(window: MainWindow, index: int) -> None:
    window.panels.trainer_tabs.setCurrentIndex(index)
    window.network_panel.network_view.setFocus()  # no text field holds the keys


def steps(window: MainWindow) -> tuple[int, int, int]:
    """(Train network, compare left, compare right) steps."""
    left, right = window.panels.compare.trainers()
    return window.panels.driver.trainer.steps_done, left.steps_done, right.steps_done


# --- keys act on what is shown ----------------------------------------------------------------
def test_right_and_b_with_compare_in_front_move_the_pair_not_the_train_network(shown, qtbot):
    in_front(shown, COMPARE)
    train = shown.panels.driver.trainer
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert steps(shown) == (0, 1, 1)
    qtbot.keyClick(shown, Qt.Key.Key_B)
    assert steps(shown) == (0, 101, 101)
    assert shown.panels.driver.trainer is train


def test_space_with_compare_in_front_plays_the_pair(shown, qtbot):
    in_front(shown, COMPARE)
    compare = shown.panels.compare
    qtbot.keyClick(shown, Qt.Key.Key_Space)
    assert compare.is_running() and not shown.panels.driver.is_running()
    qtbot.waitUntil(lambda: steps(shown)[1] > 0)
    qtbot.keyClick(shown, Qt.Key.Key_Space)
    assert not compare.is_running()
    train, left, right = steps(shown)
    assert train == 0 and left == right > 0


def test_r_with_compare_in_front_resets_the_pair(shown, qtbot):
    in_front(shown, COMPARE)
    shown.panels.compare.step(30)
    shown.panels.driver.step_once(7)
    old = shown.panels.compare.trainers()
    qtbot.keyClick(shown, Qt.Key.Key_R)
    assert all(new is not was for new, was in zip(shown.panels.compare.trainers(), old,
                                                    strict=True))
    assert steps(shown) == (7, 0, 0)


def test_the_lessons_burst_button_bursts_the_tab_in_front(shown, qtbot):
    shown.open_lesson("dying_relu")
    in_front(shown, COMPARE)
    button = shown.classroom.panel.burst_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert steps(shown) == (0, 100, 100)


def test_with_32_seeds_in_front_space_runs_and_cancels(shown, qtbot):
    in_front(shown, SEEDS)
    seeds = shown.panels.seeds
    seeds.set_burst(False, 100_000)
    qtbot.keyClick(shown, Qt.Key.Key_Space)
    assert seeds.is_running() and not shown.panels.driver.is_running()
    with qtbot.waitSignal(seeds.cancelled):
        qtbot.keyClick(shown, Qt.Key.Key_Space)
    assert not seeds.is_running()


@pytest.mark.parametrize(("key", "name"), [
    (Qt.Key.Key_Right, "step"), (Qt.Key.Key_R, "reset"), (Qt.Key.Key_B, "burst"),
])
def test_with_32_seeds_in_front_step_reset_burst_are_off_and_say_why(shown, qtbot, key, name):
    in_front(shown, SEEDS)
    train = shown.panels.driver.trainer
    qtbot.keyClick(shown, key)
    assert shown.panels.driver.trainer is train and train.steps_done == 0
    assert not shown.panels.seeds.is_running()
    action = shown.actions_by_name[name]
    assert not action.isEnabled() and "32 seeds tab" in action.toolTip()
    if name == "burst":
        button = shown.classroom.panel.burst_button
        assert not button.isEnabled() and "Burst first" in button.toolTip()
    in_front(shown, TRAIN)  # back: on again, with the Train tab's words
    assert action.isEnabled() and "32 seeds" not in action.toolTip()
    assert shown.classroom.panel.burst_button.isEnabled()


# --- every tab reads the current Config -------------------------------------------------------
def test_compare_takes_file_open_without_leaving_its_tab(shown, tmp_path):
    path = tmp_path / "xor.reludesk.json"
    shown.network_panel.set_config(Config(dataset="xor", hidden=(5, 3), seed=4))
    assert shown.save_experiment(path)
    shown.network_panel.set_config(Config())
    in_front(shown, COMPARE)
    assert shown.panels.compare.trainers()[0].config.dataset == "circle"
    assert shown.open_experiment(path)
    for side in shown.panels.compare.trainers():
        assert (side.config.dataset, side.config.hidden, side.config.seed) == ("xor", (5, 3), 4)


def test_32_seeds_never_run_an_activation_the_train_tab_left(shown, qtbot):
    in_front(shown, SEEDS)
    seeds = shown.panels.seeds
    seeds.set_burst(False, 100_000)
    seeds.run()  # a run of ReLU goes on ...
    shown.network_panel.set_config(shown.config.replace(activation="tanh"))
    assert seeds.is_running()
    with qtbot.waitSignal(seeds.cancelled):
        seeds.cancel()
    assert seeds.config().activation == "tanh"  # ... the next one is tanh
    # and from the Train tab, through another tab, back again
    in_front(shown, TRAIN)
    shown.network_panel.controls.activation.setCurrentText("elu")
    in_front(shown, COMPARE)
    in_front(shown, SEEDS)
    assert seeds.config().activation == "elu"


def test_lesson_5s_compare_and_32_seeds_use_the_lessons_slope(shown):
    lesson = lessons.get("leaky_relu").config
    assert lesson.activation == "leaky_relu" and lesson.effective_alpha != 0.01
    shown.open_lesson("leaky_relu")
    in_front(shown, COMPARE)
    right = shown.panels.compare.trainers()[1].config
    assert right.activation == "leaky_relu"
    assert right.effective_alpha == pytest.approx(lesson.effective_alpha)
    in_front(shown, SEEDS)
    assert shown.panels.seeds.config().effective_alpha == pytest.approx(lesson.effective_alpha)


def test_a_learning_rate_changed_in_the_train_tab_reaches_compare(shown):
    in_front(shown, COMPARE)
    in_front(shown, TRAIN)
    shown.network_panel.controls.learning_rate.setValue(0.3)
    in_front(shown, COMPARE)
    for side in shown.panels.compare.trainers():
        assert side.config.learning_rate == pytest.approx(0.3)


# --- presentation with no hidden layer ----------------------------------------------------------
def test_presentation_mode_with_no_hidden_layer_goes_on_and_off(qtbot):
    # building the Compare tab divided by the number of hidden units: ZeroDivisionError, and
    # presentation mode stayed half on
    window = MainWindow(Config(hidden=()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_presentation(True)
    assert window.is_presenting() and window.isFullScreen()
    compare = window.panels.trainer_tabs.compare_page.built()
    assert compare is not None and all(t.config.hidden == () for t in compare.trainers())
    window.set_presentation(False)
    assert not window.is_presenting() and not window.isFullScreen()
    window.set_theme("system")
