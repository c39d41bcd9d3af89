"""KeyGuard: single-key shortcuts (R, B, Right, Space) stay out of a widget being typed in."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSlider, QVBoxLayout, QWidget

from reludesk.ui.widgets.key_guard import KeyGuard, keeps_key


def key(k: Qt.Key, mods=Qt.KeyboardModifier.NoModifier,
        kind=QEvent.Type.ShortcutOverride) -> QKeyEvent:
    event = QKeyEvent(kind, k, mods)
    event.ignore()  # Qt makes events accepted: the guard must be what accepts it
    return event


def test_keeps_key_decides_by_widget_key_and_modifiers(qtbot):
    edit, slider, combo = QLineEdit(), QSlider(), QComboBox()
    for w in (edit, slider, combo):
        qtbot.addWidget(w)
    assert keeps_key(edit, key(Qt.Key.Key_R))
    assert keeps_key(edit, key(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier))
    assert not keeps_key(edit, key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier))
    assert keeps_key(slider, key(Qt.Key.Key_Right))
    assert not keeps_key(slider, key(Qt.Key.Key_R))  # a letter is no text for a slider
    assert keeps_key(combo, key(Qt.Key.Key_Down)) and not keeps_key(combo, key(Qt.Key.Key_B))
    combo.setEditable(True)
    assert keeps_key(combo, key(Qt.Key.Key_B))
    assert not keeps_key(None, key(Qt.Key.Key_R))


def test_key_guard_accepts_the_override_only_for_the_focused_text_field(qtbot):
    win = QWidget()
    qtbot.addWidget(win)
    edit, button = QLineEdit(win), QPushButton("a button", win)
    layout = QVBoxLayout(win)
    layout.addWidget(edit)
    layout.addWidget(button)
    guard = KeyGuard(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    override = key(Qt.Key.Key_R)
    assert guard.eventFilter(win, override) and override.isAccepted()
    assert not guard.eventFilter(win, key(Qt.Key.Key_R, kind=QEvent.Type.KeyPress))
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert not guard.eventFilter(win, key(Qt.Key.Key_R))
