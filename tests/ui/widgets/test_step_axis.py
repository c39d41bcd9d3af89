"""The step axis of the plots over training steps: it grows in round steps and keeps the curves
wide."""

import pytest

from reludesk.ui.widgets.step_axis import step_axis_end


@pytest.mark.parametrize(
    ("last", "end"),
    [(0, 100), (100, 100), (101, 150), (999, 1000), (1001, 1500), (7999, 8000), (8001, 10000)],
)
def test_step_axis_grows_in_round_steps(last, end):
    # the axis (and its cached picture) changes only when training passes the next round
    # number
    assert step_axis_end(last) == end


def test_step_axis_keeps_the_curves_wide():
    for last in range(101, 200_000, 37):
        end = step_axis_end(last)
        assert last <= end and last / end > 2 / 3  # at least two thirds of the width
