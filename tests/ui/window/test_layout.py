"""Sizes and arrangement: the window shrinks to a laptop, the panels stay readable at 1400 x 900,
narrow panels rearrange rather than squeeze, and what does not fit scrolls."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from reludesk.core.config import Config
from reludesk.ui import MainWindow
from reludesk.ui.explorer.controls import GUIDE_TITLE
from reludesk.ui.explorer.model import ExplorerModel
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.widgets.scroll_frame import ScrollFrame
from reludesk.ui.widgets.step_axis import StepAxis


def shown_at(window: MainWindow, qtbot, width: int, height: int) -> MainWindow:
    window.resize(width, height)
    window.reset_layout()
    window.show()
    qtbot.waitExposed(window)
    return window


def top_in(widget: QWidget, ancestor: QWidget) -> QPoint:
    return widget.mapTo(ancestor, QPoint(0, 0))


def tab_titles(tabs) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


# --- the window --------------------------------------------------------------------------------
def test_window_can_shrink_to_a_small_laptop(window, qtbot):
    hint = window.minimumSizeHint()
    assert hint.width() <= 760 and hint.height() <= 560, hint
    shown_at(window, qtbot, 760, 560)
    assert (window.width(), window.height()) == (760, 560)
    # each dock still asks for a sensible least size: none is squeezed to nothing
    for dock in window.docks.values():
        assert dock.widget().width() >= 200 and dock.widget().height() >= 120


def test_every_panel_reads_well_at_1400_by_900(window, qtbot):
    shown_at(window, qtbot, 1400, 900)
    for name in ("lossPlot", "deadSharePlot", "gradNormPlot"):
        plot = window.findChild(pg.PlotWidget, name)
        assert plot.width() >= 180 and plot.height() >= 140, (name, plot.size())
    derivative = window.findChild(pg.PlotWidget, "derivativePlot")
    assert derivative.width() >= 300 and derivative.height() >= 180
    table = window.explorer.properties_table
    assert table.isVisible() and table.width() >= 300
    # at least a header and three property rows without scrolling
    rows = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 3 * rows
    tap = window.findChild(QWidget, "tapWidget")
    assert tap.width() >= 700 and tap.height() >= 200
    # nothing in the default layout needs a scroll bar (once the bars have rearranged)
    def settled():
        return all(frame.widget().size() == frame.viewport().size()
                   for frame in window.findChildren(ScrollFrame) if frame.isVisible())

    qtbot.waitUntil(settled, timeout=2000)


def test_trainer_tabs_hold_their_panels_and_still_wire_them(window, qtbot):
    shown_at(window, qtbot, 1400, 900)
    tabs = window.docks["trainer"].widget()
    compare, seeds = window.panels.compare, window.panels.seeds
    assert tabs.widget(0) is window.network_panel
    assert isinstance(tabs.page_of(compare), ScrollFrame)
    assert tabs.page_of(compare).widget() is compare
    assert tabs.page_of(seeds).widget() is seeds
    network = window.network_panel
    network.set_config(network.config().replace(dataset="xor"))
    network.play_button.click()
    assert network.driver.is_running()
    tabs.setCurrentWidget(tabs.page_of(compare))
    assert not network.driver.is_running()  # compare mode pauses the single network
    assert compare.trainers()[0].config.dataset == "xor"  # and starts from its settings
    tabs.setCurrentWidget(tabs.page_of(seeds))
    assert seeds.isVisible()


# --- scrolling instead of squeezing --------------------------------------------------------------
def test_scroll_frame_fills_its_room_and_scrolls_below_the_content_minimum(qtbot):
    content = QWidget()
    content.setMinimumSize(500, 400)
    frame = ScrollFrame(content, minimum=QSize(200, 100))
    qtbot.addWidget(frame)
    assert frame.minimumSizeHint() == QSize(200, 100)
    frame.resize(800, 600)
    frame.show()
    qtbot.waitExposed(frame)
    assert content.size() == frame.viewport().size()
    assert not frame.verticalScrollBar().isVisible()
    frame.resize(300, 250)
    qtbot.waitUntil(lambda: frame.verticalScrollBar().isVisible())
    assert content.width() >= 500 and content.height() >= 400
    assert frame.horizontalScrollBar().maximum() > 0


# --- the explorer --------------------------------------------------------------------------------
@pytest.fixture
def explorer(qtbot):
    panel = ExplorerPanel(ExplorerModel.from_settings())
    qtbot.addWidget(panel)
    return panel


def show(panel: QWidget, qtbot, width: int, height: int) -> QWidget:
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_narrow_explorer_puts_the_controls_above_the_plots(explorer, qtbot):
    show(explorer, qtbot, 515, 820)
    assert explorer.is_compact()
    plot = explorer.activation_plot
    controls = explorer.controls
    assert top_in(controls, explorer).y() + controls.height() <= top_in(plot, explorer).y()
    assert plot.width() >= 480 and plot.height() >= 180
    # the activations in a grid of several columns, the guide in a tab of its own
    assert explorer.activation_list.columns() >= 3
    assert explorer.activation_list.height() <= 140
    assert GUIDE_TITLE in tab_titles(explorer.tabs)
    explorer.tabs.setCurrentWidget(explorer.controls.guide_view)
    assert explorer.findChild(QLabel, "explorerGuide").isVisible()


def test_wide_explorer_keeps_a_column_beside_the_plots(explorer, qtbot):
    show(explorer, qtbot, 1100, 800)
    assert not explorer.is_compact()
    controls, plot = explorer.controls, explorer.activation_plot
    assert top_in(controls, explorer).x() + controls.width() <= top_in(plot, explorer).x()
    assert controls.width() <= 0.3 * explorer.width()  # the plots get the room
    assert explorer.activation_list.columns() == 1
    assert GUIDE_TITLE not in tab_titles(explorer.tabs)
    assert explorer.findChild(QLabel, "explorerGuide").isVisible()
    # and back: narrowing the panel rearranges it again
    explorer.resize(500, 800)
    assert explorer.is_compact() and GUIDE_TITLE in tab_titles(explorer.tabs)


def test_grid_shows_short_names_and_a_click_toggles_an_activation(explorer, qtbot):
    show(explorer, qtbot, 515, 820)
    items = explorer.activation_list
    texts = {items.item(i).data(Qt.ItemDataRole.UserRole): items.item(i).text()
             for i in range(items.count())}
    assert texts["prelu"] == "PReLU" and texts["silu"] == "SiLU"
    row = next(i for i in range(items.count())
               if items.item(i).data(Qt.ItemDataRole.UserRole) == "tanh")
    rect = items.visualItemRect(items.item(row))
    assert rect.width() >= 120  # the whole cell, not only the text, is the item
    on_text = QPoint(rect.left() + 70, rect.center().y())
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=on_text)
    assert "tanh" in explorer.shown()
    explorer.resize(1100, 800)  # one column again, with the full names
    full = {items.item(i).data(Qt.ItemDataRole.UserRole): items.item(i).text()
            for i in range(items.count())}
    assert full["prelu"] == "PReLU (learned slope)"


def test_properties_table_fills_its_width_or_scrolls(explorer, qtbot):
    show(explorer, qtbot, 515, 820)
    table = explorer.properties_table
    explorer.set_shown(["relu", "leaky_relu"])
    used = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert used == table.viewport().width()  # no empty strip at the right
    explorer.set_shown(explorer.names())  # thirteen columns cannot share 500 px
    used = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert used > table.viewport().width()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0)  # scrolls sideways


# --- the trainer ---------------------------------------------------------------------------------
@pytest.fixture
def trainer(qtbot):
    driver = TrainingDriver.from_config(Config())
    panel = NetworkPanel(driver)
    driver.setParent(panel)
    qtbot.addWidget(panel)
    return panel


def test_trainer_gives_the_network_the_room(trainer, qtbot):
    show(trainer, qtbot, 870, 500)
    settings = trainer.findChild(QWidget, "trainerSettings")
    assert settings.width() <= 256  # the column keeps room for its scroll bar
    view = trainer.network_view
    assert view.width() >= 360 and view.height() >= 260
    for plot in trainer.history_plots.plots():
        assert plot.width() >= 180 and plot.height() >= 140


def test_dead_counter_stays_in_view_in_a_narrow_trainer(trainer, qtbot):
    show(trainer, qtbot, 1300, 520)
    play, dead = trainer.play_button, trainer.dead_label
    rates = trainer.findChild(QWidget, "trainerRates")
    same_row = lambda w: abs(top_in(w, trainer).y() - top_in(play, trainer).y()) < play.height()  # noqa: E731
    assert same_row(dead) and same_row(rates)
    # narrower: the rate and speed take a row of their own, the counter keeps its place
    trainer.resize(700, 520)
    qtbot.waitUntil(lambda: top_in(rates, trainer).y() > top_in(play, trainer).y() + 10)
    assert same_row(dead)
    # inside the panel: no sideways scrolling hides the number the class watches
    assert top_in(dead, trainer).x() + dead.width() <= trainer.width()
    assert not trainer.scroll.horizontalScrollBar().isVisible()


def test_settings_column_grows_with_the_hidden_layers(trainer, qtbot):
    show(trainer, qtbot, 1000, 520)
    settings = trainer.findChild(QWidget, "trainerSettings")
    narrow = settings.width()
    trainer.set_config(trainer.config().replace(hidden=(8, 8, 8, 8, 8, 8)))
    qtbot.waitUntil(lambda: settings.width() > narrow)
    editor = trainer.controls.hidden
    assert editor.width() >= editor.sizeHint().width()  # every layer's box shows


def test_settings_column_keeps_its_width_when_its_scroll_bar_comes(trainer, qtbot):
    # A column that widened only while its bar showed could set the panel swinging for ever
    # (wider column, a header line unwrapped, a taller form, no bar, narrower column, ...): the
    # long monkey run froze in that loop. Its width must not depend on the bar.
    settings = trainer.findChild(QWidget, "trainerSettings")
    column = settings.parentWidget().parentWidget()  # the form, its viewport, the column
    show(trainer, qtbot, 1000, 900)
    qtbot.waitUntil(lambda: not column.verticalScrollBar().isVisible())
    tall = column.width()
    trainer.resize(1000, 350)  # the form no longer fits: the column scrolls
    qtbot.waitUntil(lambda: column.verticalScrollBar().isVisible())
    assert column.width() == tall
    # and the bar covers none of the form
    assert settings.width() <= column.viewport().width()
    assert settings.width() >= settings.minimumSizeHint().width()


def test_step_axis_writes_thousands_as_k():
    axis = StepAxis(orientation="bottom")
    assert axis.tickStrings([0, 10_000, 20_000], 1.0, 10_000) == ["0", "10k", "20k"]
    assert axis.tickStrings([2_500, 5_000], 1.0, 2_500) == ["2.5k", "5k"]
    assert axis.tickStrings([20, 40], 1.0, 20) == ["20", "40"]
