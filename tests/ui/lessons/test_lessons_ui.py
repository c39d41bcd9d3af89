"""Lessons in the window, what the app opens on, and the keys a teacher uses."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QPushButton

from reludesk.core import lessons
from reludesk.core.config import Config
from reludesk.core.files import write_experiment


@pytest.fixture
def shown(window, qtbot):
    """The window shown and active, so window shortcuts reach it."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.network_panel.network_view.setFocus()
    return window


def entries(menu: QMenu) -> list:
    return [a for a in menu.actions() if not a.isSeparator()]


# --- the Lessons menu and dock ---------------------------------------------------------------
def test_lessons_menu_has_one_checkable_entry_per_lesson(window):
    menu = window.lessons_menu
    assert menu.isEnabled()
    lesson_entries = [a for a in entries(menu) if a.data() in lessons.names()]
    assert [a.data() for a in lesson_entries] == lessons.names()
    assert len(lesson_entries) == 6
    assert [a.text() for a in lesson_entries] == [le.title for le in lessons.LESSONS]
    assert all(a.isCheckable() and not a.isChecked() for a in lesson_entries)
    texts = [a.text().replace("&", "") for a in entries(menu)]
    assert texts[6:] == ["Previous lesson", "Next lesson", "Lesson panel",
                         "Fold / unfold the lesson text"]


def test_t_folds_and_unfolds_the_lesson_text_only_where_it_can_fold(window, qtbot):
    window.open_lesson("dying_relu")
    panel, fold = window.classroom.panel, window.actions_by_name["lesson_text"]
    assert fold.shortcut().toString() == "T"
    panel.set_text_folded(None)  # a large window: the text cannot fold, T does nothing
    fold.trigger()
    assert not panel.text_folded() and panel.text.isVisibleTo(panel)
    panel.set_text_folded(True)  # a small screen or the stage
    fold.trigger()
    assert not panel.text_folded() and panel.text.isVisibleTo(panel)
    fold.trigger()
    assert panel.text_folded() and not panel.text.isVisibleTo(panel)


def test_opening_a_lesson_sets_everything_it_names(window):
    assert window.lesson_dock.isHidden()
    window.network_panel.play_button.setChecked(True)  # playing: a lesson starts paused
    window.actions_by_name["lesson_dying_relu"].trigger()
    lesson = lessons.get("dying_relu")
    assert window.current_lesson() == "dying_relu"
    assert window.network_panel.config() == lesson.config
    assert window.panels.driver.trainer.config == lesson.config
    assert not window.panels.driver.is_running()
    assert window.explorer.shown() == sorted(lesson.explorer, key=window.explorer.names().index)
    assert window.panels.trainer_tabs.currentIndex() == 0
    dock = window.findChild(QDockWidget, "lessonDock")
    assert dock is window.lesson_dock and not dock.isHidden()
    panel = window.classroom.panel
    assert panel.title.text() == lesson.title
    assert panel.text.text() == lesson.text
    assert panel.watch.text() == lesson.watch
    assert not panel.burst_button.isHidden()
    assert window.actions_by_name["lesson_dying_relu"].isChecked()
    assert lesson.title in window.statusBar().currentMessage()
    assert QSettings().value("session/last") == "dying_relu"


def test_lesson_without_burst_hides_the_button(window):
    window.open_lesson("relu")
    assert window.classroom.panel.burst_button.isHidden()
    assert window.explorer.shown() == ["sigmoid", "relu"]


def test_leaky_lesson_sets_the_explorer_slope(window):
    window.open_lesson("leaky_relu")
    assert window.explorer.activation("leaky_relu").params["alpha"] == pytest.approx(0.1)


