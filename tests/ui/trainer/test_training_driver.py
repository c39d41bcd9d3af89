"""The training driver: frames carry the network as it is, end on history records when one is
near (their snapshot is then free), and a pause shows the steps taken since the last frame. One
pacer sizes every chunk of training in the trainer room; a follower trains in lockstep."""

from __future__ import annotations

import pytest

from reludesk.core.experiment import Config, Trainer
from reludesk.ui.trainer import driver as driver_module
from reludesk.ui.trainer.compare import ComparePanel
from reludesk.ui.trainer.driver import StepPacer, TrainingDriver, steps_to_record
from reludesk.ui.trainer.seeds import SeedStatsPanel


@pytest.mark.parametrize(
    ("done", "n", "stride", "max_shift", "expected"),
    [
        (0, 40, 50, 20, 50),  # on to the next record
        (0, 60, 50, 20, 50),  # back to the last one
        (0, 20, 50, 20, 20),  # 30 steps away: too far, n as asked
        (30, 5, 50, 20, 20),  # from step 30 to 50
        (100, 1, 50, 0, 1),  # no shift allowed: one step
        (100, 1, 50, 49, 50),  # never back to where it stands: on to 150
        (100, 130, 50, 10, 130),  # 230 is 20 from either record
    ],
)
def test_steps_to_record(done, n, stride, max_shift, expected):
    taken = steps_to_record(done, n, stride, max_shift)
    assert taken == expected
    assert taken >= 1
    if taken != n:
        assert (done + taken) % stride == 0


def test_frames_are_exact_and_a_pause_shows_the_last_steps(qtbot):
    driver = TrainingDriver.from_config(Config(dataset="spiral", hidden=(8, 8)))
    trainer = driver.trainer
    frames: list[tuple[int, int]] = []  # (snapshot's steps, trainer's steps when it came)
    driver.stepped.connect(lambda snap: frames.append((snap.steps, trainer.steps_done)))
    driver.start()
    qtbot.waitUntil(lambda: len(frames) >= 4, timeout=5000)
    assert driver.is_running()
    driver.pause()
    assert not driver.is_running()
    assert all(shown == done for shown, done in frames)
    assert frames[-1][0] == trainer.steps_done  # what stands still is the network as it is
    count = len(frames)
    driver.pause()  # paused already: nothing more to show
    assert len(frames) == count


def test_no_step_is_shown_twice(qtbot):
    driver = TrainingDriver.from_config(Config(hidden=(4,)))
    frames: list[int] = []
    driver.stepped.connect(lambda snap: frames.append(snap.steps))
    driver.start()
    qtbot.waitUntil(lambda: len(frames) >= 1, timeout=5000)
    driver.pause()
    # the pause shows the last steps at most once, and only if there were any since the frame
    assert frames[-1] == driver.trainer.steps_done
    assert len(frames) == len(set(frames))


# --- the one pacing rule ------------------------------------------------------------------------
class FakeClock:
    """perf_counter for the driver module: moves only when a fake training step says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def perf_counter(self) -> float:
        return self.now


def test_the_pacer_sizes_chunks_to_the_budget_and_learns_the_step_time(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(driver_module, "time", clock)
    pacer = StepPacer()
    assert pacer.steps_for(0.01) == round(0.01 / driver_module.FIRST_GUESS_S)
    asked = []

    def train(n: int) -> int:  # 2 ms a step
        asked.append(n)
        clock.now += 0.002 * n
        return n

    for _ in range(30):
        taken, spent = pacer.run(train, pacer.steps_for(0.01))
        assert spent == pytest.approx(0.002 * taken)
    assert pacer.per_step_s == pytest.approx(0.002, rel=1e-3)
    assert asked[0] == 10 and asked[-1] == 5  # 10 ms at the first guess, then at 2 ms a step
    # at least one step however small the budget, and never more than asked for
    assert pacer.steps_for(0.0) == 1 and pacer.steps_for(1.0, most=7) == 7
    # a chunk that took no step (training stopped) does not divide by zero
    pacer.run(lambda n: 0, 3)
    assert pacer.per_step_s > 0
    pacer.reset()
    assert pacer.per_step_s == driver_module.FIRST_GUESS_S


def test_the_train_tab_compare_and_the_seed_run_all_pace_with_the_pacer(qtbot, monkeypatch):
    callers: list[str] = []
    real_run = StepPacer.run

    def spy(self, train, n):
        owner = getattr(train, "__self__", None)
        callers.append(type(owner).__name__)
        return real_run(self, train, n)

    monkeypatch.setattr(StepPacer, "run", spy)
    config = Config(hidden=(4,))
    driver = TrainingDriver.from_config(config)
    driver.start()
    qtbot.waitUntil(lambda: "TrainingDriver" in callers, timeout=5000)
    driver.pause()
    compare = ComparePanel(config)
    qtbot.addWidget(compare)
    callers.clear()
    compare.start()
    qtbot.waitUntil(lambda: len(callers) >= 2, timeout=5000)
    compare.pause()
    assert set(callers) == {"TrainingDriver"}  # compare trains its pair through a driver
    left, right = compare.trainers()
    assert left.steps_done == right.steps_done > 0
    seeds = SeedStatsPanel(config)
    qtbot.addWidget(seeds)
    seeds.set_burst(False, 200)
    callers.clear()
    with qtbot.waitSignal(seeds.finished, timeout=20_000):
        seeds.run()
    assert set(callers) == {"Trainer"}  # the seed run's chunks: trainer.step, paced


def test_a_follower_takes_every_step_and_its_divergence_stops_both(qtbot):
    calm = Config(dataset="spiral", hidden=(8, 8), learning_rate=0.1)
    leader, follower = Trainer(calm), Trainer(calm.replace(activation="leaky_relu"))
    driver = TrainingDriver(leader, follower=follower)
    seen: list[tuple[int, int]] = []
    driver.stepped.connect(lambda _s: seen.append((leader.steps_done, follower.steps_done)))
    driver.step_once(7)
    driver.burst()
    driver.start()
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=5000)
    driver.pause()
    assert all(a == b for a, b in seen) and seen[-1][0] > 7 + 100
    # the follower alone at a rate that blows it up: the pair stops at once, both told
    wild = Trainer(calm.replace(activation="leaky_relu", learning_rate=10.0))
    driver.set_trainer(Trainer(calm), wild)
    with qtbot.waitSignal(driver.diverged, timeout=5000):
        driver.start()
    assert wild.diverged and not driver.trainer.diverged
    assert not driver.is_running()
    driver.start()  # refused: the pair cannot train on
    assert not driver.is_running()
