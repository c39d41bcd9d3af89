"""Names and descriptions of every control and panel, as accessibility tools read them, in the
window as it starts, in each lesson, in the lazily built tabs and in the neuron inspector."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from reludesk.core import lessons
from reludesk.ui.trainer.netview import accessible
from reludesk.ui.trainer.netview.view import NetworkView
from reludesk.ui.window import accessibility

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


@pytest.fixture
def shown(window, qtbot):
    """The window at 1280x720, shown, with its accessibility keeper; returns the keeper."""
    window.resize(1280, 720)
    keeper = accessibility.install(window)
    window.show()
    qtbot.waitExposed(window)
    settle(keeper, qtbot)
    return keeper


def settle(keeper, qtbot) -> None:
    """Let the event loop run the keeper's pass that the last change asked for."""
    qtbot.waitUntil(lambda: not keeper.pending())


def read(widget: QWidget) -> tuple[str, str]:
    """(name, description) as a tool reads them: a combo box's name is the one set (Qt on
    Linux reads its current item as its name and the label through a relation)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = widget.accessibleName() or iface.text(NAME)
    return name, widget.accessibleDescription() or iface.text(DESCRIPTION)


def must_be_named(widget: QWidget) -> bool:
    """Controls (Tab stops, buttons) and panels (docks, tab widgets and pages, plots), told
    apart here without the module's own rule."""
    if not widget.isVisible() or isinstance(widget, QLabel):
        return False
    proxy = widget.focusProxy()
    if proxy is not None and proxy.isAncestorOf(widget):
        return False  # a spin box's line edit, a viewport: the one it stands for is named
    tab_stop = widget.focusPolicy().value & 0x1 and widget.isEnabled()
    kinds = (QAbstractButton, QDockWidget, pg.PlotWidget, QTabWidget, NetworkView)
    return bool(tab_stop) or isinstance(widget, kinds)


def unnamed(window) -> list[str]:
    """What tools would read no name or no description for (objectName or class, and what)."""
    out = []
    for widget in window.findChildren(QWidget):
        if not must_be_named(widget):
            continue
        name, description = read(widget)
        label = widget.objectName() or type(widget).__name__
        if not any(c.isalpha() for c in name):
            out.append(f"{label}: name {name!r}")
        if not description.strip():
            out.append(f"{label}: no description")
    return out


def test_every_control_and_panel_at_start(window, shown):
    assert unnamed(window) == []


def test_lessons_tabs_and_inspector_are_named_when_they_appear(window, shown, qtbot):
    tabs = window.findChild(QTabWidget, "trainerTabs")
    for index in range(tabs.count()):  # Compare and 32 seeds are built when first shown
        tabs.setCurrentIndex(index)
        settle(shown, qtbot)
        assert unnamed(window) == [], tabs.tabText(index)
    tabs.setCurrentIndex(0)
    view = window.findChild(NetworkView, "networkView")
    view.neuronClicked.emit(0, 0)  # what a click or Enter on a neuron does
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "inspectorDock").isVisible())
    settle(shown, qtbot)
    assert window.findChild(QWidget, "killButton").isVisible()
    assert unnamed(window) == []
    for name in lessons.names():
        window.open_lesson(name)
        settle(shown, qtbot)
        assert unnamed(window) == [], name


def test_names_come_from_labels_plots_and_the_table(window, shown):
    def name(object_name):
        return read(window.findChild(QWidget, object_name))[0]

    assert name("datasetCombo") == "Data"  # the form's label, not the item shown ("circle")
    assert name("zRangeSpin") == "z range"  # the label of the row its slider and it share
    assert name("addLayerButton") == accessibility.NAMES["addLayerButton"]  # "+" is no name
    assert name("lossPlot").startswith("Plot: Loss")
    assert name("lossPlot").endswith("over step")
    assert name("playButton") == "Play"
    assert read(window.findChild(QWidget, "networkView")) == (
        accessible.VIEW_NAME, accessible.VIEW_DESCRIPTION)  # the view names itself


def test_a_label_found_beside_a_field_becomes_its_buddy(window, shown):
    combo = window.findChild(QComboBox, "datasetCombo")
    labels = [w for w in window.findChildren(QLabel) if w.buddy() is combo]
    assert [w.text() for w in labels] == ["Data"]


def test_names_set_before_are_kept_and_button_texts_stay_live(window, qtbot):
    combo = window.findChild(QComboBox, "datasetCombo")
    combo.setAccessibleName("Which points")
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    keeper = accessibility.install(window)
    settle(keeper, qtbot)
    assert combo.accessibleName() == "Which points"
    play = window.findChild(QPushButton, "playButton")
    assert play.accessibleName() == ""  # Qt reads the text, so Play -> Pause is heard
    play.setText("Pause")
    assert read(play)[0] == "Pause"


def test_a_pass_costs_little_and_names_nothing_twice(window, shown):
    assert accessibility.name_everything(window) == 0  # all named by the keeper already


def test_a_change_of_language_names_again_from_the_new_texts(window, shown, qtbot):
    combo = window.findChild(QComboBox, "datasetCombo")
    label = next(w for w in window.findChildren(QLabel) if w.buddy() is combo)
    noise = window.findChild(QWidget, "noiseSpin")
    noise.setAccessibleName("Rauschen")  # set by someone else: never touched
    label.setText("Daten")  # what a translator would have done to the label
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    settle(shown, qtbot)
    assert read(combo)[0] == "Daten"
    assert noise.accessibleName() == "Rauschen"

