"""Pictures of a widget as it looks now, cheaply enough to take 15 a second while it trains.

``QWidget.grab`` paints the widget and all its children again: about 12 to 22 ms for the whole
1280x720 window here, most of it the pyqtgraph plots, which the window itself redraws only about
3 times a second each. Two cheaper ways, chosen by :class:`Grabber`:

* ``backing``: the offscreen platform (tests, ``reludesk render``, benchmarks) hands out the
  window's back buffer, the pixels already painted: a copy, about 1 ms. A real screen's
  ``grabWindow`` reads the screen, where another window may lie on top, so it is not used there.
* ``dirty``: everywhere else. The grabber keeps the last picture and watches the paint events
  of the widget and its children; a grab paints again only the region Qt repainted on screen
  since the last one (the network view every frame, a plot when it was redrawn), so what did not
  change is never painted twice.

``full`` (``QWidget.grab`` every time) is there to compare against.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QRegion
from PySide6.QtWidgets import QApplication, QWidget

MODES = ("auto", "backing", "dirty", "full")


def full_grab(widget: QWidget) -> QImage:
    """``widget`` painted again, in ``Format_RGB32``, (width, height) times its pixel ratio."""
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def backing_grab(widget: QWidget) -> QImage | None:
    """``widget``'s pixels copied from its window's back buffer, or None where the platform
    gives none (any but offscreen) or the window is not shown."""
    window = widget.window()
    if QGuiApplication.platformName() != "offscreen" or not window.isVisible():
        return None
    screen = window.screen()
    if screen is None:
        return None
    corner = widget.mapTo(window, QPoint(0, 0)) if widget is not window else QPoint(0, 0)
    pixmap = screen.grabWindow(window.winId(), corner.x(), corner.y(), widget.width(),
                               widget.height())
    if pixmap.isNull():
        return None
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)


class Grabber(QObject):
    """Takes pictures of ``widget`` (``grab``) in ``mode``: one of ``MODES``; "auto" is
    "backing" on the offscreen platform and "dirty" elsewhere. ``close`` stops watching."""

    def __init__(self, widget: QWidget, mode: str = "auto") -> None:
        super().__init__(widget)
        if mode not in MODES:
            raise ValueError(f"unknown grab mode {mode!r}; choose one of: {', '.join(MODES)}")
        if mode == "auto":
            mode = "backing" if QGuiApplication.platformName() == "offscreen" else "dirty"
        self.widget, self.mode = widget, mode
        self.painted = 0  # region repaints done by dirty grabs (a measure for tests)
        self._picture: QImage | None = None
        self._dirty = QRegion()
        self._watching = False
        if mode == "dirty":
            # every widget's paint events pass through the application: no need to follow
            # children that come and go; the filter returns at once for all other events
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._watching = True

    def grab(self) -> QImage:
        """``widget`` as it looks now, ``Format_RGB32``. Changes nothing on screen."""
        if self.mode == "backing":
            picture = backing_grab(self.widget)
            if picture is not None:
                return picture
        if self.mode != "dirty":
            return full_grab(self.widget)
        return self._dirty_grab()

    def close(self) -> None:
        """Stop watching paint events (the recording ended)."""
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False
        self._picture = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        widget = self.widget
        if isinstance(obj, QWidget) and (obj is widget or widget.isAncestorOf(obj)):
            offset = obj.mapTo(widget, QPoint(0, 0)) if obj is not widget else QPoint(0, 0)
            self._dirty += event.region().translated(offset)  # type: ignore[attr-defined]
        return False

    def _dirty_grab(self) -> QImage:
        widget = self.widget
        ratio = widget.devicePixelRatioF()
        wanted = (round(widget.width() * ratio), round(widget.height() * ratio))
        picture = self._picture
        if picture is None or (picture.width(), picture.height()) != wanted:
            picture = full_grab(widget)  # the first picture, or the widget was resized
        else:
            # the region itself, not its bounding box: the network view at the top and the
            # tap at the bottom repaint every frame, the plots between them seldom
            region = self._dirty & QRegion(QRect(QPoint(0, 0), widget.size()))
            if not region.isEmpty():
                painter = QPainter(picture)
                widget.render(painter, region.boundingRect().topLeft(), region)
                painter.end()
                self.painted += 1
        # the paint events of this grab's own painting were counted as news too: forgotten
        self._dirty = QRegion()
        self._picture = picture
        # a second QImage on the same pixels: the next grab's painting into ours copies them
        # first (QImage shares its pixels until written), so the frame handed out stays as it is
        return QImage(picture)
