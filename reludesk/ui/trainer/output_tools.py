"""The output plot's tool row: draw your own points, and how the plot shows the data.

Built, not wired (``DrawTool`` and the panel connect it). The row sits in a strip the plot
widget keeps free above its picture (viewport margins), so it never covers the plot and never
appears in an exported picture, which renders the scene only. It is a tool bar: in a narrow
plot (170 px at 1280x720) what does not fit goes into its » menu, Draw first to stay.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDoubleSpinBox, QStyle, QToolBar, QToolButton, QWidget

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.widgets.language import live

VALUE_STEP = 0.1  # the regression value field's arrows
DEFAULT_VALUE = 1.0  # a left click's target at first: the top of the targets' range [-1, 1]
ICON_PX = 16


class OutputTools(QToolBar):
    """The row above the output plot ``plot`` (a pyqtgraph PlotWidget, its parent), as
    actions, each shown by a tool button of the objectName given:

    ``draw`` (checkable, ``drawModeButton``), ``eraser`` (checkable, ``eraserButton``) and
    ``clear`` (``clearPointsButton``), both shown while drawing, ``value`` (a spin box, -1..1,
    ``drawValueSpin``, shown while drawing on a regression task), ``show_test`` (checkable,
    on at first, ``showTestDataButton``), ``discrete`` (checkable, ``discretizeButton``),
    ``import_points`` and ``export_points`` (``importPointsButton``, ``exportPointsButton``:
    CSV files)."""

    def __init__(self, plot: QWidget) -> None:
        super().__init__(plot)
        self.setObjectName("outputTools")
        self.setMovable(False)
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        icon = self.style().standardIcon
        pix = QStyle.StandardPixmap
        # texts and tips marked here, shown translated (and again after a change of language)
        # by _add
        self.draw = self._add(
            "drawModeButton", QT_TRANSLATE_NOOP("OutputTools", "Draw"),
            QT_TRANSLATE_NOOP(
                "OutputTools",
                "Draw your own points on the plot: left click class A (orange), right click "
                "class B (blue); for regression the value beside it (right click: its "
                "negative). The network trains on, with the weights it has"), checkable=True)
        self.eraser = self._add(
            "eraserButton", QT_TRANSLATE_NOOP("OutputTools", "Erase"),
            QT_TRANSLATE_NOOP("OutputTools", "While on, a click removes the point nearest to it"),
            checkable=True)
        self.clear = self._add(
            "clearPointsButton", QT_TRANSLATE_NOOP("OutputTools", "Clear"),
            QT_TRANSLATE_NOOP("OutputTools", "Remove every point, to draw a data set from "
                              "nothing"))
        self.value = QDoubleSpinBox(self)
        self.value.setObjectName("drawValueSpin")
        self.value.setRange(-1.0, 1.0)
        self.value.setSingleStep(VALUE_STEP)
        self.value.setDecimals(2)
        self.value.setValue(DEFAULT_VALUE)
        live(self.value, lambda w: w.setToolTip(translate(
            "OutputTools", "Target of a left click (regression); a right click draws its "
            "negative")))
        self._value_action = self.addWidget(self.value)
        self.addSeparator()
        self.show_test = self._add(
            "showTestDataButton", QT_TRANSLATE_NOOP("OutputTools", "Test"),
            QT_TRANSLATE_NOOP("OutputTools", "Show the test points (rings)"), checkable=True)
        self.show_test.setChecked(True)
        self.discrete = self._add(
            "discretizeButton", QT_TRANSLATE_NOOP("OutputTools", "Classes"),
            QT_TRANSLATE_NOOP(
                "OutputTools",
                "Colour the plane by the class the network predicts (output ≥ 0.5), or the "
                "sign of its output for regression, instead of the output itself"),
            checkable=True)
        self.import_points = self._add(
            "importPointsButton", QT_TRANSLATE_NOOP("OutputTools", "Import points…"),
            QT_TRANSLATE_NOOP("OutputTools", "Read points from a CSV file (x1,x2,label)"))
        self.import_points.setIcon(icon(pix.SP_DialogOpenButton))
        self.export_points = self._add(
            "exportPointsButton", QT_TRANSLATE_NOOP("OutputTools", "Export points…"),
            QT_TRANSLATE_NOOP("OutputTools",
                              "Save the points in use as a CSV file (x1,x2,label)"))
        self.export_points.setIcon(icon(pix.SP_DialogSaveButton))
        for action in (self.import_points, self.export_points):  # icons: the row is short
            button = self.widgetForAction(action)
            assert isinstance(button, QToolButton)
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonIconOnly)
        self._regression = False
        self.draw.toggled.connect(lambda _on: self._show_drawing_tools())
        self._show_drawing_tools()
        plot.installEventFilter(self)
        plot.sigDeviceRangeChanged.connect(self._fit_scene)  # type: ignore[attr-defined]
        self._place()

    def button(self, action: QAction) -> QToolButton:
        """The tool button that shows ``action``."""
        button = self.widgetForAction(action)
        assert isinstance(button, QToolButton)
        return button

    def set_regression(self, regression: bool) -> None:
        """Offer the value field (regression) or not (classification: the mouse button is the
        class)."""
        self._regression = regression
        self._show_drawing_tools()

    def _add(self, name: str, text: str, tip: str, checkable: bool = False) -> QAction:
        """An action (and its tool button, named ``name``) showing ``text`` and ``tip``, English
        sources marked under "OutputTools", translated now and after a change of language."""
        action = self.addAction(text)

        def texts(a: QAction) -> None:
            a.setText(translate("OutputTools", text))
            said = translate("OutputTools", tip)
            a.setToolTip(said)
            a.setStatusTip(said)

        live(action, texts)
        action.setCheckable(checkable)
        self.button(action).setObjectName(name)
        return action

    def _show_drawing_tools(self) -> None:
        drawing = self.draw.isChecked()
        self.eraser.setVisible(drawing)
        self.clear.setVisible(drawing)
        self._value_action.setVisible(drawing and self._regression)
        if not drawing:
            self.eraser.setChecked(False)

    def _place(self) -> None:
        """Keep the strip above the plot's picture as tall as the row, and the row in it."""
        plot = self.parentWidget()
        height = self.sizeHint().height()
        plot.setViewportMargins(0, height, 0, 0)  # type: ignore[attr-defined]
        frame = plot.frameWidth()  # type: ignore[attr-defined]
        self.setGeometry(frame, frame, plot.width() - 2 * frame, height)
        self._fit_scene()

    def _fit_scene(self, *_args: object) -> None:
        """Size the plot's scene to its viewport. pyqtgraph sizes it to the whole widget on
        every resize, which would push the axis below the viewport by the strip's height."""
        plot = self.parentWidget()
        viewport = plot.viewport()  # type: ignore[attr-defined]
        fitted = QRectF(0, 0, viewport.width(), viewport.height())
        if plot.range != fitted:  # type: ignore[attr-defined]
            # the base class's setRange: PlotWidget's own sets the data range instead
            pg.GraphicsView.setRange(plot, fitted, padding=0, disableAutoPixel=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize, QEvent.Type.FontChange
        ):
            self._place()
        return False
