"""The activation explorer: f(z) and f'(z) of any set of activations, side by side.

Each activation gets its curves (f, f', gradient through depth) and bands the first time it is
shown; after that they are only updated with ``setData`` and shown or hidden, never rebuilt.
Every control redraws synchronously, so a slider and the curves move in the same frame.

Two arrangements, picked by the panel's width: a control column beside the plots when it is
wide; in a narrow dock (the usual one, a third of a 1400 px window) the controls go above the
plots as a compact strip and the guide into a tab, so the plots keep the whole width. Below the
contents' minimum size the panel scrolls rather than hold the window at a large minimum.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from os import PathLike

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from reludesk.core import activations
from reludesk.core.activations import Activation
from reludesk.ui import theme
from reludesk.ui.explorer.bands import Bands, band_masks
from reludesk.ui.explorer.controls import (
    GUIDE_TITLE,
    PARAM_CONTROLS,
    Z_RANGE,
    Z_RANGE_DEFAULT,
    ControlColumn,
    short_label,
)
from reludesk.ui.explorer.depth import TOOLTIP as DEPTH_TOOLTIP
from reludesk.ui.explorer.depth import DepthView
from reludesk.ui.explorer.table import PropertiesTable
from reludesk.ui.widgets.plots import fmt, make_plot, overlap
from reludesk.ui.widgets.scroll_frame import scrolling
from reludesk.ui.widgets.splitters import Splitter

DEFAULT_SHOWN = ("relu", "leaky_relu")
GRID_POINTS = 1201  # odd, so z = 0 is a grid point and relu's kink is drawn exactly
CURVE_WIDTH = 3.0  # px, the top curve
RIM_WIDTH = 2.0  # px added per curve drawn on top of this one
_SETTINGS = "explorer"
# Below this width, in average characters of the panel's font, the controls go above the plots:
# beside them they would leave the plots too narrow to read. About 680 px at the usual font (a
# 1400 px window gives the explorer some 515 px); more in presentation mode's larger font.
WIDE_CHARS = 112
# the most of the plots-and-tables height the tabs below the plots get: (compact, wide)
TABS_SHARE = (0.27, 0.4)

BAND_KEY = (
    "Tint in the f′ plot: strong (dashed edges) where f′ = 0, the unit can die; light where "
    "f′ is below 1 % of its peak, saturated."
)


def z_grid(z_max: float) -> np.ndarray:
    """The z values the curves are drawn at: GRID_POINTS from -z_max to z_max, 0 exactly."""
    z = np.linspace(-z_max, z_max, GRID_POINTS)
    z[GRID_POINTS // 2] = 0.0
    return z


@dataclass
class _Items:
    """The graphics items of one activation."""

    f_curve: pg.PlotDataItem
    df_curve: pg.PlotDataItem
    bands: Bands  # in the f' plot only: that is where the gradient is read, and f stays clear
    stale: bool = True  # data not drawn for the current z range / parameters


class ExplorerPanel(QWidget):
    """Plots, controls and tables of the activation explorer.

    ``names`` are the registry activations offered (all of them by default). The chosen set,
    the parameters and the z range are kept in QSettings under ``explorer/``.
    """

    def __init__(self, names: Iterable[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorerPanel")
        self._names = list(names) if names is not None else activations.names()
        self._params: dict[str, float] = {
            name: activations.param_specs(name)["alpha"].default
            for name in PARAM_CONTROLS
            if name in self._names
        }
        self._acts: dict[str, Activation] = {
            name: activations.get(name, **self._param_kwargs(name)) for name in self._names
        }
        self._items: dict[str, _Items] = {}
        self._shown: list[str] = []
        self._z_max = float(Z_RANGE_DEFAULT)
        self._z = z_grid(self._z_max)
        self._cross_z: float | None = None
        self._restoring = True
        self._build()
        self._restore_settings()
        self._restoring = False

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.controls = ControlColumn(self._names, self._params)
        self.controls.shownChanged.connect(self._on_shown_changed)
        self.controls.paramChanged.connect(self._on_param_changed)
        self.controls.zRangeChanged.connect(self._on_z_range_changed)
        self.activation_list = self.controls.activation_list
        self.param_sliders = self.controls.param_sliders

        self.activation_plot = make_plot(
            "activationPlot", title="f(z): what the unit passes on", left="f(z)",
            tooltip="The activation f(z). Hover to read values; drag to pan, wheel to zoom.")
        self.derivative_plot = make_plot(
            "derivativePlot", title="f′(z): how much gradient flows back", left="f′(z)",
            bottom="z (the unit's input)",
            tooltip="The derivative f′(z). Where it is 0, no gradient reaches the weights.")
        self.derivative_plot.setXLink(self.activation_plot)
        self._cross_lines = []
        for plot in (self.activation_plot, self.derivative_plot):
            plot.getPlotItem().enableAutoRange(axis="y")
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse_moved(p, pos))
            line = pg.InfiniteLine(angle=90, movable=False)
            line.setZValue(1000)  # above every curve
            line.setVisible(False)
            plot.getPlotItem().addItem(line, ignoreBounds=True)
            self._cross_lines.append(line)
        # A legend of our own rather than PlotItem.addLegend(): that one would label curves with
        # name(), the registry name, and the legend should speak plain words.
        self._legend = pg.LegendItem(offset=(10, 10), labelTextSize="11pt")
        self._legend.setParentItem(self.activation_plot.getPlotItem().vb)
        # Behind the curves: a curve passing under the legend stays visible through it.
        self._legend.setZValue(-5)
        self._legend.sigSampleClicked.connect(self._on_legend_clicked)

        self.crosshair_label = QLabel()
        self.crosshair_label.setObjectName("crosshairLabel")
        self.crosshair_label.setWordWrap(True)
        self.crosshair_label.setTextFormat(Qt.TextFormat.RichText)
        key = QLabel(BAND_KEY)
        key.setObjectName("bandKeyLabel")
        key.setWordWrap(True)
        key.setToolTip("Bands take the colour of their activation.")
        plots = QWidget()
        plots_layout = QVBoxLayout(plots)
        plots_layout.setContentsMargins(0, 0, 0, 0)
        plots_layout.setSpacing(4)
        plots_layout.addWidget(self.activation_plot, 1)
        plots_layout.addWidget(self.derivative_plot, 1)
        plots_layout.addWidget(self.crosshair_label)
        plots_layout.addWidget(key)

        self.properties_table = PropertiesTable()
        self.depth = DepthView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("explorerTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.properties_table, "Properties")
        self.tabs.addTab(self.depth, "Gradient through depth")
        self.tabs.setTabToolTip(0, "What each shown activation guarantees, and what it costs.")
        self.tabs.setTabToolTip(1, DEPTH_TOOLTIP)
        self.tabs.currentChanged.connect(lambda _: self._save_settings())

        self.splitter = Splitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(plots)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.on_resized = self._split

        content = QWidget()
        content.setObjectName("explorerContent")
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self._body.setContentsMargins(6, 6, 6, 6)
        self._body.addWidget(self.controls)
        self._body.addWidget(self.splitter, 1)
        self.scroll = scrolling(self, content)
        self._compact: bool | None = None
        self._set_compact(True)  # the first resize picks the arrangement that fits
        self._set_x_range()
        self._refresh_readout()

    def _set_compact(self, on: bool) -> None:
        """Controls above the plots, the guide in a tab (narrow panel); or controls beside."""
        if on == self._compact:
            return
        self._compact = on
        guide = self.controls.guide_view
        if on:
            self.controls.set_compact(True)
            index = self.tabs.addTab(guide, GUIDE_TITLE)
            self.tabs.setTabToolTip(index, "How to read the plots, in a few lines.")
            self._body.setDirection(QBoxLayout.Direction.TopToBottom)
        else:
            if (index := self.tabs.indexOf(guide)) >= 0:
                self.tabs.removeTab(index)
            self.controls.set_compact(False)
            self._body.setDirection(QBoxLayout.Direction.LeftToRight)

    def is_compact(self) -> bool:
        """True while the panel is too narrow for a control column beside the plots."""
        return bool(self._compact)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_compact(event.size().width() < self.wide_width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: larger text
            self._set_compact(self.width() < self.wide_width())

    def wide_width(self) -> int:
        """The least width, in pixels, at which the controls go beside the plots."""
        return round(WIDE_CHARS * QFontMetricsF(self.font()).averageCharWidth())

    def _split(self) -> None:
        """Give the tabs at most a share of the height: the plots are what to look at."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        tabs = self.tabs
        # at most what the table needs to show every row (the depth plot would take any room)
        low = tabs.minimumSizeHint().height()
        high = self.properties_table.sizeHint().height() + tabs.tabBar().sizeHint().height() + 4
        share = TABS_SHARE[0] if self._compact else TABS_SHARE[1]
        below = min(max(round(share * total), low), high)
        self.splitter.set_sizes([total - below, below])

    def _new_items(self, name: str) -> _Items:
        curves = []
        for plot in (self.activation_plot, self.derivative_plot):
            # name() is the registry name, so tests and code find curves by it; the legend shows
            # the plain-words label instead (see _rebuild_legend).
            curve = pg.PlotDataItem(name=name, pen=theme.activation_pen(name), antialias=True)
            plot.getPlotItem().addItem(curve)
            curves.append(curve)
        bands = Bands(self.derivative_plot, theme.activation_colour(name))
        return _Items(curves[0], curves[1], bands)

    # --- public ----------------------------------------------------------------------------
    def names(self) -> list[str]:
        """Every activation offered, in list order."""
        return list(self._names)

    def shown(self) -> list[str]:
        """The activations now shown, in list order."""
        return list(self._shown)

    def set_shown(self, names: Iterable[str]) -> None:
        """Show exactly ``names`` (ticks them in the list); unknown names are ignored."""
        self.activation_list.set_checked(names)

    def activation(self, name: str) -> Activation:
        """The activation ``name`` with the parameters currently set in the explorer."""
        return self._acts[name]

    def set_param(self, name: str, value: float) -> None:
        """Set the slope parameter of ``name`` (leaky_relu, prelu, elu) as its slider would."""
        self.param_sliders[name].setValue(value)

    def z_range(self) -> float:
        """The plots span z from minus this to plus this."""
        return self._z_max

    def set_z_range(self, z_max: int) -> None:
        """Set the z range (2 to 20) as the control would."""
        self.controls.z_range_spin.setValue(int(z_max))

    def curve(self, name: str) -> pg.PlotDataItem | None:
        """The f(z) curve of ``name``, or None if it was never shown."""
        return self._items[name].f_curve if name in self._items else None

    def derivative_curve(self, name: str) -> pg.PlotDataItem | None:
        """The f'(z) curve of ``name``, or None if it was never shown."""
        return self._items[name].df_curve if name in self._items else None

    @property
    def depth_plot(self) -> pg.PlotWidget:
        """The gradient-through-depth plot (built now if its tab was never shown)."""
        return self.depth.plot

    def depth_curve(self, name: str) -> pg.PlotDataItem | None:
        """The gradient-through-depth curve of ``name``, or None if it was never shown."""
        return self.depth.curve(name)

    def bands(self, name: str, dead: bool) -> list[tuple[float, float]]:
        """Shaded z-intervals of ``name`` in the f' plot: dead (f' = 0) or saturated."""
        return self._items[name].bands.visible_regions(dead) if name in self._items else []

    def legend_text(self, name: str) -> str | None:
        """The legend's text for ``name``, or None if it is not in the legend."""
        if name not in self._items:
            return None
        label = self._legend.getLabel(self._items[name].f_curve)
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

    def plots(self) -> list[pg.PlotWidget]:
        """The plots of the figure: f(z) above f'(z)."""
        return [self.activation_plot, self.derivative_plot]

    # widgets.export is imported by the exports themselves: pyqtgraph's exporters cost about
    # 17 ms of start-up, and most sessions never save a figure
    def export_png(self, path: str | PathLike[str]) -> None:
        """Save the f(z) and f'(z) plots, stacked, as a PNG image."""
        from reludesk.ui.widgets import export

        export.export_png(self.plots(), path)

    def export_svg(self, path: str | PathLike[str]) -> None:
        """Save the f(z) and f'(z) plots, stacked, as an SVG drawing."""
        from reludesk.ui.widgets import export

        export.export_svg(self.plots(), path)

    def export_csv(self, path: str | PathLike[str]) -> None:
        """Save the shown curves as CSV: z, then ``<name>_f`` and ``<name>_df`` per activation."""
        from reludesk.ui.widgets import export

        columns: list[tuple[str, np.ndarray]] = []
        for name in self._shown:
            act = self._acts[name]
            columns += [(f"{name}_f", act.f(self._z)), (f"{name}_df", act.df(self._z))]
        export.export_csv(self._z, columns, path)

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Restyle every plot for a light or dark background."""
        for plot in (self.activation_plot, self.derivative_plot):
            theme.style_plot(plot, colours)
        self.depth.apply_theme(colours)
        theme.style_legend(self._legend, colours, alpha=210)
        for line in self._cross_lines:
            line.setPen(pg.mkPen(colours.crosshair, width=1.5, style=Qt.PenStyle.DashLine))
        self._refresh_readout()

    # --- handlers --------------------------------------------------------------------------
    def _on_shown_changed(self, names: Sequence[str]) -> None:
        self._shown = [n for n in self._names if n in set(names)]
        for name in self._names:
            on = name in self._shown
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
                self.depth.update_curve(name, self._acts[name].peak_derivative, True)
            else:
                items.bands.hide()
                self.depth.hide_curve(name)
        self._rebuild_legend()
        self.controls.show_params_for(self._shown)
        self.depth.set_step_note("step" in self._shown)
        self.properties_table.set_activations([self._acts[n] for n in self._shown])
        self._refresh_readout()
        self._save_settings()

    def _on_param_changed(self, name: str, value: float) -> None:
        self._params[name] = value
        self._acts[name] = activations.get(name, **self._param_kwargs(name))
        if name in self._items:
            self._items[name].stale = True
        if name in self._shown:
            self._redraw(name)
            self._update_bands(name)
            self.depth.update_curve(name, self._acts[name].peak_derivative, True)
            label = self._legend.getLabel(self._items[name].f_curve)
            if label is not None:
                label.setText(self._legend_label(name))
            self.properties_table.set_activations([self._acts[n] for n in self._shown])
            self._refresh_readout()
            self._update_pens()
        self._save_settings()

    def _on_z_range_changed(self, z_max: int) -> None:
        self._z_max = float(z_max)
        self._z = z_grid(self._z_max)
        for name, items in self._items.items():
            items.stale = True
            if name in self._shown:
                self._redraw(name)
                self._update_bands(name)
        self._update_pens()
        self._set_x_range()
        self._save_settings()

    def _on_mouse_moved(self, plot: pg.PlotWidget, pos: QPointF) -> None:
        vb = plot.getPlotItem().vb
        if vb.sceneBoundingRect().contains(pos):
            self.set_crosshair(vb.mapSceneToView(pos).x())

    def _on_legend_clicked(self, item: pg.PlotDataItem) -> None:
        # pyqtgraph hides a curve whose legend sample is clicked; keep the list in step with it.
        self.set_shown([n for n in self._shown if n != item.name()])

    # --- drawing ---------------------------------------------------------------------------
    def _redraw(self, name: str) -> None:
        items, act = self._items[name], self._acts[name]
        items.f_curve.setData(self._z, act.f(self._z))
        items.df_curve.setData(self._z, act.df(self._z))
        items.stale = False

    def _update_bands(self, name: str) -> None:
        items, act = self._items[name], self._acts[name]
        dead, saturated = band_masks(act.df(self._z), act.peak_derivative)
        items.bands.update(self._z, dead, saturated)

    def _rebuild_legend(self) -> None:
        # Rebuilding a legend of a few labels is cheap and keeps it in list order.
        self._legend.clear()
        for name in self._shown:
            self._legend.addItem(self._items[name].f_curve, self._legend_label(name))
        self._legend.setVisible(bool(self._shown))
        # Two columns once the list gets long, so the legend does not cover the curves.
        self._legend.setColumnCount(2 if len(self._shown) > 3 else 1)
        self._update_pens()

    def _update_pens(self) -> None:
        # Where curves coincide (every ReLU-like one for z > 0) a later curve would hide an
        # earlier one; an earlier curve is drawn wider, by one rim per later curve lying on it.
        for which in ("f_curve", "df_curve"):
            curves = [getattr(self._items[n], which) for n in self._shown]
            ys = [c.getData()[1] for c in curves]
            for i, (name, curve) in enumerate(zip(self._shown, curves, strict=True)):
                rims = sum(overlap(ys[i], y) for y in ys[i + 1 :])
                width = CURVE_WIDTH + RIM_WIDTH * min(rims, 3)
                curve.setPen(theme.activation_pen(name, width=width))
                # Drawn in list order whatever order they were created in, so rims work out.
                curve.setZValue(i)
        self.depth.set_widths(self._shown, CURVE_WIDTH, RIM_WIDTH)

    def _legend_label(self, name: str) -> str:
        # short names ("PReLU", not "PReLU (learned slope)"): two columns of the long ones ran
        # past the plot's edge; the list and the table keep the full names
        if name in self._params:
            return f"{short_label(name)} (α = {self._params[name]:g})"
        return short_label(name)

    def _set_x_range(self) -> None:
        self.activation_plot.getPlotItem().setXRange(-self._z_max, self._z_max, padding=0.02)

    def _refresh_readout(self) -> None:
        if self._cross_z is None or not self._shown:
            hint = (
                "Hover over a plot to read f(z) and f′(z)."
                if self._shown
                else "Tick an activation on the left to plot it."
            )
            self._readout_plain = hint
            self.crosshair_label.setText(hint)
            return
        z = self._cross_z
        plain, rich = [f"z = {fmt(z)}"], [f"<b>z = {fmt(z)}</b>"]
        for name in self._shown:
            act = self._acts[name]
            f, df = float(act.f(z)), float(act.df(z))
            colour = theme.activation_colour(name)
            plain.append(f"{act.label}: f = {fmt(f)}, f′ = {fmt(df)}")
            # Non-breaking spaces inside an entry: lines may only wrap between activations.
            entry = f"{act.label}: f = {fmt(f)}, f′ = {fmt(df)}".replace(" ", "&nbsp;")
            rich.append(f"<span style='color:{colour}'>■</span>&nbsp;{entry}")
        self._readout_plain = " | ".join(plain)
        self.crosshair_label.setText(" &nbsp; ".join(rich))

    # --- settings --------------------------------------------------------------------------
    def _param_kwargs(self, name: str) -> dict[str, float]:
        return {"alpha": self._params[name]} if name in self._params else {}

    def _restore_settings(self) -> None:
        s = QSettings()
        s.beginGroup(_SETTINGS)
        shown_text = s.value("shown")
        for name, slider in self.param_sliders.items():
            _, low, high, _ = PARAM_CONTROLS[name]
            value = _read_float(s.value(f"{name}_alpha"), low, high)
            if value is not None:
                slider.setValue(value)
        z_max = _read_float(s.value("z_range"), *Z_RANGE)
        tab = _read_float(s.value("tab"), 0, self.tabs.count() - 1)
        s.endGroup()
        if z_max is not None:
            self.set_z_range(round(z_max))
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))
        shown = DEFAULT_SHOWN if shown_text is None else str(shown_text).split(",")
        self.set_shown(shown)

    def _save_settings(self) -> None:
        if self._restoring:
            return
        s = QSettings()
        s.beginGroup(_SETTINGS)
        s.setValue("shown", ",".join(self._shown))
        for name, value in self._params.items():
            s.setValue(f"{name}_alpha", value)
        s.setValue("z_range", int(self._z_max))
        s.setValue("tab", self.tabs.currentIndex())
        s.endGroup()


def _read_float(value: object, low: float, high: float) -> float | None:
    """A stored number if it is one and lies in [low, high]; None for anything else."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) and low <= x <= high else None
