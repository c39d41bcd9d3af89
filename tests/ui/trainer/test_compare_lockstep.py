"""Compare mode keeps its two networks in lockstep or says plainly that one stopped: once a side
has diverged, a burst or a step (which would move the other side alone) is refused with the
reason, and the step label shows each side's own step when they differ. The pair follows the
Train tab's experiment, the right side's slope included when it has the Train tab's
activation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from reludesk.core.config import Config
from reludesk.ui.trainer import status
from reludesk.ui.trainer.compare import ComparePanel

CONFIG = Config(dataset="spiral", learning_rate=0.1, hidden=(8, 8), seed=0)


@pytest.fixture
def compare(qtbot) -> ComparePanel:
    panel = ComparePanel(CONFIG)
    qtbot.addWidget(panel)
    return panel


def label(panel: ComparePanel, name: str) -> str:
    return panel.findChild(QLabel, name).text()


def one_side_stopped(panel: ComparePanel) -> tuple[int, int]:
    """Step the pair at rate 10 until the Leaky side diverges (seed 0: within a few steps)."""
    panel.set_config(CONFIG.replace(learning_rate=10.0))
    for _ in range(200):
        panel.step()
        if any(t.diverged for t in panel.trainers()):
            break
    left, right = panel.trainers()
    assert right.diverged and not left.diverged
    return left.steps_done, right.steps_done


def test_a_burst_after_one_side_stopped_is_refused_and_says_why(compare):
    before = one_side_stopped(compare)
    assert compare.burst() is False
    left, right = compare.trainers()
    # the old burst moved the ReLU side alone, 100 steps ahead of the other
    assert (left.steps_done, right.steps_done) == before
    story = label(compare, "compareStatusLabel")
    assert story.startswith("No burst: Leaky ReLU (α 0.01) stopped at step")
    assert "Press Reset" in story


def test_a_step_after_one_side_stopped_is_refused(compare):
    before = one_side_stopped(compare)
    assert compare.step() is False
    assert tuple(t.steps_done for t in compare.trainers()) == before
    assert label(compare, "compareStatusLabel").startswith("No step:")


def test_the_step_label_shows_both_sides_when_they_differ(compare):
    left_steps, right_steps = one_side_stopped(compare)
    shown = label(compare, "compareStepsLabel")
    if left_steps == right_steps:
        assert shown == f"Step {left_steps:,}"
    else:  # the left one took the step on which the right one overflowed
        assert shown == (
            f"ReLU: step {left_steps:,} · Leaky ReLU (α 0.01): step {right_steps:,} (stopped)"
        )
    assert shown == status.compare_steps_text(compare.trainers())


def test_in_lockstep_the_label_is_one_step_and_a_burst_moves_both(compare):
    compare.step(5)
    assert label(compare, "compareStepsLabel") == "Step 5"
    assert compare.burst() is True
    assert [t.steps_done for t in compare.trainers()] == [105, 105]
    assert label(compare, "compareStepsLabel") == "Step 105"


def test_the_right_side_takes_the_train_tabs_slope_for_the_same_activation(compare):
    lesson = CONFIG.replace(activation="leaky_relu", alpha=0.1)
    assert not compare.shows(lesson)  # right side at Leaky's default 0.01
    compare.set_config(lesson)
    left, right = compare.trainers()
    assert right.config.activation == "leaky_relu" and right.config.alpha == pytest.approx(0.1)
    assert left.config.activation == "relu"
    assert compare.shows(lesson)
    # another activation in the Train tab: the right side's slope is compare mode's own choice
    assert compare.shows(lesson.replace(activation="elu", alpha=None))
    assert not compare.shows(lesson.replace(learning_rate=0.3))
    assert not compare.shows(lesson.replace(dataset="xor"))
