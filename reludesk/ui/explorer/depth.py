""""Peak f' through depth": the activation's own share of a gradient after n layers,
(peak |f'|)^n.

Backpropagation multiplies the gradient by f'(z) once per layer, and by the weights. The curve is
the first factor alone, and only at the one z where |f'| peaks: sigmoid's 0.25^n shows why its
share collapses, ReLU's 1^n why its does not. It is no bound on a real network's gradient: the
weights can make the gradient larger or smaller (the tooltip gives measured cases).

The plot sits in a tab that the first frame does not show, so it is built when the tab is first
shown or the plot is first asked for (``plot``, ``curve``): it cost about 15 ms of start-up.
Until then the view only writes down what it would draw, and the build draws exactly that; a
bare pyqtgraph view holds the plot's place, so the tab's size hints (and with them the split of
the explorer) are those of the plot from the start.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui import theme
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.plots import MIN_PLOT_HEIGHT, make_plot, overlap, set_plot_texts

DEPTH = 20

# translated where shown (``translate("DepthView", NOTE)``)
NOTE = QT_TRANSLATE_NOOP(
    "DepthView",
    "Each curve is (peak |f′|)ⁿ: the activation's share alone, at its best z. The weights "
    "multiply in too, so it is no bound on a real gradient.",
)
TOOLTIP = QT_TRANSLATE_NOOP(
    "DepthView",
    "(peak |f′|)ⁿ is the activation's own share of a gradient after n layers, reached only if "
    "every unit sat at the one z where |f′| peaks. It is not a bound on a real network: "
    "backpropagation multiplies by the weights too. Measured at the first step of six layers "
    "of 8 units on the circle, 16 starting weights: the first layer's gradient over the last "
    "layer's exceeds this curve at n = 6 on some of them for sigmoid (0.25⁶), tanh and ReLU "
    "(1⁶), and for SELU, whose curve reads 1.76⁶ ≈ 30, it stays below 1 (median). Step is "
    "left off: its f′ is 0 everywhere, and 0 has no place on a log scale.",
)


class DepthView(QWidget):
    """A log-scale plot of (peak |f'|)^n for n = 1..DEPTH, one curve per shown activation, above
    a note that says what the curves are (and are not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.setVisible(False)
        self.caption = QLabel()
        self.caption.setObjectName("depthNote")
        self.caption.setWordWrap(True)
        live(self, DepthView._retranslate_notes)
        # a GraphicsView has a PlotWidget's size policy and hints at a twentieth of its cost
        self._placeholder: QWidget | None = pg.GraphicsView()
        self._placeholder.setMinimumHeight(MIN_PLOT_HEIGHT)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._placeholder, 1)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self._note)
        self._plot: pg.PlotWidget | None = None
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._n = np.arange(1, DEPTH + 1)
        # what the plot shows, kept while it is not built: name -> (peak, visible) in the
        # order the curves were made, the last widths asked for and the colours
        self._wanted: dict[str, tuple[float, bool]] = {}
        self._widths: tuple[list[str], float, float] | None = None
        self._colours: theme.PlotColours | None = None

    def _retranslate_notes(self) -> None:
        self._note.setText(translate(
            "DepthView", "Step is left off: its f′ is 0 everywhere, so nothing passes even one "
            "layer (0 cannot be drawn on a log scale)."))
        self.caption.setText(translate("DepthView", NOTE))
        self.caption.setToolTip(translate("DepthView", TOOLTIP))

    @property
    def plot(self) -> pg.PlotWidget:
        """The ``depthPlot`` (built now if it was not yet)."""
        return self.build()

    def is_built(self) -> bool:
        """True once the plot exists."""
        return self._plot is not None

    def curve(self, name: str) -> pg.PlotDataItem | None:
        """The curve of ``name``, or None if it was never shown."""
        self.build()
        return self._curves.get(name)

    def update_curve(self, name: str, peak: float, visible: bool) -> None:
        """Draw ``peak ** n`` for ``name``; a zero peak (step) cannot be drawn and is hidden."""
        if self._plot is None:
            if visible or name in self._wanted:
                self._wanted[name] = (peak, visible)
            return
        curve = self._curves.get(name)
        if curve is None:
            if not visible:
                return
            colour = theme.activation_colour(name)
            curve = pg.PlotDataItem(name=name, pen=theme.activation_pen(name), antialias=True,
                                    symbol="o", symbolSize=7, symbolBrush=colour,
                                    symbolPen=None)
            self._plot.getPlotItem().addItem(curve)
            self._curves[name] = curve
        if peak > 0:
            curve.setData(self._n, peak ** self._n.astype(np.float64))
        curve.setVisible(visible and peak > 0)

    def hide_curve(self, name: str) -> None:
        """Hide the curve of ``name`` (kept for when it is shown again)."""
        if self._plot is None:
            if name in self._wanted:
                self._wanted[name] = (self._wanted[name][0], False)
        elif name in self._curves:
            self._curves[name].setVisible(False)

    def set_widths(self, order: list[str], base: float, rim: float) -> None:
        """Widen curves that later ones lie on (ReLU, Leaky ReLU and tanh all sit at 1)."""
        if self._plot is None:
            self._widths = (list(order), base, rim)
            return
        drawn = [n for n in order if n in self._curves and self._curves[n].isVisible()]
        ys = [np.log10(self._curves[n].getOriginalDataset()[1]) for n in drawn]
        for i, name in enumerate(drawn):
            rims = sum(overlap(ys[i], y) for y in ys[i + 1 :])
            self._curves[name].setPen(theme.activation_pen(name, width=base + rim * min(rims, 3)))
            self._curves[name].setZValue(i)

    def set_step_note(self, shown: bool) -> None:
        """Show the note that explains why step has no curve."""
        self._note.setVisible(shown)

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Restyle the plot for a light or dark background (now, or when it is built)."""
        self._colours = colours
        if self._plot is not None:
            theme.style_plot(self._plot, colours)

    def showEvent(self, event: QShowEvent) -> None:
        self.build()  # before the first paint of the tab
        super().showEvent(event)

    def build(self) -> pg.PlotWidget:
        """Make the plot now (if it was not yet) with every curve asked for so far."""
        if self._plot is not None:
            return self._plot
        plot = make_plot("depthPlot")
        live(plot, lambda p: set_plot_texts(
            p, left=translate("DepthView", "activation's share, (peak |f′|)ⁿ"),
            bottom=translate("DepthView", "layers n"), tooltip=translate("DepthView", TOOLTIP)))
        plot.getPlotItem().setLogMode(x=False, y=True)
        plot.getPlotItem().setXRange(1, DEPTH, padding=0.03)
        if self._colours is not None:
            theme.style_plot(plot, self._colours)
        self._plot = plot
        if self._placeholder is not None:
            self._layout.removeWidget(self._placeholder)
            self._placeholder.hide()
            self._placeholder.deleteLater()
            self._placeholder = None
        self._layout.insertWidget(0, plot, 1)
        # above the plot, as when the plot was made first: in a cramped tab they overlap a few
        # pixels, and the notes must stay readable
        self.caption.raise_()
        self._note.raise_()
        if self.isVisible():
            plot.show()  # made after its parent was shown: Qt would show it only later
        # every curve that was ever shown is made, in the order they were first shown, as
        # they would have been with the plot there from the start
        for name, (peak, visible) in self._wanted.items():
            self.update_curve(name, peak, True)
            if not visible:
                self.hide_curve(name)
        self._wanted.clear()
        if self._widths is not None:
            self.set_widths(*self._widths)
            self._widths = None
        return plot
