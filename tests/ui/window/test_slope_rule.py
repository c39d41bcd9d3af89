"""One rule for "inactive but alive": only activations with a slope below zero (Leaky ReLU,
PReLU) have units that sleep without dying. ELU takes an alpha too, but its negative side is a
curve, not a leak (far below zero its units saturate instead); ReLU's inactive units are its
dead ones. Every place that shows inactive units, or sizes the tap's hole from alpha, follows
the core's families (health.family, activations.has_slope_below_zero); the dashed curves show
each family's second state: inactive for the leaky ones, saturated for the smooth ones."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reludesk.core.experiment import Config, Trainer
from reludesk.ui.trainer import status
from reludesk.ui.trainer.compare import ComparePanel
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.history_plots import HistoryPlots
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.seeds import SeedStatsPanel
from reludesk.ui.window.docks import build_panels

# (activation, shows inactive units)
RULE = [("relu", False), ("elu", False), ("leaky_relu", True), ("prelu", True)]
# (activation, the dashed curves' state: status.second_state)
DASHED = [("relu", None), ("elu", "saturated"), ("leaky_relu", "inactive"), ("prelu", "inactive")]


def asleep(activation: str) -> Trainer:
    """[2, 4, 1] with hidden unit 0 switched off by a bias of -100 (z < 0 on every input): for
    Leaky ReLU inactive, for ELU neither inactive nor dead (its slope e^z is tiny, not 0: it is
    saturated)."""
    trainer = Trainer(Config(hidden=(4,), activation=activation, seed=0))
    trainer.model.biases[0][0, 0] = -100.0
    trainer.step(1)  # evaluate() is cached until a step: this one reads the new bias
    return trainer


def dashed_curves(plot: pg.PlotWidget) -> list[pg.PlotDataItem]:
    """The visible dashed curves of ``plot``: the inactive shares (dead ones are solid)."""
    return [
        c for c in plot.getPlotItem().listDataItems()
        if c.isVisible() and c.opts["pen"].style() == Qt.PenStyle.DashLine
    ]


@pytest.mark.parametrize(("activation", "shown"), RULE)
def test_the_inactive_label_follows_the_rule(activation, shown):
    trainer = asleep(activation)
    snap = trainer.evaluate()
    if activation != "relu":
        # the core's one rule: below zero everywhere, an ELU unit is not inactive (its negative
        # side is a curve), a Leaky or PReLU unit inactive but alive, and neither is dead
        assert snap.inactive_count(0) == int(shown) and snap.dead_count(0) == 0
    text = status.inactive_text(snap, trainer.config)
    assert text == ("· 1 inactive but alive" if shown else "")


@pytest.mark.parametrize(("activation", "shown"), RULE)
def test_the_train_tab_shows_the_inactive_label_by_the_rule(qtbot, activation, shown):
    driver = TrainingDriver(asleep(activation))
    panel = NetworkPanel(driver)
    driver.setParent(panel)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.findChild(QLabel, "inactiveCountLabel").isVisible() == shown
    # ELU's unit at -100 is saturated instead, and counted as such
    saturated = panel.findChild(QLabel, "saturatedCountLabel")
    assert saturated.isVisible() == (activation == "elu")
    panel.refresh_plots_now()
    curves = dashed_curves(panel.history_plots.dead_plot)
    assert len(curves) == (0 if activation == "relu" else 1)
    if curves:  # the asleep (or saturated) unit is one of four: 25 % at step 1
        assert curves[0].getOriginalDataset()[1][-1] == pytest.approx(25.0)


@pytest.mark.parametrize(("activation", "second"), DASHED)
def test_history_plots_draw_a_dashed_curve_by_the_family(qtbot, activation, second):
    plots = HistoryPlots()
    for plot in plots.plots():
        qtbot.addWidget(plot)
    plots.set_trainer(Trainer(Config(hidden=(4, 4), activation=activation)))
    assert len(dashed_curves(plots.dead_plot)) == (0 if second is None else 2)
    title = plots.dead_plot.getPlotItem().titleLabel.text
    assert (f"- - {second}" in title) if second else ("- -" not in title)


@pytest.mark.parametrize(("activation", "second"), DASHED)
def test_compare_draws_a_dashed_curve_by_the_family(qtbot, activation, second):
    panel = ComparePanel(Config(hidden=(4,)))
    qtbot.addWidget(panel)
    panel.set_activations("relu", activation)
    plot = panel.findChild(pg.PlotWidget, "compareDeadPlot")
    curves = {c.objectName(): c for c in plot.getPlotItem().listDataItems()}
    assert curves["compare_right_inactive"].isVisible() == (second is not None)
    if second is not None:
        assert curves["compare_right_inactive"].name().endswith(status.second_name(second))
    assert not curves["compare_left_inactive"].isVisible()  # ReLU on the left


@pytest.mark.parametrize(("activation", "shown"), RULE)
def test_the_seed_histogram_names_inactive_bars_by_the_rule(qtbot, activation, shown):
    panel = SeedStatsPanel(Config(activation=activation))
    qtbot.addWidget(panel)
    legend = panel.findChild(pg.PlotWidget, "seedHistogramPlot").getPlotItem().legend
    names = [label.text for _sample, label in legend.items]
    assert ("inactive, can revive" in names) == shown


@pytest.mark.parametrize(
    ("activation", "alpha", "hole"),
    [("leaky_relu", 0.2, 0.2), ("prelu", 0.3, 0.3), ("elu", 0.5, None)],
)
def test_the_taps_hole_is_alpha_only_for_a_leak(qtbot, activation, alpha, hole):
    parent = QWidget()
    qtbot.addWidget(parent)
    panels = build_panels(Config(activation=activation, alpha=alpha), parent)
    default = build_panels(Config(), parent).tap.tap_widget.alpha()  # the tap's own hole
    assert panels.tap.tap_widget.alpha() == pytest.approx(default if hole is None else hole)
    # and when the network is rebuilt with a new slope
    panels.driver.rebuild(Config(activation=activation, alpha=alpha / 2))
    expected = default if hole is None else hole / 2
    assert panels.tap.tap_widget.alpha() == pytest.approx(expected)
    assert np.isfinite(panels.tap.tap_widget.alpha())
