"""The timeline in the window: comma and period walk the kept states, End goes back to now,
Ctrl+Z takes back training on from an earlier step (or, first, an edit made after it), F1 lists
the keys, and Branch into Compare puts this exact network in the Compare tab, ReLU against
Leaky ReLU."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from reludesk.core import lessons
from reludesk.core.experiment import Trainer
from reludesk.ui import MainWindow

LESSON = lessons.get("dying_relu").config
BURST_AT, SCRUB_TO, END = 300, 290, 600
TRAIN, COMPARE = 0, 1


@pytest.fixture
def shown(window, qtbot) -> MainWindow:
    """The window shown and active at full speed, after 300 steps, a burst and 200 steps."""
    window.network_panel.set_config(LESSON)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    panel = window.network_panel
    panel.show_speed(None)
    panel.driver.step_once(BURST_AT)
    panel.burst_action.trigger()
    panel.driver.step_once(END - BURST_AT - 100)
    panel.network_view.setFocus()  # no text field holds the keys
    return window


def params(trainer: Trainer) -> list[np.ndarray]:
    return [p.copy() for p in trainer.model.parameters()]


def same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_comma_and_period_walk_the_kept_states_and_end_goes_back_to_now(shown, qtbot):
    trainer = shown.panels.driver.trainer
    kept = trainer.timeline.steps
    view = shown.network_panel.network_view
    qtbot.keyClick(view, Qt.Key.Key_Comma)
    assert trainer.steps_done == max(s for s in kept if s < END)
    qtbot.keyClick(view, Qt.Key.Key_Comma)
    second = max(s for s in kept if s < END - 10)
    assert trainer.steps_done == second
    qtbot.keyClick(view, Qt.Key.Key_Period)
    assert trainer.steps_done == min(s for s in kept if s > second)
    # End from where the teacher last clicked (Play); from the network view, which keeps End
    # for its own keyboard cursor, Ctrl+End
    play = shown.network_panel.play_button
    play.setFocus()
    qtbot.keyClick(play, Qt.Key.Key_End)
    assert trainer.steps_done == END
    assert shown.network_panel.timeline_bar.label.text() == "now"
    qtbot.keyClick(view, Qt.Key.Key_Comma)
    assert trainer.steps_done < END
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert trainer.steps_done == END


def test_f1_lists_the_timeline_keys(shown):
    text = shown.shortcuts_text()
    for words, key in (("Earlier", ","), ("Later", "."), ("Back to now", "Ctrl+End"),
                       ("Undo", "Ctrl+Z")):
        assert words in text and f">{key}<" in text, words


def test_the_timeline_keys_are_off_while_compare_is_in_front(shown, qtbot):
    acts = shown.actions_by_name
    shown.panels.trainer_tabs.setCurrentIndex(COMPARE)
    assert not any(acts[k].isEnabled() for k in ("earlier", "later", "now", "branch"))
    before = shown.panels.driver.trainer.steps_done
    qtbot.keyClick(shown.panels.compare, Qt.Key.Key_Comma)
    assert shown.panels.driver.trainer.steps_done == before
    shown.panels.trainer_tabs.setCurrentIndex(TRAIN)
    assert all(acts[k].isEnabled() for k in ("earlier", "later", "now", "branch"))


def test_ctrl_z_brings_back_the_steps_set_aside_exactly(shown, qtbot):
    panel = shown.network_panel
    driver, trainer = panel.driver, panel.driver.trainer
    end_params, end_events = params(trainer), list(trainer.history.events)
    said: list[str] = []
    panel.statusMessage.connect(said.append)
    panel.timeline_bar.show_step(SCRUB_TO)
    panel.step_button.click()  # trains on from step 290: the later steps are set aside
    panel.step_button.click()
    assert trainer.head_step == SCRUB_TO + 2
    assert (f"Training on from step {SCRUB_TO:,}; the {END - SCRUB_TO:,} later steps are set "
            "aside: Undo (Ctrl+Z) brings them back") in said
    qtbot.keyClick(panel.network_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert trainer.steps_done == trainer.head_step == END
    assert same(params(trainer), end_params)
    assert trainer.history.events == end_events
    assert shown.statusBar().currentMessage().startswith(f"Back at step {END:,}")
    assert not driver.can_undo_continue()


def test_ctrl_z_takes_back_an_edit_made_after_the_continuation_first(shown, qtbot):
    panel = shown.network_panel
    trainer = panel.driver.trainer
    end_params = params(trainer)
    panel.timeline_bar.show_step(SCRUB_TO)
    panel.step_button.click()
    continued = params(trainer)
    # the inspector opened as a student opens it: its own Undo is on screen, with no key of
    # its own (two actions with Ctrl+Z in one window would make Qt fire neither)
    view = panel.network_view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                     pos=view.neuron_rect(0, 1).center().toPoint())
    inspector = shown.panels.inspector.inspector
    qtbot.waitUntil(inspector.isVisible, timeout=2000)
    inspector.kill()  # an edit after the continuation: the latest thing done
    assert inspector.undo_action.isEnabled()
    assert not same(params(trainer), continued)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert same(params(trainer), continued) and trainer.steps_done == SCRUB_TO + 1
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert same(params(trainer), end_params) and trainer.steps_done == END
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.statusBar().currentMessage() == "Nothing to undo"


def test_branch_puts_this_exact_network_in_compare_relu_against_leaky(shown, qtbot):
    panel = shown.network_panel
    trainer = panel.driver.trainer
    panel.timeline_bar.show_step(SCRUB_TO)  # just before the burst
    scrubbed = params(trainer)
    button = shown.findChild(QToolButton, "branchButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    tabs = shown.panels.trainer_tabs
    assert tabs.currentIndex() == COMPARE
    compare = shown.panels.compare
    left, right = compare.trainers()
    assert (left.config.activation, right.config.activation) == ("relu", "leaky_relu")
    assert right.config.effective_alpha == pytest.approx(0.1)
    assert left.steps_done == right.steps_done == SCRUB_TO
    assert same(params(left), scrubbed) and same(params(right), scrubbed)
    assert compare.findChild(object, "compareRightCombo").currentText() == "leaky_relu"
    # the pair trains on in lockstep from there; the ReLU side is the Train run's own future
    compare.step(10)
    reference = Trainer(LESSON)
    reference.step(SCRUB_TO + 10)
    assert same(params(left), params(reference))
    assert not same(params(right), params(reference))
    assert trainer.steps_done == SCRUB_TO  # the Train tab's network stays where it was shown


def test_a_leaky_network_branches_against_relu(window, qtbot):
    tabs = window.panels.trainer_tabs
    tabs.compare()  # built on the first experiment: the branch must not be rebuilt as it shows
    panel = window.network_panel
    panel.set_config(LESSON.replace(activation="leaky_relu", alpha=0.05))
    panel.driver.step_once(40)
    branched = tabs.branch()
    assert branched is not None and tabs.currentIndex() == COMPARE
    left, right = window.panels.compare.trainers()
    assert (left, right) == branched  # shown as they are, not built again
    assert (left.config.activation, left.config.effective_alpha) == ("leaky_relu", 0.05)
    assert right.config.activation == "relu"
    assert left.steps_done == 40 and same(params(left), params(panel.driver.trainer))
