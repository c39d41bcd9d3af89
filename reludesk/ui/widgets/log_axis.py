"""A log-scale axis whose labels fit the plot: none printed over another, and never none.

pyqtgraph labels a log axis with powers of ten, and over less than a few decades with every
2..9 x 10^k in between, in a tick level it always labels, however short the plot: the small
history plots showed a jumble of 0.3 0.4 0.5 ... at the first steps. And over less than one
of those steps (a loss between 0.71 and 0.75, a network at a coin toss) it had nothing to
label at all. Linear axes are unchanged.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

# which in-between log ticks to label first: 1, 5 and 2 x 10^k read best
_MANTISSA_ORDER = (1, 5, 2, 3, 4, 6, 7, 8, 9)
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


class LogAxis(pg.AxisItem):
    """An AxisItem that, in log mode, labels only ticks whose labels fit (powers of ten first,
    then 5 and 2 times them, then the rest) and, when fewer than two of those lie in view,
    round values such as 0.72 0.73 0.74 instead, with as many digits as tell them apart."""

    def logTickValues(
        self, minVal: float, maxVal: float, size: float, stdTicks: list
    ) -> list[tuple[float | None, list[float]]]:
        ticks = super().logTickValues(minVal, maxVal, size, stdTicks)
        if not ticks or ticks[0][0] is not None or not maxVal > minVal:
            # a level of whole decades leads: pyqtgraph skips crowded levels after it itself
            return ticks
        gap = self._label_gap()
        per_decade = size / (maxVal - minVal)  # pixels
        kept = _fitting(sorted(ticks[0][1], key=_rank), per_decade, gap)
        if len(kept) < 2:
            kept = _fitting(_round_values(minVal, maxVal, size / gap), per_decade, gap) or kept
        return [(None, sorted(kept)), *ticks[1:]]

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # the fewest significant digits that give every label its own text: pyqtgraph's one
        # digit would write 0.7 three times for 0.72, 0.73 and 0.74
        numbers = 10 ** np.asarray(values, dtype=float) * scale
        for digits in range(1, 7):
            strings = [_format(x, digits) for x in numbers]
            if len(set(strings)) == len(strings):
                return strings
        return strings

    def _label_gap(self) -> float:
        """Pixels between the centres of two labels that do not touch: pyqtgraph lays a label
        out in 0.8 of its font's line height; 2 px keep them apart."""
        font = self.style.get("tickFont") or QFont()
        return 0.8 * QFontMetricsF(font).height() + 2.0


def _rank(v: float) -> int:
    mantissa = round(10 ** (v - math.floor(v)))
    return _MANTISSA_ORDER.index(mantissa) if mantissa in _MANTISSA_ORDER else len(_MANTISSA_ORDER)


def _fitting(candidates: list[float], per_decade: float, gap: float) -> list[float]:
    """The candidates (log10 values, best first) that keep ``gap`` pixels from those before."""
    kept: list[float] = []
    for v in candidates:
        if all(abs(v - k) * per_decade >= gap for k in kept):
            kept.append(v)
    return kept


def _round_values(lo: float, hi: float, most: float) -> list[float]:
    """log10 of round numbers (multiples of 1, 2 or 5 x 10^k) between 10^lo and 10^hi: the
    finest such step that gives at least two and at most ``most`` of them (none if no step does)."""
    a, b = 10.0**lo, 10.0**hi
    best: list[float] = []
    top = math.floor(math.log10(b - a))
    for power in range(top, top - 4, -1):
        for factor in (5, 2, 1):
            step = factor * 10.0**power
            n = np.arange(math.ceil(a / step), math.floor(b / step) + 1)
            if len(n) > most:
                return best
            if len(n) >= 2:
                best = [float(v) for v in np.log10(n * step)]
    return best


def _format(x: float, digits: int) -> str:
    """``x`` with ``digits`` significant digits; tiny and huge as pyqtgraph writes them, m·10ⁿ
    (10ⁿ when m is 1)."""
    text = f"{x:.{digits}g}"
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    power = "10" + str(int(exponent)).translate(_SUPERSCRIPT)
    return power if mantissa == "1" else f"{mantissa}·{power}"
