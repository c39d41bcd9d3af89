"""History plots of the network trainer: loss, dead share per layer, gradient norm per layer,
and for PReLU the learned slope per layer (shown only for PReLU: no other activation learns one).

Every curve is created once (a pool per kind, as deep as the deepest network shown so far, the
unused ones hidden) and then only moved with ``setData``: a pyqtgraph redraw with axes costs
about 10 ms, so the panel calls the ``refresh_*`` methods a few times a second, one plot at a
time, and each returns at once when nothing changed since it last drew. Only replica 0 is drawn.

What makes a redraw cheap: the axes (with their grid lines, which span the whole plot) are cached
as pixmaps, and the step axis grows in round steps (0..1000, 0..1500, 0..2000, ...) rather than
with every record, so most redraws only repaint the curves and blit the axes.

A cursor (a vertical line on every plot, ``show_cursor``) marks the step shown while the
timeline bar has gone back to an earlier step; at the end of the run it is hidden.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from reludesk.core.experiment import Snapshot, Trainer
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui import theme
from reludesk.ui.trainer.status import FLOOR, second_state
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.legend_place import legend_below
from reludesk.ui.widgets.step_axis import (
    cache_axes,
    finite_xy,
    make_step_plot,
    settle,
    show_curve,
    step_axis_end,
)
from reludesk.ui.widgets.titles import TitleFitter

Array = np.ndarray

LOG_FLOOR = 1e-12  # a log axis cannot show 0: a gradient norm of exactly 0 is drawn here
LEGEND_ALL_UP_TO = 3  # more layers than this: the legend names the first and the last only
# each plot's titles, longest first: the longest that fits is shown (TitleFitter); in English,
# translated where they are shown (translated())
LOSS_TITLES = (QT_TRANSLATE_NOOP("HistoryPlots", "Loss (log scale)"),
               QT_TRANSLATE_NOOP("HistoryPlots", "Loss (log)"),
               QT_TRANSLATE_NOOP("HistoryPlots", "Loss"))
DEAD_TITLES = (QT_TRANSLATE_NOOP("HistoryPlots", "Dead % per layer"),
               QT_TRANSLATE_NOOP("HistoryPlots", "Dead %"))
# the dashed curves' state, by the activation's family (status.second_state), in the title
SECOND_TITLES = {
    "inactive": (QT_TRANSLATE_NOOP("HistoryPlots", "Dead % (- - inactive)"), DEAD_TITLES[1]),
    "saturated": (QT_TRANSLATE_NOOP("HistoryPlots", "Dead % (- - saturated)"), DEAD_TITLES[1]),
}
GRAD_TITLES = (QT_TRANSLATE_NOOP("HistoryPlots", "Gradient size (log)"),
               QT_TRANSLATE_NOOP("HistoryPlots", "Gradient (log)"),
               QT_TRANSLATE_NOOP("HistoryPlots", "Gradient"))
SLOPE_TITLES = (QT_TRANSLATE_NOOP("HistoryPlots", "PReLU slope per layer"),
                QT_TRANSLATE_NOOP("HistoryPlots", "PReLU slope"),
                QT_TRANSLATE_NOOP("HistoryPlots", "Slope"))
TRAIN_COLOUR = theme.OKABE_ITO["blue"]
TEST_COLOUR = theme.OKABE_ITO["vermillion"]


def translated(titles: tuple[str, ...]) -> tuple[str, ...]:
    """``titles`` (one of the tables above) in the language chosen."""
    return tuple(translate("HistoryPlots", t) for t in titles)


def layer_colours(n: int, dark: bool = False) -> list[str]:
    """``n`` colours along viridis, first layer to last: depth reads as an order, and
    neighbours stay apart because the range is spread over the layers there are.

    On white the bright yellow end is cut off (it vanishes on a projector screen); on a dark
    background the near-black purple start is.
    """
    cmap = pg.colormap.get("viridis")
    low, high = (0.3, 1.0) if dark else (0.0, 0.72)
    stops = np.linspace(low, high, n) if n > 1 else np.array([(low + high) / 2])
    return [cmap.map(float(s), mode="qcolor").name() for s in stops]


def series(trainer: Trainer, snapshot: Snapshot | None) -> dict[str, Array]:
    """Replica 0's history as plain arrays, with the latest snapshot appended when the history
    has not recorded it yet (it records every few steps; a single Step must still show).

    Keys: steps (k,), train_loss / test_loss (k,), dead_share / inactive_share /
    saturated_share (k, layers), grad_norm (k, weight layers) and, for PReLU, slope_mean (k,
    layers): each layer's mean learned slope.
    """
    h = trainer.history
    out = {
        "steps": h.steps.astype(float),
        "train_loss": h.train_loss[:, 0],
        "test_loss": h.test_loss[:, 0],
        "dead_share": h.dead_share[:, :, 0],
        "inactive_share": h.inactive_share[:, :, 0],
        "saturated_share": h.saturated_share[:, :, 0],
        "grad_norm": h.grad_norm[:, :, 0],
    }
    if trainer.model.learns_slope:  # History keeps slopes only for PReLU
        out["slope_mean"] = h.slope_mean[:, :, 0]
    if snapshot is not None and (len(h) == 0 or snapshot.steps > h.steps[-1]):
        latest = {
            "steps": np.array([float(snapshot.steps)]),
            "train_loss": snapshot.train_loss[:1],
            "test_loss": snapshot.test_loss[:1],
            "dead_share": snapshot.dead_share()[:, :1].T,
            "inactive_share": snapshot.inactive_share()[:, :1].T,
            "saturated_share": snapshot.saturated_share()[:, :1].T,
            "grad_norm": snapshot.grad_norm[:1],
            "slope_mean": snapshot.slope_mean()[:, :1].T,
        }
        out = {k: np.concatenate([v, latest[k]]) for k, v in out.items()}
    return out


class HistoryPlots:
    """``lossPlot``, ``deadSharePlot``, ``gradNormPlot`` and ``slopePlot`` (shown for PReLU
    only) with their reusable curves."""

    def __init__(self) -> None:
        # titles and tooltips are worded (and chosen to fit) by _name_texts
        self.loss_plot = make_step_plot("lossPlot", title=LOSS_TITLES[0], tooltip="")
        self.loss_plot.setLogMode(y=True)
        legend_below(self.loss_plot)  # under the axis: inside, it hid the curves
        self._train = self.loss_plot.plot(name="train", pen=pg.mkPen(TRAIN_COLOUR, width=3))
        self._test = self.loss_plot.plot(
            name="test", pen=pg.mkPen(TEST_COLOUR, width=3, style=Qt.PenStyle.DashLine)
        )

        # where training stopped, if it did: said on the loss plot, where the student looks
        self._diverged_line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(TEST_COLOUR, width=2, style=Qt.PenStyle.DotLine),
            label="",  # worded by _name_texts
            labelOpts={"position": 0.85, "color": TEST_COLOUR},
        )
        self._diverged_line.hide()
        self.loss_plot.addItem(self._diverged_line, ignoreBounds=True)

        self.dead_plot = make_step_plot("deadSharePlot", title=DEAD_TITLES[0], tooltip="")
        # a little room below 0: a layer with no dead unit must not hide in the axis line
        self.dead_plot.setYRange(-3, 103, padding=0.0)
        self.dead_plot.getPlotItem().getViewBox().setMouseEnabled(y=False)
        legend_below(self.dead_plot)
        self.grad_plot = make_step_plot("gradNormPlot", title=GRAD_TITLES[0], tooltip="")
        self.grad_plot.setLogMode(y=True)
        legend_below(self.grad_plot)
        self.slope_plot = make_step_plot("slopePlot", title=SLOPE_TITLES[0], tooltip="")
        legend_below(self.slope_plot)
        start_pen = pg.mkPen(theme.OKABE_ITO["grey"], width=2, style=Qt.PenStyle.DashLine)
        self._slope_start = pg.InfiniteLine(angle=0, movable=False, pen=start_pen)
        self.slope_plot.addItem(self._slope_start)
        # One curve per layer, made when a network first needs it (a pool for the largest
        # network allowed cost some 15 ms of start-up) and kept for later networks; pens are
        # set per network in set_trainer, colours spread over the layers it has.
        self._dead: list[pg.PlotDataItem] = []
        self._inactive: list[pg.PlotDataItem] = []  # dashed: the family's second state
        self._second: str | None = None
        self._grad: list[pg.PlotDataItem] = []
        self._slope: list[pg.PlotDataItem] = []
        for plot in self.plots():
            cache_axes(plot)
            plot.getPlotItem().getViewBox().setMouseEnabled(x=False)
        self._loss_title = TitleFitter(self.loss_plot, LOSS_TITLES)
        self._dead_title = TitleFitter(self.dead_plot, DEAD_TITLES)
        self._grad_title = TitleFitter(self.grad_plot, GRAD_TITLES)
        self._slope_title = TitleFitter(self.slope_plot, SLOPE_TITLES)
        self._trainer: Trainer | None = None
        self._drawn: dict[str, int] = {}
        self._dark = False
        cursor_pen = pg.mkPen(theme.OKABE_ITO["grey"], width=2)
        self._cursors: list[pg.InfiniteLine] = []
        for plot in self.plots():
            line = pg.InfiniteLine(angle=90, movable=False, pen=cursor_pen)
            line.setZValue(5)  # over the curves: it says which point of them is on show
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self._cursors.append(line)
        self._cursor_step: int | None = None
        # the plots live as long as these: the loss plot carries the texts' switch
        live(self.loss_plot, lambda _plot: self._name_texts())

    def _name_texts(self) -> None:
        """Tooltips, titles, the divergence line's words and the legends in the language
        chosen."""
        self.loss_plot.setToolTip(translate(
            "HistoryPlots",
            "Training loss (solid) and test loss (dashed) over the steps, log scale"))
        self.dead_plot.setToolTip(translate(
            "HistoryPlots",
            "Share of each hidden layer's units that are dead (solid: no gradient on any "
            "input). Dashed, for Leaky ReLU and PReLU: inactive but alive "
            "(below zero on every input, gradient still flows); for smooth activations: "
            "saturated (|f′| < {floor} on every input, alive but numerically silent)").format(
                floor=FLOOR))
        self.grad_plot.setToolTip(translate(
            "HistoryPlots",
            "Size of each weight layer's gradient over the steps, log scale. Early layers "
            "far below late ones: vanishing gradients"))
        self.slope_plot.setToolTip(translate(
            "HistoryPlots",
            "PReLU only: each hidden layer's learned slope below zero, the mean over its "
            "units (each unit's own is the tick at its corner in the network picture). "
            "The dashed line is where they started; 0 would be ReLU, 1 a straight line"))
        self._loss_title.set_titles(translated(LOSS_TITLES))
        self._grad_title.set_titles(translated(GRAD_TITLES))
        self._slope_title.set_titles(translated(SLOPE_TITLES))
        self._dead_title.set_titles(
            translated(SECOND_TITLES[self._second] if self._second else DEAD_TITLES))
        self._diverged_line.label.setFormat(translate("HistoryPlots", "training stopped"))
        legend = self.loss_plot.getPlotItem().legend
        for curve in (self._train, self._test):
            legend.removeItem(curve)  # the curves keep their names ("train", "test")
        legend.addItem(self._train, translate("HistoryPlots", "train"))
        legend.addItem(self._test, translate("HistoryPlots", "test"))
        self._name_layers()

    def _name_layers(self) -> None:
        """The layer curves in the legends, for the network shown (none before one is)."""
        if self._trainer is None:
            return
        n_hidden = self._trainer.model.n_hidden
        n_layers = len(self._trainer.model.weights)
        layer = translate("HistoryPlots", "layer {n}")
        hidden = [layer.format(n=l + 1) for l in range(n_hidden)]
        self._name_curves(self.dead_plot, self._dead, n_hidden, hidden)
        names = [layer.format(n=l + 1) for l in range(n_layers - 1)]
        self._name_curves(self.grad_plot, self._grad, n_layers,
                          [*names, translate("HistoryPlots", "output")])
        slopes = self._trainer.model.learns_slope
        self._name_curves(self.slope_plot, self._slope, n_hidden if slopes else 0, hidden)

    def plots(self) -> list[pg.PlotWidget]:
        """Every history plot, the slope plot too (hidden unless the network is PReLU)."""
        return [self.loss_plot, self.dead_plot, self.grad_plot, self.slope_plot]

    def set_trainer(self, trainer: Trainer) -> None:
        """Show ``trainer`` from now on: as many layer curves as it has layers, named again."""
        self._trainer = trainer
        self._drawn.clear()
        n_hidden = trainer.model.n_hidden
        n_layers = len(trainer.model.weights)
        # units of a leaky activation can sleep (z < 0 everywhere) without dying, smooth ones
        # saturate: that share is worth its own curve there, and only there
        self._second = second_state(trainer.config.activation)
        dashed = self._second is not None
        self._grow_pools(n_hidden, n_layers)
        self._set_layer_pens()
        self._name_layers()
        for l, curve in enumerate(self._inactive):
            # no legend entries: the title says what dashed means, and 16 entries would bury it
            curve.setVisible(dashed and l < n_hidden)
        self._dead_title.set_titles(
            translated(SECOND_TITLES[self._second] if self._second else DEAD_TITLES))
        slopes = trainer.model.learns_slope
        self.slope_plot.setVisible(slopes)
        if slopes:
            self._slope_start.setValue(trainer.config.effective_alpha)
        curves = (*self._dead, *self._inactive, *self._grad, *self._slope)
        for curve in (self._train, self._test, *curves):
            curve.setData([], [])
        for plot in self.plots():
            self._follow_steps(plot, 0)
        self.loss_plot.enableAutoRange(axis="y")
        self.grad_plot.enableAutoRange(axis="y")
        self.slope_plot.enableAutoRange(axis="y")
        self._diverged_line.hide()

    def _grow_pools(self, n_hidden: int, n_layers: int) -> None:
        """At least ``n_hidden`` dead and inactive curves and ``n_layers`` gradient curves.

        Stacked as a pool made all at once would be: every inactive (dashed) curve above every
        dead one, and later layers above earlier ones.
        """
        while len(self._dead) < n_hidden:
            self._dead.append(self.dead_plot.plot())
        while len(self._inactive) < n_hidden:
            curve = self.dead_plot.plot()
            curve.setZValue(1)
            self._inactive.append(curve)
        while len(self._grad) < n_layers:
            self._grad.append(self.grad_plot.plot())
        while len(self._slope) < n_hidden:
            self._slope.append(self.slope_plot.plot())

    def divergence_step(self) -> int | None:
        """The step marked as where training stopped, or None."""
        line = self._diverged_line
        return round(line.value()) if line.isVisible() else None

    def cursor_step(self) -> int | None:
        """The step the cursor lines stand at, or None while they are hidden."""
        return self._cursor_step

    def show_cursor(self, step: int | None) -> None:
        """A vertical line at ``step`` on every history plot (the step the timeline shows);
        None hides them. Nothing is redrawn when the step is the one shown already."""
        if step == self._cursor_step:
            return
        self._cursor_step = step
        for line in self._cursors:
            if step is not None:
                line.setValue(step)
            line.setVisible(step is not None)

    def mark_divergence(self, step: int) -> None:
        """Draw a line on the loss plot at ``step``, where training stopped."""
        self._diverged_line.setValue(step)
        # the words go on the side of the line with room: the step axis ends at or past ``step``
        left = step > step_axis_end(step) / 2
        anchor = (1.0, 0.5) if left else (0.0, 0.5)
        label = self._diverged_line.label
        label.anchors = [anchor, anchor]  # pyqtgraph re-picks from these on every move
        self._diverged_line.show()
        label.updatePosition()

    def _set_layer_pens(self) -> None:
        if self._trainer is None:
            return
        colours = layer_colours(len(self._trainer.model.weights), self._dark)
        dash = Qt.PenStyle.DashLine
        for l in range(self._trainer.model.n_hidden):
            self._dead[l].setPen(pg.mkPen(colours[l], width=3))
            self._inactive[l].setPen(pg.mkPen(colours[l], width=2, style=dash))
            self._slope[l].setPen(pg.mkPen(colours[l], width=3))
        for l in range(len(self._trainer.model.weights)):
            # thinner: full-batch gradient norms jitter with every SGD step
            self._grad[l].setPen(pg.mkPen(colours[l], width=2))

    @staticmethod
    def _follow_steps(plot: pg.PlotWidget, last_step: float) -> None:
        # the step axis always runs from 0 to a round number at or past now: an auto-range around
        # the lone first record would read "-400 … 400 (x0.001)"
        plot.setXRange(0, step_axis_end(last_step), padding=0.0)

    @staticmethod
    def _name_curves(
        plot: pg.PlotWidget, curves: list[pg.PlotDataItem], n: int, names: list[str]
    ) -> None:
        # the legend lists only the curves in use; re-adding keeps it in layer order. Seven
        # layers' names would bury a small plot: then the first and the last name the two ends
        # of the colour scale, and the colours between run in order.
        legend = plot.getPlotItem().legend
        named = range(n) if n <= LEGEND_ALL_UP_TO else (0, n - 1)
        for l, curve in enumerate(curves):
            legend.removeItem(curve)
            curve.setVisible(l < n)
            if l in named:
                legend.addItem(curve, names[l])

    def _stale(self, key: str, snapshot: Snapshot | None) -> bool:
        steps = -1 if snapshot is None else snapshot.steps
        if self._trainer is None or self._drawn.get(key) == steps:
            return False
        self._drawn[key] = steps
        return True

    def refresh_loss(self, snapshot: Snapshot | None) -> bool:
        """Redraw the loss curves if training moved on; True if it drew."""
        return self._redraw("loss", self.loss_plot, snapshot, self._draw_loss)

    def refresh_dead(self, snapshot: Snapshot | None) -> bool:
        """Redraw the dead (and inactive) share curves if training moved on."""
        return self._redraw("dead", self.dead_plot, snapshot, self._draw_dead)

    def refresh_grad(self, snapshot: Snapshot | None) -> bool:
        """Redraw the gradient-norm curves if training moved on."""
        return self._redraw("grad", self.grad_plot, snapshot, self._draw_grad)

    def refresh_slope(self, snapshot: Snapshot | None) -> bool:
        """Redraw the learned-slope curves if training moved on (PReLU only: else False)."""
        if self._trainer is None or not self._trainer.model.learns_slope:
            return False
        return self._redraw("slope", self.slope_plot, snapshot, self._draw_slope)

    def _redraw(
        self,
        key: str,
        plot: pg.PlotWidget,
        snapshot: Snapshot | None,
        draw: Callable[[dict[str, Array]], None],
    ) -> bool:
        """``draw(series)`` on ``plot`` with its step axis up to now, if training moved on
        since it last drew; True if it drew."""
        if not self._stale(key, snapshot):
            return False
        assert self._trainer is not None  # _stale says so
        data = series(self._trainer, snapshot)
        self._follow_steps(plot, data["steps"][-1])
        draw(data)
        settle(plot)
        return True

    def _draw_loss(self, data: dict[str, Array]) -> None:
        steps = data["steps"]
        show_curve(self._train, *finite_xy(steps, data["train_loss"], positive=True))
        show_curve(self._test, *finite_xy(steps, data["test_loss"], positive=True))

    def _draw_dead(self, data: dict[str, Array]) -> None:
        steps = data["steps"]
        for l in range(data["dead_share"].shape[1]):
            show_curve(self._dead[l], *finite_xy(steps, 100.0 * data["dead_share"][:, l]))
            if self._second is not None and self._inactive[l].isVisible():
                second = 100.0 * data[f"{self._second}_share"][:, l]
                show_curve(self._inactive[l], *finite_xy(steps, second))

    def _draw_grad(self, data: dict[str, Array]) -> None:
        steps = data["steps"]
        for l in range(data["grad_norm"].shape[1]):
            norm = data["grad_norm"][:, l]
            # exactly 0 (every unit of the layer dead) is drawn on the floor, not dropped
            norm = np.where(norm == 0.0, LOG_FLOOR, norm)
            show_curve(self._grad[l], *finite_xy(steps, norm, positive=True))

    def _draw_slope(self, data: dict[str, Array]) -> None:
        steps = data["steps"]
        for l in range(data["slope_mean"].shape[1]):
            show_curve(self._slope[l], *finite_xy(steps, data["slope_mean"][:, l]))

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Restyle the plots, and pick layer colours that show on the new background."""
        for plot in self.plots():
            theme.style_plot(plot, colours)
        self._dark = pg.mkColor(colours.background).lightness() < 128
        self._set_layer_pens()
        self._drawn.clear()  # dots on short curves take their colour from the pen at setData
