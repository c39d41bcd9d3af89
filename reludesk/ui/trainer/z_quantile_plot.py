"""``zQuantilePlot``: how each hidden layer's z is spread over the training inputs, by step.

Per hidden layer of replica 0, from the History (``History.z_quantiles``, the core's
``health.Z_QUANTILES`` = 5/25/50/75/95 % of z pooled over the layer's units and the training
inputs): the median as a thick line, the middle half (25-75 %) as a band, the middle 90 % (5 and
95 %) as thin dashed lines. A line at z = 0 is where ReLU stops passing a gradient: after a burst
the class sees a layer's whole distribution slide below it. Edits by hand (the neuron inspector)
are marked on the step axis with their words (``History.events``).

Made as the other history plots are (``history_plots``): curves created once per layer and moved
with ``setData``, the axes cached, the step axis growing in round steps, a redraw only when the
history has something new.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from reludesk.core.experiment import Trainer
from reludesk.core.health import Z_QUANTILES
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui import theme
from reludesk.ui.trainer.history_plots import layer_colours
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.legend_place import legend_below
from reludesk.ui.widgets.plots import set_plot_texts
from reludesk.ui.widgets.step_axis import cache_axes, make_step_plot, settle, step_axis_end
from reludesk.ui.widgets.titles import TitleFitter

Array = np.ndarray

# longest first, translated where shown: translate("ZQuantilePlot", TITLES[i])
TITLES = (QT_TRANSLATE_NOOP("ZQuantilePlot", "z per layer: median, 25-75 % band, 5-95 % dashed"),
          QT_TRANSLATE_NOOP("ZQuantilePlot", "z per layer (quantiles)"), "z")
MEDIAN = Z_QUANTILES.index(50)
MARKERS = 6  # edit markers shown at most: the latest ones; more would bury the curves
BAND_ALPHA = 70  # of 255: the band shows the curves of another layer through it


class _LayerCurves:
    """One hidden layer's curves: median, the 25 and 75 % edges with a band between, 5 and
    95 % dashed."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.median = plot.plot()
        self.q25, self.q75 = plot.plot(), plot.plot()
        self.band = pg.FillBetweenItem(self.q25, self.q75)
        plot.addItem(self.band)
        self.q05, self.q95 = plot.plot(), plot.plot()

    def items(self) -> list[pg.GraphicsObject]:
        return [self.median, self.q25, self.q75, self.band, self.q05, self.q95]

    def set_colour(self, colour: str) -> None:
        self.median.setPen(pg.mkPen(colour, width=3))
        for edge in (self.q25, self.q75):
            edge.setPen(pg.mkPen(colour, width=1))
        band = pg.mkColor(colour)
        band.setAlpha(BAND_ALPHA)
        self.band.setBrush(pg.mkBrush(band))
        for tail in (self.q05, self.q95):
            tail.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine))

    def show(self, steps: Array, q: Array) -> None:
        """``q`` (k, 5) quantiles at ``steps`` (k,); records without them (NaN) left out."""
        keep = np.isfinite(q).all(axis=1)
        x = steps[keep]
        for curve, column in zip(
            (self.q05, self.q25, self.median, self.q75, self.q95), range(5), strict=True
        ):
            curve.setData(x, q[keep, column])

    def set_visible(self, on: bool) -> None:
        for item in self.items():
            item.setVisible(on)


