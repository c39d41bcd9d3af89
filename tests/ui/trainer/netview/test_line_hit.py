"""Which weight line a point is on: the hit test behind a line's tooltip and its click."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from reludesk.core.experiment import Config, Trainer
from reludesk.ui.trainer.netview.geometry import LINE_SLACK, Geometry

SIZES = [2, 4, 3, 1]


@pytest.fixture
def g() -> Geometry:
    return Geometry.fit(QRectF(8, 40, 584, 280), SIZES, 16.0)


def along(g: Geometry, gap: int, i: int, j: int, t: float) -> QPointF:
    """The point a share ``t`` of the way along the drawn line (gap, i, j)."""
    half = g.size / 2.0
    x0, x1 = g.xs[gap] + half, g.xs[gap + 1] - half
    y0, y1 = float(g.ys[gap][i]), float(g.ys[gap + 1][j])
    return QPointF(x0 + t * (x1 - x0), y0 + t * (y1 - y0))


def normal(g: Geometry, gap: int, i: int, j: int) -> np.ndarray:
    """Unit vector across the line (gap, i, j)."""
    half = g.size / 2.0
    d = np.array([g.xs[gap + 1] - g.xs[gap] - 2 * half, g.ys[gap + 1][j] - g.ys[gap][i]])
    return np.array([-d[1], d[0]]) / np.hypot(*d)


@pytest.mark.parametrize("gap,i,j", [(0, 0, 3), (0, 1, 0), (1, 3, 2), (1, 0, 0), (2, 2, 0)])
def test_every_point_near_a_line_finds_that_line(g, gap, i, j):
    # near the ends lines from one neuron converge: the middle of a line is where it is alone
    for t in (0.4, 0.5, 0.6):
        assert g.line_hit(along(g, gap, i, j, t)) == (gap, i, j)


def test_a_point_beyond_the_slack_finds_no_line(g):
    p = along(g, 1, 0, 0, 0.5)  # the top line of gap 1: nothing runs above it
    n = normal(g, 1, 0, 0)
    side = 1.0 if n[1] < 0 else -1.0  # the side pointing up the screen (smaller y)
    inside = QPointF(
        p.x() + side * n[0] * (LINE_SLACK - 0.5), p.y() + side * n[1] * (LINE_SLACK - 0.5)
    )
    outside = QPointF(
        p.x() + side * n[0] * (LINE_SLACK + 1.5), p.y() + side * n[1] * (LINE_SLACK + 1.5)
    )
    assert g.line_hit(inside) == (1, 0, 0)
    assert g.line_hit(outside) is None


def test_a_neuron_is_never_taken_for_a_line(g):
    # just inside the right edge, where its outgoing lines begin: the neuron's, not a line's
    rect = g.node_rect(1, 2)
    edge = QPointF(rect.right() + 1.0, rect.center().y())
    assert g.hit(edge) == (1, 2)
    assert g.line_hit(edge) is None


def test_hovering_a_line_tells_its_weight_and_clicking_it_picks_its_target(qtbot, make_view):
    trainer = Trainer(Config(hidden=(4, 3), seed=3))
    view = make_view(trainer)
    g = view._layout()
    gap, i, j = 1, 2, 1
    w = float(trainer.model.weights[gap][0, i, j])
    assert view.weight_tooltip(gap, i, j) == (
        f"Weight neuron 3 of hidden layer 1 → neuron 2 of hidden layer 2: {w:.4g}\nClick to edit it"
    )
    pos = along(g, gap, i, j, 0.5)
    with qtbot.waitSignal(view.weightClicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert clicked.args == [1, 1, 2]  # hidden layer 1 (0-based), the unit entered, the source
    assert view.selected() == (1, 1)


def test_hovering_a_line_shows_its_weight(qtbot, make_view):
    trainer = Trainer(Config(hidden=(4, 3), seed=3))
    view = make_view(trainer)
    pos = along(view._layout(), 0, 0, 0, 0.5).toPoint()  # the top line of the first gap
    view.event(QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    w = float(trainer.model.weights[0][0, 0, 0])
    assert QToolTip.text() == f"Weight x1 → neuron 1 of hidden layer 1: {w:.4g}\nClick to edit it"
    QToolTip.hideText()
