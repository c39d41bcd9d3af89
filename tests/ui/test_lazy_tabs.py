"""Compare mode and seed statistics are built when first needed, not at start-up, and are then
the same as if they had been built with the window: current Config, current theme, presentation
mode's larger text, stopped when the window closes."""

import pyqtgraph as pg
import pytest

from reludesk.core.config import Config
from reludesk.ui import MainWindow, theme
from reludesk.ui.compare_panel import ComparePanel
from reludesk.ui.explorer_plots import TITLE_SIZE
from reludesk.ui.presentation import FONT_SCALE, scaled_css_size
from reludesk.ui.scroll_frame import ScrollFrame
from reludesk.ui.seed_stats import SeedStatsPanel


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
