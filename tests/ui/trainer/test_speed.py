"""Slow motion: the speed control paces training and the burst (issue 16, point 8).

The driver's clock is a stand-in here and its paced timer is driven by hand (``paced_tick``),
so "10 s of burst" takes milliseconds; one short test runs on the real clock.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QComboBox

from reludesk.core.config import Config
from reludesk.core.experiment import BURST_LR, BURST_STEPS
from reludesk.ui.trainer import driver as driver_module
from reludesk.ui.trainer.controls import SPEED_KEY, moved_speed, store_speed, stored_speed
from reludesk.ui.trainer.driver import SPEEDS, TrainingDriver
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.status import speed_text

RATE = 0.03
CONFIG = Config(hidden=(8, 8), learning_rate=RATE)
# diverges within about ten steps at rate 10, so a burst at that rate stops part-way
DIVERGES_IN_A_BURST = Config(dataset="circle", activation="leaky_relu", learning_rate=RATE)


class Clock:
    """The driver's paced clock, in seconds; moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def run_for(driver: TrainingDriver, clock: Clock, seconds: float, dt: float = 0.1) -> None:
    """``seconds`` of paced training on the fake clock: a tick, then ``dt`` later the next."""
    for _ in range(round(seconds / dt)):
        driver.paced_tick()
        clock.now += dt


@pytest.fixture
def paced(qtbot):
    """A (panel, driver, clock, stepped steps, status messages) maker on a fake clock."""

    def make(config: Config = CONFIG, speed: float | None = 10.0):
        clock = Clock()
        driver = TrainingDriver.from_config(config, clock=clock)
        panel = NetworkPanel(driver)
        driver.setParent(panel)  # its timers die with the panel
        qtbot.addWidget(panel)
        said: list[str] = []
        panel.statusMessage.connect(said.append)
        combo = panel.findChild(QComboBox, "speedCombo")
        combo.setCurrentIndex(SPEEDS.index(speed))  # as a user picks it
        steps: list[int] = []
        driver.stepped.connect(lambda snap: steps.append(snap.steps))
        return panel, driver, clock, steps, said

    return make


# --- the burst at 10 steps/s ----------------------------------------------------------------
def test_a_burst_at_10_steps_per_s_takes_10_s_and_the_counter_follows_each_step(paced):
    panel, driver, clock, steps, said = paced()
    trainer = driver.trainer
    ended: list[tuple[int, int]] = []
    driver.burstEnded.connect(lambda taken, total: ended.append((taken, total)))
    panel.burst_button.click()
    assert not driver.is_running()  # a burst alone does not play
    for second in range(1, 10):
        run_for(driver, clock, 1.0)
        assert trainer.steps_done == 10 * second  # ten steps a second, no more, no less
        assert trainer.config.learning_rate == BURST_LR
        assert panel.labels.metrics.text().startswith(f"Step\u00a0{10 * second}")
    assert steps == list(range(1, 91))  # every step was shown, one by one
    assert said[-1] == f"Burst: 90 / {BURST_STEPS} steps at rate 1"
    run_for(driver, clock, 1.0)
    assert trainer.steps_done == BURST_STEPS
    assert ended == [(BURST_STEPS, BURST_STEPS)]
    assert trainer.config.learning_rate == RATE  # the rate is back after the 100th step
    assert said[-1] == f"Burst: {BURST_STEPS} steps at learning rate 1; back to 0.03"
    assert not driver.is_bursting()
    run_for(driver, clock, 2.0)
    assert trainer.steps_done == BURST_STEPS  # paused before it: paused after it


def test_a_burst_while_playing_goes_back_to_playing_at_the_speed_set(paced):
    _panel, driver, clock, _steps, _said = paced()
    trainer = driver.trainer
    exact: list[bool] = []  # the loss line's step after each step, read as the views get it
    driver.stepped.connect(lambda snap: exact.append(
        _panel.labels.metrics.text().startswith(f"Step\u00a0{snap.steps}")))
    driver.start()
    run_for(driver, clock, 1.0)
    assert trainer.steps_done == 10
    assert exact == [True] * 10  # playing slowly, the step number follows every step
    driver.burst()
    run_for(driver, clock, 10.0)
    assert trainer.steps_done == 10 + BURST_STEPS
    assert trainer.config.learning_rate == RATE
    run_for(driver, clock, 1.0)
    assert trainer.steps_done == 20 + BURST_STEPS  # still playing, ten a second
    assert driver.is_running()


