"""What the "Neuron inspector" dock holds: the inspector of one unit, and beside it in a tab the
z quantiles of every hidden layer over the steps (``zQuantilePlot``).

The z plot is redrawn on a timer, ``REFRESH_MS`` apart and only while it is shown and the
history has new records: a pyqtgraph redraw costs about 10 ms, so never one per step.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from reludesk.core.experiment import Trainer
from reludesk.ui import theme
from reludesk.ui.trainer.inspector import REFRESH_MS, NeuronInspector
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.z_quantile_plot import ZQuantilePlot

NEURON_TAB, Z_TAB = 0, 1


class InspectorTabs(QTabWidget):
    """``inspectorTabs``: "Neuron" (:class:`NeuronInspector`) and "z per layer"."""

    def __init__(self, panel: NetworkPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorTabs")
        self.inspector = NeuronInspector(panel)
        self.z_plot = ZQuantilePlot()
        self.addTab(self.inspector, "Neuron")
        self.addTab(self.z_plot.plot, "z per layer")
        self.setTabToolTip(Z_TAB, "How each hidden layer's z is spread over the inputs, by step")
        self.z_plot.set_trainer(panel.driver.trainer)
        panel.driver.trainerChanged.connect(self._on_trainer_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_tick)
        self.currentChanged.connect(lambda _i: self._follow_visibility())

    def show_z_plot(self) -> None:
        """Bring the z plot to the front and draw it now."""
        self.setCurrentIndex(Z_TAB)
        self.z_plot.refresh()

    def _on_trainer_changed(self, trainer: Trainer) -> None:
        self.z_plot.set_trainer(trainer)
        self._on_tick()

    def _on_tick(self) -> None:
        if self.z_plot.plot.isVisible():
            self.z_plot.refresh()

    def _follow_visibility(self) -> None:
        # the timer runs only while someone can see the plot: a hidden plot costs training nothing
        if self.isVisible() and self.currentIndex() == Z_TAB:
            self.z_plot.refresh()
            self._timer.start()
        else:
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_visibility()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def apply_theme(self, colours: theme.PlotColours) -> None:
        self.inspector.apply_theme(colours)
        self.z_plot.apply_theme(colours)
