"""The explorer's checkable list of activations: a colour swatch per row, one column of full
names beside the plots or a grid of short names above them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QMouseEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QWidget,
)

from reludesk.core import activations
from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.explorer.texts import formula, short_label
from reludesk.ui.widgets.language import live

QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum size"


def swatch_icon(name: str, size: int = 28) -> QIcon:
    """A short line in the activation's colour and line style, as drawn in the plots."""
    pixmap = QPixmap(size, size // 2)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(theme.activation_pen(name, width=4))
    painter.drawLine(3, size // 4, size - 3, size // 4)
    painter.end()
    return QIcon(pixmap)


class ActivationList(QListWidget):
    """A checkable list of activations with colour swatches; each item's data is its name."""

    shownChanged = Signal(list)
    """The registry names now ticked, in registry order."""

    def __init__(self, names: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationList")
        self.setIconSize(QSize(28, 14))
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for name in names:
            item = QListWidgetItem(swatch_icon(name), activations.label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self._pressed: tuple[QListWidgetItem | None, Qt.CheckState | None] = (None, None)
        self._grid = False
        live(self, ActivationList._retranslate)
        self.itemChanged.connect(self._on_item_changed)
        # A click anywhere on the row toggles it, not only on the small check box.
        self.itemClicked.connect(self._on_item_clicked)

    def _retranslate(self) -> None:
        """The tooltips and the names in the language in use (after a switch too)."""
        self.setToolTip(translate(
            "ActivationList", "Tick the activations to compare; each has its own colour and line."))
        with QSignalBlocker(self):  # item texts are item data: no tick changed
            for i in range(self.count()):
                item = self.item(i)
                name = item.data(Qt.ItemDataRole.UserRole)
                label = activations.label(name)
                item.setToolTip(f"<b>{label}</b> ({name}): {formula(name)}")
                item.setText(short_label(name) if self._grid else label)
        if self._grid:
            self._layout_grid()  # the longest short name sets the cell width

    # --- one column or a grid ---------------------------------------------------------------
    def set_grid(self, on: bool) -> None:
        """Lay the activations out in as many columns as fit (short names; the tooltip has the
        full one), or in one column with full names."""
        on = bool(on)
        if on == self._grid:
            return
        self._grid = on
        # new texts are item data too: unblocked, each would emit itemChanged and redraw the
        # explorer, though no tick changed (three times at start-up)
        with QSignalBlocker(self):
            for i in range(self.count()):
                item = self.item(i)
                name = item.data(Qt.ItemDataRole.UserRole)
                item.setText(short_label(name) if on else activations.label(name))
        self.setFlow(QListView.Flow.LeftToRight if on else QListView.Flow.TopToBottom)
        self.setWrapping(on)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        bars = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(bars.ScrollBarAlwaysOff if on else bars.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if on:
            self._layout_grid()
        else:
            self.setGridSize(QSize())
            with QSignalBlocker(self):
                for i in range(self.count()):
                    self.item(i).setSizeHint(QSize())
            self.setMinimumHeight(0)
            self.setMaximumHeight(QWIDGETSIZE_MAX)
        self.updateGeometry()

    def is_grid(self) -> bool:
        return self._grid

    def columns(self) -> int:
        """How many columns the activations are laid out in now."""
        if not self._grid:
            return 1
        return max(1, self.viewport().width() // max(1, self.gridSize().width()))

    def _cell_size(self) -> QSize:
        """The smallest grid cell that holds a check box, a swatch and the longest short name."""
        fm = self.fontMetrics()
        text = max(fm.horizontalAdvance(short_label(n)) for n in self.names())
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        height = max(fm.height(), self.iconSize().height(), box) + 8
        return QSize(box + self.iconSize().width() + text + 30, height)

    def _layout_grid(self) -> None:
        cell = self._cell_size()
        width = self.width() - 2 * self.frameWidth()
        cols = max(1, min(self.count(), width // cell.width()))
        rows = -(-self.count() // cols)
        # spread the columns over the whole width; one pixel spare, or the last one wraps
        grid = QSize(max(cell.width(), (width - 1) // cols), cell.height())
        self.setGridSize(grid)
        # a size hint is item data: each change would emit itemChanged and redraw every plot
        with QSignalBlocker(self):
            for i in range(self.count()):  # else every item is as wide as the first one's text
                self.item(i).setSizeHint(grid)
        self.setFixedHeight(rows * cell.height() + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._grid and event.size().width() != event.oldSize().width():
            self._layout_grid()

    def sizeHint(self) -> QSize:
        if self._grid:
            return QSize(3 * self._cell_size().width(), self.height())
        # Tall enough for every row, so the list never needs a scroll bar of its own.
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        if self._grid:
            return QSize(self._cell_size().width() + 2 * self.frameWidth(), self.height())
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 160))

    def names(self) -> list[str]:
        """Every offered name, in list order."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def checked(self) -> list[str]:
        """The ticked names, in list order."""
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, names: Iterable[str]) -> None:
        """Tick exactly ``names`` (unknown names are ignored); emits ``shownChanged`` once."""
        wanted = set(names)
        # a blocker restores what it found: a caller that blocked the list keeps it blocked
        with QSignalBlocker(self):
            for i in range(self.count()):
                item = self.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.shownChanged.emit(self.checked())

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self.shownChanged.emit(self.checked())

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        # A click on the check box was already handled by Qt (the state changed since the
        # press); a click on the text or swatch is toggled here.
        pressed, state = self._pressed
        if pressed is item and item.checkState() == state:
            on = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        self._pressed = (item, item.checkState() if item is not None else None)
        super().mousePressEvent(event)
