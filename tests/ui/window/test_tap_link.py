"""Linked taps: clicking a neuron feeds the taps its z over the training inputs, computed by the
core (replica 0, as the view shows it), with the network's own dead test: a dead neuron's ReLU
tap is clogged and reads DEAD at once, and only then. The tap's hole follows the network's alpha,
never one left over from an earlier network."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from reludesk.core import activations, lessons
from reludesk.core.experiment import Config
from reludesk.ui.tap.drawing import Z_LIMIT
from reludesk.ui.window.docks import build_panels, tap_alpha
from reludesk.ui.window.lesson_setup import tap_rule
from reludesk.ui.window.tap_link import FIRST_TO_DIE, MOST_INACTIVE, reason_text


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
    tap = panels.tap.tap_widget
    assert tap.relu_model.clog == 1.0
    assert np.all(core_z(panels, 0, 1) < 0)
    assert tap.badge_visible() and tap.badge_texts() == ("DEAD", None)


def test_a_unit_firing_on_12_percent_held_shut_for_10_s_is_not_dead(panels):
    # the replay of the issue: a unit the network calls alive showed DEAD once the tap had been
    # shut for ~3.5 s. Its verdict is the network's: z > 0 on 12 % of the training inputs
    trainer = panels.driver.trainer
    z = core_z(panels, 0, 1)
    trainer.model.biases[0][0, 1] -= np.quantile(z, 0.88)
    panels.driver.step_once(1)
    snap = trainer.evaluate()
    assert not snap.dead[0][0, 1]
    assert 0.08 <= snap.active_fraction[0][0, 1] <= 0.16
    panels.network.network_view.select(0, 1)
    tap = panels.tap.tap_widget
    tap.set_animated(False)
    for _ in range(10 * 60):  # the linked cycle, ten seconds at 60 frames a second
        tap.advance(1 / 60)
        assert not tap.badge_visible()
    for _ in range(10 * 60):  # the ReLU pipe held shut for ten seconds
        tap.relu_model.advance(-2.0, 1 / 60)
    assert tap.relu_model.clogged  # the clog that used to read DEAD
    assert tap.badge_texts()[0] == "CLOGGED" and not tap.badge_visible()
    assert tap.caption_texts()[0].startswith("Clogged: shut for this input")


def test_the_taps_hole_is_the_networks_alpha_or_the_default(panels):
    tap = panels.tap.tap_widget
    default = activations.get("leaky_relu").params["alpha"]
    assert tap.alpha() == pytest.approx(default)  # a ReLU network
    panels.driver.rebuild(Config(activation="leaky_relu", alpha=0.1))
    assert tap.alpha() == pytest.approx(0.1)
    # back to ReLU (lesson 5, then lesson 4): the hole must not stay at 0.1
    panels.driver.rebuild(Config(activation="relu"))
    assert tap.alpha() == pytest.approx(default) == tap_alpha(Config(activation="relu"))
    panels.driver.rebuild(Config(activation="prelu", alpha=0.3))
    assert tap.alpha() == pytest.approx(0.3)
    panels.driver.rebuild(Config(activation="elu", alpha=2.0))  # a level, not a leak
    assert tap.alpha() == pytest.approx(default)


def test_after_lesson_5_then_4_the_tap_and_the_explorer_agree_on_alpha(window):
    window.open_lesson("leaky_relu")
    tap = window.panels.tap.tap_widget
    assert tap.alpha() == pytest.approx(window.config.effective_alpha)
    window.open_lesson("dying_relu")
    explorer_alpha = window.explorer.activation("leaky_relu").params["alpha"]
    assert tap.alpha() == pytest.approx(explorer_alpha)
    assert tap.alpha() == pytest.approx(tap_alpha(window.config))


# --- the burst lessons: the tap follows the unit the burst hits hardest --------------------------
WARM_UP = 200  # "train for a moment", as the lessons' numbers are measured
FRAME = 10  # steps between the snapshots the driver emits here, as frames while playing


def z_top(window) -> np.ndarray:
    """(16,): the largest z of each unit of replica 0 over the training inputs."""
    trainer = window.panels.driver.trainer
    return trainer.model.pre_activations(trainer.X_train)[0][0].max(axis=0)


def parts(window) -> tuple:
    """The link, the tap widget and the network view of ``window``."""
    return window.panels.link, window.panels.tap.tap_widget, window.network_panel.network_view


def warm_up(window) -> None:
    for _ in range(WARM_UP // FRAME):
        window.panels.driver.step_once(FRAME)


def test_lesson_4_follows_nothing_until_the_burst_then_a_unit_it_killed(window):
    window.open_lesson("dying_relu")
    link, tap, view = parts(window)
    assert link.auto() == FIRST_TO_DIE
    warm_up(window)
    link.refresh()
    assert window.panels.driver.trainer.evaluate().dead_count() == 0  # seed 3: none dies yet
    assert not tap.is_linked() and view.selected() is None and tap.mode_text() == "Manual"
    window.front.burst.trigger()  # the B key's action; followed at once, not a refresh later
    dead = window.panels.driver.trainer.evaluate().dead[0][0]
    assert dead.sum() >= 2  # the burst kills several at once (4 of 16 on seed 3)
    top = z_top(window)
    unit = int(np.argmin(np.where(dead, top, np.inf)))  # dead at once: the deepest below zero
    assert link.selected() == view.selected() == (0, unit)
    assert tap.follow_text() == f"Following layer 1, neuron {unit + 1}: the first to die"
    assert tap.badge_texts()[0] == "DEAD"
    window.panels.driver.step_once(500)
    link.refresh()
    assert view.selected() == (0, unit)  # dead for good: one layer sees only the fixed data


def test_lesson_4_the_earliest_death_beats_a_deeper_later_one(window):
    window.open_lesson("dying_relu")
    link, view = window.panels.link, window.network_panel.network_view
    driver = window.panels.driver
    warm_up(window)
    # unit 6 dies first, just below zero on every input: the burst's dead end up deeper
    early = 6
    driver.trainer.model.biases[0][0, early] -= z_top(window)[early] + 0.05
    driver.trainer.invalidate()
    driver.step_once(FRAME)  # a frame: the death is dated now, before any refresh
    assert driver.trainer.evaluate().dead[0][0, early]
    window.front.burst.trigger()
    dead = driver.trainer.evaluate().dead[0][0]
    top = z_top(window)
    assert dead.sum() >= 3 and np.min(top[dead]) < top[early]  # a deeper one exists
    assert view.selected() == (0, early)
    text = window.panels.tap.tap_widget.follow_text()
    assert text == f"Following layer 1, neuron {early + 1}: the first to die"
    link.refresh()
    assert view.selected() == (0, early)


def test_lesson_5_follows_the_most_inactive_unit_by_the_networks_shares(window):
    window.open_lesson("leaky_relu")
    link, tap, view = parts(window)
    driver = window.panels.driver
    assert link.auto() == MOST_INACTIVE
    warm_up(window)
    link.refresh()
    assert not tap.is_linked() and view.selected() is None  # no unit inactive yet
    for later in (0, 2_000):  # right after the burst, and after the leak brought units back
        if later:
            driver.step_once(later)
            link.refresh()
        else:
            window.front.burst.trigger()
        snap = driver.trainer.evaluate()
        below = 1.0 - snap.active_fraction[0][0]  # the core's share of inputs with z <= 0
        layer, unit = view.selected()
        assert link.selected() == (layer, unit)
        assert below[unit] == below.max()  # on a tie, any of the most inactive is true
        share = int(np.floor(100 * below[unit]))
        assert tap.follow_text() == (
            f"Following layer 1, neuron {unit + 1}: the most inactive "
            f"({share} % of inputs below zero)"
        )
        assert not tap.badge_visible()  # inactive, never dead


def test_a_click_or_a_cleared_selection_hands_the_tap_back_to_the_user(window, qtbot):
    window.open_lesson("dying_relu")
    link, tap, view = parts(window)
    warm_up(window)
    window.front.burst.trigger()
    followed = view.selected()
    dead = window.panels.driver.trainer.evaluate().dead[0][0]
    alive = int(np.flatnonzero(~dead)[0])
    view.resize(800, 500)
    where = view.neuron_rect(0, alive).center().toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=where)
    assert view.selected() == link.selected() == (0, alive) != followed
    assert link.auto() is None and tap.mode_text() == f"Linked to layer 1, neuron {alive + 1}"
    window.panels.driver.step_once(FRAME)
    link.refresh()
    assert view.selected() == (0, alive)  # auto mode does not take it back
    view.clear_selection()
    link.refresh()
    assert not tap.is_linked() and view.selected() is None and link.auto() is None
    view.select(0, alive)
    window.open_lesson("dying_relu")  # until a lesson is opened again
    assert link.auto() == FIRST_TO_DIE
    assert view.selected() is None and not tap.is_linked()  # the click does not carry over


def test_the_caption_never_rounds_up_to_every_input():
    assert reason_text(FIRST_TO_DIE) == "the first to die"
    assert reason_text(MOST_INACTIVE, 0.879) == "the most inactive (87 % of inputs below zero)"
    assert reason_text(MOST_INACTIVE, 0.999).startswith("the most inactive (99 %")
    assert reason_text(MOST_INACTIVE, 1.0).startswith("the most inactive (100 %")


def test_the_taps_manual_button_lets_the_neuron_go(window, qtbot):
    panels = window.panels
    panels.driver.step_once(FRAME)
    window.network_panel.network_view.select(0, 1)
    assert panels.tap.tap_widget.is_linked()
    manual = panels.tap.findChild(QPushButton, "tapManualButton")
    qtbot.mouseClick(manual, Qt.MouseButton.LeftButton)
    panels.driver.step_once(FRAME)
    panels.link.refresh()  # the old link fed its neuron again here: the tap went back to it
    assert not panels.tap.tap_widget.is_linked()
    assert panels.link.selected() is None and window.network_panel.network_view.selected() is None


def test_reset_forgets_the_deaths_and_keeps_following(window):
    window.open_lesson("dying_relu")
    link, view, driver = window.panels.link, window.network_panel.network_view, window.panels.driver
    warm_up(window)
    window.front.burst.trigger()
    assert view.selected() is not None
    window.network_panel.reset_button.click()  # a new network: its units have not died
    assert view.selected() is None and not window.panels.tap.tap_widget.is_linked()
    assert link.auto() == FIRST_TO_DIE and driver.trainer.steps_done == 0
    link.refresh()
    assert view.selected() is None  # the old network's deaths are not this one's
    warm_up(window)
    window.front.burst.trigger()
    layer, unit = view.selected()
    assert driver.trainer.evaluate().dead[layer][0, unit]


def test_other_lessons_and_experiments_leave_the_tap_to_the_user(window, tmp_path):
    link = window.panels.link
    window.open_lesson("leaky_relu")
    assert link.auto() == MOST_INACTIVE
    window.open_lesson("relu")
    assert link.auto() is None
    window.open_lesson("dying_relu")
    warm_up(window)
    window.front.burst.trigger()
    assert window.network_panel.network_view.selected() is not None
    path = tmp_path / "mine.json"
    mine = Config(dataset="spiral", hidden=(16,), learning_rate=0.1, batch_size=2)
    path.write_text(mine.to_json())
    assert window.open_experiment(path)
    assert link.auto() is None and window.network_panel.network_view.selected() is None


def test_the_rule_comes_from_the_lesson_not_its_name():
    rules = {lesson.name: tap_rule(lesson) for lesson in lessons.LESSONS}
    assert rules == {"step": None, "vanishing": None, "relu": None,
                     "dying_relu": FIRST_TO_DIE, "leaky_relu": MOST_INACTIVE, "beyond": None}
    dying = lessons.get("dying_relu")
    for activation, rule in (("step", FIRST_TO_DIE), ("prelu", MOST_INACTIVE), ("elu", None)):
        lesson = dataclasses.replace(dying, config=dying.config.replace(activation=activation))
        assert tap_rule(lesson) == rule
    assert tap_rule(dataclasses.replace(dying, burst=False)) is None


def test_another_seed_keeps_following_and_the_refresh_finds_a_death_by_itself(window, qtbot):
    window.open_lesson("dying_relu")
    link, tap, view = parts(window)
    driver = window.panels.driver
    window.network_panel.controls.seed.setValue(0)  # another starting network, same lesson
    assert driver.trainer.config.seed == 0 and link.auto() == FIRST_TO_DIE
    warm_up(window)
    assert driver.trainer.evaluate().dead_count() == 0
    # a death while nobody bursts: the link's own refresh (every LINK_REFRESH_MS) finds it
    dying = 2
    driver.trainer.model.biases[0][0, dying] -= z_top(window)[dying] + 0.05
    driver.trainer.invalidate()
    driver.step_once(FRAME)
    qtbot.waitUntil(lambda: view.selected() == (0, dying), timeout=3000)
    assert tap.follow_text() == f"Following layer 1, neuron {dying + 1}: the first to die"
    window.front.burst.trigger()  # seed 0's burst kills 9: the first death stays followed
    assert driver.trainer.evaluate().dead_count() >= 3 and view.selected() == (0, dying)