def test_the_burst_follows_trainer_burst_exactly(paced):
    """Paced or at once, a burst takes the same steps: the weights end the same."""
    _panel, driver, clock, _steps, _said = paced()
    at_once = TrainingDriver.from_config(CONFIG)
    at_once.burst()
    driver.burst()
    run_for(driver, clock, 10.0)
    for a, b in zip(at_once.trainer.model.parameters(), driver.trainer.model.parameters(),
                    strict=True):
        assert (a == b).all()
    assert at_once.trainer.history.steps.tolist() == driver.trainer.history.steps.tolist()


# --- what ends a paced burst, consistently --------------------------------------------------
def test_a_burst_pressed_during_a_burst_counts_again_and_goes_back_to_the_first_rate(paced):
    _panel, driver, clock, _steps, _said = paced()
    trainer = driver.trainer
    driver.burst()
    run_for(driver, clock, 3.7)
    assert driver.burst_progress() == (37, BURST_STEPS)
    driver.burst()  # the rate now is the burst's: it must not become the one to go back to
    assert driver.burst_progress() == (0, BURST_STEPS)
    run_for(driver, clock, 10.0)
    assert trainer.steps_done == 37 + BURST_STEPS
    assert trainer.config.learning_rate == RATE
    assert not driver.is_bursting()


def test_a_step_during_a_paced_burst_is_one_of_its_steps(paced):
    panel, driver, clock, _steps, _said = paced()
    trainer = driver.trainer
    driver.burst()
    run_for(driver, clock, 1.0)
    panel.step_button.click()
    assert driver.burst_progress() == (11, BURST_STEPS)
    driver.step_once(95)  # the burst's last 89 at its rate, then 6 at the rate set
    assert trainer.steps_done == 10 + 1 + 95
    assert not driver.is_bursting() and trainer.config.learning_rate == RATE


def test_a_new_network_mid_burst_ends_it_and_trains_at_the_rate_set(paced):
    panel, driver, clock, _steps, said = paced()
    old = driver.trainer
    driver.start()
    driver.burst()
    run_for(driver, clock, 3.7)
    panel.reset_button.click()
    assert not driver.is_bursting()
    assert old.config.learning_rate == RATE  # the old network is set back too
    assert "Burst stopped after 37 / 100 steps" in " ".join(said)
    new = driver.trainer
    assert new is not old and new.config.learning_rate == RATE
    run_for(driver, clock, 1.0)
    assert new.steps_done == 10  # playing on at the speed set, at the rate set
    assert new.config.learning_rate == RATE
    assert driver.speed == 10.0


def test_a_pause_mid_burst_ends_it_with_the_rate_set_back(paced):
    _panel, driver, clock, steps, _said = paced()
    trainer = driver.trainer
    driver.start()
    driver.burst()
    run_for(driver, clock, 2.5)
    driver.pause()
    assert not driver.is_bursting() and not driver.is_running()
    assert trainer.config.learning_rate == RATE
    assert steps[-1] == trainer.steps_done == 25
    run_for(driver, clock, 2.0)
    assert trainer.steps_done == 25


def test_a_pause_ends_a_burst_from_pause_too(paced):
    """The tabs pause the network they hide: a burst must not go on out of sight."""
    _panel, driver, clock, _steps, _said = paced()
    trainer = driver.trainer
    running: list[bool] = []
    driver.runningChanged.connect(running.append)
    driver.burst()
    run_for(driver, clock, 1.2)
    driver.pause()
    assert not driver.is_bursting() and trainer.config.learning_rate == RATE
    assert running == []  # it was not playing: nothing to say about that
    run_for(driver, clock, 1.0)
    assert trainer.steps_done == 12


