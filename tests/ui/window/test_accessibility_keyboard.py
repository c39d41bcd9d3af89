"""The keyboard walk: Tab from the first control reaches every control once, in reading order,
and comes round; the focused control wears a ring seen in both themes."""

from itertools import pairwise

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QPushButton, QWidget

from reludesk.ui import theme
from reludesk.ui.trainer.netview.view import NetworkView
from reludesk.ui.window import accessibility
from reludesk.ui.window.tab_order import control, focus_stops


@pytest.fixture
def keeper(window, qtbot):
    """The window at 1280x720, shown and active, with its accessibility keeper."""
    window.resize(1280, 720)
    keeper = accessibility.install(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: not keeper.pending())
    return keeper


def reachable(window) -> set[QWidget]:
    """Every shown, enabled control Tab can stop at, found without the module's walk: a
    TabFocus policy, and not standing in for another (a spin box's line edit)."""
    out = set()
    for w in window.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled()) or w.window() is not window:
            continue
        proxy = w.focusProxy()
        if proxy is not None and proxy.isAncestorOf(w):
            continue  # its owner is the stop
        target = proxy or w
        if target.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            out.add(control(target))
    return out


def tab_walk(window, qtbot, first: QWidget, limit: int) -> list[QWidget]:
    """Press Tab from ``first`` until focus comes back to it; the controls met, in order."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control(QApplication.focusWidget()) is first)
    chain = [first]
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = control(QApplication.focusWidget())
        assert now is not chain[-1], f"stuck on {name(now)} after {len(chain)} stops"
        if now is first:
            return chain
        chain.append(now)
    raise AssertionError(f"did not come round in {limit} presses: {[name(w) for w in chain]}")


def name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def dock_of(widget: QWidget) -> QDockWidget | None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def find(window, object_name: str) -> QWidget:
    found = window.findChild(QWidget, object_name)
    assert found is not None, object_name
    return found


def check_walk(window, qtbot) -> list[QWidget]:
    """Walk from the first control; check it meets each reachable control exactly once and
    that each dock's controls come together. Returns the chain."""
    expected = reachable(window)
    first = focus_stops(window)[0]
    chain = tab_walk(window, qtbot, first, limit=3 * len(expected))
    assert len(chain) == len(set(chain)), "a control met twice in one round"
    assert {name(w) for w in set(chain) ^ expected} == set()
    docks = [dock_of(w) for w in chain]
    runs = [d for i, d in enumerate(docks) if i == 0 or d is not docks[i - 1]]
    assert len(runs) == len(set(runs)), f"a panel's controls are split: {[name(d) for d in runs]}"
    return chain


def test_tab_reaches_every_control_once_and_comes_round(window, keeper, qtbot):
    chain = check_walk(window, qtbot)
    assert find(window, "networkView") in chain
    assert find(window, "lossPlot") in chain  # plots take focus: they zoom with keys too


def test_trainer_bar_before_its_settings_and_settings_top_to_bottom(window, keeper, qtbot):
    chain = check_walk(window, qtbot)
    settings = find(window, "datasetCombo").parentWidget()
    while type(settings).__name__ != "SettingsColumn":
        settings = settings.parentWidget()
    in_form = [w for w in chain if settings.isAncestorOf(w) and w is not settings]
    assert len(in_form) >= 10  # data, noise, share, 7 inputs, layers, activation, ...
    bar = [find(window, n) for n in ("playButton", "stepButton", "resetButton", "burstButton")]
    assert [chain.index(b) for b in bar] == sorted(chain.index(b) for b in bar)
    assert max(chain.index(b) for b in bar) < min(chain.index(w) for w in in_form)
    for a, b in pairwise(in_form):
        ra = a.rect().translated(a.mapTo(settings, QPoint(0, 0)))
        rb = b.rect().translated(b.mapTo(settings, QPoint(0, 0)))
        same_row = rb.top() < ra.center().y() and ra.top() < rb.center().y()
        assert (same_row and rb.left() > ra.left()) or (not same_row and rb.top() > ra.top()), (
            f"{name(a)} then {name(b)}")


