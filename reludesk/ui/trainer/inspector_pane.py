"""What the "Neuron inspector" dock holds: the inspector of one unit above, and under it the z
quantiles of every hidden layer over the steps (``zQuantilePlot``): the unit and its layer's
whole distribution side by side, so a burst that drags the layer below 0 shows on both.

The z plot is redrawn on a timer, ``Z_REFRESH_MS`` apart and only while it is shown and the
history has new records: a pyqtgraph redraw costs about 10 ms, so never one per step. Once a
second is enough for a curve over thousands of steps; the unit's histogram (the inspector's
own timer) is the live one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from reludesk.core.experiment import Trainer
from reludesk.ui import theme
from reludesk.ui.trainer.inspector import REFRESH_MS, NeuronInspector
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.z_quantile_plot import ZQuantilePlot

Z_REFRESH_MS = 1000


class InspectorPane(QSplitter):
    """``inspectorPane``: :class:`NeuronInspector` over the z quantile plot."""

    def __init__(self, panel: NetworkPanel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("inspectorPane")
        self.inspector = NeuronInspector(panel)
        self.z_plot = ZQuantilePlot()
        self.addWidget(self.inspector)
        self.addWidget(self.z_plot.plot)
        self.setStretchFactor(0, 3)  # the unit's fields and histogram need the most room
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(True)
        self.z_plot.set_trainer(panel.driver.trainer)
        panel.driver.trainerChanged.connect(self._on_trainer_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(Z_REFRESH_MS)
        self._timer.timeout.connect(self._on_tick)

    def _on_trainer_changed(self, trainer: Trainer) -> None:
        self.z_plot.set_trainer(trainer)
        self._on_tick()

    def _on_tick(self) -> None:
        if self.z_plot.plot.isVisible():
            self.z_plot.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.z_plot.refresh()
        # half a period after the inspector's own timer: the two plots never redraw in one
        # tick, so no frame of training waits for both
        QTimer.singleShot(REFRESH_MS // 2, self._start_timer)

    def _start_timer(self) -> None:
        if self.isVisible():
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()  # nobody looks: training pays nothing for the plot

    def apply_theme(self, colours: theme.PlotColours) -> None:
        self.inspector.apply_theme(colours)
        self.z_plot.apply_theme(colours)
