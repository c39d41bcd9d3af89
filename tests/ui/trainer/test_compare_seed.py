"""Compare mode and seed statistics: same start, lockstep, counts that agree with the core."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from reludesk.core import experiment, health
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui.trainer import status
from reludesk.ui.trainer.compare import ComparePanel
from reludesk.ui.trainer.seeds import SEEDS, SeedStatsPanel
from reludesk.ui.window.docks import build_panels

# spiral at rate 0.1: a burst after 300 steps kills several ReLUs of seed 0 (measured: 4 of 16)
CONFIG = Config(dataset="spiral", learning_rate=0.1, hidden=(8, 8), seed=0)
WAIT_MS = 60_000  # generous: a slow CI machine must not fail a correct run


def _params(trainer: Trainer) -> list[np.ndarray]:
    return trainer.model.parameters()


def _same_params(a: Trainer, b: Trainer) -> bool:
    return all(np.array_equal(p, q) for p, q in zip(_params(a), _params(b), strict=True))


@pytest.fixture
def compare(qtbot) -> ComparePanel:
    panel = ComparePanel(CONFIG)
    qtbot.addWidget(panel)
    return panel


def _dead_label(panel: ComparePanel, side: str) -> tuple[int, int]:
    text = panel.findChild(QLabel, f"compare{side}DeadLabel").text()
    match = re.search(r"Dead (\d+) / (\d+)", text)
    assert match, text
    return int(match[1]), int(match[2])


# --- compare mode --------------------------------------------------------------------------------
def test_compare_defaults_to_relu_against_leaky_relu(compare):
    left, right = compare.trainers()
    assert (left.config.activation, right.config.activation) == ("relu", "leaky_relu")
    assert left is not right


def test_compare_starts_both_networks_from_identical_weights(compare, qtbot):
    left, right = compare.trainers()
    assert _same_params(left, right)
    start = [p.copy() for p in _params(left)]

    compare.step(200)
    compare.burst()
    assert not _same_params(left, right), "ReLU and Leaky ReLU must train apart"

    qtbot.mouseClick(
        compare.findChild(QPushButton, "compareResetButton"), Qt.MouseButton.LeftButton
    )
    new_left, new_right = compare.trainers()
    assert new_left.steps_done == new_right.steps_done == 0
    assert _same_params(new_left, new_right)
    assert all(np.array_equal(p, q) for p, q in zip(_params(new_left), start, strict=True))


def test_same_activation_on_both_sides_stays_identical_in_lockstep(compare, qtbot):
    # identical weights AND identical batches: with one activation the two never part
    compare.set_activations("relu", "relu")
    left, right = compare.trainers()
    compare.step(37)
    compare.burst()
    assert left.steps_done == right.steps_done == 137
    assert _same_params(left, right)

    compare.start()
    qtbot.waitUntil(lambda: left.steps_done >= 500, timeout=WAIT_MS)
    compare.pause()
    assert not compare.is_running()
    assert left.steps_done == right.steps_done
    assert _same_params(left, right)


def test_play_button_keeps_both_sides_in_lockstep_at_every_redraw(compare, qtbot):
    left, right = compare.trainers()
    seen: list[tuple[int, int]] = []
    # runs after the panel's own slot (connected first), i.e. when the panel has just redrawn
    compare._driver.stepped.connect(lambda _s: seen.append((left.steps_done, right.steps_done)))
    play = compare.findChild(QPushButton, "comparePlayButton")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert compare.is_running()
    qtbot.waitUntil(lambda: len(seen) >= 5 and seen[-1][0] > 100, timeout=WAIT_MS)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not compare.is_running()
    assert all(a == b for a, b in seen), seen


def test_dead_counts_agree_with_the_core(compare):
    compare.step(300)
    compare.burst()
    left, right = compare.trainers()
    for side, trainer in (("Left", left), ("Right", right)):
        core = sum(int(m[0].sum()) for m in health.dead_mask(trainer.model, trainer.X_train))
        assert _dead_label(compare, side) == (core, 16)
    # the test means something only if the ReLU side did lose units and Leaky ReLU did not
    assert _dead_label(compare, "Left")[0] > 0
    assert _dead_label(compare, "Right")[0] == 0


def _curve(panel: ComparePanel, name: str) -> pg.PlotDataItem:
    plot = panel.findChild(pg.PlotWidget, "compareDeadPlot")
    found = [c for c in plot.getPlotItem().listDataItems() if c.objectName() == name]
    assert len(found) == 1, name
    return found[0]


def test_dead_share_plot_has_one_curve_per_side_with_the_history(compare):
    compare.step(300)
    compare.burst()
    compare.step(200)
    widths = np.array(CONFIG.hidden, dtype=float)
    for key, trainer in zip(("left", "right"), compare.trainers(), strict=True):
        x, y = _curve(compare, f"compare_{key}_dead").getData()
        h = trainer.history
        expected = 100.0 * np.average(h.dead_share[:, :, 0], axis=1, weights=widths)
        np.testing.assert_array_equal(x, h.steps)
        np.testing.assert_allclose(y, expected)
        assert x[-1] == 600
    # ReLU's inactive units are its dead ones: only the leaky side gets a dashed curve
    assert not _curve(compare, "compare_left_inactive").isVisible()
    inactive = _curve(compare, "compare_right_inactive")
    assert inactive.isVisible()
    right = compare.trainers()[1]
    expected = 100.0 * np.average(right.history.inactive_share[:, :, 0], axis=1, weights=widths)
    np.testing.assert_allclose(inactive.getData()[1], expected)
    assert expected.max() > 0  # the burst left the leaky side with inactive units


def test_the_dead_plot_starts_at_step_0_with_its_first_record_visible(compare, qtbot):
    # before any step, one record at step 0: the plot once read "-0.4 ... 0.4" steps and drew
    # the lone point as nothing
    compare.resize(900, 700)
    compare.show()
    qtbot.waitExposed(compare)  # pyqtgraph auto-ranges when it paints
    QApplication.processEvents()
    view = compare.findChild(pg.PlotWidget, "compareDeadPlot").getPlotItem().getViewBox()
    (x_low, x_high), _ = view.viewRange()
    assert x_low == 0.0 and x_high > 0.0
    dead = _curve(compare, "compare_left_dead")
    x, _y = dead.getData()
    assert list(x) == [0.0]
    assert dead.opts["symbol"] == "o"  # a dot, in the curve's colour
    assert pg.mkColor(dead.opts["symbolBrush"]) == pg.mkPen(dead.opts["pen"]).color()
    compare.step(300)  # paused: the plot follows at once
    (x_low, x_high), _ = view.viewRange()
    assert x_low == 0.0 and x_high >= 300


def test_changing_an_activation_rebuilds_the_pair_from_the_same_start(compare):
    compare.step(100)
    compare.findChild(QComboBox, "compareRightCombo").setCurrentText("elu")
    left, right = compare.trainers()
    assert right.config.activation == "elu"
    assert right.config.alpha == 1.0  # ELU's own default slope
    assert left.steps_done == right.steps_done == 0
    assert _same_params(left, right)


def test_divergence_pauses_both_and_is_not_counted(qtbot):
    # at rate 10 the leaky side of seed 0 overflows within a few steps (measured: step 9)
    panel = ComparePanel(CONFIG.replace(learning_rate=10.0))
    qtbot.addWidget(panel)
    panel.start()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=WAIT_MS)
    right = panel.trainers()[1]
    assert right.diverged
    label = panel.findChild(QLabel, "compareRightDeadLabel").text()
    assert "not counted" in label and f"Dead {status.MISSING} / 16" in label
    story = panel.findChild(QLabel, "compareStatusLabel").text()
    assert f"Leaky ReLU (α 0.01) diverged at step {right.steps_done}" in story
    assert not panel.findChild(QPushButton, "comparePlayButton").isChecked()
    panel.start()  # refused until Reset: the diverged side cannot train on
    assert not panel.is_running()
    panel.reset()
    assert not any(t.diverged for t in panel.trainers())


# --- seed statistics -----------------------------------------------------------------------------
@pytest.fixture
def seeds(qtbot) -> SeedStatsPanel:
    panel = SeedStatsPanel(CONFIG)
    qtbot.addWidget(panel)
    panel.set_burst(True, 300)
    return panel


def _bar_heights(panel: SeedStatsPanel) -> np.ndarray:
    plot = panel.findChild(pg.PlotWidget, "seedHistogramPlot")
    bars = [i for i in plot.getPlotItem().items if i.objectName() == "seedDeadBars"]
    assert len(bars) == 1
    return np.asarray(bars[0].opts["height"])


def _reference(config: Config, calm: int) -> tuple[np.ndarray, np.ndarray]:
    """Dead share and diverged mask of 32 seeds computed straight from the core."""
    trainer = Trainer(config.replace(replicas=SEEDS))
    trainer.burst(100, 1.0)
    trainer.step(calm)
    with np.errstate(all="ignore"):  # the diverged replicas overflow, as they should
        dead = np.concatenate(health.dead_mask(trainer.model, trainer.X_train), axis=1)
    return dead.mean(axis=1), trainer.diverged_mask


@pytest.mark.parametrize(("activation", "named"), [
    ("relu", ["dead (no gradient)"]),
    ("leaky_relu", ["dead (no gradient)", "inactive, can revive"]),
])
def test_before_a_run_the_histogram_has_a_runs_axes_and_legend(qtbot, activation, named):
    # pyqtgraph's range around no data read "-0.5 ... 0.5" networks and percent; and the
    # legend listed "inactive, can revive" for ReLU, whose inactive units are its dead ones
    panel = SeedStatsPanel(CONFIG.replace(activation=activation))
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    plot = panel.findChild(pg.PlotWidget, "seedHistogramPlot").getPlotItem()
    (x_low, x_high), (y_low, y_high) = plot.getViewBox().viewRange()
    assert x_low < 0.0 < 100.0 < x_high and x_high - x_low < 110.0
    assert y_low < 0.0 < 4.0 < y_high and y_high < 5.0
    # counted in whole networks
    levels = plot.getAxis("left").tickValues(y_low, y_high, 300)
    assert levels and all(float(v).is_integer() for _spacing, values in levels for v in values)
    assert [label.text for _sample, label in plot.legend.items] == named


def test_seed_histogram_holds_32_values(seeds, qtbot):
    with qtbot.waitSignal(seeds.finished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(seeds.findChild(QPushButton, "seedStatsButton"), Qt.MouseButton.LeftButton)
    values = seeds.values()
    assert values.shape == (SEEDS,)
    np.testing.assert_array_equal(blocker.args[0], values)
    expected, diverged = _reference(CONFIG, 300)
    assert not diverged.any()
    np.testing.assert_allclose(values, expected)
    assert _bar_heights(seeds).sum() == seeds.finite_values().size == SEEDS
    median = f"median {100 * np.median(values):.0f} % dead over 32 seeds"
    assert median in seeds.summary()
    assert not seeds.is_running()


def test_diverged_networks_are_reported_and_not_counted(seeds, qtbot):
    # Leaky ReLU at rate 5 diverges in some seeds but not all (measured: 19 of 32)
    wild = CONFIG.replace(activation="leaky_relu", learning_rate=5.0)
    with qtbot.waitSignal(seeds.finished, timeout=WAIT_MS):
        seeds.run(wild)
    values = seeds.values()
    _, diverged = _reference(wild, 300)
    assert 0 < diverged.sum() < SEEDS
    np.testing.assert_array_equal(np.isnan(values), diverged)
    assert seeds.finite_values().size == SEEDS - diverged.sum()
    assert _bar_heights(seeds).sum() == SEEDS - diverged.sum()
    n_bad = int(diverged.sum())
    assert f"{n_bad} diverged and are not counted" in seeds.summary()
    assert f"over {SEEDS - n_bad} seeds" in seeds.summary()


def test_cancel_stops_the_run(seeds, qtbot):
    seeds.set_burst(False, 100_000)
    finished: list[object] = []
    seeds.finished.connect(finished.append)
    seeds.run()
    progress = seeds.findChild(QProgressBar, "seedStatsProgress")
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(seeds.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(
            seeds.findChild(QPushButton, "seedStatsCancelButton"), Qt.MouseButton.LeftButton
        )
    assert not seeds.is_running()
    stopped_at = progress.value()
    # let the event loop run a while: a run that was not really stopped would move on
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(progress.value()))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=WAIT_MS)
    timer.stop()
    assert set(ticks) == {stopped_at}
    assert not finished
    assert seeds.findChild(QPushButton, "seedStatsButton").isEnabled()


def test_window_stays_responsive_while_seed_stats_run(seeds, qtbot):
    seeds.set_burst(True, 1000)
    ticks_while_running = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks_while_running.append(1) if seeds.is_running() else None)
    timer.start(10)
    with qtbot.waitSignal(seeds.finished, timeout=WAIT_MS):
        seeds.run()
    timer.stop()
    # a run that blocked the event loop would let no tick through before it finished
    assert len(ticks_while_running) >= 3


def test_every_burst_names_the_cores_burst(qtbot, compare, seeds):
    # one burst for the whole app: the texts come from core.experiment's constants
    words = f"{experiment.BURST_STEPS} steps at learning rate {experiment.BURST_LR:g}"
    assert words in compare.findChild(QPushButton, "compareBurstButton").toolTip()
    assert words in seeds.findChild(QCheckBox, "seedStatsBurstCheck").text()
    left, _right = compare.trainers()
    compare.burst()
    assert left.steps_done == experiment.BURST_STEPS


@pytest.mark.parametrize("opened_before", [False, True])
def test_compare_tab_after_every_hidden_layer_is_removed(qtbot, opened_before):
    # Compare counted the dead with its own copy of the text, without the guard for 0 hidden
    # units: opening the tab raised ZeroDivisionError and left it empty
    parent = QWidget()
    qtbot.addWidget(parent)
    panels = build_panels(CONFIG, parent)
    tabs = panels.trainer_tabs
    if opened_before:  # built with layers, then rebuilt without them when shown again
        tabs.setCurrentIndex(1)
        tabs.setCurrentIndex(0)
    panels.network.set_config(CONFIG.replace(hidden=()))
    tabs.setCurrentIndex(1)
    compare = tabs.compare_page.built()
    assert isinstance(compare, ComparePanel)
    assert all(t.config.hidden == () for t in compare.trainers())
    for side in ("Left", "Right"):
        text = compare.findChild(QLabel, f"compare{side}DeadLabel").text()
        assert text == "Dead 0 / 0 (no hidden layer)"
    compare.step(10)
    compare.burst()
    assert compare.trainers()[0].steps_done == 10 + experiment.BURST_STEPS
    _x, dead = _curve(compare, "compare_left_dead").getData()
    assert np.all(dead == 0.0)
