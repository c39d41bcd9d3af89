"""Plot titles that fit: a small plot shows the longest of its titles that fits above it.

pyqtgraph centres a plot's title over the plot area and cuts off whatever is wider at both
ends: three history plots side by side beside a six-layer network read "Loss (log sca",
"Dead % per la" and "Gradient si". Each plot here has titles from long to short, and shows the
longest that fits, again whenever the plot area changes size.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from reludesk.ui.widgets.plots import TITLE_SIZE

_MARGIN = 6.0  # px kept free beside the title, so it never touches the plot's edges


def points(size: str) -> float:
    """The point size of a CSS size such as "12pt" (presentation mode enlarges titles);
    TITLE_SIZE's for anything else."""
    text = str(size).strip()
    try:
        return float(text[:-2]) if text.endswith("pt") else points(TITLE_SIZE)
    except ValueError:
        return points(TITLE_SIZE)


class TitleFitter:
    """Keeps ``plot``'s title at the longest of ``titles`` (longest first) that fits above its
    plot area, the last one when none does. Keeps the title's size and colour as they are."""

    def __init__(self, plot: pg.PlotWidget, titles: Sequence[str]) -> None:
        item = plot.getPlotItem()
        self._label = item.titleLabel
        self._view = item.getViewBox()
        self._titles = tuple(titles)
        self._view.sigResized.connect(self.fit)
        self.fit()

    def set_titles(self, titles: Sequence[str]) -> None:
        """Choose from ``titles`` (longest first) from now on."""
        self._titles = tuple(titles)
        self.fit()

    def fit(self, *_: object) -> None:
        """Show the longest title that fits the plot area's width now."""
        font = QFont()
        font.setPointSizeF(points(self._label.opts.get("size", TITLE_SIZE)))
        metrics = QFontMetricsF(font)
        room = self._view.width() - 2 * _MARGIN
        title = next(
            (t for t in self._titles if metrics.horizontalAdvance(t) <= room), self._titles[-1]
        )
        if title != self._label.text:
            self._label.setText(title)
