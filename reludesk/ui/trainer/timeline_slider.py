"""``timelineSlider``: a horizontal slider over the steps of a run, with markers on its groove.

Each marker is a tick painted across the groove at an event's step (a burst, an edit, new data:
``History.events``); hovering near one shows its words. Positions come from the style's own
groove rectangle and value-to-pixel rule, so a tick sits exactly where the handle stands when
it is at that step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QToolTip, QWidget

from reludesk.core.i18n import translate
from reludesk.ui import theme

MARKER_COLOUR = theme.OKABE_ITO["vermillion"]
MARKER_WIDTH = 3  # px: seen from the back of the room, yet narrower than the handle
HOVER_PX = 6  # a pointer this close to a tick shows its words


class MarkedSlider(QSlider):
    """A horizontal QSlider that paints ``markers`` ((step, text) pairs) as ticks on its groove
    and shows their texts as tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._markers: list[tuple[int, str]] = []

    def markers(self) -> list[tuple[int, str]]:
        """The (step, text) pairs marked, as given (a copy)."""
        return list(self._markers)

    def set_markers(self, markers: list[tuple[int, str]]) -> None:
        """Mark these (step, text) pairs; repaints only if they changed."""
        markers = [(int(s), str(t)) for s, t in markers]
        if markers != self._markers:
            self._markers = markers
            self.update()

    def marker_x(self, step: int) -> int:
        """The x (widget pixels) of the tick for ``step``: the centre of the handle at that
        value."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderHandle, self)
        # the handle's left edge runs over the groove less its own width
        span = max(groove.width() - handle.width(), 1)
        offset = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), step, span,
                                                option.upsideDown)
        return groove.x() + offset + handle.width() // 2

    def marker_text_at(self, x: int) -> str:
        """The words of the markers within ``HOVER_PX`` of ``x`` (one a line), "" if none."""
        said = translate("MarkedSlider", "Step {step}: {text}")
        near = [said.format(step=f"{s:,}", text=t) for s, t in self._markers
                if self.minimum() <= s <= self.maximum() and abs(self.marker_x(s) - x) <= HOVER_PX]
        return "\n".join(near)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.marker_text_at(event.pos().x())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._markers:
            self._draw_markers()

    def _draw_markers(self) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor(MARKER_COLOUR), MARKER_WIDTH))
        rect = self._tick_band()
        for step, _text in self._markers:
            if self.minimum() <= step <= self.maximum():
                x = self.marker_x(step)
                painter.drawLine(QPoint(x, rect.top()), QPoint(x, rect.bottom()))
        painter.end()

    def _tick_band(self) -> QRect:
        """Where ticks go: the middle half of the widget's height, across the groove."""
        h = self.height()
        return QRect(0, h // 4, self.width(), max(h // 2, 4))
