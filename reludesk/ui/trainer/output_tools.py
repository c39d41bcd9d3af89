"""The output plot's tool row: draw your own points, and how the plot shows the data.

Built, not wired (``DrawTool`` and the panel connect it). The row sits in a strip the plot
widget keeps free above its picture (viewport margins), so it never covers the plot and never
appears in an exported picture, which renders the scene only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QStyle,
    QToolButton,
    QWidget,
)

VALUE_STEP = 0.1  # the regression value field's arrows
DEFAULT_VALUE = 1.0  # a left click's target at first: the top of the targets' range [-1, 1]


def _button(parent: QWidget, name: str, text: str, tip: str, checkable: bool) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setAutoRaise(True)
    return button


class OutputTools(QWidget):
    """The row above the output plot ``plot`` (a pyqtgraph PlotWidget, its parent):
    ``draw`` (checkable, ``drawModeButton``), ``eraser`` (checkable, shown while drawing),
    ``clear``, ``value`` (regression targets, -1..1, shown while drawing on a regression task),
    ``show_test`` (checkable, on at first), ``discrete`` (checkable), ``import_button`` and
    ``export_button`` (CSV files of points)."""

    def __init__(self, plot: QWidget) -> None:
        super().__init__(plot)
        self.setObjectName("outputTools")
        icon = self.style().standardIcon
        pix = QStyle.StandardPixmap
        self.draw = _button(
            self, "drawModeButton", "Draw",
            "Draw your own points on the plot: left click class A (orange), right click "
            "class B (blue); for regression the value beside it (right click: its negative). "
            "The network trains on, with the weights it has", True)
        self.eraser = _button(self, "eraserButton", "Erase",
                              "While on, a click removes the point nearest to it", True)
        self.clear = _button(self, "clearPointsButton", "Clear",
                             "Remove every point, to draw a data set from nothing", False)
        self.value = QDoubleSpinBox(self)
        self.value.setObjectName("drawValueSpin")
        self.value.setRange(-1.0, 1.0)
        self.value.setSingleStep(VALUE_STEP)
        self.value.setDecimals(2)
        self.value.setValue(DEFAULT_VALUE)
        self.value.setToolTip("Target of a left click (regression); a right click draws its "
                              "negative")
        self.show_test = _button(self, "showTestDataButton", "Test",
                                 "Show the test points (rings)", True)
        self.show_test.setChecked(True)
        self.discrete = _button(
            self, "discretizeButton", "Classes",
            "Colour the plane by the class the network predicts (output ≥ 0.5), or the sign "
            "of its output for regression, instead of the output itself", True)
        self.import_button = _button(self, "importPointsButton", "",
                                     "Read points from a CSV file (x1,x2,label)", False)
        self.import_button.setIcon(icon(pix.SP_DialogOpenButton))
        self.export_button = _button(self, "exportPointsButton", "",
                                     "Save the points in use as a CSV file (x1,x2,label)", False)
        self.export_button.setIcon(icon(pix.SP_DialogSaveButton))
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(2)
        for widget in (self.draw, self.eraser, self.clear, self.value):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.show_test, self.discrete, self.import_button, self.export_button):
            row.addWidget(widget)
        self._regression = False
        self.draw.toggled.connect(lambda _on: self._show_drawing_tools())
        self._show_drawing_tools()
        plot.installEventFilter(self)
        self._place()

    def set_regression(self, regression: bool) -> None:
        """Offer the value field (regression) or not (classification: the mouse button is the
        class)."""
        self._regression = regression
        self._show_drawing_tools()

    def _show_drawing_tools(self) -> None:
        drawing = self.draw.isChecked()
        self.eraser.setVisible(drawing)
        self.value.setVisible(drawing and self._regression)
        if not drawing:
            self.eraser.setChecked(False)

    def _place(self) -> None:
        """Keep the strip above the plot's picture as tall as the row, and the row in it."""
        plot = self.parentWidget()
        height = self.sizeHint().height()
        plot.setViewportMargins(0, height, 0, 0)  # type: ignore[attr-defined]
        frame = plot.frameWidth()  # type: ignore[attr-defined]
        self.setGeometry(frame, frame, plot.width() - 2 * frame, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize, QEvent.Type.FontChange
        ):
            self._place()
        return False
