"""What the window says in boxes: problems, the keyboard shortcuts and About.

Every box opens with ``open()``, not ``exec()``: the window keeps running behind it (training
goes on, a close still ends the program) and tests are never blocked.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from reludesk import __version__
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

# what no action's shortcut tells: the keys and gestures of the plots and of presentation mode,
# translated where shown (shortcuts_html)
GESTURES = [
    (QT_TRANSLATE_NOOP("Messages", "Esc"),
     QT_TRANSLATE_NOOP("Messages", "Leave presentation mode")),
    (QT_TRANSLATE_NOOP("Messages", "Mouse over a plot"),
     QT_TRANSLATE_NOOP("Messages", "Read z, f(z) and f′(z)")),
    (QT_TRANSLATE_NOOP("Messages", "Drag / wheel on a plot"),
     QT_TRANSLATE_NOOP("Messages", "Pan / zoom; right-click for more")),
    (QT_TRANSLATE_NOOP("Messages", "Click a legend line"),
     QT_TRANSLATE_NOOP("Messages", "Hide that activation")),
]


def report_problem(window: QMainWindow, title: str, text: str) -> None:
    """Say what went wrong in a box that does not block (``problemBox``) and in ``window``'s
    status bar."""
    window.statusBar().showMessage(text, 20000)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("problemBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_text_box(parent: QWidget, title: str, html: str, name: str = "") -> QMessageBox:
    """Open a box of rich text over ``parent``, named ``name`` (objectName), else after the
    title's first word (``keyboardBox``, ``aboutBox``); it deletes itself when closed. A
    translated title would rename the box: callers with one pass ``name``."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, html, QMessageBox.StandardButton.Close,
                      parent)
    box.setObjectName(name or f"{title.split()[0].lower()}Box")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def shortcuts_html(actions: Iterable[QAction]) -> str:
    """An HTML table of the shortcuts of every action in ``actions`` that has any (each action
    once, a row per key: presentation mode's F11 and the platform's own), then the plots'
    mouse gestures."""
    rows = []
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        native = QKeySequence.SequenceFormat.NativeText
        for key in action.shortcuts():  # a row each: F11 and the platform's own key
            if not key.isEmpty():
                rows.append((key.toString(native), action.text().replace("&", "").rstrip("…")))
    rows += [(translate("Messages", k), translate("Messages", v)) for k, v in GESTURES]
    cells = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def about_html() -> str:
    """The About box: version, purpose and the libraries it stands on."""
    purpose = translate(
        "Messages", "A desktop simulator that shows why ReLU replaced step, sigmoid and tanh, "
        "why ReLU neurons die, and how Leaky ReLU keeps them alive.")
    licence = translate("Messages", "MIT licence.")
    return (
        f"<h3>reludesk {__version__}</h3><p>{purpose}</p>"
        f"<p>PySide6 {pyside_version} · pyqtgraph {pg.__version__} · numpy {np.__version__}"
        f"</p><p>{licence}</p>"
    )