def test_opening_a_lesson_shows_the_panels_it_names(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.docks["tap"].hide()
    window.panels.trainer_tabs.setCurrentIndex(2)
    window.open_lesson("leaky_relu")
    assert window.docks["tap"].isVisible()
    assert window.panels.trainer_tabs.currentIndex() == 0
    assert window.lesson_dock.isVisible()
    # across the top, above the other panels, and tall enough for its text
    assert window.dockWidgetArea(window.lesson_dock) == Qt.DockWidgetArea.TopDockWidgetArea
    text, watch = window.classroom.panel.text, window.classroom.panel.watch
    qtbot.waitUntil(lambda: text.height() >= text.heightForWidth(text.width()))
    assert watch.height() >= watch.heightForWidth(watch.width())


def test_next_and_previous_walk_through_the_lessons(window):
    acts = window.actions_by_name
    assert acts["lesson_previous"].shortcut() == QKeySequence("Alt+Left")
    assert acts["lesson_next"].shortcut() == QKeySequence("Alt+Right")
    assert not acts["lesson_previous"].isEnabled()
    acts["lesson_next"].trigger()  # with none open: the first
    seen = [window.current_lesson()]
    while acts["lesson_next"].isEnabled():
        acts["lesson_next"].trigger()
        seen.append(window.current_lesson())
    assert seen == lessons.names()
    assert window.classroom.next() is None  # at the end it stays
    acts["lesson_previous"].trigger()
    assert window.current_lesson() == lessons.names()[-2]
    checked = [a.data() for a in entries(window.lessons_menu) if a.isChecked()]
    assert checked == [lessons.names()[-2]]


def test_dock_buttons_move_and_burst(window):
    panel = window.classroom.panel
    window.open_lesson("step")
    assert not panel.previous_button.isEnabled() and panel.next_button.isEnabled()
    assert panel.position.text() == "Lesson 1 of 6"
    panel.next_button.click()
    assert window.current_lesson() == "vanishing"
    panel.previous_button.click()
    assert window.current_lesson() == "step"
    window.open_lesson("dying_relu")
    steps = window.panels.driver.trainer.steps_done
    panel.burst_button.click()
    assert window.panels.driver.trainer.steps_done == steps + 100
    assert window.panels.driver.trainer.config.learning_rate == pytest.approx(0.1)


def test_opening_an_experiment_leaves_the_lesson(window, tmp_path):
    window.open_lesson("relu")
    path = tmp_path / "own.reludesk.json"
    write_experiment(path, Config(activation="elu"))
    assert window.open_experiment(path)
    assert window.current_lesson() is None
    assert not any(a.isChecked() for a in entries(window.lessons_menu) if a.data())
    assert window.lesson_dock.isHidden()


def test_lesson_panel_toggle(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.open_lesson("step")
    toggle = window.actions_by_name["lesson_panel"]
    assert toggle.isChecked()
    toggle.trigger()
    assert not window.lesson_dock.isVisible()
    window.reset_layout()  # a hidden lesson panel stays hidden
    assert not window.lesson_dock.isVisible()
    toggle.trigger()
    assert window.lesson_dock.isVisible()
    window.reset_layout()
    assert window.lesson_dock.isVisible()


def test_every_lesson_opens(window):
    for name in lessons.names():
        lesson = window.open_lesson(name)
        assert window.panels.driver.trainer.config == lesson.config
    with pytest.raises(ValueError, match="dying_relu"):
        window.open_lesson("nope")
    assert window.current_lesson() == lessons.names()[-1]


# --- start-up --------------------------------------------------------------------------------
def test_first_start_opens_lesson_one_and_later_starts_the_last_lesson(qtbot):
    from reludesk.app import build_window

    assert QSettings().value("session/last") is None  # a fresh settings folder
    first = build_window()
    qtbot.addWidget(first)
    assert first.current_lesson() == "step"
    assert first.network_panel.config() == lessons.get("step").config
    assert not first.lesson_dock.isHidden()
    first.open_lesson("leaky_relu")
    first.close()

    second = build_window()
    qtbot.addWidget(second)
    assert second.current_lesson() == "leaky_relu"


def test_later_start_reopens_the_last_saved_experiment(qtbot, tmp_path):
    from reludesk.app import build_window

    first = build_window()
    qtbot.addWidget(first)
    first.network_panel.set_config(Config(dataset="xor", activation="selu", seed=4))
    first.panels.driver.step_once(20)
    path = tmp_path / "last.reludesk.json"
    assert first.save_experiment(path, with_weights=True)
    weights = [p.copy() for p in first.panels.driver.trainer.model.parameters()]
    first.close()

    second = build_window()
    qtbot.addWidget(second)
    assert second.current_lesson() is None
    assert second.network_panel.config() == Config(dataset="xor", activation="selu", seed=4)
    again = second.panels.driver.trainer.model.parameters()
    assert all((a == b).all() for a, b in zip(weights, again, strict=True))

    path.unlink()
    third = build_window()
    qtbot.addWidget(third)
    assert third.network_panel.config() == Config()
    assert "gone" in third.statusBar().currentMessage()


def test_lesson_option_opens_that_lesson(qtbot):
    from reludesk.app import build_window

    win = build_window(lesson="beyond")
    qtbot.addWidget(win)
    assert win.current_lesson() == "beyond"
    assert win.network_panel.config().activation == "prelu"


def test_config_option_opens_the_file_with_weights(qtbot, tmp_path):
    from reludesk.app import build_window
    from reludesk.core.experiment import Trainer

    trainer = Trainer(Config(activation="gelu", hidden=(4, 4), seed=2))
    trainer.step(50)
    path = tmp_path / "cli.reludesk.json"
    write_experiment(path, trainer.config, trainer.model)
    win = build_window(config_path=str(path))
    qtbot.addWidget(win)
    assert win.network_panel.config() == trainer.config
    loaded = win.panels.driver.trainer.model.parameters()
    assert all((a == b).all() for a, b in zip(trainer.model.parameters(), loaded, strict=True))
    assert win.recent_files() == [str(path)]
    assert win.current_lesson() is None
    # said as File > Open says it
    assert win.statusBar().currentMessage() == "Opened cli.reludesk.json with its trained weights"


def test_unknown_lesson_is_refused_before_any_window(qtbot):
    from reludesk.app import build_window, run

    before = len(QApplication.topLevelWidgets())
    with pytest.raises(ValueError, match="step, vanishing, relu, dying_relu"):
        run(lesson="dying")
    with pytest.raises(ValueError, match="not both"):
        build_window(config_path="x.reludesk.json", lesson="step")
    assert len(QApplication.topLevelWidgets()) == before


def test_cli_exits_2_on_an_unknown_lesson(capsys):
    from reludesk.cli import main

    assert main(["--lesson", "dying"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reludesk: error: unknown lesson 'dying'")
    assert "dying_relu" in err and len(err.strip().splitlines()) == 1


# --- keys ------------------------------------------------------------------------------------
def test_training_menu_lists_the_single_key_actions(window):
    menu = window.findChild(QMenu, "trainingMenu")
    acts = window.actions_by_name
    assert entries(menu) == [acts["play"], acts["step"], acts["reset"], acts["burst"],
                            acts["slower"], acts["faster"], acts["new_data"],
                            acts["new_weights"], acts["earlier"], acts["later"], acts["now"],
                            acts["undo"], acts["branch"]]
    keys = {name: acts[name].shortcut() for name in ("play", "step", "reset", "burst")}
    assert keys == {"play": QKeySequence("Space"), "step": QKeySequence("Right"),
                    "reset": QKeySequence("R"), "burst": QKeySequence("B")}
    for name in keys:
        assert acts[name].shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_shortcuts_text_lists_every_key(window):
    text = window.shortcuts_text()
    for key in ("Space", "Right", "R", "B", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "F11",
                "Alt+Left", "Alt+Right", "Esc"):
        assert f"<b>{key}</b>" in text, key
    assert "Burst" in text and "Next lesson" in text


def test_right_steps_once(shown, qtbot):
    driver = shown.panels.driver
    steps = driver.trainer.steps_done
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert driver.trainer.steps_done == steps + 1


def test_b_bursts_and_restores_the_rate(shown, qtbot):
    shown.open_lesson("dying_relu")
    shown.network_panel.network_view.setFocus()
    driver = shown.panels.driver
    steps = driver.trainer.steps_done
    qtbot.keyClick(shown, Qt.Key.Key_B)
    assert driver.trainer.steps_done == steps + 100
    assert driver.trainer.config.learning_rate == pytest.approx(0.1)
    assert shown.network_panel.config().learning_rate == pytest.approx(0.1)


def test_r_resets_the_network(shown, qtbot):
    driver = shown.panels.driver
    driver.step_once(30)
    old = driver.trainer
    qtbot.keyClick(shown, Qt.Key.Key_R)
    assert driver.trainer is not old
    assert driver.trainer.steps_done == 0
    assert driver.trainer.config == old.config


def test_space_plays_and_pauses(shown, qtbot):
    driver = shown.panels.driver
    with qtbot.waitSignal(driver.runningChanged) as started:
        qtbot.keyClick(shown, Qt.Key.Key_Space)
    assert started.args == [True]
    with qtbot.waitSignal(driver.runningChanged) as stopped:
        qtbot.keyClick(shown, Qt.Key.Key_Space)
    assert stopped.args == [False]


def test_keys_work_from_the_menu_when_the_trainer_is_hidden(shown, qtbot):
    shown.docks["trainer"].hide()
    shown.explorer.setFocus()
    driver = shown.panels.driver
    steps = driver.trainer.steps_done
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert driver.trainer.steps_done == steps + 1


def test_ctrl_keys_reach_their_actions(shown, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: asked.append("open") or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append("save") or (str(tmp_path / "k"), ""))
    qtbot.keyClick(shown, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shown, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["open", "save"]
    assert (tmp_path / "k.reludesk.json").exists()


def test_alt_right_goes_to_the_next_lesson(shown, qtbot):
    shown.open_lesson("relu")
    shown.network_panel.network_view.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown.current_lesson() == "dying_relu"
    qtbot.keyClick(shown, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown.current_lesson() == "relu"


@pytest.mark.parametrize("key", [Qt.Key.Key_R, Qt.Key.Key_B, Qt.Key.Key_Right, Qt.Key.Key_Space])
def test_single_keys_stay_in_a_spin_box(shown, qtbot, key):
    driver = shown.panels.driver
    trainer, steps, running = driver.trainer, driver.trainer.steps_done, driver.is_running()
    spin = shown.network_panel.controls.learning_rate
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    qtbot.keyClick(spin, key)
    assert driver.trainer is trainer
    assert driver.trainer.steps_done == steps
    assert driver.is_running() == running


def test_arrow_keys_stay_in_a_slider(shown, qtbot):
    from PySide6.QtWidgets import QSlider

    slider = shown.findChild(QSlider, "tapZSlider")
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    value, steps = slider.value(), shown.panels.driver.trainer.steps_done
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() > value
    assert shown.panels.driver.trainer.steps_done == steps
    # a letter is no text for a slider: R still resets from there
    old = shown.panels.driver.trainer
    qtbot.keyClick(slider, Qt.Key.Key_R)
    assert shown.panels.driver.trainer is not old


def test_lesson_buttons_take_no_focus_from_a_click(window):
    # a click leaves the keys (Space, B) with the window; Tab still reaches them (issue 20)
    for button in window.classroom.panel.findChildren(QPushButton):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus
