"""Compare mode, seed statistics, the explorer's depth plot and the plots' right-click menus are
built when first needed, not at start-up, and are then the same as if they had been built with
the window: current Config and curves, current theme, presentation mode's larger text, stopped
when the window closes."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QWidget

from reludesk.core.config import Config
from reludesk.ui import MainWindow, theme
from reludesk.ui.explorer.model import ExplorerModel
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.trainer.compare import ComparePanel
from reludesk.ui.trainer.seeds import SeedStatsPanel
from reludesk.ui.widgets.plots import LABEL_STYLE, TITLE_SIZE
from reludesk.ui.widgets.scroll_frame import ScrollFrame
from reludesk.ui.window.presentation import FONT_SCALE, scaled_css_size


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    win.set_presentation(False)
    win.set_theme("system")


def grid_alpha(plot: pg.PlotWidget) -> int:
    return plot.getPlotItem().ctrl.gridAlphaSlider.value()


def test_the_first_frame_builds_neither_compare_nor_seeds(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    tabs = window.panels.trainer_tabs
    assert tabs.compare_page.built() is None
    assert tabs.seeds_page.built() is None
    assert tabs.tabText(1) == "Compare ReLU vs Leaky" and tabs.tabText(2) == "32 seeds"
    assert isinstance(tabs.widget(1), ScrollFrame)  # the page scrolls like the others


def test_showing_a_tab_builds_its_panel_from_the_current_config(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.network_panel.set_config(Config(dataset="xor", hidden=(5, 3), seed=4))
    tabs = window.panels.trainer_tabs
    tabs.setCurrentIndex(1)
    compare = tabs.compare_page.built()
    assert isinstance(compare, ComparePanel) and compare.isVisible()
    assert tabs.page_of(compare) is tabs.widget(1)
    left, _right = compare.trainers()
    assert (left.config.dataset, left.config.hidden, left.config.seed) == ("xor", (5, 3), 4)
    assert tabs.seeds_page.built() is None  # one at a time
    tabs.setCurrentIndex(2)
    seeds = tabs.seeds_page.built()
    assert isinstance(seeds, SeedStatsPanel) and seeds.isVisible()
    assert seeds.config().dataset == "xor"
    # asking again gives the same panel, not a new one
    assert window.panels.seeds is seeds and window.panels.compare is compare


def test_a_panel_built_later_takes_the_theme_of_the_moment(window):
    window.set_theme("dark")
    dark = theme.PLOT_COLOURS["dark"]
    plot = window.panels.compare.findChild(pg.PlotWidget, "compareDeadPlot")
    assert grid_alpha(plot) == int(dark.grid_alpha * 255)
    window.set_theme("light")  # and follows later changes like the rest
    assert grid_alpha(plot) == int(theme.PLOT_COLOURS["light"].grid_alpha * 255)


def test_presentation_mode_enlarges_the_panels_that_were_not_built_yet(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert window.panels.trainer_tabs.seeds_page.built() is None
    window.set_presentation(True)
    tabs = window.panels.trainer_tabs
    for panel, name in ((tabs.seeds_page.built(), "seedHistogramPlot"),
                        (tabs.compare_page.built(), "compareDeadPlot")):
        assert panel is not None, "built before presentation mode restyled the window"
        title = panel.findChild(pg.PlotWidget, name).getPlotItem().titleLabel
        assert title.opts["size"] == scaled_css_size(TITLE_SIZE, FONT_SCALE)
    window.set_presentation(False)
    assert title.opts["size"] == TITLE_SIZE


def test_the_depth_plot_is_built_when_its_tab_is_first_shown(window, qtbot):
    window.set_theme("dark")
    window.show()
    qtbot.waitExposed(window)
    explorer = window.explorer
    assert not explorer.depth.is_built()
    assert window.findChild(pg.PlotWidget, "depthPlot") is None
    explorer.set_shown(["sigmoid", "relu", "step"])
    explorer.tabs.setCurrentWidget(explorer.depth)
    plot = window.findChild(pg.PlotWidget, "depthPlot")
    assert plot is not None and plot.isVisible()
    assert grid_alpha(plot) == int(theme.PLOT_COLOURS["dark"].grid_alpha * 255)
    drawn = {c.name() for c in plot.getPlotItem().listDataItems() if c.isVisible()}
    assert drawn == {"sigmoid", "relu"}  # step's f' = 0 has no place on a log scale
    n, y = explorer.depth_curve("sigmoid").getOriginalDataset()
    np.testing.assert_allclose(y, 0.25**n)


def test_presentation_mode_enlarges_the_depth_plot_before_its_tab_was_shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert not window.explorer.depth.is_built()
    window.set_presentation(True)
    axis = window.explorer.depth_plot.getPlotItem().getAxis("left")
    assert axis.labelStyle["font-size"] == scaled_css_size(LABEL_STYLE["font-size"], FONT_SCALE)
    window.set_presentation(False)
    assert axis.labelStyle["font-size"] == LABEL_STYLE["font-size"]


def test_a_depth_plot_built_late_draws_what_one_built_at_once_does(qtbot):
    # the panels belong to a host, as in the window: an ExplorerPanel of its own, in a reference
    # cycle, is deleted from inside Python's garbage collector, whose half-cleared panel then
    # receives its tab widget's currentChanged and crashes the test process
    host = QWidget()
    qtbot.addWidget(host)
    early = ExplorerPanel(ExplorerModel.from_settings(), parent=host)
    late = ExplorerPanel(ExplorerModel.from_settings(), parent=host)
    early.depth.build()
    for panel in (early, late):
        panel.set_shown(["relu", "sigmoid", "tanh", "step", "leaky_relu"])
        panel.set_param("leaky_relu", 0.3)
        panel.set_shown(["tanh", "relu", "leaky_relu"])
    late.depth.build()

    def drawn(panel: ExplorerPanel) -> list[tuple]:
        items = panel.depth_plot.getPlotItem().listDataItems()
        return [
            (c.name(), c.zValue(), c.opts["pen"].widthF(), c.getOriginalDataset()[1].tolist())
            if c.isVisible() else (c.name(), "hidden")
            for c in items
        ]

    assert drawn(late) == drawn(early)
    assert {n for n, *rest in drawn(late) if rest != ["hidden"]} == {"relu", "tanh", "leaky_relu"}


def test_a_plots_right_click_menu_is_made_when_first_asked_for(window):
    view = window.findChild(pg.PlotWidget, "activationPlot").getPlotItem().getViewBox()
    assert view.menu is None and view.menuEnabled()  # offered, not made yet
    menu = view.getMenu(None)
    assert view.getMenu(None) is menu  # made once
    assert [a.text() for a in menu.actions()][:2] == ["View All", "X axis"]
    assert view.getContextMenus(None) == menu.actions()


def test_closing_the_window_stops_every_job(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    panels = window.panels
    panels.driver.start()
    panels.compare.start()
    panels.seeds.set_burst(False, 100_000)
    panels.seeds.run()
    assert panels.driver.is_running() and panels.compare.is_running()
    assert panels.seeds.is_running()
    with qtbot.waitSignal(window.closed, timeout=2000):
        window.close()
    assert not panels.driver.is_running()
    assert not panels.compare.is_running()
    assert not panels.seeds.is_running()
    assert not panels.tap.tap_widget.is_animating()
