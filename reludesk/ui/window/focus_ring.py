"""A frame round the control that has keyboard focus, the same on every kind of control.

Fusion marks focus on buttons and fields with a thin outline in the Highlight colour, and not
at all on a plot, a scroll area or a custom-painted view; from the back of a classroom none of
it shows. The ring is one widget laid over the window, transparent to the mouse, painted as a
``theme.FOCUS_WIDTH`` frame in ``theme.focus_colour()`` (3:1 or better against either theme's
window) just outside the focused control. It shows only while focus moves by keyboard (Qt's
``WA_KeyboardFocusChange``: set by Tab, cleared by a click), as focus marks usually do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

from reludesk.ui import theme
from reludesk.ui.window.tab_order import control

_FOLLOW = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}


class FocusRing(QWidget):
    """The ring over ``window``; follows the focused control of ``window`` by itself."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._target: QWidget | None = None
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def target(self) -> QWidget | None:
        """The control the ring is round, or None while it is hidden."""
        return self._target if self.isVisible() else None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not Shiboken.isValid(self._window) or not Shiboken.isValid(self):
            return  # the application outlives the window it was told of
        if self._target is not None and Shiboken.isValid(self._target):
            self._target.removeEventFilter(self)
        keyboard = self._window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        if new is None or new.window() is not self._window or not keyboard:
            self._target = None
            self.hide()
            return
        self._target = control(new)
        self._target.installEventFilter(self)  # it may move or grow while focused
        self.place()

    def place(self) -> None:
        """Lay the ring round the target as it is now (above every other widget)."""
        target = self._target
        if target is None or not target.isVisible():
            self.hide()
            return
        w = theme.FOCUS_WIDTH
        box = QRect(target.mapTo(self._window, QPoint(0, 0)), target.size())
        self.setGeometry(box.adjusted(-w, -w, w, w).intersected(self._window.rect()))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in _FOLLOW:
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        w = theme.FOCUS_WIDTH
        p = QPainter(self)
        try:
            pen = QPen(theme.focus_colour(), w)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            p.setPen(pen)
            # the pen is centred on the path: half a width in, so the whole line shows
            p.drawRect(self.rect().adjusted(w // 2, w // 2, -(w - w // 2), -(w - w // 2)))
        finally:
            p.end()
