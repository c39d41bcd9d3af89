"""The inspector in the window: a click on a neuron opens its dock (beside the explorer) while the
tap still follows the same neuron; a click on a weight line opens it on that weight's field."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDockWidget

from reludesk.ui.trainer.inspector import NeuronInspector


def test_clicking_a_neuron_opens_the_inspector_beside_the_explorer(qtbot, window):
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    dock = window.findChild(QDockWidget, "inspectorDock")
    inspector = window.findChild(NeuronInspector, "neuronInspector")
    assert dock is not None and inspector is not None
    assert dock.isHidden()  # nothing inspected yet: no room taken from the others
    view = window.network_panel.network_view
    centre = view.neuron_rect(0, 2).center().toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert inspector.unit() == (0, 2)
    # a wide window: in the explorer's full-height column, the network still in view
    assert window.tabifiedDockWidgets(dock) == [window.docks["explorer"]]
    assert view.isVisible() and window.findChild(object, "zQuantilePlot").isVisible()
    assert window.panels.link.selected() == (0, 2)  # the tap still follows the click

    # a weight line (the default network has two hidden layers): the unit it enters, that
    # weight's field ready to type in. The top line of the gap, so no other crosses it.
    g = view._layout()
    half = g.size / 2.0
    x0, x1 = g.xs[1] + half, g.xs[2] - half
    y0, y1 = float(g.ys[1][0]), float(g.ys[2][0])
    mid = QPointF((x0 + x1) / 2, (y0 + y1) / 2)
    assert view._layout().line_hit(mid) == (1, 0, 0)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mid.toPoint())
    assert inspector.unit() == (1, 0)
    field = inspector.fields.field(0)
    qtbot.waitUntil(lambda: window.focusWidget() is field, timeout=2000)
    assert field.lineEdit().selectedText() == field.text()  # typing replaces the old value
    w = window.panels.driver.trainer.model.weights[1][0, 0, 0]
    assert float(field.text()) == np.float64(float(f"{w:.6g}"))


def test_a_compact_window_opens_it_beside_the_tap(qtbot, window):
    # 1024 x 768: the explorer is folded behind the trainer, so the inspector must not hide
    # the network by taking a tab there
    window.resize(1024, 700)
    window.reset_layout()
    window.show()
    qtbot.waitExposed(window)
    assert window.docks["trainer"] in window.tabifiedDockWidgets(window.docks["explorer"])
    dock = window.findChild(QDockWidget, "inspectorDock")
    view = window.network_panel.network_view
    window.panels.network.network_view.neuronClicked.emit(0, 1)  # as a click does
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert window.tabifiedDockWidgets(dock) == [window.docks["tap"]]
    assert view.isVisible()
