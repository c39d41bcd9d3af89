"""The z quantile plot: each hidden layer's spread of z over the steps, and the edit marks."""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core import lessons
from reludesk.core.experiment import Config, Trainer
from reludesk.ui.trainer.z_quantile_plot import ZQuantilePlot


@pytest.fixture
def zplot(qtbot) -> ZQuantilePlot:
    plot = ZQuantilePlot()
    qtbot.addWidget(plot.plot)
    plot.plot.resize(500, 300)
    plot.plot.show()
    return plot


def drawn(curve) -> tuple[np.ndarray, np.ndarray]:
    x, y = curve.getData()
    return (np.zeros(0), np.zeros(0)) if x is None else (x, y)


def test_curves_are_the_quantiles_of_each_layers_z(zplot):
    # three replicas: the plot draws replica 0, the network on screen
    trainer = Trainer(Config(hidden=(6, 4), seed=5, replicas=3), record_every=10)
    trainer.step(40)  # records at 0, 10, ..., 40: the last is the network as it is now
    zplot.set_trainer(trainer)
    assert zplot.refresh()
    zs = trainer.model.pre_activations(trainer.X_train)
    for l in range(2):
        pooled = zs[l][0].ravel()  # every input and every unit of the layer, replica 0
        for q, curve in zplot.curves(l).items():
            x, y = drawn(curve)
            assert np.array_equal(x, [0, 10, 20, 30, 40])
            assert y[-1] == pytest.approx(np.percentile(pooled, q), rel=1e-12, abs=1e-12)
    assert not zplot.refresh()  # nothing new: no redraw
    trainer.step(3)  # off the record stride: the network now is the last point all the same
    assert zplot.refresh()
    x, y = drawn(zplot.curves(1)[50])
    pooled = trainer.model.pre_activations(trainer.X_train)[1][0].ravel()
    assert x[-1] == 43 and y[-1] == pytest.approx(np.median(pooled), rel=1e-12, abs=1e-12)


def test_the_burst_pushes_the_layer_below_zero_and_edits_are_marked(zplot):
    trainer = Trainer(lessons.get("dying_relu").config, record_every=10)
    trainer.step(100)
    zplot.set_trainer(trainer)
    zplot.refresh()
    _, median_before = drawn(zplot.curves(0)[50])
    trainer.burst()
    trainer.edit_unit(0, 3, bias=-2.5)
    assert zplot.refresh()
    _, median = drawn(zplot.curves(0)[50])
    # the burst's deaths drag the layer's median down, as the lesson tells
    assert median[-1] < median_before[-1]
    assert zplot.markers() == [(100.0, "burst: 100 steps at rate 1"),
                               (float(trainer.steps_done), "edited unit 4 of layer 1")]


def test_a_new_network_shows_its_own_layers_only(zplot):
    zplot.set_trainer(Trainer(Config(hidden=(4, 4, 4))))
    zplot.refresh()
    small = Trainer(Config(hidden=(5,)))
    zplot.set_trainer(small)
    zplot.refresh()
    assert zplot.curves(0)[50].isVisible()
    assert not zplot.curves(1)[50].isVisible() and not zplot.curves(2)[95].isVisible()
    assert zplot.markers() == []
