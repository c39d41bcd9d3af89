"""In each language the window and every lesson show no English left (issue 20, point 1).

The window is built in English, every visible text is read, the language is switched live and
every text read again, widget by widget: a text whose words (three letters or more, names and
symbols aside) are all still the English ones is English left behind. Reading the same widgets
before and after also proves the switch happens at once, without a restart.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

from reludesk.core import activations, datasets, lessons, optim
from reludesk.core.network import INITS
from reludesk.ui import MainWindow
from reludesk.ui.widgets import language

LANGUAGES = ("de", "es", "zh_CN")
# names, not words: they read the same in every language
NAMES = {
    *activations.names(), *datasets.names(), *optim.NAMES, *INITS,
    "relu", "leaky", "prelu", "elu", "selu", "gelu", "silu", "mish", "tanh", "sigmoid",
    "softplus", "swish", "reludesk", "playground", "adam", "sgd", "xavier", "csv", "json", "png",
    "svg", "gif", "mp4", "esc", "ctrl", "shift", "alt", "end", "english", "deutsch", "español",
    "max", "min", "log", "exp", "sin", "cos", "std", "xor", "gauss", "pytorch", "keras",
    "tensorflow", "numpy", "pyqtgraph", "pyside", "qt",
}
WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str) -> set[str]:
    plain = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&", "")
    return {w.lower() for w in WORD.findall(plain) if w.isascii()} - NAMES


def texts(window: MainWindow) -> dict[tuple[int, str], str]:
    """Every text on screen by (widget, what), and the menus' (they are the window's too)."""
    out: dict[tuple[int, str], str] = {}
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        key = id(w)
        if isinstance(w, QLabel | QAbstractButton):
            out[(key, "text")] = w.text()
        elif isinstance(w, QComboBox):
            out[(key, "text")] = w.currentText()
        elif isinstance(w, QGroupBox):
            out[(key, "title")] = w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out[(key, f"tab{i}")] = w.tabText(i)
        elif isinstance(w, QDockWidget):
            out[(key, "title")] = w.windowTitle()
        elif isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            out[(key, "title")] = item.titleLabel.text
            for side in ("left", "bottom"):
                out[(key, side)] = item.getAxis(side).labelText
    for top in window.menuBar().actions():
        out[(id(top), "menu")] = top.text()
        menu = top.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else ():
            out[(id(action), "entry")] = action.text()
    return out


def english_left(before: dict, after: dict) -> list[str]:
    """The texts of ``after`` whose words are all still those of ``before`` (English)."""
    left = []
    for key, text in after.items():
        was = before.get(key)
        if was is None:
            continue
        remaining = words(text)
        if remaining and remaining <= words(was):
            left.append(text)
    return sorted(set(left))


@pytest.fixture
def window(qtbot, catalogues):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    yield win
    language.set_language("en")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_window_has_no_english_left(window, qtbot, code):
    english = texts(window)
    assert language.set_language(code), f"no catalogue for {code}"
    qtbot.wait(1)  # let layouts that follow new words settle (posted events)
    assert english_left(english, texts(window)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_lesson_has_no_english_left(window, qtbot, code):
    for name in lessons.names():
        language.set_language("en")
        window.open_lesson(name)
        qtbot.wait(1)
        english = texts(window)
        language.set_language(code)
        qtbot.wait(1)
        assert english_left(english, texts(window)) == [], name
