"""``boundaryPlot``: the network's output over the input plane, with the data on top.

A GRID x GRID image of replica 0's output over [-6, 6]² (one ``model.forward`` of GRID² rows,
about 0.2 ms for 60 x 60) in an orange-white-blue diverging map: TF Playground's colours, orange
for class 0 / negative targets, blue for class 1 / positive, white where the network is
undecided. Train points are filled, test points hollow rings in the colour of their label.

Only the image changes while training: the axes and the points (which move only with a new
data set) are cached as pixmaps, so a redraw paints the image and blits the rest.

The tool row above it (``output_tools``) hides the test points or shows the predicted class
instead of the output ("discretized": output >= 0.5 for classification, the sign of the output
for regression), and draws your own points (``draw_tool``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from reludesk.core.datasets import EXTENT
from reludesk.core.experiment import Trainer
from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.trainer.output_tools import OutputTools
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.plots import make_plot, set_plot_texts
from reludesk.ui.widgets.step_axis import cache_axes

Array = np.ndarray
T = TypeVar("T")

GRID = 60
PLANE = QRectF(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)
ORANGE = theme.OKABE_ITO["orange"]
BLUE = theme.OKABE_ITO["blue"]
# the background is paler than the points so the points stay readable on top of it
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], ["#F2C46B", "#FFFFFF", "#5CA3D6"])
OVERLAY_OPACITY = 0.85  # the unit's picture on top; the data points stay above it
POINT_MAP = pg.ColorMap([0.0, 0.5, 1.0], [ORANGE, "#B0B0B0", BLUE])


def grid_inputs(n: int = GRID) -> Array:
    """(n², 2) pixel centres of an n x n image over [-EXTENT, EXTENT]², row-major with y rising
    by row (the image's rows are drawn bottom to top)."""
    xs = -EXTENT + (np.arange(n) + 0.5) * (2 * EXTENT / n)
    gx, gy = np.meshgrid(xs, xs)  # gx[row, col] = xs[col], gy[row, col] = xs[row]
    return np.column_stack([gx.ravel(), gy.ravel()])


def output_levels(task: str) -> tuple[float, float]:
    """The output range the colour map spans: probabilities for classification, the targets'
    range [-1, 1] for regression."""
    return (0.0, 1.0) if task == "classification" else (-1.0, 1.0)


def _one_per_colour(colours: list[QColor], make: Callable[[QColor], T]) -> list[T]:
    """``make(c)`` for every colour, made once per distinct colour and shared."""
    made: dict[tuple[float, ...], T] = {}
    out: list[T] = []
    for colour in colours:
        key = colour.getRgbF()  # exact: what QColor stores, not rounded to 8 bits
        if key not in made:
            made[key] = make(colour)
        out.append(made[key])
    return out


class BoundaryPlot:
    """The decision boundary (or regression surface) of a trainer's network, redrawn on demand."""

    def __init__(self) -> None:
        # made with its title (presentation mode scales titles as they are made), then live
        self.plot = make_plot("boundaryPlot",
                              title=translate("BoundaryPlot", "Network output"))
        live(self.plot, lambda plot: set_plot_texts(
            plot, title=translate("BoundaryPlot", "Network output"),
            tooltip=translate(
                "BoundaryPlot",
                "The network's output for every point of the plane: blue for class 1 (or a "
                "positive target), orange for class 0 (negative), white where it is undecided. "
                "Filled dots: training points; rings: test points")))
        item = self.plot.getPlotItem()
        item.setAspectLocked(True)
        item.setXRange(-EXTENT, EXTENT, padding=0.0)
        item.setYRange(-EXTENT, EXTENT, padding=0.0)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setLookupTable(DIVERGING.getLookupTable(nPts=256))
        self.plot.addItem(self._image)
        # one hidden unit's output (the neuron inspector's switch), over the network's
        self._overlay = pg.ImageItem(axisOrder="row-major")
        self._overlay.setOpacity(OVERLAY_OPACITY)
        self._overlay.hide()
        self.plot.addItem(self._overlay)
        self._train = pg.ScatterPlotItem(size=8, pen=pg.mkPen("#303030", width=1))
        self._test = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(None))
        self.plot.addItem(self._train)
        self.plot.addItem(self._test)
        cache_axes(self.plot)
        for points in (self._train, self._test):
            points.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._grid = grid_inputs()
        self._trainer: Trainer | None = None
        self._levels = (0.0, 1.0)
        self._drawn_steps = -1
        self._discrete = False
        self.tools = OutputTools(self.plot)
        self.tools.show_test.toggled.connect(self.set_test_visible)
        self.tools.discrete.toggled.connect(self.set_discrete)

    def set_trainer(self, trainer: Trainer) -> None:
        """Show ``trainer``'s data (points change only here) and its network on the next refresh."""
        self._trainer = trainer
        self._levels = output_levels(trainer.config.task)
        self._drawn_steps = -1
        self.tools.set_regression(trainer.config.task != "classification")
        self.show_points(trainer.X_train, trainer.y_train, trainer.X_test, trainer.y_test)

    def show_points(self, X_train: Array, y_train: Array, X_test: Array, y_test: Array) -> None:
        """Show X_train (n, 2) as dots and X_test (m, 2) as rings, in the colours of their
        labels y_train (n,) and y_test (m,); changes nothing but the two scatter items (points
        drawn but not yet trained on are shown with this too)."""
        lo, hi = self._levels
        train_colours = self._colours(y_train, lo, hi)
        test_colours = self._colours(y_test, lo, hi)
        # One brush or pen per colour, shared by every point of that colour: pyqtgraph renders
        # a symbol once per distinct brush or pen object, so one each per point (500 renders for
        # two classes) cost some 30 ms per new data set, at start-up too.
        self._train.setData(pos=np.asarray(X_train).reshape(-1, 2),
                            brush=_one_per_colour(train_colours, pg.mkBrush))
        self._test.setData(
            pos=np.asarray(X_test).reshape(-1, 2),
            pen=_one_per_colour(test_colours, lambda c: pg.mkPen(c, width=2.5)),
        )

    def shown_points(self) -> tuple[Array, Array]:
        """(train (n, 2), test (m, 2)) positions of the points on the plot, the test ones empty
        while hidden (tests read it)."""
        train = np.column_stack(self._train.getData()).reshape(-1, 2)
        if not self._test.isVisible():
            return train, np.zeros((0, 2))
        return train, np.column_stack(self._test.getData()).reshape(-1, 2)

    def set_test_visible(self, visible: bool) -> None:
        """Show or hide the test points (the rings)."""
        self._test.setVisible(visible)
        blocked = self.tools.show_test.blockSignals(True)
        self.tools.show_test.setChecked(visible)
        self.tools.show_test.blockSignals(blocked)

    def set_discrete(self, discrete: bool) -> None:
        """Colour the plane by the predicted class (True) or by the output itself, redrawn now."""
        self._discrete = discrete
        blocked = self.tools.discrete.blockSignals(True)
        self.tools.discrete.setChecked(discrete)
        self.tools.discrete.blockSignals(blocked)
        steps, self._drawn_steps = self._drawn_steps, -1
        if steps >= 0:
            self.refresh(steps)

    @staticmethod
    def _colours(y: Array, lo: float, hi: float) -> list[QColor]:
        t = np.clip((np.asarray(y, dtype=float) - lo) / (hi - lo), 0.0, 1.0)
        return list(POINT_MAP.map(t, mode="qcolor"))

    def output_image(self) -> Array:
        """(GRID, GRID) output of replica 0 over the plane; rows are y, columns x. Non-finite
        values (a network on the edge of diverging) are clipped into the colour range. While
        discretized, the predicted class instead: 0 / 1 (classification), -1 / 1 (regression)."""
        assert self._trainer is not None
        with np.errstate(all="ignore"):
            out = self._trainer.model.forward(self._grid)[0, :, 0]
        lo, hi = self._levels
        out = np.nan_to_num(out, nan=(lo + hi) / 2, posinf=hi, neginf=lo)
        if self._discrete:
            # the class the network predicts: its threshold is the middle of the colour range
            # (0.5 for a probability, 0 for a regression output), so the map's two ends show
            out = np.where(out >= (lo + hi) / 2, hi, lo)
        return out.reshape(GRID, GRID)

    def refresh(self, steps: int) -> bool:
        """Redraw the image if the network has changed since the last draw; True if it drew."""
        if self._trainer is None or steps == self._drawn_steps:
            return False
        self._drawn_steps = steps
        # rect with every image: set before the first image, pyqtgraph scales it by no size
        self._image.setImage(self.output_image(), levels=self._levels, autoLevels=False, rect=PLANE)
        return True

    def invalidate(self) -> None:
        """The network changed without a step (an edit by hand): the next refresh redraws."""
        self._drawn_steps = -1

    def set_overlay(self, rgba: Array | None) -> None:
        """Show ``rgba`` (h, w, 4) uint8, rows from y = -EXTENT up, over the whole plane on
        top of the network's output (below the points); None hides it."""
        if rgba is None:
            self._overlay.hide()
            return
        self._overlay.setImage(rgba, autoLevels=False, levels=(0, 255), rect=PLANE)
        self._overlay.show()

    def overlay_data(self) -> Array | None:
        """The overlay's array while it is shown, else None (tests read it)."""
        return self._overlay.image if self._overlay.isVisible() else None

    def image_data(self) -> Array | None:
        """The array the image shows now (tests read it)."""
        return self._image.image

    def apply_theme(self, colours: theme.PlotColours) -> None:
        theme.style_plot(self.plot, colours)
