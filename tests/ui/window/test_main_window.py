"""The main window: docks, menus, actions, theme, settings and export."""

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from reludesk import __version__
from reludesk.ui import MainWindow
from reludesk.ui.explorer.panel import ExplorerPanel

OBJECT_NAMES = {
    "explorerDock": QDockWidget,
    "trainerDock": QDockWidget,
    "tapDock": QDockWidget,
    "activationPlot": pg.PlotWidget,
    "derivativePlot": pg.PlotWidget,
    "depthPlot": pg.PlotWidget,
    "activationList": QListWidget,
    "propertiesTable": QTableWidget,
    "crosshairLabel": QLabel,
}


def menu(win: MainWindow, title: str):
    for action in win.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title!r}")


def texts(m) -> list[str]:
    return [a.text().replace("&", "") for a in m.actions() if not a.isSeparator()]


def test_window_builds_without_showing_and_then_shows(window, qtbot):
    assert not window.isVisible()
    window.resize(1400, 900)  # smaller windows fold the explorer away (test_stage)
    window.reset_layout()
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    for dock in window.docks.values():
        assert dock.isVisible() and not dock.isFloating()
    assert window.dockWidgetArea(window.docks["explorer"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.docks["trainer"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.docks["tap"]) == Qt.DockWidgetArea.RightDockWidgetArea


# built when the user first opens the tab that shows them (the first frame does not)
OPENED_BY = {"depthPlot": lambda win: win.explorer.tabs.setCurrentWidget(win.explorer.depth)}


@pytest.mark.parametrize(("name", "kind"), OBJECT_NAMES.items())
def test_every_object_name_is_present(window, qtbot, name, kind):
    if name in OPENED_BY:
        window.show()
        qtbot.waitExposed(window)
        OPENED_BY[name](window)
    assert isinstance(window.findChild(kind, name), kind)


def test_docks_share_a_1400_by_900_window_readably(window, qtbot):
    window.resize(1400, 900)
    window.reset_layout()
    window.show()
    qtbot.waitExposed(window)
    explorer, trainer, tap = (window.docks[k] for k in ("explorer", "trainer", "tap"))
    # the trainer, the heart of the lesson, gets the larger share; the others stay readable
    assert trainer.width() > explorer.width() >= 400
    assert trainer.height() > tap.height() >= 200
    plot = window.findChild(pg.PlotWidget, "activationPlot")
    assert plot.width() >= 300 and plot.height() >= 180
    view = window.findChild(QWidget, "networkView")
    assert view.width() >= 380 and view.height() >= 260


def test_menus_as_specified(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Training", "Lessons", "Language", "Help"]
    assert texts(menu(window, "Language")) == ["English", "Deutsch", "Español", "简体中文"]
    assert texts(menu(window, "File")) == [
        "Open experiment…", "Open recent", "Save experiment…", "Save experiment with weights…",
        "Export figure…", "Export plot", "Export history as CSV…", "Screenshot of the window…",
        "Record…", "Import points (CSV)…", "Export points (CSV)…", "Quit"]
    view = texts(menu(window, "View"))
    assert view[:4] == ["Activation explorer", "Network trainer", "Water tap", "Reset layout"]
    assert "Presentation mode" in view and "Theme" in view
    assert texts(menu(window, "Training")) == [
        "Play / pause", "Step", "Reset network", "Burst", "Slower", "Faster",
        "New data, same weights", "New weights, same data",
        "Earlier", "Later", "Back to now", "Undo", "Branch into Compare"]
    assert menu(window, "Lessons").isEnabled()
    assert texts(menu(window, "Help")) == ["Keyboard shortcuts", "About reludesk"]


def test_actions_by_name_all_enabled(window):
    acts = window.actions_by_name
    assert {"open", "save", "save_weights", "export_figure", "export_csv", "screenshot", "quit",
            "presentation", "reset_layout", "play", "step", "reset", "burst", "shortcuts",
            "about"} <= set(acts)
    for name in ("open", "save", "save_weights", "export_figure", "export_csv", "screenshot",
                 "quit", "presentation", "reset_layout", "shortcuts", "about"):
        assert acts[name].isEnabled(), name


def test_standard_shortcuts(window):
    acts = window.actions_by_name
    keys = QKeySequence.StandardKey
    assert acts["open"].shortcut() == QKeySequence(keys.Open)
    assert acts["save"].shortcut() == QKeySequence(keys.Save)
    assert acts["quit"].shortcut() == QKeySequence(keys.Quit)
    assert acts["presentation"].shortcut() == QKeySequence("F11")  # on every platform
    assert "Ctrl+O" in window.shortcuts_text()


def test_view_menu_toggles_docks_and_reset_layout_restores(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    tap = window.docks["tap"]
    tap.toggleViewAction().trigger()
    assert not tap.isVisible()
    window.docks["trainer"].setFloating(True)
    window.actions_by_name["reset_layout"].trigger()
    assert tap.isVisible()
    assert not window.docks["trainer"].isFloating()
    assert window.dockWidgetArea(window.docks["trainer"]) == Qt.DockWidgetArea.RightDockWidgetArea


def test_every_dock_holds_its_panel(window):
    from reludesk.ui.tap.panel import TapPanel
    from reludesk.ui.trainer.panel import NetworkPanel

    tabs = window.docks["trainer"].widget()
    assert isinstance(tabs.widget(0), NetworkPanel)
    assert isinstance(window.docks["tap"].widget(), TapPanel)
    assert isinstance(window.docks["explorer"].widget(), ExplorerPanel)
    for name in ("activationPlot", "derivativePlot", "datasetCombo", "activationCombo",
                 "alphaSpin", "learningRateSpin", "playButton", "stepButton", "resetButton",
                 "networkView", "deadCountLabel", "lossPlot", "tapWidget"):
        assert window.findChild(QObject, name) is not None, name


def test_config_is_the_experiment_in_use(window, qtbot):
    from reludesk.core import lessons
    from reludesk.core.config import Config

    assert window.config == window.network_panel.config() == Config()
    window.open_lesson("leaky_relu")
    assert window.config == lessons.get("leaky_relu").config
    window.network_panel.set_config(Config(activation="elu", seed=3))
    assert window.config == Config(activation="elu", seed=3)
    with pytest.raises(AttributeError):
        window.config = Config()  # one source of truth: the trainer panel's
    started = MainWindow(config=Config(activation="tanh"))
    qtbot.addWidget(started)
    assert started.config == started.panels.driver.trainer.config == Config(activation="tanh")


def test_set_dock_widget_plugs_a_panel_in_and_themes_it(window):
    themed = []

    class Panel(QWidget):
        def apply_theme(self, colours):
            themed.append(colours)

    panel = Panel()
    window.set_dock_widget("tap", panel)
    assert window.docks["tap"].widget() is panel
    assert len(themed) == 1
    window.set_theme("dark")
    assert themed[-1].background == "#1E1E1E"
    with pytest.raises(ValueError, match="trainer"):
        window.set_dock_widget("nowhere", QWidget())


def test_theme_switches_palette_and_plots(window, qtbot):
    plot = window.findChild(pg.PlotWidget, "activationPlot")
    with qtbot.waitSignal(window.themeChanged) as signal:
        window.actions_by_name["theme_dark"].trigger()
    assert signal.args == ["dark"]
    assert window.theme() == "dark"
    assert plot.backgroundBrush().color().name() == "#1e1e1e"
    assert QApplication.palette().color(QPalette.ColorRole.Window).value() < 128
    window.set_theme("light")
    assert plot.backgroundBrush().color().name() == "#ffffff"
    assert QApplication.palette().color(QPalette.ColorRole.Window).value() > 128
    assert window.actions_by_name["theme_light"].isChecked()
    assert not window.actions_by_name["theme_dark"].isChecked()


def _legend_colours(plot: pg.PlotWidget, legend=None) -> set[str]:
    """The text colours the legend's labels are drawn in (as rendered, not as configured)."""
    legend = legend if legend is not None else plot.getPlotItem().legend
    return {
        colour.lower()
        for _sample, label in legend.items
        for colour in re.findall(r"color:(#[0-9a-fA-F]{6})", label.item.toHtml())
    }


def test_legend_labels_follow_the_theme(window):
    explorer = window.explorer
    # PReLU: the slope plot shows, and names its layers, too
    window.network_panel.set_config(window.config.replace(activation="prelu"))
    window.panels.trainer_tabs.compare()  # the tabs' panels are made on first view
    window.panels.trainer_tabs.seeds()
    window.set_theme("dark")
    light_text, dark_text = "#202020", "#e6e6e6"
    assert _legend_colours(explorer.activation_plot, explorer._legend) == {dark_text}
    legends = [p for p in window.findChildren(pg.PlotWidget) if p.getPlotItem().legend]
    names = {p.objectName() for p in legends}
    expected = {"lossPlot", "gradNormPlot", "slopePlot", "compareDeadPlot", "seedHistogramPlot"}
    assert expected <= names
    for plot in legends:
        assert _legend_colours(plot) == {dark_text}, plot.objectName()
        # a backdrop in the plot's background colour, so curves under it stay readable
        backdrop = plot.getPlotItem().legend.opts["brush"].color()
        assert backdrop.name() == "#1e1e1e" and 0 < backdrop.alpha() < 255, plot.objectName()
    explorer.set_shown([*explorer.shown(), "tanh"])  # a label made after the switch
    assert _legend_colours(explorer.activation_plot, explorer._legend) == {dark_text}
    window.set_theme("light")
    assert _legend_colours(explorer.activation_plot, explorer._legend) == {light_text}


def test_every_plot_draws_grid_lines_from_the_first_frame(window, qtbot):
    # the history plots once swapped in their step axis after the grid was turned on, so on a
    # light start their vertical grid lines were missing until the theme changed
    window.explorer.depth.build()
    plots = window.findChildren(pg.PlotWidget)
    names = {plot.objectName() for plot in plots}
    assert {"lossPlot", "deadSharePlot", "gradNormPlot", "activationPlot"} <= names
    for plot in plots:
        for side in ("bottom", "left"):
            grid = plot.getPlotItem().getAxis(side).grid
            assert grid is not False and grid > 0, f"{plot.objectName()}: no {side} grid"


def test_settings_round_trip(qtbot, settings_dir):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(780, 700)  # within the 800 x 800 offscreen screen
    first.show()
    qtbot.waitExposed(first)
    first.docks["tap"].toggleViewAction().trigger()
    first.set_theme("light")
    first.close()
    assert QSettings().fileName().startswith(str(settings_dir))
    assert QSettings().value("window/state") is not None

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (780, 700)
    assert not second.docks["tap"].isVisible()
    assert not second.docks["tap"].toggleViewAction().isChecked()
    assert second.theme() == "light"
    second.set_theme("system")


def test_corrupt_settings_are_ignored(qtbot):
    s = QSettings()
    s.setValue("window/geometry", b"rubbish")
    s.setValue("window/state", b"rubbish")
    s.setValue("window/theme", "purple")
    s.sync()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.theme() == "system"
    assert all(not d.isHidden() for d in win.docks.values())


def test_export_figure_by_suffix(window, qtbot, tmp_path):
    window.show()
    qtbot.waitExposed(window)
    for suffix in ("png", "svg", "csv"):
        path = window.export_figure(tmp_path / f"figure.{suffix}")
        assert path.stat().st_size > 100, suffix
    assert "figure.csv" in window.statusBar().currentMessage()
    with pytest.raises(ValueError, match=r"\.png"):
        window.export_figure(tmp_path / "figure.txt")


def test_status_bar_says_something(window):
    assert window.statusBar().currentMessage()


def test_about_box_opens_without_blocking(window, qtbot):
    window.actions_by_name["about"].trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    assert __version__ in box.text()
    box.close()
    window.actions_by_name["shortcuts"].trigger()
    box = window.findChild(QMessageBox, "keyboardBox")
    assert box is not None and "Export figure" in box.text()
    box.close()


def test_quit_closes_the_window(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["quit"].trigger()
    assert not window.isVisible()


def test_run_opens_the_window_on_a_lesson(qtbot, qapp):
    from reludesk.app import run

    seen: dict[str, object] = {}

    def look_and_quit() -> None:
        try:
            shown = [w for w in qapp.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()]
            seen["count"] = len(shown)
            seen["lesson"] = shown[0].current_lesson() if shown else None
            for w in shown:
                w.close()
        finally:
            qapp.quit()

    QTimer.singleShot(0, look_and_quit)
    assert run(lesson="dying_relu") == 0
    assert seen == {"count": 1, "lesson": "dying_relu"}
    assert qapp.applicationName() == "reludesk"
    assert qapp.organizationName() == "reludesk"


def test_actions_are_qactions(window):
    assert all(isinstance(a, QAction) for a in window.actions_by_name.values())


def test_every_activation_has_its_own_colour_and_line():
    from reludesk.core import activations
    from reludesk.ui import theme

    styles = [(theme.activation_colour(n), theme.activation_line_style(n))
              for n in activations.names()]
    assert len(set(styles)) == len(styles)
    assert theme.activation_colour("relu") != theme.activation_colour("leaky_relu")
    # a name added to the registry later still gets a colour, the same one every time
    assert theme.activation_colour("newcomer") == theme.activation_colour("newcomer")
    assert theme.activation_colour("newcomer") in theme.OKABE_ITO.values()
    with pytest.raises(ValueError, match="system"):
        theme.apply_app_theme("purple")
