""""Gradient through depth": how much of a gradient can survive n layers, (peak |f'|)^n.

Backpropagation multiplies the gradient by f'(z) once per layer, so after n layers it is scaled
by at most (peak |f'|)^n: sigmoid's 0.25^n collapses, ReLU's and tanh's 1^n do not.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reludesk.ui import theme
from reludesk.ui.explorer_plots import make_plot, overlap

DEPTH = 20

TOOLTIP = (
    "How much of a gradient can survive n layers: at most (peak |f′|)ⁿ. Sigmoid's 0.25ⁿ "
    "collapses; ReLU's and tanh's 1ⁿ do not. Step is left off: its f′ is 0 everywhere, and 0 "
    "has no place on a log scale."
)


class DepthView(QWidget):
    """A log-scale plot of (peak |f'|)^n for n = 1..DEPTH, one curve per shown activation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = make_plot("depthPlot", left="(peak |f′|)ⁿ", bottom="layers n",
                              tooltip=TOOLTIP)
        self.plot.getPlotItem().setLogMode(x=False, y=True)
        self.plot.getPlotItem().setXRange(1, DEPTH, padding=0.03)
        self._note = QLabel("Step is left off: its f′ is 0 everywhere, so nothing passes even "
                            "one layer (0 cannot be drawn on a log scale).")
        self._note.setWordWrap(True)
        self._note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self._note)
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._n = np.arange(1, DEPTH + 1)

    def curve(self, name: str) -> pg.PlotDataItem | None:
        """The curve of ``name``, or None if it was never shown."""
        return self._curves.get(name)

    def update_curve(self, name: str, peak: float, visible: bool) -> None:
        """Draw ``peak ** n`` for ``name``; a zero peak (step) cannot be drawn and is hidden."""
        curve = self._curves.get(name)
        if curve is None:
            if not visible:
                return
            colour = theme.activation_colour(name)
            curve = pg.PlotDataItem(name=name, pen=theme.activation_pen(name), antialias=True,
                                    symbol="o", symbolSize=7, symbolBrush=colour,
                                    symbolPen=None)
            self.plot.getPlotItem().addItem(curve)
            self._curves[name] = curve
        if peak > 0:
            curve.setData(self._n, peak ** self._n.astype(np.float64))
        curve.setVisible(visible and peak > 0)

    def hide_curve(self, name: str) -> None:
        """Hide the curve of ``name`` (kept for when it is shown again)."""
        if name in self._curves:
            self._curves[name].setVisible(False)

    def set_widths(self, order: list[str], base: float, rim: float) -> None:
        """Widen curves that later ones lie on (ReLU, Leaky ReLU and tanh all sit at 1)."""
        drawn = [n for n in order if n in self._curves and self._curves[n].isVisible()]
        ys = [np.log10(self._curves[n].getOriginalDataset()[1]) for n in drawn]
        for i, name in enumerate(drawn):
            rims = sum(overlap(ys[i], y) for y in ys[i + 1 :])
            self._curves[name].setPen(theme.activation_pen(name, width=base + rim * min(rims, 3)))
            self._curves[name].setZValue(i)

    def set_step_note(self, shown: bool) -> None:
        """Show the note that explains why step has no curve."""
        self._note.setVisible(shown)
