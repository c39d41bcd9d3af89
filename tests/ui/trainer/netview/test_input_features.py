"""The inputs' column offers all seven features: those in use are full nodes with their lines,
the others dimmed and smaller with none; a click on any of them asks for it to be toggled, and a
short view (a projector's dock) still gives each its own readable label."""

from itertools import combinations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from reludesk.core import features
from reludesk.core.experiment import Config, Trainer
from reludesk.ui.trainer.netview.geometry import Geometry

THREE = ("x1", "x2", "x1x2")
SHORT = (835, 180)  # the trainer's network view, maximised on a 1280x720 projector


def pixels(image: QImage) -> np.ndarray:
    """(h, w, 3) RGB ints of ``image``."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, bpl)
    return rows[:, : 3 * w].reshape(h, w, 3).astype(int)


def point_on(rect: QRectF) -> QPoint:
    return rect.center().toPoint()


@pytest.mark.parametrize("size", [(600, 360), SHORT], ids=["tall", "short"])
@pytest.mark.parametrize("name", features.FEATURES)
def test_clicking_an_input_asks_for_that_feature(make_view, qtbot, name, size):
    view = make_view(Trainer(Config(hidden=(4,), features=THREE)), size)
    with qtbot.waitSignal(view.featureClicked, timeout=1000) as blocker:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=point_on(view.input_rect(name)))
    assert blocker.args == [name]


def test_a_click_beside_the_inputs_asks_for_none(make_view, qtbot):
    view = make_view(Trainer(Config(hidden=(4,), features=THREE)))
    asked: list[str] = []
    view.featureClicked.connect(asked.append)
    hidden = view.neuron_rect(0, 1)
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=point_on(hidden))
    assert asked == [] and view.selected() == (0, 1)


def test_the_view_of_three_features_draws_three_inputs_with_lines(make_view, qtbot):
    # one hidden unit: each input has one line, so a point along it names its source alone
    view = make_view(Trainer(Config(hidden=(1,), features=THREE)))
    states = {name: view.input_state(name) for name in features.FEATURES}
    assert states == {n: "used" if n in THREE else "unused" for n in features.FEATURES}
    target = view.neuron_rect(0, 0)
    for unit, name in enumerate(THREE):
        source = view.neuron_rect(-1, unit)
        assert source == view.input_rect(name)  # the network's input `unit` is that feature
        start = QPointF(source.right(), source.center().y())
        end = QPointF(target.left(), target.center().y())
        on_line = start + 0.3 * (end - start)
        with qtbot.waitSignal(view.weightClicked, timeout=1000) as blocker:
            QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=on_line.toPoint())
        assert blocker.args == [0, 0, unit]  # hidden layer 0, unit 0, from input `unit`
    assert view.weight_tooltip(0, 2, 0).startswith("Weight x1·x2 → ")


def test_an_unused_input_is_smaller_dimmed_and_has_no_line(make_view, qtbot):
    used = make_view(Trainer(Config(hidden=(1,), features=THREE)))
    unused = make_view(Trainer(Config(hidden=(1,))))  # x1, x2 only
    assert unused.input_state("x1x2") == "unused"
    big, small = used.input_rect("x1x2"), unused.input_rect("x1x2")
    assert small.width() < 0.8 * big.width()
    # the same picture (x1·x2 over the plane), under a veil of paper when unused
    paper = pixels(unused.grab(QRectF(0, 0, 2, 2).toRect()).toImage())[0, 0]
    contrast = [
        np.abs(pixels(v.grab(r.adjusted(3, 3, -3, -3).toRect()).toImage()) - paper).mean()
        for v, r in ((used, big), (unused, small))
    ]
    assert contrast[1] < 0.7 * contrast[0]
    # no line leaves it: just right of it, between it and the hidden unit, nothing is hit
    beside = QPointF(small.right() + 4.0, small.center().y())
    clicked: list[tuple] = []
    unused.weightClicked.connect(lambda *a: clicked.append(a))
    QTest.mouseClick(unused, Qt.MouseButton.LeftButton, pos=beside.toPoint())
    assert clicked == []


@pytest.mark.parametrize("size", [(600, 360), SHORT], ids=["tall", "short"])
def test_hovering_an_input_says_what_a_click_does(make_view, size):
    view = make_view(Trainer(Config(hidden=(4,), features=THREE)), size)
    assert view.input_tooltip("x1sq").startswith("x1² - click to use it")
    assert view.input_tooltip("x1x2").startswith("x1·x2 - click to stop using it")
    assert view.tooltip_text(-1, 2) == view.input_tooltip("x1x2")
    for name, action in (("sinx2", "use it"), ("x2", "stop using it")):
        # on its label, left of its square: the bigger target
        rect = view.input_rect(name)
        pos = QPoint(int(rect.left()) - 12, int(rect.center().y()))
        view.event(QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
        assert QToolTip.text().startswith(f"{features.label(name)} - click to {action}")
        QToolTip.hideText()


@pytest.mark.parametrize("chosen", [("x1", "x2"), THREE, ("x2", "sinx1", "sinx2"), ("x1x2",)])
def test_a_short_view_gives_every_input_its_own_label(chosen):
    body, line, label_w = QRectF(8, 42, 819, 71), 17.0, 40.0  # a 1280x720 dock's diagram
    used = [f in chosen for f in features.FEATURES]
    g = Geometry.fit(body, [len(chosen), 8, 8, 1], line, used, label_w)
    assert g.inputs.compact
    slots = g.inputs
    boxes = [slots.label_rect(i, line) for i in range(7)] + list(slots.rects)
    for a, b in combinations(boxes, 2):
        assert not a.intersects(b)  # no label over another, nor over a square
    for box in boxes:
        assert body.adjusted(0, -2, 0, 2).contains(box)  # a label may reach into the air
    # the used ones stay where the lines start, at least as tall as a label's line ...
    for u in range(len(chosen)):
        assert g.node_rect(0, u) == slots.used_rect(u)
        assert g.node_rect(0, u).width() >= min(line, 0.84 * body.height() / len(chosen))
    # ... and no unused one stands in a line's way, right of the used column's left edge
    left = min(g.node_rect(0, u).left() for u in range(len(chosen)))
    assert all(r.right() < left for r, u in zip(slots.rects, used, strict=True) if not u)


def test_a_tall_view_keeps_the_canonical_column():
    body, line = QRectF(8, 42, 547, 253), 17.0  # the presentation stage at 1280x720
    used = [f in THREE for f in features.FEATURES]
    g = Geometry.fit(body, [3, 8, 8, 1], line, used, 40.0)
    assert not g.inputs.compact
    ys = [r.center().y() for r in g.inputs.rects]
    assert ys == sorted(ys) and len(set(ys)) == 7  # top to bottom, x1 first (TF Playground)
    assert len({round(r.center().x(), 6) for r in g.inputs.rects}) == 1
