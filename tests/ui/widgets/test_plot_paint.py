"""make_plot's plots paint once when shown: the first paint does not change their layout."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from reludesk.ui.widgets.plots import make_plot


class PaintCounter(QObject):
    """Counts the paint events of one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _settle() -> None:
    """Deliver everything a paint asked for (a relayout, a repaint) and what that asked for."""
    for _ in range(5):
        QApplication.processEvents()


def test_short_labels_do_not_make_a_plot_paint_twice(qtbot):
    # Labels such as "0 2 4" are narrower than the room an axis starts with. pyqtgraph measured
    # them while painting and shrank the axis, so the plot was laid out and painted again.
    plot = make_plot("shortLabels", left="f(z)", bottom="z")
    qtbot.addWidget(plot)
    plot.plot([-5.0, 0.0, 5.0], [0.0, 0.0, 5.0])
    plot.setXRange(-5, 5, padding=0.0)
    plot.setYRange(0, 5, padding=0.0)  # a fixed range: no auto-range at paint time either
    plot.resize(400, 300)
    counter = PaintCounter()
    plot.viewport().installEventFilter(counter)
    axis = plot.getPlotItem().getAxis("left")
    plot.show()
    qtbot.waitExposed(plot)
    width_at_first_paint = axis.width()
    _settle()
    assert counter.paints == 1
    assert axis.width() == width_at_first_paint


def test_an_axis_grows_for_wide_labels(qtbot):
    # growing stays: labels wider than the starting room are never cut off
    plot = make_plot("wideLabels", left="loss")
    qtbot.addWidget(plot)
    plot.plot([0.0, 1.0], [0.0, 1.0])
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    _settle()
    narrow = plot.getPlotItem().getAxis("left").width()
    plot.setYRange(-123456.0, 123456.0, padding=0.0)
    _settle()
    qtbot.waitUntil(lambda: plot.getPlotItem().getAxis("left").width() > narrow + 20)
