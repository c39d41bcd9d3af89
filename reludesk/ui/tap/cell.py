"""Where the parts of one tap's cell go: its title on top, a caption at the foot, and between them
the picture with the readouts (z, f(z), f'(z), clog) beside it when the cell is wide and short (a
dock across the bottom of the window), or below it when there is height to spare."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from reludesk.ui.tap.drawing import Scene
from reludesk.ui.tap.text import CAPTION_LINES, WIDEST_VALUE

# Readouts go beside the picture when what lies between title and caption is at least this many
# times wider than high: the picture then keeps the height, which sets its size.
SIDE_READOUTS_ASPECT = 2.2


class Cell:
    """The layout of one tap inside ``rect``; ``font`` is the widget's, whose bold face at the
    unit's size sets how wide the column of readouts beside the picture must be."""

    def __init__(self, rect: QRectF, font: QFont) -> None:
        self.rect = QRectF(rect)
        # the base text size in pixels: big enough for a projector, scaled with the widget
        self.unit = min(max(min(rect.width() * 0.055, rect.height() * 0.06), 12.0), 34.0)
        self._font = font

    def title_rect(self) -> QRectF:
        u, cell = self.unit, self.rect
        return QRectF(cell.left() + u * 0.6, cell.top() + u * 0.3, cell.width() - u * 1.2, u * 1.7)

    def caption_rect(self) -> QRectF:
        u, cell = self.unit, self.rect
        h = u * 0.85 * 1.35 * CAPTION_LINES
        return QRectF(cell.left() + u * 0.6, cell.bottom() - h - u * 0.4, cell.width() - u * 1.2, h)

    def middle_rect(self) -> QRectF:
        """Between the title and the caption: the picture and the readouts."""
        top = self.title_rect().bottom()
        bottom = self.caption_rect().top() - self.unit * 0.3
        return QRectF(self.rect.left(), top, self.rect.width(), max(bottom - top, 1.0))

    def readouts_beside(self) -> bool:
        """The readouts stand in a column right of the picture (else in two rows below it)."""
        middle = self.middle_rect()
        return middle.width() >= SIDE_READOUTS_ASPECT * middle.height()

    def readout_grid(self) -> tuple[int, int]:
        """(columns, rows) of the four readouts."""
        return (1, 4) if self.readouts_beside() else (2, 2)

    def readout_rect(self) -> QRectF:
        u, cell, middle = self.unit, self.rect, self.middle_rect()
        if self.readouts_beside():
            # a column at the right, as wide as the widest value at the full value size
            font = QFont(self._font)
            font.setPixelSize(round(u))
            font.setBold(True)
            width = min(
                QFontMetricsF(font).horizontalAdvance(WIDEST_VALUE) + u * 0.8, middle.width() * 0.45
            )
            h = min(middle.height(), u * 1.35 * 4)
            top = middle.center().y() - h / 2
            return QRectF(middle.right() - width - u * 0.2, top, width, h)
        h = u * 1.3 * 2
        return QRectF(cell.left() + u * 0.6, middle.bottom() - h, cell.width() - u * 1.2, h)

    def scene_rect(self) -> QRectF:
        """The picture's room: the middle less the readouts."""
        middle, readouts = self.middle_rect(), self.readout_rect()
        if self.readouts_beside():
            return QRectF(
                middle.left(), middle.top(), readouts.left() - middle.left(), middle.height()
            )
        bottom = readouts.top() - self.unit * 0.2
        return QRectF(middle.left(), middle.top(), middle.width(), max(bottom - middle.top(), 1.0))

    def scene(self) -> Scene:
        """The geometry of the picture itself."""
        return Scene(self.scene_rect())
