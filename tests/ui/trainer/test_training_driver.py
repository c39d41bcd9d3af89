"""The training driver: frames carry the network as it is, end on history records when one is
near (their snapshot is then free), and a pause shows the steps taken since the last frame."""

from __future__ import annotations

import pytest

from reludesk.core.experiment import Config
from reludesk.ui.trainer.driver import TrainingDriver, steps_to_record


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
