"""The small history plots' legends never cover their curves: checked geometrically, the
legend's scene rectangle against every curve's points (and the straight segments between
them) mapped into the scene. Pinned to a corner, "test" and "layer 2" were half hidden."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF

from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui.trainer.history_plots import HistoryPlots

# lesson 4's network (one hidden layer of 16 on the spiral) with a burst, lesson 5's leaky
# one, and a deeper net whose legends list three layers
CASES = {
    "relu_burst": Config(dataset="spiral", hidden=(16,), learning_rate=0.1, batch_size=4,
                         seed=3, activation="relu"),
    "leaky": Config(dataset="spiral", hidden=(16,), learning_rate=0.1, batch_size=4, seed=3,
                    activation="leaky_relu", alpha=0.1),
    "deep": Config(dataset="circle", hidden=(8, 8, 8), learning_rate=0.05, seed=1),
}


def scene_points(plot: pg.PlotWidget) -> list[QPointF]:
    """Every visible curve's points, with 20 more along each segment, in scene coordinates."""
    vb = plot.getPlotItem().getViewBox()
    to_scene = vb.childGroup.sceneTransform()
    out = []
    for item in plot.getPlotItem().listDataItems():
        if not item.isVisible():
            continue
        x, y = item.getData()
        if x is None or len(x) == 0:
            continue
        ok = np.isfinite(x) & np.isfinite(y)
        x, y = x[ok], y[ok]
        t = np.linspace(0.0, 1.0, 21)[:-1]
        xs = np.concatenate([x[:-1, None] + t * np.diff(x)[:, None], x[-1:, None]], axis=None)
        ys = np.concatenate([y[:-1, None] + t * np.diff(y)[:, None], y[-1:, None]], axis=None)
        out += [to_scene.map(QPointF(a, b)) for a, b in zip(xs, ys, strict=True)]
    return out


def covered_points(plot: pg.PlotWidget) -> list[QPointF]:
    legend = plot.getPlotItem().legend
    rect = legend.sceneBoundingRect()
    return [q for q in scene_points(plot) if rect.contains(q)]


@pytest.fixture
def shown_plots(qtbot):
    plots = HistoryPlots()
    for plot in plots.plots():
        qtbot.addWidget(plot)
        plot.resize(330, 190)  # as small as the Train tab makes them on a laptop
        plot.show()
        qtbot.waitExposed(plot)
    return plots


@pytest.mark.parametrize("case", sorted(CASES))
def test_legends_cover_no_curve(shown_plots, case):
    trainer = Trainer(CASES[case])
    plots = shown_plots
    plots.set_trainer(trainer)
    drawn = []
    for chunk in (50, 400, 2000):
        trainer.step(chunk)
        if case == "relu_burst" and chunk == 400:
            trainer.burst()  # the dead share jumps: a curve across the top
        snapshot = trainer.evaluate()
        for name, plot, refresh in (("loss", plots.loss_plot, plots.refresh_loss),
                                    ("dead", plots.dead_plot, plots.refresh_dead),
                                    ("grad", plots.grad_plot, plots.refresh_grad)):
            assert refresh(snapshot)
            points = scene_points(plot)
            assert len(points) > 100  # the curves are there to be covered
            legend = plot.getPlotItem().legend
            assert legend.isVisible() and legend.items
            hidden = covered_points(plot)
            assert not hidden, (case, name, chunk, len(hidden))
            drawn.append(name)
    assert len(drawn) == 9


def test_the_legend_sits_under_the_axis_in_one_line_and_the_plot_keeps_its_room(
    shown_plots, qtbot
):
    plots = shown_plots
    trainer = Trainer(CASES["deep"])
    plots.set_trainer(trainer)  # four gradient curves, the legend naming the two ends
    trainer.step(20)
    assert plots.refresh_grad(trainer.evaluate())
    for plot in (plots.loss_plot, plots.grad_plot):
        item = plot.getPlotItem()
        axis = item.getAxis("bottom")
        qtbot.waitUntil(lambda i=item, a=axis: i.legend.sceneBoundingRect().top()
                        >= a.sceneBoundingRect().bottom() - 1)  # laid out below the ticks
        legend, view = item.legend.sceneBoundingRect(), item.getViewBox().sceneBoundingRect()
        line = max(label.boundingRect().height() for _s, label in item.legend.items)
        assert legend.height() <= 1.6 * line  # one row: four entries side by side
        assert view.height() >= 0.45 * plot.height()  # the curves keep most of the plot
        assert legend.right() <= plot.width() + 1  # and no entry is cut at the right


def test_the_compare_plots_legend_covers_none_of_the_bursts_curves(qtbot):
    """Compare's legend sat inside the plot, over the steps where the burst's curves rise."""
    from reludesk.ui.trainer.compare_plot import CompareDeadPlot

    compare = CompareDeadPlot()
    qtbot.addWidget(compare.plot)
    compare.plot.resize(1100, 260)  # as wide and low as the Compare tab draws it
    compare.plot.show()
    qtbot.waitExposed(compare.plot)
    pair = [Trainer(CASES["relu_burst"]), Trainer(CASES["leaky"].replace(alpha=0.01))]
    compare.show_pair(pair, ["#D55E00", "#0072B2"])
    for trainer in pair:
        trainer.step(300)
        trainer.burst()
        trainer.step(2000)
    compare.update(pair)
    assert len(scene_points(compare.plot)) > 100
    assert compare.plot.getPlotItem().legend.items
    assert covered_points(compare.plot) == []
