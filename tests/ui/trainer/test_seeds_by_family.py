"""The 32 seeds count by the activation's family, from the Snapshot's own masks: dead bars for
every network, and beside them the state the family reaches instead of dying (inactive for Leaky
ReLU and PReLU, saturated for the smooth activations, nothing for ReLU and step)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from reludesk.core.config import Config
from reludesk.ui.trainer.seeds import SEEDS, SeedStatsPanel
from reludesk.ui.trainer.seeds_summary import describe
from reludesk.ui.trainer.status import second_state

WAIT_MS = 60_000


@pytest.fixture
def seeds(qtbot) -> SeedStatsPanel:
    panel = SeedStatsPanel(Config(hidden=(4,)))
    qtbot.addWidget(panel)
    return panel


def legend(panel: SeedStatsPanel) -> list[str]:
    plot = panel.findChild(pg.PlotWidget, "seedHistogramPlot").getPlotItem()
    return [label.text for _sample, label in plot.legend.items]


@pytest.mark.parametrize(
    ("activation", "second"),
    [
        ("relu", None),
        ("step", None),
        ("linear", None),
        ("leaky_relu", "inactive, can revive"),
        ("prelu", "inactive, can revive"),
        ("elu", "saturated (|f′| < 1e-12)"),
        ("sigmoid", "saturated (|f′| < 1e-12)"),
        ("gelu", "saturated (|f′| < 1e-12)"),
    ],
)
def test_the_legend_names_the_familys_second_state(seeds, activation, second):
    seeds.set_config(Config(activation=activation))
    assert legend(seeds) == ["dead (no gradient)", *([second] if second else [])]


def test_saturated_units_are_counted_and_never_dead(seeds, qtbot):
    seeds.set_burst(False, 0)  # no step: the run reads the networks as they are set up
    seeds.run(Config(activation="elu", hidden=(4,)))
    model = seeds._trainer.model  # the run's 32 networks, before its first tick
    model.weights[0][:, :, 0] = 0.0
    model.biases[0][:, 0] = -1000.0  # unit 0 of every network: e^-1000 underflows to 0
    seeds._trainer.invalidate()
    with qtbot.waitSignal(seeds.finished, timeout=WAIT_MS):
        pass
    np.testing.assert_array_equal(seeds.saturated_values(), np.full(SEEDS, 0.25))
    np.testing.assert_array_equal(seeds.values(), np.zeros(SEEDS))  # the old core said dead
    assert "Saturated (|f′| below 1e-12 on every input" in seeds.summary()
    assert "median 25 %" in seeds.summary() and "median 0 % dead" in seeds.summary()
    plot = seeds.findChild(pg.PlotWidget, "seedHistogramPlot").getPlotItem()
    hatched = next(i for i in plot.items if i.objectName() == "seedInactiveBars")
    assert hatched.isVisible() and list(hatched.opts["height"]) == [SEEDS]
    assert legend(seeds)[1] == "saturated (|f′| < 1e-12)"


def test_second_state_follows_the_cores_families():
    assert [second_state(a) for a in ("relu", "step", "leaky_relu", "prelu", "tanh", "linear")] == [
        None, None, "inactive", "inactive", "saturated", None,
    ]


def test_the_summary_says_what_saturated_means():
    text = describe("Sigmoid", np.zeros(3), np.array([0.0, 0.5, 0.5]), "after 10 steps",
                    "saturated")
    assert "mathematically alive, numerically silent): median 50 %" in text
    assert "Inactive" not in text
