"""The 32-seed run's numbers and words, without painting: bins that count whole networks and
whole units, and a summary that counts only the finite networks."""

import numpy as np

from reludesk.ui.trainer.seeds_summary import COARSE_BINS, describe, histogram


def test_a_small_network_gets_one_bar_per_possible_count():
    # 16 units: 0, 1 and 4 dead; the diverged network (NaN) is not a bar
    values = np.array([0.0, 0.0, 1 / 16, 4 / 16, np.nan])
    x, counts, width = histogram(values, 16)
    assert len(x) == len(counts) == 17 and width == 100 / 16
    assert counts.sum() == 4
    assert counts[0] == 2 and counts[1] == 1 and counts[4] == 1
    assert x[4] == 25.0


def test_a_big_network_gets_even_bins_and_none_nothing_to_lose():
    x, counts, width = histogram(np.array([0.0, 0.5, 1.0]), 64)
    assert len(counts) == COARSE_BINS and counts.sum() == 3 and width == 100 / COARSE_BINS
    x, counts, _ = histogram(np.array([0.0, 0.0]), 0)  # no hidden layer: one bar at 0 %
    assert x.tolist() == [0.0] and counts.tolist() == [2]


def test_the_summary_counts_finite_networks_and_names_the_rest():
    dead = np.array([0.0, 0.25, 0.5, np.nan])
    text = describe("ReLU", dead, None, "after 10 steps")
    assert text.startswith("ReLU: median 25 % dead over 3 seeds")
    assert "1 diverged and is not counted" in text
    leaky = describe("Leaky ReLU", dead, np.array([0.5, 0.5, 0.5, np.nan]), "after 10 steps")
    assert "Inactive but still learning" in leaky and "median 50 %" in leaky
    assert "nothing to count" in describe("ReLU", np.full(3, np.nan), None, "")
