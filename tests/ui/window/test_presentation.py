"""Presentation mode: full screen, larger text, thicker lines, high contrast, and back exactly."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from reludesk.ui import MainWindow
from reludesk.ui.window.menus import presentation_keys
from reludesk.ui.window.presentation import FONT_SCALE, LINE_SCALE, scaled_css_size


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(760, 640)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_presentation(False)
    win.set_theme("system")


def pen_width(item: pg.PlotDataItem) -> float:
    return pg.mkPen(item.opts["pen"]).widthF()


def test_f11_action_is_enabled_and_checkable(window):
    action = window.actions_by_name["presentation"]
    assert action.isEnabled() and action.isCheckable()
    assert action.shortcuts()[0] == QKeySequence("F11")
    # the platform's own full-screen keys stay too, each once
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)
    assert all(k in action.shortcuts() for k in standard if not k.isEmpty())
    assert len(action.shortcuts()) == len({k.toString() for k in action.shortcuts()})


def test_presentation_keys_hold_f11_without_a_platform_key_table():
    # a plain X11 session without a desktop gives FullScreen no key at all: F11 must remain
    assert presentation_keys([]) == [QKeySequence("F11")]
    assert presentation_keys([QKeySequence()]) == [QKeySequence("F11")]
    # macOS's Ctrl+Meta+F is kept beside it, and a table that already has F11 adds no twin
    mac = presentation_keys([QKeySequence("Ctrl+Meta+F")])
    assert mac == [QKeySequence("F11"), QKeySequence("Ctrl+Meta+F")]
    assert presentation_keys([QKeySequence("F11"), QKeySequence("Alt+Return")]) == [
        QKeySequence("F11"), QKeySequence("Alt+Return")]


def test_f11_key_toggles_presentation_and_the_help_names_it(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.is_presenting()
    assert window.actions_by_name["presentation"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.is_presenting()
    assert "<b>F11</b>" in window.shortcuts_text()  # the F1 table lists the key it promises


def test_presentation_enlarges_and_restores_exactly(window, qtbot):
    app = QApplication.instance()
    font, palette = QFont(app.font()), QPalette(app.palette())
    dead = window.findChild(QLabel, "deadCountLabel")
    dead_font = QFont(dead.font())
    geometry, state = window.geometry(), window.windowState()
    curve = window.explorer.curve("relu")
    loss = window.network_panel.history_plots.loss_plot.getPlotItem()
    width, title_size = pen_width(curve), loss.titleLabel.opts["size"]
    tick_font = QFont(loss.getAxis("bottom").style["tickFont"])

    window.actions_by_name["presentation"].trigger()
    assert window.is_presenting()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert app.font().pointSizeF() == pytest.approx(font.pointSizeF() * FONT_SCALE)
    assert dead.font().pointSizeF() == pytest.approx(dead_font.pointSizeF() * FONT_SCALE)
    assert pen_width(curve) == pytest.approx(width * LINE_SCALE)
    assert loss.titleLabel.opts["size"] == scaled_css_size(title_size, FONT_SCALE) != title_size
    assert loss.getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(
        tick_font.pointSizeF() * FONT_SCALE)
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    text_colour = app.palette().color(QPalette.ColorRole.WindowText)
    assert (window_colour.name(), text_colour.name()) == ("#ffffff", "#000000")
    plot = window.findChild(pg.PlotWidget, "activationPlot")
    assert plot.backgroundBrush().color().name() == "#ffffff"
    assert not window.actions_by_name["theme_dark"].isEnabled()

    window.actions_by_name["presentation"].trigger()
    assert not window.is_presenting()
    assert app.font() == font
    assert app.palette() == palette
    assert dead.font() == dead_font
    assert pen_width(curve) == pytest.approx(width)
    assert loss.titleLabel.opts["size"] == title_size
    assert loss.getAxis("bottom").style["tickFont"] == tick_font
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.windowState() == state
    qtbot.waitUntil(lambda: window.geometry() == geometry)
    assert window.actions_by_name["theme_dark"].isEnabled()
    assert not window.actions_by_name["presentation"].isChecked()


def test_dark_theme_comes_back_after_presentation(window):
    window.set_theme("dark")
    dark = QPalette(QApplication.palette())
    window.set_presentation(True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    window.set_presentation(False)
    assert QApplication.palette() == dark
    plot = window.findChild(pg.PlotWidget, "activationPlot")
    assert plot.backgroundBrush().color().name() == "#1e1e1e"


def test_new_network_while_presenting_gets_thick_lines_and_loses_them_after(window):
    window.set_presentation(True)
    window.open_lesson("vanishing")  # six layers: new curves for the per-layer plots
    grad = window.network_panel.history_plots.grad_plot.getPlotItem()
    named = [c for c in grad.listDataItems() if c.isVisible()]
    assert len(named) == 7  # six hidden layers and the output
    assert all(pen_width(c) >= 2 * LINE_SCALE - 1e-9 for c in named)
    dead = window.network_panel.history_plots.dead_plot.getPlotItem().titleLabel
    big = dead.opts["size"]  # the new network set the title again: still presentation-sized
    thick = {id(c): pen_width(c) for c in named}
    window.set_presentation(False)
    assert all(pen_width(c) == pytest.approx(thick[id(c)] / LINE_SCALE) for c in named)
    assert dead.opts["size"] != big
    assert scaled_css_size(dead.opts["size"], FONT_SCALE) == big


def test_escape_leaves_presentation(window, qtbot):
    window.set_presentation(True)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_presenting()
    assert not window.actions_by_name["presentation"].isChecked()
    # Esc does nothing otherwise (no shortcut stealing it from dialogs and menus)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_presenting()


def test_closing_while_presenting_saves_the_normal_window(qtbot):
    from PySide6.QtCore import QSettings

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.set_presentation(True)
    win.close()
    assert not win.is_presenting()
    again = MainWindow()
    qtbot.addWidget(again)
    assert QSettings().value("window/geometry") is not None
    again.show()
    qtbot.waitExposed(again)
    assert not again.windowState() & Qt.WindowState.WindowFullScreen


def test_css_sizes_scale():
    assert scaled_css_size("10pt", 1.4) == "14pt"
    assert scaled_css_size("12px", 1.5) == "18px"
    assert scaled_css_size(None, 1.4) is None
    assert scaled_css_size("large", 1.4) == "large"


def test_presentation_works_on_a_plain_main_window_through_its_two_callbacks(qtbot):
    # Presentation knows no MainWindow: the plots' colours and the theme come back through the
    # callbacks, and the axis labels are restyled through pyqtgraph's public setLabel
    from PySide6.QtWidgets import QMainWindow

    from reludesk.ui.window.presentation import HIGH_CONTRAST, Presentation

    win = QMainWindow()
    qtbot.addWidget(win)
    plot = pg.PlotWidget()
    win.setCentralWidget(plot)
    item = plot.getPlotItem()
    item.setLabel("left", "f(z)", units="V", **{"font-size": "10pt"})
    left, right = item.getAxis("left"), item.getAxis("right")
    right_style = dict(right.labelStyle)
    calls = []
    win.show()
    qtbot.waitExposed(win)
    presentation = Presentation(win, calls.append, lambda: calls.append("theme back"))

    presentation.enter()
    assert calls == [HIGH_CONTRAST]
    assert left.labelStyle == {"font-size": "14pt"}
    assert "font-size:14pt" in left.label.toHtml()  # drawn at the new size, not only stored
    assert (left.labelText, left.labelUnits) == ("f(z)", "V")
    assert right.labelStyle == right_style and not right.label.isVisible()  # no text: untouched

    presentation.leave()
    assert calls == [HIGH_CONTRAST, "theme back"]
    assert left.labelStyle == {"font-size": "10pt"}
    assert "font-size:10pt" in left.label.toHtml()
    assert (left.labelText, left.labelUnits) == ("f(z)", "V")
    assert not presentation.is_on()