def test_full_speed_mid_burst_takes_its_last_steps_at_once(paced):
    panel, driver, clock, _steps, _said = paced()
    trainer = driver.trainer
    driver.burst()
    run_for(driver, clock, 4.0)
    panel.findChild(QComboBox, "speedCombo").setCurrentIndex(SPEEDS.index(None))
    assert trainer.steps_done == BURST_STEPS
    assert trainer.config.learning_rate == RATE
    assert not driver.is_bursting() and not driver.is_running()


def test_another_slow_speed_mid_burst_paces_the_rest_of_it(paced):
    panel, driver, clock, _steps, _said = paced()
    trainer = driver.trainer
    driver.burst()
    run_for(driver, clock, 4.0)
    panel.change_speed(-1)  # 10 -> 1 step/s
    assert driver.speed == 1.0
    run_for(driver, clock, 10.0, dt=0.5)
    assert trainer.steps_done == 50  # the first at once, then one a second
    assert trainer.config.learning_rate == BURST_LR and driver.is_bursting()


def test_a_divergence_mid_burst_stops_it_blames_the_burst_and_sets_the_rate_back(paced):
    panel, driver, clock, _steps, _said = paced(DIVERGES_IN_A_BURST)
    trainer = driver.trainer
    bursting_when_told: list[bool] = []
    driver.diverged.connect(lambda: bursting_when_told.append(driver.is_bursting()))
    driver.start()
    driver.burst(BURST_STEPS, 10.0)
    run_for(driver, clock, 10.0)
    assert trainer.diverged and 1 < trainer.steps_done < BURST_STEPS
    assert bursting_when_told == [True]  # the handlers know a burst's rate did it
    assert not driver.is_bursting() and not driver.is_running()
    assert trainer.config.learning_rate == RATE
    assert "the burst at learning rate 10" in panel.banner.text()
    taken = trainer.steps_done
    run_for(driver, clock, 1.0)
    assert trainer.steps_done == taken


def test_a_learning_rate_set_mid_burst_is_the_one_it_goes_back_to(paced):
    panel, driver, clock, _steps, _said = paced()
    trainer = driver.trainer
    driver.burst()
    run_for(driver, clock, 3.0)
    panel.controls.learning_rate.setValue(0.1)  # as if typed: the panel hands it on
    assert trainer.config.learning_rate == BURST_LR  # the burst keeps its own rate
    run_for(driver, clock, 7.0)
    assert trainer.config.learning_rate == 0.1
    assert panel.config().learning_rate == 0.1


# --- playing at a speed ---------------------------------------------------------------------
def test_faster_than_100_steps_per_s_frames_are_shown_not_every_step(paced):
    _panel, driver, clock, steps, _said = paced(speed=1000.0)
    driver.start()
    run_for(driver, clock, 0.5, dt=0.01)
    # ticks at 0, 0.01, ..., 0.49 s: the step due at 0, then ten for each later tick
    assert driver.trainer.steps_done == 1 + 49 * 10
    assert 10 <= len(steps) <= 30  # about one frame (28 ms) in 50 ticks of 10 ms: 17 or 18


def test_a_stall_is_not_made_up_for(paced):
    _panel, driver, clock, _steps, _said = paced()
    driver.start()
    driver.paced_tick()
    clock.now += 30.0  # a modal dialog held the event loop for half a minute
    driver.paced_tick()
    # then a quarter of a second's steps (CATCH_UP_S at 10 steps/s: those due at 0, 0.1, 0.2
    # and 0.25 s back), not 300
    assert driver_module.CATCH_UP_S == 0.25
    assert driver.trainer.steps_done == 1 + 3


def test_playing_at_100_steps_per_s_on_the_real_clock(qtbot):
    driver = TrainingDriver.from_config(CONFIG)
    driver.set_speed(100.0)
    steps: list[int] = []
    driver.stepped.connect(lambda snap: steps.append(snap.steps))
    started = time.perf_counter()
    driver.start()
    qtbot.waitUntil(lambda: driver.trainer.steps_done >= 30, timeout=5000)
    elapsed = time.perf_counter() - started
    driver.pause()
    assert elapsed >= 0.28  # 30 steps, the first at once: 0.29 s at the very least
    assert steps == list(range(1, len(steps) + 1))  # each step shown


