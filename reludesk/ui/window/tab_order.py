"""The Tab order of a window: its controls in reading order, panel by panel.

Qt's default order is the order widgets were made in, which is not the order they are seen in
(the trainer made its settings before its Play bar; a hidden layer's spin box added later went
to the end of the window). :func:`set_tab_order` orders every visible control as a reader
would meet it: the window's panels in reading order, and inside each, recursively, its parts in
reading order (rows top to bottom, left to right within a row), so a panel's controls stay
together and a form is walked row by row. It is computed from the widgets as they are, so
widgets that appear later (a new tab, the inspector, a timeline bar) find their place when it
runs again.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

_TAB = Qt.FocusPolicy.TabFocus.value


def takes_tab(widget: QWidget) -> bool:
    """True if Tab can stop at ``widget`` itself (its policy has TabFocus, it is enabled and
    shown; a focus proxy inside it, as a spin box's line edit, stands for it)."""
    if not widget.isEnabled() or not widget.isVisible():
        return False
    proxy = widget.focusProxy()
    if proxy is not None and not widget.isAncestorOf(proxy):
        return False  # stands for another (a scroll area's viewport): that one is the stop
    target = proxy or widget
    return bool(target.focusPolicy().value & _TAB)


def control(widget: QWidget) -> QWidget:
    """The control ``widget`` is part of: a spin box for its line edit (focus proxies up)."""
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is widget:
        widget, parent = parent, parent.parentWidget()
    return widget


def reading_order(widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` (siblings) in reading order: rows top to bottom, left to right in a row. A
    widget joins a row if its top is above the middle of the row's first widget, so a tall
    panel and the small ones beside its top share a row (left first)."""
    rest = sorted(widgets, key=lambda w: (w.geometry().top(), w.geometry().left()))
    out: list[QWidget] = []
    while rest:
        first = rest[0].geometry()
        middle = first.top() + first.height() / 2
        row = [rest[0], *(w for w in rest[1:] if w.geometry().top() < middle)]  # 0 px tall too
        out.extend(sorted(row, key=lambda w: w.geometry().left()))
        rest = [w for w in rest if w not in row]
    return out


def focus_stops(root: QWidget) -> list[QWidget]:
    """Every visible, enabled control under ``root`` that Tab stops at, in reading order
    (panels in turn, each one's parts recursively). Floating windows are left to themselves."""
    out: list[QWidget] = []

    def walk(parent: QWidget) -> None:
        direct = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        kids = [w for w in direct if w.isVisible() and not w.isWindow()]
        for w in reading_order(kids):
            # a spin box's line edit, a tab widget's bar: a proxy is the stop of its owner
            if takes_tab(w) and control(w) is w:
                out.append(w)
            walk(w)

    walk(root)
    return out


def reach_every_button(root: QWidget) -> None:
    """Give Tab the buttons made unfocusable (the lesson's, a tool bar's) so that a keyboard
    reaches every action: TabFocus only, so a click still leaves focus where it was (why they
    were NoFocus: the window's one-key shortcuts keep working after a click). Qt's own parts
    (a dock's float and close buttons) are left alone."""
    for button in root.findChildren(QAbstractButton):
        if button.focusPolicy() == Qt.FocusPolicy.NoFocus and not button.objectName().startswith(
            "qt_"
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def set_tab_order(root: QWidget) -> list[QWidget]:
    """Chain ``root``'s focus stops (:func:`focus_stops`) in that order, after letting Tab
    reach every button (:func:`reach_every_button`) and leave item views (a table that keeps
    Tab for its cells traps the keyboard: the explorer's properties table did). Changes those
    widgets' focus policy, tab-key navigation and the focus chain; returns the stops."""
    reach_every_button(root)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    stops = focus_stops(root)
    for first, second in pairwise(stops):
        QWidget.setTabOrder(first, second)
    return stops
