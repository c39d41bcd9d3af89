"""The activation explorer: f(z) and f'(z) of any set of activations, side by side.

The panel puts together the views of one :class:`ExplorerModel`: the controls that change it, the
figure that draws it (:mod:`reludesk.ui.explorer.figure`), and in tabs below the figure the
properties table, the activation's peak slope through depth and, when narrow, the guide.

Two arrangements, picked by the panel's width: a control column beside the plots when it is
wide; in a narrow dock (the usual one, a third of a 1400 px window) the controls go above the
plots as a compact strip and the guide into a tab, so the plots keep the whole width. Below the
contents' minimum size the panel scrolls rather than hold the window at a large minimum.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from os import PathLike

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QTabWidget, QWidget

from reludesk.core.activations import Activation
from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.explorer.controls import ControlColumn
from reludesk.ui.explorer.depth import TOOLTIP as DEPTH_TOOLTIP
from reludesk.ui.explorer.depth import DepthView
from reludesk.ui.explorer.figure import CURVE_WIDTH, RIM_WIDTH, ExplorerFigure
from reludesk.ui.explorer.model import SETTINGS_GROUP, ExplorerModel
from reludesk.ui.explorer.properties import DEPTH_TAB
from reludesk.ui.explorer.table import PropertiesTable
from reludesk.ui.explorer.texts import guide_title
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.scroll_frame import scrolling
from reludesk.ui.widgets.splitters import Splitter

# Below this width, in average characters of the panel's font, the controls go above the plots:
# beside them they would leave the plots too narrow to read. About 680 px at the usual font (a
# 1400 px window gives the explorer some 515 px); more in presentation mode's larger font.
WIDE_CHARS = 112
# the most of the plots-and-tables height the tabs below the plots get: (compact, wide)
TABS_SHARE = (0.27, 0.4)


class ExplorerPanel(QWidget):
    """Plots, controls and tables of the activation explorer, showing ``model``.

    The window makes the model (:meth:`ExplorerModel.from_settings`) and hands it in; the panel
    never builds its own. The open tab is kept in QSettings under ``explorer/tab``.
    """

    def __init__(self, model: ExplorerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explorerPanel")
        self.model = model
        self._build()
        self.model.shownChanged.connect(self._on_shown_changed)
        self.model.paramChanged.connect(self._on_param_changed)
        self._on_shown_changed(self.model.shown())
        tab = _read_index(QSettings().value(f"{SETTINGS_GROUP}/tab"), self.tabs.count())
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.controls = ControlColumn(self.model)
        self.activation_list = self.controls.activation_list
        self.param_sliders = self.controls.param_sliders
        self.figure = ExplorerFigure(self.model)
        self.activation_plot = self.figure.activation_plot
        self.derivative_plot = self.figure.derivative_plot
        self.crosshair_label = self.figure.crosshair_label
        self._legend = self.figure.legend  # tests of the theme read its labels' colours

        self.properties_table = PropertiesTable()
        self.depth = DepthView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("explorerTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.properties_table, "")
        self.tabs.addTab(self.depth, "")
        live(self, ExplorerPanel._name_tabs)

        self.splitter = Splitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.figure)
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

    def _set_compact(self, on: bool) -> None:
        """Controls above the plots, the guide in a tab (narrow panel); or controls beside."""
        if on == self._compact:
            return
        self._compact = on
        guide = self.controls.guide_view
        if on:
            self.controls.set_compact(True)
            self.tabs.addTab(guide, "")
            self._name_tabs()
            self._body.setDirection(QBoxLayout.Direction.TopToBottom)
        else:
            if (index := self.tabs.indexOf(guide)) >= 0:
                self.tabs.removeTab(index)
            self.controls.set_compact(False)
            self._body.setDirection(QBoxLayout.Direction.LeftToRight)

    def _name_tabs(self) -> None:
        """The tabs' titles and tooltips in the language in use (the guide's while it is one)."""
        tabs = self.tabs
        names = (
            (self.properties_table, translate("ExplorerPanel", "Properties"),
             translate("ExplorerPanel",
                       "What each shown activation guarantees, and what it costs.")),
            (self.depth, translate("ExplorerProperties", DEPTH_TAB),
             translate("DepthView", DEPTH_TOOLTIP)),
            (self.controls.guide_view, guide_title(),
             translate("ExplorerPanel", "How to read the plots, in a few lines.")),
        )
        for page, title, tip in names:
            if (index := tabs.indexOf(page)) >= 0:
                tabs.setTabText(index, title)
                tabs.setTabToolTip(index, tip)

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

    # --- public ----------------------------------------------------------------------------
    def names(self) -> list[str]:
        """Every activation offered, in list order."""
        return self.model.names()

    def shown(self) -> list[str]:
        """The activations now shown, in list order."""
        return self.model.shown()

    def set_shown(self, names: Iterable[str]) -> None:
        """Show exactly ``names`` (ticks them in the list); names not offered are ignored."""
        offered = set(self.model.names())
        self.model.set_shown(n for n in names if n in offered)

    def activation(self, name: str) -> Activation:
        """The activation ``name`` with the parameters currently set in the explorer."""
        return self.model.activation(name)

    def set_param(self, name: str, value: float) -> None:
        """Set alpha of ``name`` as its slider would (the slope below 0 of leaky_relu and prelu,
        the level elu saturates at): held to the slider's range, rounded to what its spin box
        shows."""
        self.param_sliders[name].setValue(value)

    def z_range(self) -> float:
        """The plots span z from minus this to plus this."""
        return float(self.model.z_range())

    def set_z_range(self, z_max: int) -> None:
        """Set the z range as the control would: held to 2 ... 20."""
        self.controls.z_range_spin.setValue(int(z_max))

    def curve(self, name: str) -> pg.PlotDataItem | None:
        """The f(z) curve of ``name``, or None if it was never shown."""
        return self.figure.curve(name)

    def derivative_curve(self, name: str) -> pg.PlotDataItem | None:
        """The f'(z) curve of ``name``, or None if it was never shown."""
        return self.figure.derivative_curve(name)

    @property
    def depth_plot(self) -> pg.PlotWidget:
        """The peak-f′-through-depth plot (built now if its tab was never shown)."""
        return self.depth.plot

    def depth_curve(self, name: str) -> pg.PlotDataItem | None:
        """The peak-f′-through-depth curve of ``name``, or None if it was never shown."""
        return self.depth.curve(name)

    def bands(self, name: str, dead: bool) -> list[tuple[float, float]]:
        """Shaded z-intervals of ``name`` in the f' plot: dead (f' = 0) or saturated."""
        return self.figure.bands(name, dead)

    def legend_text(self, name: str) -> str | None:
        """The legend's text for ``name``, or None if it is not in the legend."""
        return self.figure.legend_text(name)

    def set_crosshair(self, z: float) -> None:
        """Put the crosshair at ``z`` and read off every shown activation there."""
        self.figure.set_crosshair(z)

    def crosshair_text(self) -> str:
        """The crosshair read-out as plain text."""
        return self.figure.crosshair_text()

    def plots(self) -> list[pg.PlotWidget]:
        """The plots of the figure: f(z) above f'(z)."""
        return self.figure.plots()

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

        z = self.model.z()
        columns: list[tuple[str, np.ndarray]] = []
        for name in self.model.shown():
            act = self.model.activation(name)
            columns += [(f"{name}_f", act.f(z)), (f"{name}_df", act.df(z))]
        export.export_csv(z, columns, path)

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Restyle every plot for a light or dark background."""
        parts: tuple[theme.Themed, ...] = (self.figure, self.depth)
        for part in parts:
            part.apply_theme(colours)

    # --- following the model ---------------------------------------------------------------
    def _on_shown_changed(self, shown: list[str]) -> None:
        for name in self.model.names():
            if name in shown:
                self.depth.update_curve(name, self.model.activation(name).peak_derivative, True)
            else:
                self.depth.hide_curve(name)
        self.depth.set_step_note("step" in shown)
        self._update_depth_widths()
        self.properties_table.set_activations([self.model.activation(n) for n in shown])

    def _on_param_changed(self, name: str, _alpha: float) -> None:
        shown = self.model.shown()
        if name in shown:
            self.depth.update_curve(name, self.model.activation(name).peak_derivative, True)
            self._update_depth_widths()
            self.properties_table.set_activations([self.model.activation(n) for n in shown])

    def _update_depth_widths(self) -> None:
        # the rims of the figure's curves, for the same reason: ReLU, Leaky ReLU and tanh all
        # lie on 1 there
        self.depth.set_widths(self.model.shown(), CURVE_WIDTH, RIM_WIDTH)

    def _on_tab_changed(self, index: int) -> None:
        QSettings().setValue(f"{SETTINGS_GROUP}/tab", index)


def _read_index(value: object, count: int) -> int | None:
    """A stored tab index if it is a whole number below ``count``; None for anything else."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return int(x) if math.isfinite(x) and x == int(x) and 0 <= x < count else None