def test_full_speed_is_the_default_and_a_burst_there_is_over_at_once(qtbot):
    driver = TrainingDriver.from_config(CONFIG)
    assert driver.speed is None
    driver.burst()
    assert driver.trainer.steps_done == BURST_STEPS and not driver.is_bursting()


def test_a_speed_that_is_not_a_positive_number_is_refused():
    driver = TrainingDriver.from_config(CONFIG)
    for bad in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="positive number of steps per second"):
            driver.set_speed(bad)
    assert driver.speed is None


# --- the control, its setting and its words -------------------------------------------------
def test_the_speed_combo_offers_the_speeds_and_names_the_keys(qtbot):
    panel = NetworkPanel(TrainingDriver.from_config(CONFIG))  # nothing stored: full speed
    qtbot.addWidget(panel)
    assert panel.speed() is None
    combo = panel.findChild(QComboBox, "speedCombo")
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["1 step/s", "10 steps/s", "100 steps/s", "1,000 steps/s", "Full speed"]
    assert combo.currentText() == "Full speed"
    assert "− slower, + faster" in combo.toolTip()


def test_the_speed_is_kept_and_survives_a_new_network(paced, qtbot):
    panel, driver, _clock, _steps, said = paced(speed=100.0)
    assert said[-1] == "Speed: 100 steps/s"
    assert stored_speed() == 100.0
    panel.reset_button.click()
    assert driver.speed == 100.0
    again = NetworkPanel(TrainingDriver.from_config(CONFIG))
    qtbot.addWidget(again)
    assert again.speed() == 100.0
    assert again.findChild(QComboBox, "speedCombo").currentText() == "100 steps/s"


def test_a_stored_speed_that_is_not_offered_means_full_speed():
    from PySide6.QtCore import QSettings

    for junk in ("0.001", "fast", "-10"):
        QSettings().setValue(SPEED_KEY, junk)
        assert stored_speed() is None
    store_speed(1.0)
    assert stored_speed() == 1.0


def test_slower_and_faster_stop_at_the_ends():
    assert moved_speed(1.0, -1) == 1.0
    assert moved_speed(None, 1) is None
    assert moved_speed(None, -1) == 1000.0
    assert moved_speed(10.0, 1) == 100.0
    assert [speed_text(s) for s in (1.0, 1000.0, None)] == [
        "1 step/s", "1,000 steps/s", "Full speed"]


# --- compare mode ---------------------------------------------------------------------------
class ModuleTime:
    """``time`` for the driver module: its perf_counter is the fake clock."""

    def __init__(self, clock: Clock) -> None:
        self.perf_counter = clock


def test_compare_paces_its_burst_for_both_networks_in_lockstep(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from reludesk.ui.trainer.compare import ComparePanel
    from reludesk.ui.trainer.compare_plot import CompareDeadPlot

    clock = Clock()
    monkeypatch.setattr(driver_module, "time", ModuleTime(clock))
    shaded: list[tuple[int, int]] = []
    monkeypatch.setattr(CompareDeadPlot, "mark_burst", lambda _self, a, b: shaded.append((a, b)))
    store_speed(10.0)  # what the Train tab left in the settings
    compare = ComparePanel(CONFIG)
    qtbot.addWidget(compare)
    assert compare.speed() == 10.0
    assert compare.findChild(QComboBox, "compareSpeedCombo").currentText() == "10 steps/s"
    compare.burst()
    run_for(compare.driver, clock, 3.7)
    left, right = compare.trainers()
    assert left.steps_done == right.steps_done == 37
    assert left.config.learning_rate == right.config.learning_rate == BURST_LR
    status = compare.findChild(QLabel, "compareStatusLabel")
    assert status.text() == "Burst: 37 / 100 steps at rate 1, both networks"
    assert shaded[-1] == (0, 37)  # the shading has followed the burst so far
    run_for(compare.driver, clock, 7.0)
    assert left.steps_done == right.steps_done == BURST_STEPS
    assert left.config.learning_rate == right.config.learning_rate == RATE
    assert status.text().startswith("After the burst (back at rate 0.03)")
    assert shaded[-1] == (0, BURST_STEPS)