class ZQuantilePlot:
    """The plot and its curves; ``set_trainer`` then ``refresh`` a few times a second."""

    def __init__(self) -> None:
        self.plot = make_step_plot("zQuantilePlot", title=_titles()[0], left="z", tooltip="")
        legend_below(self.plot)
        zero = pg.mkPen(theme.OKABE_ITO["vermillion"], width=2, style=Qt.PenStyle.DashLine)
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, pen=zero)
        self.plot.addItem(self.zero, ignoreBounds=True)
        cache_axes(self.plot)
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=False)
        self._layers: list[_LayerCurves] = []
        self._markers: list[pg.InfiniteLine] = []
        self._title = TitleFitter(self.plot, _titles())
        self._trainer: Trainer | None = None
        live(self.zero, lambda _line: self._say())
        self._drawn: tuple | None = None
        self._dark = False

    def set_trainer(self, trainer: Trainer) -> None:
        """Show ``trainer`` from now on: one set of curves per hidden layer, named."""
        self._trainer = trainer
        self._drawn = None
        n_hidden = trainer.model.n_hidden
        while len(self._layers) < n_hidden:
            self._layers.append(_LayerCurves(self.plot))
        for l, layer in enumerate(self._layers):
            layer.set_visible(l < n_hidden)
            layer.show(np.zeros(0), np.zeros((0, 5)))
        self._name_layers()
        self._set_pens()
        for marker in self._markers:
            marker.hide()

    def _say(self) -> None:
        """Titles, tooltip and legend in the language chosen."""
        set_plot_texts(self.plot, tooltip=translate(
            "ZQuantilePlot",
            "How each hidden layer's z is spread over the training inputs: the median (thick), "
            "the middle half (band) and the middle 90 % (dashed), over the steps. Below the "
            "line at 0, ReLU passes no gradient. Marks on the step axis: edits by hand"))
        self._title.set_titles(_titles())
        self._name_layers()

    def _name_layers(self) -> None:
        """One legend entry per hidden layer shown."""
        legend = self.plot.getPlotItem().legend
        shown = 0 if self._trainer is None else self._trainer.model.n_hidden
        for l, layer in enumerate(self._layers):
            legend.removeItem(layer.median)
            if l < shown:
                legend.addItem(layer.median,
                               translate("ZQuantilePlot", "layer {n}").format(n=l + 1))

    def _set_pens(self) -> None:
        if self._trainer is None:
            return
        colours = layer_colours(len(self._trainer.model.weights), self._dark)
        for l in range(self._trainer.model.n_hidden):
            self._layers[l].set_colour(colours[l])

    def curves(self, layer: int) -> dict[int, pg.PlotDataItem]:
        """Hidden layer ``layer``'s curves by quantile (5, 25, 50, 75, 95): tests read them."""
        c = self._layers[layer]
        return {5: c.q05, 25: c.q25, 50: c.median, 75: c.q75, 95: c.q95}

    def markers(self) -> list[tuple[float, str]]:
        """(step, words) of the edit marks shown."""
        return [(m.value(), m.label.format) for m in self._markers if m.isVisible()]

    def refresh(self) -> bool:
        """Redraw if the history has new records or events since the last draw; True if so."""
        if self._trainer is None:
            return False
        trainer = self._trainer
        h = trainer.history
        last = trainer.steps_done
        key = (id(trainer), len(h), last, len(h.events))
        if key == self._drawn:
            return False
        self._drawn = key
        steps = h.steps.astype(float)
        q = h.z_quantiles[:, 0]  # (k, hidden layers, 5) of replica 0
        if len(h) == 0 or last > h.steps[-1]:
            # the history records every few steps; the network now is one more point (the
            # driver evaluates it every frame, so this is the cached evaluation's)
            steps = np.append(steps, float(last))
            q = np.concatenate([q, trainer.z_quantiles()[:1]])
        for l in range(self._trainer.model.n_hidden):
            self._layers[l].show(steps, q[:, l])
        self._show_events(h.events[-MARKERS:])
        end = max([last, *(s for s, _ in h.events)]) if h.events else last
        self.plot.setXRange(0, step_axis_end(max(end, 0)), padding=0.0)
        settle(self.plot)
        return True

    def _show_events(self, events: list[tuple[int, str]]) -> None:
        while len(self._markers) < len(events):
            pen = pg.mkPen(theme.OKABE_ITO["grey"], width=1, style=Qt.PenStyle.DotLine)
            marker = pg.InfiniteLine(
                angle=90, pen=pen, label="", labelOpts={"position": 0.9, "rotateAxis": (1, 0)}
            )
            self.plot.addItem(marker, ignoreBounds=True)
            self._markers.append(marker)
        for i, marker in enumerate(self._markers):
            if i < len(events):
                step, text = events[i]
                marker.setValue(step)
                marker.label.setFormat(text)
                marker.show()
            else:
                marker.hide()

    def apply_theme(self, colours: theme.PlotColours) -> None:
        theme.style_plot(self.plot, colours)
        self._dark = pg.mkColor(colours.background).lightness() < 128
        self._set_pens()


def _titles() -> list[str]:
    """``TITLES`` in the language chosen, longest first."""
    return [translate("ZQuantilePlot", t) for t in TITLES]
