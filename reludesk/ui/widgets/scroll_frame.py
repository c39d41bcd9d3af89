"""A panel's contents in a frameless scroll area, so that a small window can still hold the panel.

A dock asks the main window for its widget's minimum size: a panel whose plots need 600 px would
stop the whole window from shrinking below that, on a 1280 x 720 laptop too. Inside a
:class:`ScrollFrame` the contents fill the frame down to their own minimum size (below it they
scroll) while the panel itself asks for little.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget

PANEL_MINIMUM = QSize(240, 160)
"""What a scrolling panel asks the window for, at the least."""


class ScrollFrame(QScrollArea):
    """Shows ``content`` at the frame's size, or at the content's minimum size and scrolls.

    ``minimum`` is the frame's own minimum size hint: what the dock asks the window for.

    The content is sized here rather than by ``setWidgetResizable``: for contents with wrapped
    text (height for width) QScrollArea would keep them at their *preferred* height and scroll,
    where they can well be squeezed down to their minimum and fit.
    """

    def __init__(
        self, content: QWidget, parent: QWidget | None = None, minimum: QSize = PANEL_MINIMUM
    ) -> None:
        super().__init__(parent)
        self._minimum = QSize(minimum)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        # The contents paint on the panel's own background, in the light and the dark theme.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum)

    def sizeHint(self) -> QSize:
        # QScrollArea caps its hint at a few dozen lines of text; a dock should learn what the
        # contents really want.
        return self.widget().sizeHint().expandedTo(self._minimum)

    def _layout(self) -> tuple[QSize, bool, bool]:
        """(content size, horizontal bar, vertical bar): the room there is, less the bars the
        content's minimum size calls for; never below that minimum."""
        content = self.widget()
        need = content.minimumSizeHint().expandedTo(content.minimumSize())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = self.maximumViewportSize()  # less the bars that are switched on: add them back
        on = Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        room += QSize(
            bar if self.verticalScrollBarPolicy() == on else 0,
            bar if self.horizontalScrollBarPolicy() == on else 0,
        )
        vertical = need.height() > room.height()
        horizontal = need.width() > room.width() - (bar if vertical else 0)
        if horizontal and not vertical:
            vertical = need.height() > room.height() - bar
        width = room.width() - (bar if vertical else 0)
        height = room.height() - (bar if horizontal else 0)
        size = QSize(max(width, need.width()), max(height, need.height()))
        return size, horizontal, vertical

    def content_size(self) -> QSize:
        """The size the content gets: the room there is, but never below its minimum."""
        return self._layout()[0]

    def _fit(self) -> None:
        # The bars are switched on and off here, not left to QScrollArea: once shown, a bar
        # would keep itself on (the viewport it narrows is then too small for the content).
        size, horizontal, vertical = self._layout()
        policy = Qt.ScrollBarPolicy
        self.setHorizontalScrollBarPolicy(
            policy.ScrollBarAlwaysOn if horizontal else policy.ScrollBarAlwaysOff
        )
        self.setVerticalScrollBarPolicy(
            policy.ScrollBarAlwaysOn if vertical else policy.ScrollBarAlwaysOff
        )
        if self.widget().size() != size:
            self.widget().resize(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the contents changed their minimum (a font, a hidden row, ...)
        return super().eventFilter(watched, event)


def scrolling(panel: QWidget, content: QWidget, minimum: QSize = PANEL_MINIMUM) -> ScrollFrame:
    """Fill ``panel`` with a :class:`ScrollFrame` that holds ``content``; returns the frame."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    frame = ScrollFrame(content, panel, minimum)
    layout.addWidget(frame)
    return frame