def test_lesson_buttons_come_together(window, keeper, qtbot):
    window.open_lesson("dying_relu")
    qtbot.waitUntil(lambda: find(window, "lessonDock").isVisible())
    qtbot.waitUntil(lambda: not keeper.pending())
    chain = check_walk(window, qtbot)
    lesson = [i for i, w in enumerate(chain) if isinstance(w, QPushButton)
              and dock_of(w) is find(window, "lessonDock")]
    assert len(lesson) >= 2
    assert lesson == list(range(lesson[0], lesson[0] + len(lesson)))


def test_a_new_layer_spin_box_takes_its_place_in_the_walk(window, keeper, qtbot):
    add = find(window, "addLayerButton")
    add.setFocus(Qt.FocusReason.TabFocusReason)
    add.click()  # a third hidden layer: its spin box shows now
    qtbot.waitUntil(lambda: find(window, "layerWidthSpin2").isVisible())
    met = []
    for _ in range(4):  # keys a person presses, the event loop free between them
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: not keeper.pending())
        met.append(name(control(QApplication.focusWidget())))
    assert met == ["layerWidthSpin0", "layerWidthSpin1", "layerWidthSpin2", "activationCombo"]


def test_enter_on_the_network_view_opens_the_inspector(window, keeper, qtbot):
    view = window.findChild(NetworkView, "networkView")
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, "inspectorDock").isVisible())
    assert view.selected() == (0, 1)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        ch = [x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4
              for x in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_focused_plot_wears_a_ring_seen_in_each_theme(window, keeper, qtbot, theme_name):
    window.set_theme(theme_name)
    plot = window.findChild(pg.PlotWidget, "lossPlot")
    # reach the plot by Tab, as a keyboard user does (a click shows no ring)
    start = focus_stops(window)[focus_stops(window).index(plot) - 1]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert control(QApplication.focusWidget()) is plot
    ring = keeper.ring
    qtbot.waitUntil(lambda: ring.target() is plot)
    box = plot.rect().translated(plot.mapTo(window, QPoint(0, 0)))
    assert ring.geometry().contains(box)
    colour = theme.focus_colour()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(colour, window_colour) >= 3.0
    image = window.grab().toImage()
    edge = ring.geometry().top() + 1
    xs = range(box.left() + 10, box.right() - 10)
    painted = sum(image.pixelColor(QPoint(x, edge)).name() == colour.name() for x in xs)
    assert painted > 0.9 * len(xs)
    qtbot.mouseClick(find(window, "datasetCombo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ring.target() is None)


def test_space_presses_a_button_reached_by_tab_and_plays_after_a_click(window, keeper, qtbot):
    step = find(window, "stepButton")
    play = find(window, "playButton")
    pressed = []
    step.clicked.connect(lambda: pressed.append("step"))
    start = focus_stops(window)[focus_stops(window).index(step) - 1]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is step
    qtbot.keyClick(step, Qt.Key.Key_Space)
    assert pressed == ["step"] and not play.isChecked()
    find(window, "datasetCombo").setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)  # focus by a click: Space is Play again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert pressed == ["step", "step"] and play.isChecked()
    play.click()  # stop training


def test_lesson_buttons_take_tab_but_not_a_click(window, keeper, qtbot):
    window.open_lesson("dying_relu")
    qtbot.waitUntil(lambda: not keeper.pending())
    button = find(window, "lessonNextButton")
    assert button.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_reading_order_is_by_place_not_by_making(qtbot):
    from PySide6.QtWidgets import QGridLayout, QLineEdit

    from reludesk.ui.window.tab_order import set_tab_order

    form = QWidget()
    qtbot.addWidget(form)
    grid = QGridLayout(form)
    # made last-first: Qt's own order would be the reverse of what a reader meets
    made = {}
    for row, col in [(2, 0), (1, 1), (1, 0), (0, 1), (0, 0)]:
        made[row, col] = QLineEdit(form)
        grid.addWidget(made[row, col], row, col)
    tall = QLineEdit(form)  # spans the first two rows on the right: beside the first row
    grid.addWidget(tall, 0, 2, 2, 1)
    tall.setMinimumHeight(80)
    form.show()
    qtbot.waitExposed(form)
    order = [made[0, 0], made[0, 1], tall, made[1, 0], made[1, 1], made[2, 0]]
    assert set_tab_order(form) == order
    met = [order[0]]
    order[0].setFocus()
    qtbot.waitUntil(order[0].hasFocus)
    for _ in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        met.append(QApplication.focusWidget())
    assert met == order

