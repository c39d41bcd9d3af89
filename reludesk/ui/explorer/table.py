"""The explorer's properties table, with the cost of f and f' measured on this machine.

Timing every activation would add a noticeable pause to start-up, so costs are measured only when
the table is first shown, and then one 100,000-element call per event-loop turn: the longest
(GELU, whose erf runs per element in Python) takes a few tens of milliseconds, short enough that
the window stays responsive.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reludesk.core.activations import Activation
from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.explorer.activation_list import swatch_icon
from reludesk.ui.explorer.properties import COST_ROWS, ROWS, Cell, cells, row_texts
from reludesk.ui.widgets.language import live

MIN_VISIBLE_ROWS = 3

COST_ELEMENTS = 100_000
COST_REPEATS = 3
_PENDING = "…"


def time_call(fn: Callable[[np.ndarray], np.ndarray], z: np.ndarray) -> float:
    """Nanoseconds per element of one call ``fn(z)``."""
    start = time.perf_counter_ns()
    fn(z)
    return (time.perf_counter_ns() - start) / z.size


def measure_cost(
    act: Activation, n: int = COST_ELEMENTS, repeats: int = COST_REPEATS
) -> tuple[float, float]:
    """(ns per element of f, of f'), each the minimum of ``repeats`` calls on ``n`` values.

    The minimum, not the mean: other work on the machine only ever makes a call slower.
    """
    z = np.linspace(-5.0, 5.0, n)
    return (
        min(time_call(act.f, z) for _ in range(repeats)),
        min(time_call(act.df, z) for _ in range(repeats)),
    )


class PropertiesTable(QTableWidget):
    """One column per shown activation, one row per property; costs fill in as measured.

    Properties run down the side so that a few activations side by side fit a narrow panel.
    """

    costMeasured = Signal(str)
    """Emitted with an activation name once both of its costs are known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(ROWS), 0, parent)
        self.setObjectName("propertiesTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._acts: list[Activation] = []
        # name -> [f samples], [f' samples]; a cost is the minimum once all samples are in
        self._samples: dict[str, tuple[list[float], list[float]]] = {}
        self._queue: deque[tuple[str, int]] = deque()
        self._z = np.empty(0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._measure_next)
        live(self, PropertiesTable._retranslate)

    def _retranslate(self) -> None:
        """Row titles and every column's words in the language in use (after a switch too)."""
        for row, (title, tip) in enumerate(row_texts()):
            header = QTableWidgetItem(title)
            header.setToolTip(tip)
            self.setVerticalHeaderItem(row, header)
        for col, act in enumerate(self._acts):
            self._fill_column(col, act)

    def sizeHint(self) -> QSize:
        # Every property row, so that a panel with room shows them all without scrolling.
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += self.verticalHeader().defaultSectionSize() * self.rowCount()
        scroll = self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), height + scroll)

    def minimumSizeHint(self) -> QSize:
        # A few rows; in a short panel the rest scroll, and the plots keep their height.
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += self.verticalHeader().defaultSectionSize() * MIN_VISIBLE_ROWS
        return QSize(super().minimumSizeHint().width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns share the width when their contents fit it (no empty strip at the right);
        when they do not, each keeps its contents' width and the table scrolls sideways."""
        header = self.horizontalHeader()
        needed = sum(
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.columnCount())
        )
        room = self.viewport().width()
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(mode.Stretch if needed <= room else mode.ResizeToContents)

    # --- public ----------------------------------------------------------------------------
    def set_activations(self, acts: Sequence[Activation]) -> None:
        """Show one column per activation, in the given order."""
        self._acts = list(acts)
        self.setColumnCount(len(self._acts))
        for col, act in enumerate(self._acts):
            self._fill_column(col, act)
        self._fit_columns()
        if self.isVisible():
            self._enqueue_missing()

    def cost(self, name: str) -> tuple[float, float] | None:
        """(ns per element of f, of f') once measured, else None."""
        samples = self._samples.get(name)
        if samples is None or len(samples[0]) < COST_REPEATS or len(samples[1]) < COST_REPEATS:
            return None
        return min(samples[0]), min(samples[1])

    def is_measuring(self) -> bool:
        """True while costs are still queued."""
        return bool(self._queue)

    # --- filling ---------------------------------------------------------------------------
    def column_of(self, name: str) -> int | None:
        """The column showing activation ``name``, or None."""
        for col, act in enumerate(self._acts):
            if act.name == name:
                return col
        return None

    def _fill_column(self, col: int, act: Activation) -> None:
        cost = self.cost(act.name)
        header = QTableWidgetItem(swatch_icon(act.name), act.label)
        header.setData(Qt.ItemDataRole.UserRole, act.name)
        self.setHorizontalHeaderItem(col, header)
        pending = translate("PropertiesTable",
                            "Measured when the table is first shown; one moment.")
        costs = (
            [Cell(f"{cost[0]:.1f}"), Cell(f"{cost[1]:.1f}")]
            if cost else [Cell(_PENDING, pending)] * len(COST_ROWS)
        )
        for row, cell in enumerate(cells(act) + costs):
            item = QTableWidgetItem(cell.text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(cell.tip)
            if cell.strong:
                # The property this app is about stands out, in ReLU's colour.
                item.setForeground(QBrush(QColor(theme.OKABE_ITO["vermillion"])))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.setItem(row, col, item)

    # --- measuring -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._enqueue_missing()

    def _enqueue_missing(self) -> None:
        queued = {name for name, _ in self._queue}
        for act in self._acts:
            if self.cost(act.name) is None and act.name not in queued:
                self._samples.setdefault(act.name, ([], []))
                # f and f' alternate so that both rows fill in together
                self._queue.extend((act.name, k % 2) for k in range(2 * COST_REPEATS))
        if self._queue and not self._timer.isActive():
            self._timer.start()

    def _measure_next(self) -> None:
        if not self._queue:
            return
        name, which = self._queue.popleft()
        act = next((a for a in self._acts if a.name == name), None)
        if act is not None:
            if self._z.size != COST_ELEMENTS:
                self._z = np.linspace(-5.0, 5.0, COST_ELEMENTS)
            fn = act.f if which == 0 else act.df
            self._samples[name][which].append(time_call(fn, self._z))
            if self.cost(name) is not None:
                self._fill_column(self._acts.index(act), act)
                self.costMeasured.emit(name)
        else:
            # No longer shown: forget its partial samples so it is measured afresh later.
            self._samples.pop(name, None)
            self._queue = deque(job for job in self._queue if job[0] != name)
        if self._queue:
            self._timer.start()
