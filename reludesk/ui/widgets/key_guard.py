"""Single-key shortcuts that give way to the widget being typed in.

A window whose actions answer to bare keys (Space, Right, R, B) would otherwise take those keys
from a focused spin box, text field or slider. :class:`KeyGuard`, installed as an event filter
on the window, hands such keys to the focused widget instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_TYPING = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
_ARROWS = (QAbstractSlider, QAbstractItemView, QTabBar, QComboBox)
_ARROW_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}


def keeps_key(focus: QWidget | None, event: QKeyEvent) -> bool:
    """True if ``focus`` should get the key ``event`` rather than a window shortcut: any key
    without Ctrl / Alt / Meta in a text field or spin box, and arrows in sliders, lists, tab
    bars and combo boxes."""
    if focus is None:
        return False
    ignored = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    mods = event.modifiers() & ~ignored
    if mods != Qt.KeyboardModifier.NoModifier:
        return False
    if isinstance(focus, _TYPING) or (isinstance(focus, QComboBox) and focus.isEditable()):
        return True
    return isinstance(focus, _ARROWS) and Qt.Key(event.key()) in _ARROW_KEYS


class KeyGuard(QObject):
    """Hands single-key shortcuts (R, B, Right, Space) to a focused text field or slider.

    Qt asks the focus widget first with a ShortcutOverride event, which travels up to the
    window if no one accepts it. Spin boxes and line edits accept it for text themselves;
    sliders, lists and tab bars do not for arrows, so this filter (installed on the window)
    accepts it for them, and for any text field that let a key through.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and keeps_key(
            QApplication.focusWidget(), event  # type: ignore[arg-type]
        ):
            event.accept()
            return True
        return False
