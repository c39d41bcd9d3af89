"""Your own data on the output plot: Draw, Erase, Clear, the "your own" entry, and the plot's
Test and Classes toggles (pytest-qt, offscreen; real mouse events on the plot's viewport)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractButton

from reludesk.core.experiment import Config
from reludesk.core.points import Points
from reludesk.ui.trainer.draw_tool import TOO_FEW
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.panel import NetworkPanel

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
PIXEL = 12.0 / 300  # data units per pixel, about, of a plot some 300 px across


@pytest.fixture
def make_panel(qtbot):
    """A shown panel around a fresh driver for a Config (default: the app's default)."""

    def make(config: Config | None = None) -> NetworkPanel:
        driver = TrainingDriver.from_config(config or Config())
        panel = NetworkPanel(driver)
        driver.setParent(panel)
        qtbot.addWidget(panel)
        panel.resize(1200, 800)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def button(panel: NetworkPanel, name: str) -> QAbstractButton:
    found = panel.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


def click_at(qtbot, panel: NetworkPanel, x1: float, x2: float, which=LEFT) -> None:
    """A mouse click on the output plot's viewport at data coordinates (x1, x2)."""
    plot = panel.boundary.plot
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x1, x2))
    qtbot.mouseClick(plot.viewport(), which, pos=plot.mapFromScene(scene))


def weights(panel: NetworkPanel) -> list[np.ndarray]:
    return [w.copy() for w in panel.driver.trainer.model.weights]


