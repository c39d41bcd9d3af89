"""Drawing your own data on the output plot.

While the tool row's Draw button is on, a click on the plot's picture is a point, not a pan or a
context menu: the left button adds class A (label 0, orange) or, for regression, the value of the
field beside Draw; the right button class B (label 1, blue) or the negative of that value. With
Erase on, a click removes the point nearest to it (within a few pixels). Clear removes them all.

The data set combo lists "your own" only while they are in use (``show_dataset``). The tool
only makes the new ``Points``: ``start()`` gives the points to change (the data in use,
so a first click on a generated data set keeps its points), and ``pointsDrawn(Points)`` hands the
result to whoever trains on it (the panel).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QComboBox

from reludesk.core.datasets import OWN
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.core.points import Points
from reludesk.ui.trainer.boundary_plot import BoundaryPlot
from reludesk.ui.widgets.language import live

# the data set combo's entry for drawn or imported points (its item data "own" is its identity)
OWN_TEXT = QT_TRANSLATE_NOOP("DrawTool", "your own")
OWN_TIP = QT_TRANSLATE_NOOP("DrawTool", "Your own points: drawn on the output plot or read from "
                            "a CSV file")
MIN_POINTS = 2  # one to train on and one to test: fewer cannot be trained on
# translated where shown: translate("DrawTool", TOO_FEW)
TOO_FEW = QT_TRANSLATE_NOOP("DrawTool", "Draw at least two points: the network needs two to "
                            "train on")
ERASE_RADIUS_PX = 12.0  # a click erases a point at most this far away on screen (a dot is 8 px)
CLASS_OF = {Qt.MouseButton.LeftButton: 0.0, Qt.MouseButton.RightButton: 1.0}
_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
          QEvent.Type.MouseButtonDblClick)


class DrawTool(QObject):
    """Turns clicks on ``boundary``'s plot into new Points, starting from ``start()``.

    Signals: ``pointsDrawn(Points)`` after every added or erased point and after Clear;
    ``refused(str)`` when a click cannot add a point (the data is full), in plain words.
    """

    pointsDrawn = Signal(object)
    refused = Signal(str)

    def __init__(self, boundary: BoundaryPlot, start: Callable[[], Points]) -> None:
        super().__init__(boundary.plot)
        self._boundary = boundary
        self._start = start
        self.tools = boundary.tools
        self._view_box = boundary.plot.getPlotItem().getViewBox()
        # a plain flag: the viewport's events still come while the plot's children are deleted
        self._drawing = False
        boundary.plot.viewport().installEventFilter(self)
        self.tools.draw.toggled.connect(self._on_draw_toggled)
        self.tools.clear.triggered.connect(lambda _checked=False: self.clear())

    def is_drawing(self) -> bool:
        return self._drawing

    def set_drawing(self, on: bool) -> None:
        """Turn draw mode on or off (the Draw button follows)."""
        self.tools.draw.setChecked(on)

    def click(self, x1: float, x2: float, button: Qt.MouseButton) -> None:
        """What a click at data coordinates (x1, x2) does in draw mode: erase the nearest point
        (Erase on) or add one for ``button``; emits ``pointsDrawn`` if the points changed."""
        points = self._start()
        if self.tools.eraser.isChecked():
            index = points.nearest(x1, x2, self._erase_radius())
            if index is not None:
                self.pointsDrawn.emit(points.remove(index))
            return
        if button not in CLASS_OF:
            return
        try:
            self.pointsDrawn.emit(points.add(x1, x2, self._label(points.task, button)))
        except ValueError as exc:  # full (10,000 points): say so, keep what there is
            self.refused.emit(translate("DrawTool", "No point added: {problem}").format(
                problem=exc))

    def clear(self) -> None:
        """No points: the user draws a data set from nothing."""
        self.pointsDrawn.emit(Points.empty(self._start().task))

    def _label(self, task: str, button: Qt.MouseButton) -> float:
        if task == "classification":
            return CLASS_OF[button]
        value = self.tools.value.value()
        return value if button == Qt.MouseButton.LeftButton else -value

    def _erase_radius(self) -> float:
        """ERASE_RADIUS_PX in data units at the plot's present size."""
        width, height = self._view_box.viewPixelSize()
        return ERASE_RADIUS_PX * max(width, height)

    def _on_draw_toggled(self, on: bool) -> None:
        self._drawing = on
        # the right button draws class B: no view menu pops up over the plot meanwhile
        self._view_box.setMenuEnabled(not on)
        self._boundary.plot.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def _data_point(self, event: QMouseEvent) -> QPointF | None:
        """The data coordinates under ``event``, or None outside the plot's picture (axes,
        title)."""
        scene = self._boundary.plot.mapToScene(event.position().toPoint())
        if not self._view_box.sceneBoundingRect().contains(scene):
            return None
        return self._view_box.mapSceneToView(scene)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In draw mode, a press on the picture is a point; its release and double click are
        eaten too, so the plot never sees a half click."""
        if not self.is_drawing() or event.type() not in _MOUSE:
            return False
        assert isinstance(event, QMouseEvent)
        at = self._data_point(event)
        if at is None:
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            self.click(at.x(), at.y(), event.button())
        return True


def show_dataset(combo: QComboBox, name: str) -> None:
    """Select data set ``name`` in ``combo`` (the trainer's ``datasetCombo``) without emitting
    a change. Your own points ("own") are listed, as "your own" with the item data "own", only
    while they are in use: the generated sets are the choices, and drawing is how one gets
    one's own."""
    blocked = combo.blockSignals(True)
    own = combo.findData(OWN)
    if name == OWN and own < 0:
        combo.addItem(OWN_TEXT, OWN)
        if not getattr(combo, "_own_named_live", False):  # once per combo, not per entry
            combo._own_named_live = True  # type: ignore[attr-defined]
            live(combo, _name_own)
        else:
            _name_own(combo)
    elif name != OWN and own >= 0:
        combo.removeItem(own)
    index = combo.findData(OWN) if name == OWN else combo.findText(name)
    if index >= 0:
        combo.setCurrentIndex(index)
    combo.blockSignals(blocked)


def _name_own(combo: QComboBox) -> None:
    """The "your own" entry's text and tooltip in the language chosen, if it is listed."""
    own = combo.findData(OWN)
    if own >= 0:
        combo.setItemText(own, translate("DrawTool", OWN_TEXT))
        combo.setItemData(own, translate("DrawTool", OWN_TIP), Qt.ItemDataRole.ToolTipRole)
