"""The explorer's figure: f(z) above f'(z) for the shown activations of an :class:`ExplorerModel`,
a crosshair read-out under them and the key to the bands.

Each activation gets its curves and bands the first time it is shown; after that they are only
updated with ``setData`` and shown or hidden, never rebuilt. Every model change redraws
synchronously, so a slider and the curves move in the same frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.explorer.bands import Bands, band_masks
from reludesk.ui.explorer.model import ExplorerModel
from reludesk.ui.explorer.texts import BAND_KEY, legend_label, readout
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.plots import make_plot, overlap, set_plot_texts

CURVE_WIDTH = 3.0  # px, the top curve
RIM_WIDTH = 2.0  # px added per curve drawn on top of this one


@dataclass
class _Items:
    """The graphics items of one activation."""

    f_curve: pg.PlotDataItem
    df_curve: pg.PlotDataItem
    bands: Bands  # in the f' plot only: that is where the gradient is read, and f stays clear
    stale: bool = True  # data not drawn for the current z range / parameters


class ExplorerFigure(QWidget):
    """``activationPlot`` above ``derivativePlot``, the ``crosshairLabel`` and ``bandKeyLabel``;
    draws ``model`` and follows its changes. A click on a legend entry hides that activation
    (in the model)."""

    def __init__(self, model: ExplorerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._items: dict[str, _Items] = {}
        self._cross_z: float | None = None
        self._readout_plain = ""

        self.activation_plot = make_plot("activationPlot", left="f(z)")
        live(self.activation_plot, lambda p: set_plot_texts(
            p, title=translate("ExplorerFigure", "f(z): what the unit passes on"),
            tooltip=translate("ExplorerFigure", "The activation f(z). Hover to read values; "
                              "drag to pan, wheel to zoom.")))
        self.derivative_plot = make_plot("derivativePlot", left="f′(z)")
        live(self.derivative_plot, lambda p: set_plot_texts(
            p, title=translate("ExplorerFigure", "f′(z): how much gradient flows back"),
            bottom=translate("ExplorerFigure", "z (the unit's input)"),
            tooltip=translate("ExplorerFigure", "The derivative f′(z). Where it is 0, no "
                              "gradient reaches the weights.")))
        self.derivative_plot.setXLink(self.activation_plot)
        self._cross_lines = []
        for plot in self.plots():
            plot.getPlotItem().enableAutoRange(axis="y")
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse_moved(p, pos))
            line = pg.InfiniteLine(angle=90, movable=False)
            line.setZValue(1000)  # above every curve
            line.setVisible(False)
            plot.getPlotItem().addItem(line, ignoreBounds=True)
            self._cross_lines.append(line)
        # A legend of our own rather than PlotItem.addLegend(): that one would label curves with
        # name(), the registry name, and the legend should speak plain words.
        self.legend = pg.LegendItem(offset=(10, 10), labelTextSize="11pt")
        self.legend.setParentItem(self.activation_plot.getPlotItem().vb)
        # Behind the curves: a curve passing under the legend stays visible through it.
        self.legend.setZValue(-5)
        self.legend.sigSampleClicked.connect(self._on_legend_clicked)

        self.crosshair_label = QLabel()
        self.crosshair_label.setObjectName("crosshairLabel")
        self.crosshair_label.setWordWrap(True)
        self.crosshair_label.setTextFormat(Qt.TextFormat.RichText)
        key = QLabel()
        key.setObjectName("bandKeyLabel")
        key.setWordWrap(True)
        live(key, _band_key_texts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.activation_plot, 1)
        layout.addWidget(self.derivative_plot, 1)
        layout.addWidget(self.crosshair_label)
        layout.addWidget(key)

        model.shownChanged.connect(self._on_shown_changed)
        model.paramChanged.connect(self._on_param_changed)
        model.zRangeChanged.connect(self._on_z_range_changed)
        self._set_x_range()
        self._on_shown_changed(model.shown())
        # the legend's names (the core's labels) and the read-out's hint stay until the shown
        # set changes or the mouse moves: say them again in a new language
        live(self, ExplorerFigure._retranslate)

    # --- public ----------------------------------------------------------------------------
    def plots(self) -> list[pg.PlotWidget]:
        """The plots of the figure: f(z) above f'(z)."""
        return [self.activation_plot, self.derivative_plot]

    def curve(self, name: str) -> pg.PlotDataItem | None:
        """The f(z) curve of ``name``, or None if it was never shown."""
        return self._items[name].f_curve if name in self._items else None

    def derivative_curve(self, name: str) -> pg.PlotDataItem | None:
        """The f'(z) curve of ``name``, or None if it was never shown."""
        return self._items[name].df_curve if name in self._items else None

    def bands(self, name: str, dead: bool) -> list[tuple[float, float]]:
        """Shaded z-intervals of ``name`` in the f' plot: dead (f' = 0) or saturated."""
        return self._items[name].bands.visible_regions(dead) if name in self._items else []

    def legend_text(self, name: str) -> str | None:
        """The legend's text for ``name``, or None if it is not in the legend."""
        if name not in self._items:
            return None
        label = self.legend.getLabel(self._items[name].f_curve)
        return None if label is None else label.text

    def set_crosshair(self, z: float) -> None:
        """Put the crosshair at ``z`` and read off every shown activation there."""
        self._cross_z = float(z)
        for line in self._cross_lines:
            line.setPos(self._cross_z)
            line.setVisible(True)
        self._refresh_readout()

    def crosshair_text(self) -> str:
        """The crosshair read-out as plain text."""
        return self._readout_plain

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Restyle both plots, the legend and the crosshair for a light or dark background."""
        for plot in self.plots():
            theme.style_plot(plot, colours)
        theme.style_legend(self.legend, colours, alpha=210)
        for line in self._cross_lines:
            line.setPen(pg.mkPen(colours.crosshair, width=1.5, style=Qt.PenStyle.DashLine))
        self._refresh_readout()

    def _retranslate(self) -> None:
        self._rebuild_legend()
        self._refresh_readout()

    # --- following the model ---------------------------------------------------------------
    def _on_shown_changed(self, shown: list[str]) -> None:
        for name in self._model.names():
            on = name in shown
            if on and name not in self._items:
                self._items[name] = self._new_items(name)
            if name not in self._items:
                continue
            items = self._items[name]
            if on and items.stale:
                self._redraw(name)
            items.f_curve.setVisible(on)
            items.df_curve.setVisible(on)
            if on:
                self._update_bands(name)
            else:
                items.bands.hide()
        self._rebuild_legend()
        self._refresh_readout()

    def _on_param_changed(self, name: str, _alpha: float) -> None:
        if name in self._items:
            self._items[name].stale = True
        if name not in self._model.shown():
            return  # drawn when it is next shown
        self._redraw(name)
        self._update_bands(name)
        label = self.legend.getLabel(self._items[name].f_curve)
        if label is not None:
            label.setText(legend_label(self._model.activation(name)))
        self._refresh_readout()
        self._update_pens()

    def _on_z_range_changed(self, _z_max: int) -> None:
        shown = self._model.shown()
        for name, items in self._items.items():
            items.stale = True
            if name in shown:
                self._redraw(name)
                self._update_bands(name)
        self._update_pens()
        self._set_x_range()

    def _on_mouse_moved(self, plot: pg.PlotWidget, pos: QPointF) -> None:
        vb = plot.getPlotItem().vb
        if vb.sceneBoundingRect().contains(pos):
            self.set_crosshair(vb.mapSceneToView(pos).x())

    def _on_legend_clicked(self, item: pg.PlotDataItem) -> None:
        # pyqtgraph hides a curve whose legend sample is clicked; the model must agree
        self._model.set_shown([n for n in self._model.shown() if n != item.name()])

    # --- drawing ---------------------------------------------------------------------------
    def _new_items(self, name: str) -> _Items:
        curves = []
        for plot in self.plots():
            # name() is the registry name, so tests and code find curves by it; the legend shows
            # the plain-words label instead (see _rebuild_legend).
            curve = pg.PlotDataItem(name=name, pen=theme.activation_pen(name), antialias=True)
            plot.getPlotItem().addItem(curve)
            curves.append(curve)
        bands = Bands(self.derivative_plot, theme.activation_colour(name))
        return _Items(curves[0], curves[1], bands)

    def _redraw(self, name: str) -> None:
        items, act, z = self._items[name], self._model.activation(name), self._model.z()
        items.f_curve.setData(z, act.f(z))
        items.df_curve.setData(z, act.df(z))
        items.stale = False

    def _update_bands(self, name: str) -> None:
        act, z = self._model.activation(name), self._model.z()
        dead, saturated = band_masks(act, z)
        self._items[name].bands.update(z, dead, saturated)

    def _rebuild_legend(self) -> None:
        # Rebuilding a legend of a few labels is cheap and keeps it in list order.
        shown = self._model.shown()
        self.legend.clear()
        for name in shown:
            self.legend.addItem(self._items[name].f_curve,
                                legend_label(self._model.activation(name)))
        self.legend.setVisible(bool(shown))
        # Two columns once the list gets long, so the legend does not cover the curves.
        self.legend.setColumnCount(2 if len(shown) > 3 else 1)
        self._update_pens()

    def _update_pens(self) -> None:
        # Where curves coincide (every ReLU-like one for z > 0) a later curve would hide an
        # earlier one; an earlier curve is drawn wider, by one rim per later curve lying on it.
        shown = self._model.shown()
        for curves in (
            [self._items[n].f_curve for n in shown],
            [self._items[n].df_curve for n in shown],
        ):
            ys = [c.getData()[1] for c in curves]
            for i, (name, curve) in enumerate(zip(shown, curves, strict=True)):
                rims = sum(overlap(ys[i], y) for y in ys[i + 1 :])
                width = CURVE_WIDTH + RIM_WIDTH * min(rims, 3)
                curve.setPen(theme.activation_pen(name, width=width))
                # Drawn in list order whatever order they were created in, so rims work out.
                curve.setZValue(i)

    def _set_x_range(self) -> None:
        z_max = self._model.z_range()
        self.activation_plot.getPlotItem().setXRange(-z_max, z_max, padding=0.02)

    def _refresh_readout(self) -> None:
        acts = [self._model.activation(n) for n in self._model.shown()]
        self._readout_plain, rich = readout(self._cross_z, acts)
        self.crosshair_label.setText(rich)


def _band_key_texts(key: QLabel) -> None:
    key.setText(translate("ExplorerTexts", BAND_KEY))
    key.setToolTip(translate("ExplorerFigure", "Bands take the colour of their activation."))