def same_arrays(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def start_drawing(qtbot, panel: NetworkPanel) -> None:
    draw = button(panel, "drawModeButton")
    assert draw.isCheckable() and not draw.isChecked()
    qtbot.mouseClick(draw, LEFT)
    assert draw.isChecked()


def test_clicks_add_class_a_and_b_and_the_network_trains_on_with_its_weights(qtbot, make_panel):
    panel = make_panel()
    trainer = panel.driver.trainer
    panel.step_button.click()
    before, points_before = weights(panel), trainer.all_points()
    steps = trainer.steps_done
    start_drawing(qtbot, panel)
    said: list[str] = []
    panel.statusMessage.connect(said.append)
    click_at(qtbot, panel, 1.5, -2.25, LEFT)
    click_at(qtbot, panel, -3.0, 4.0, RIGHT)
    assert panel.driver.trainer is trainer  # no new network
    n_train, n_test = len(trainer.X_train), len(trainer.X_test)
    assert said[-1] == (f"Your own data: {len(points_before) + 2} points ({n_train} train, "
                        f"{n_test} test); the network trains on with its weights")
    points = trainer.config.points
    assert trainer.config.dataset == "own" and len(points) == len(points_before) + 2
    assert panel.points_in_use() == points
    # the generated points stay, and the two clicks follow them, where the mouse was
    np.testing.assert_array_equal(points.X[:-2], points_before.X)
    np.testing.assert_allclose(points.X[-2:], [[1.5, -2.25], [-3.0, 4.0]], atol=2 * PIXEL)
    assert points.y[-2:].tolist() == [0.0, 1.0]
    assert trainer.all_points() == Points(np.vstack([trainer.X_train, trainer.X_test]),
                                          np.concatenate([trainer.y_train, trainer.y_test]))
    assert same_arrays(weights(panel), before) and trainer.steps_done == steps
    # the trainer's own arrays hold them: one of the two parts has each new point
    X = np.vstack([trainer.X_train, trainer.X_test])
    assert len(X) == len(points)
    for row in points.X[-2:]:
        assert (np.abs(X - row).sum(axis=1) == 0).any()
    combo = panel.controls.dataset
    assert combo.currentText() == "your own"
    train, test = panel.boundary.shown_points()
    assert len(train) + len(test) == len(points)
    panel.step_button.click()  # and it trains on them
    assert trainer.steps_done == steps + 1


def test_a_click_outside_draw_mode_draws_nothing(qtbot, make_panel):
    panel = make_panel()
    before = panel.driver.trainer.all_points()
    click_at(qtbot, panel, 1.0, 1.0, LEFT)
    assert panel.driver.trainer.all_points() == before
    assert panel.config().dataset == "circle"
    assert panel.controls.dataset.currentText() == "circle"


def test_clear_waits_for_two_points_then_trains_on_them(qtbot, make_panel):
    panel = make_panel()
    trainer = panel.driver.trainer
    before = weights(panel)
    start_drawing(qtbot, panel)
    with qtbot.waitSignal(panel.statusMessage) as said:
        qtbot.mouseClick(button(panel, "clearPointsButton"), LEFT)
    assert said.args == [TOO_FEW]
    train, test = panel.boundary.shown_points()
    assert len(train) == len(test) == 0
    qtbot.mouseClick(panel.play_button, LEFT)  # refused, and the window goes on
    assert not panel.driver.is_running() and not panel.play_button.isChecked()
    steps = trainer.steps_done
    panel.step_button.click()
    assert trainer.steps_done == steps
    click_at(qtbot, panel, 2.0, 2.0, LEFT)
    assert len(panel.boundary.shown_points()[0]) == 1  # shown, not yet trained on
    assert len(trainer.all_points()) > 2
    click_at(qtbot, panel, -2.0, -2.0, RIGHT)
    points = trainer.all_points()
    assert len(points) == 2 and sorted(points.y.tolist()) == [0.0, 1.0]
    assert same_arrays(weights(panel), before)
    panel.step_button.click()
    assert trainer.steps_done == steps + 1


def test_the_eraser_removes_the_point_nearest_the_click(qtbot, make_panel):
    panel = make_panel()
    start_drawing(qtbot, panel)
    button(panel, "clearPointsButton").click()
    for x1, x2, which in ((-4.0, -4.0, LEFT), (0.0, 0.0, RIGHT), (4.0, 4.0, LEFT)):
        click_at(qtbot, panel, x1, x2, which)
    eraser = button(panel, "eraserButton")
    qtbot.waitUntil(eraser.isVisible)  # offered while drawing, laid out by the tool bar
    qtbot.mouseClick(eraser, LEFT)
    click_at(qtbot, panel, 0.1, -0.1, LEFT)  # beside the middle one
    points = panel.config().points
    np.testing.assert_allclose(points.X, [[-4.0, -4.0], [4.0, 4.0]], atol=2 * PIXEL)
    click_at(qtbot, panel, 1.5, 1.5, LEFT)  # nothing within reach: nothing goes
    assert panel.config().points == points


def test_regression_draws_the_value_and_its_negative(qtbot, make_panel):
    panel = make_panel(Config(dataset="plane"))
    start_drawing(qtbot, panel)
    value = panel.boundary.tools.value
    qtbot.waitUntil(value.isVisible)
    assert (value.minimum(), value.maximum()) == (-1.0, 1.0)
    value.setValue(0.4)
    click_at(qtbot, panel, 1.0, 1.0, LEFT)
    click_at(qtbot, panel, -1.0, 1.0, RIGHT)
    points = panel.config().points
    assert points.task == "regression" and points.y[-2:].tolist() == [0.4, -0.4]


def test_classification_offers_no_value_field(qtbot, make_panel):
    panel = make_panel()
    start_drawing(qtbot, panel)
    qtbot.waitUntil(button(panel, "eraserButton").isVisible)  # the row is laid out again
    assert not panel.boundary.tools.value.isVisible()


def test_your_own_is_listed_while_it_is_in_use(qtbot, make_panel):
    panel = make_panel(Config(dataset="xor"))
    combo = panel.controls.dataset
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "your own" not in names
    start_drawing(qtbot, panel)
    click_at(qtbot, panel, 1.0, 1.0, LEFT)
    assert combo.currentText() == "your own" and combo.count() == len(names) + 1
    combo.setCurrentIndex(combo.findText("gauss"))  # back to a generated data set
    assert panel.config().dataset == "gauss"
    assert [combo.itemText(i) for i in range(combo.count())] == names


def test_set_points_refuses_points_of_the_other_task(qtbot, make_panel):
    panel = make_panel()
    before = panel.driver.trainer.all_points()
    regression = Points(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([0.5, -0.5]), "regression")
    assert not panel.set_points(regression)
    assert panel.driver.trainer.all_points() == before
    assert panel.error_label.isVisibleTo(panel)


def test_show_test_data_hides_and_shows_the_rings(qtbot, make_panel):
    panel = make_panel()
    n_test = len(panel.driver.trainer.X_test)
    assert len(panel.boundary.shown_points()[1]) == n_test > 0
    toggle = button(panel, "showTestDataButton")
    assert toggle.isCheckable() and toggle.isChecked()
    qtbot.mouseClick(toggle, LEFT)
    assert len(panel.boundary.shown_points()[1]) == 0
    assert len(panel.boundary.shown_points()[0]) == len(panel.driver.trainer.X_train)
    qtbot.mouseClick(toggle, LEFT)
    assert len(panel.boundary.shown_points()[1]) == n_test


@pytest.mark.parametrize(("config", "classes"), [
    (Config(), {0.0, 1.0}), (Config(dataset="multi_gauss"), {-1.0, 1.0})])
def test_discretize_shows_the_predicted_class(qtbot, make_panel, config, classes):
    panel = make_panel(config)
    panel.driver.step_once(200)
    panel.refresh_plots_now()
    smooth = panel.boundary.image_data().copy()
    assert not set(np.unique(smooth)) <= classes
    toggle = button(panel, "discretizeButton")
    qtbot.mouseClick(toggle, LEFT)
    shown = panel.boundary.image_data()
    assert set(np.unique(shown)) == classes  # both classes on the plane, nothing between
    threshold = 0.5 if config.task == "classification" else 0.0
    np.testing.assert_array_equal(shown == max(classes), smooth >= threshold)
    qtbot.mouseClick(toggle, LEFT)
    np.testing.assert_array_equal(panel.boundary.image_data(), smooth)


def test_the_row_sits_above_the_whole_plot(qtbot, make_panel):
    panel = make_panel()
    plot, tools = panel.boundary.plot, panel.boundary.tools
    for width in (1200, 800):
        panel.resize(width, 700)
        viewport = plot.viewport()
        qtbot.waitUntil(lambda v=viewport: plot.range.height() == v.height())
        assert tools.geometry().bottom() < viewport.geometry().top()  # nothing covered
        # the picture, axes included, lies inside what the viewport shows
        shown = plot.getPlotItem().sceneBoundingRect()
        assert shown.height() <= viewport.height() and shown.top() >= 0
        assert button(panel, "drawModeButton").isVisible()


def test_drawing_during_a_paced_burst_keeps_the_rate_set(qtbot, make_panel):
    panel = make_panel()
    panel.show_speed(10.0)
    lr = panel.config().learning_rate
    panel.burst_action.trigger()
    assert panel.driver.is_bursting()
    panel.draw.set_drawing(True)
    panel.draw.click(1.0, 1.0, LEFT)
    assert panel.driver.trainer.config.dataset == "own"
    assert panel.config().learning_rate == lr  # not the burst's, which is over in a moment
    assert panel.controls.learning_rate.value() == pytest.approx(lr)
    panel.driver.pause()  # ends the burst: the trainer is back on the rate set
    assert panel.driver.trainer.config.learning_rate == lr
