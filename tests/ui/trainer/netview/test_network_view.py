"""The network view draws replica 0 of a real Trainer: states agree with the core's health, every
state is drawn distinctly (in colour and in greyscale), clicks select neurons, heatmaps follow the
weights only when asked, and the largest allowed network paints without overlap."""

from itertools import combinations
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QToolTip

from reludesk.core import activations, health
from reludesk.core.experiment import Config, Trainer
from reludesk.ui.trainer.netview import glyphs
from reludesk.ui.trainer.netview import view as network_view
from reludesk.ui.trainer.netview.heatmaps import NOT_FINITE, grid_points, to_rgba, unit_outputs
from reludesk.ui.trainer.netview.pixmaps import snap_shares
from reludesk.ui.trainer.netview.view import NetworkView

SIZE = (600, 360)
DEAD_UNIT, INACTIVE_UNIT, ALIVE_UNIT = (0, 0), (0, 1), (0, 2)


def hand_set(activation: str, off_unit: int | None) -> Trainer:
    """A [2, 4, 3, 1] trainer whose replica 0 has hidden unit (0, off_unit) switched off by a
    large negative bias (z < 0 on every input) and every other hidden unit alive."""
    trainer = Trainer(Config(hidden=(4, 3), activation=activation, seed=0))
    m = trainer.model
    m.biases[0][0, :] = 1.0  # layer 1: a line through the data, firing on part of the plane
    if off_unit is not None:
        m.biases[0][0, off_unit] = -100.0  # |w·x| stays far below 100 on [-6, 6]²
    m.weights[1][0] = np.abs(m.weights[1][0])  # layer 2: z >= bias > 0 on every input
    m.biases[1][0, :] = 0.5
    # evaluate() is cached until the next step; one small step makes it read these weights
    trainer.step(1)
    return trainer


@pytest.fixture
def relu_view(make_view):
    return make_view(hand_set("relu", DEAD_UNIT[1]))


@pytest.fixture
def leaky_view(make_view):
    return make_view(hand_set("leaky_relu", INACTIVE_UNIT[1]))


def grab(view: NetworkView, layer: int, unit: int) -> QImage:
    return view.grab(view.neuron_rect(layer, unit).toRect()).toImage()


def as_array(image: QImage, grey: bool = False) -> np.ndarray:
    fmt = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32
    image = image.convertToFormat(fmt)
    w, h, bpl = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, bpl)
    return rows[:, : w * (1 if grey else 4)].astype(int)


def clearly_differ(a: QImage, b: QImage, grey: bool = False) -> bool:
    """More than 5 % of the pixels differ by more than a rounding error (compare images of
    one place on screen: edges placed a fraction of a pixel apart differ by more). A legend of
    other states may make the neurons a little larger: then ``b`` is scaled to ``a``'s size."""
    if b.size() != a.size():
        b = b.scaled(a.size())
    x, y = as_array(a, grey), as_array(b, grey)
    n = min(len(x), len(y))
    return float(np.mean(np.abs(x[:n] - y[:n]) > 8)) > 0.05


@pytest.mark.parametrize(
    ("activation", "off"),
    [
        ("relu", glyphs.DEAD),
        ("leaky_relu", glyphs.INACTIVE),
        ("prelu", glyphs.INACTIVE),
        # z < -80 everywhere: not dead and not "inactive" (ELU's negative side is a curve, not
        # a leak), but its slope e^z < 1e-12 on every input: saturated, the core says
        ("elu", glyphs.SATURATED),
    ],
)
def test_states_match_core_health(make_view, activation, off):
    view = make_view(hand_set(activation, 0))
    t = view.trainer()
    dead = health.dead_mask(t.model, t.X_train)
    inactive = health.inactive_mask(t.model, t.X_train)
    saturated = health.saturated_mask(t.model, t.X_train)
    # one rule, in the core: only the Leaky family's units are "inactive but alive"
    leaks = activations.has_slope_below_zero(activation)
    assert inactive[0][0, 0] == leaks
    for layer, width in enumerate(t.model.hidden_sizes):
        expected = health.unit_states(dead[layer][0], inactive[layer][0], saturated[layer][0])
        assert [view.unit_state(layer, u) for u in range(width)] == expected.tolist()
    # the hand-set unit is dead for relu, inactive yet alive for the leaky ones; the rest alive
    states = [view.unit_state(layer, u) for layer, w in enumerate((4, 3)) for u in range(w)]
    assert states == [off] + [glyphs.ALIVE] * 6


@pytest.mark.parametrize("size", [SIZE, (380, 180)], ids=["heatmaps", "flat"])
def test_every_state_is_drawn_distinctly(make_view, size):
    # one neuron, (0, 0), in three networks: the same place on screen, so only what it
    # shows differs; without heatmaps that is nothing but its state (and its active share)
    views = {
        "alive": make_view(hand_set("relu", None), size),
        "inactive": make_view(hand_set("leaky_relu", 0), size),
        "dead": make_view(hand_set("relu", 0), size),
        "saturated": make_view(hand_set("elu", 0), size),
    }
    assert [v.unit_state(0, 0) for v in views.values()] == [0, 1, 2, 3]
    assert views["alive"].heatmaps_shown() == (size == SIZE)
    images = {name: grab(view, 0, 0) for name, view in views.items()}
    for (name_a, a), (name_b, b) in combinations(images.items(), 2):
        assert clearly_differ(a, b), (name_a, name_b)
        assert clearly_differ(a, b, grey=True), (name_a, name_b)


@pytest.mark.parametrize("side", [48, 10])
def test_state_marks_alone_tell_states_apart(qapp, side):
    """Same heatmap (or none, for small neurons), same share: only the state differs."""
    heat = QImage(24, 24, QImage.Format.Format_RGB32)
    heat.fill(QColor("#7fb3d5"))

    def draw(state: int) -> QImage:
        canvas = QImage(side + 16, side + 16, QImage.Format.Format_RGB32)
        canvas.fill(glyphs.PAPER)
        p = QPainter(canvas)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        glyphs.draw_neuron(p, QRectF(8, 8, side, side), state, 0.0, heat if side > 20 else None)
        p.end()
        return canvas

    drawn = {s: draw(s) for s in (glyphs.ALIVE, glyphs.INACTIVE, glyphs.DEAD, glyphs.SATURATED)}
    for a, b in combinations(drawn, 2):
        assert clearly_differ(drawn[a], drawn[b], grey=True), (a, b)


def test_click_selects_a_hidden_neuron_and_empty_space_clears(qtbot, relu_view):
    view = relu_view
    centre = view.neuron_rect(1, 2).center().toPoint()
    with qtbot.waitSignal(view.neuronSelected) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [1, 2]
    assert view.selected() == (1, 2)
    # the output is not a hidden neuron: clicking it changes nothing
    with qtbot.assertNotEmitted(view.neuronSelected), qtbot.assertNotEmitted(view.selectionCleared):
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=view.neuron_rect(2, 0).center().toPoint()
        )
    with qtbot.waitSignal(view.selectionCleared):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(2, view.height() // 2))
    assert view.selected() is None


def test_select_checks_its_arguments(relu_view):
    with pytest.raises(ValueError, match="hidden sizes"):
        relu_view.select(1, 3)  # layer 2 has 3 units: 0, 1, 2


def test_heatmaps_follow_the_weights_only_when_refreshed(relu_view):
    view = relu_view
    assert view.heatmaps_shown()
    before = view.heatmap_image(*ALIVE_UNIT).copy()
    m = view.trainer().model
    m.weights[0][0, :, ALIVE_UNIT[1]] *= -1.0  # the unit now fires on the other side
    m.biases[0][0, ALIVE_UNIT[1]] *= -1.0
    view.refresh(view.trainer().evaluate())
    assert view.heatmap_image(*ALIVE_UNIT) == before  # the cheap refresh leaves them alone
    view.refresh_heatmaps()
    assert clearly_differ(view.heatmap_image(*ALIVE_UNIT), before)


def test_heatmap_values_are_the_units_outputs(relu_view):
    model = relu_view.trainer().model
    columns = unit_outputs(model, n=8)
    assert [c.shape for c in columns] == [(2, 8, 8), (4, 8, 8), (3, 8, 8), (1, 8, 8)]
    assert np.all(columns[1][DEAD_UNIT[1]] == 0.0)  # a dead ReLU outputs 0 on the whole plane
    assert np.all((columns[-1] > 0.0) & (columns[-1] < 1.0))  # a probability
    assert columns[0][0, 0, 0] == -6.0 and columns[0][1, 0, 0] == 6.0  # top left is (-6, 6)


@pytest.mark.parametrize(
    "config",
    [Config(hidden=(4, 3), seed=2), Config(dataset="plane", hidden=(5,), activation="tanh")],
    ids=["classification", "regression"],
)
def test_heatmaps_are_the_cores_layer_outputs(config):
    # the view draws what the core computes: no second forward pass or sigmoid of its own
    trainer = Trainer(config.replace(replicas=3))
    trainer.step(20)
    n = 8
    columns = unit_outputs(trainer.model, n=n)
    outputs = trainer.model.layer_outputs(grid_points(n))  # per layer (replicas, n*n, width)
    assert len(columns) == 1 + len(outputs)
    for column, out in zip(columns[1:], outputs, strict=True):
        # replica 0; unit u's picture is its column of outputs, row-major over the grid
        np.testing.assert_allclose(column, out[0].T.reshape(-1, n, n), rtol=1e-12)


def test_heatmap_colours_never_show_nan():
    rgba = to_rgba(np.array([[[np.nan, 0.0, 2.0, -2.0]]]))[0, 0]
    assert rgba[0, :3].tolist() == NOT_FINITE.astype(int).tolist()
    assert rgba[1, :3].tolist() == [255, 255, 255]
    assert rgba[2, 2] > rgba[2, 0]  # positive: blue
    assert rgba[3, 0] > rgba[3, 2]  # negative: orange


def test_a_non_finite_weight_paints_grey_without_error(relu_view):
    view = relu_view
    view.trainer().model.weights[0][0, 0, 3] = np.nan
    view.refresh(view.trainer().evaluate())
    view.refresh_heatmaps()
    assert not view.grab().isNull()
    grey = QColor(*NOT_FINITE.astype(int))
    assert view.heatmap_image(0, 3).pixelColor(12, 12) == grey


def line_kinds(groups: dict) -> dict[tuple[int, int], tuple[int, int]]:
    """(source, target) -> (kind, level) of every drawn weight line."""
    out = {}
    for key, (src, dst) in groups.items():
        out.update({(int(s), int(d)): key for s, d in zip(src, dst, strict=True)})
    return out


def test_weight_lines_keep_sign_strength_and_the_live_ones_first():
    W = np.array([[4.0, -2.0, 0.0], [1.0, -8.0, np.nan]])
    lines = line_kinds(glyphs.weight_groups(W, np.zeros(2, bool), np.zeros(3, bool)))
    assert set(lines) == {(0, 0), (0, 1), (1, 0), (1, 1)}  # no line for 0 or NaN
    assert lines[(1, 1)] == (glyphs.NEGATIVE_LINE, glyphs.WEIGHT_LEVELS)  # the largest |w|
    assert lines[(0, 0)] == (glyphs.POSITIVE_LINE, glyphs.WEIGHT_LEVELS // 2)  # half of it
    # target 1 is dead: its lines are muted, and a tight budget drops them before live ones
    dead_target = np.array([False, True, False])
    tight = line_kinds(glyphs.weight_groups(W, np.zeros(2, bool), dead_target, limit=2))
    assert set(tight) == {(0, 0), (1, 0)}
    roomy = line_kinds(glyphs.weight_groups(W, np.zeros(2, bool), dead_target, limit=3))
    assert len(roomy) == 3 and roomy[(1, 1)] == (glyphs.MUTED_LINE, 0)  # the strongest muted


def test_largest_network_paints_without_overlap(make_view):
    view = make_view(Trainer(Config(hidden=(64,) * 8, seed=0)))
    image = view.grab().toImage()
    assert not image.isNull() and len(np.unique(as_array(image))) > 3
    assert not view.heatmaps_shown()  # far too small for heatmaps
    sizes = view.trainer().model.layer_sizes
    rects = [view.neuron_rect(layer - 1, u) for layer, n in enumerate(sizes) for u in range(n)]
    box = np.array([[r.left(), r.top(), r.right(), r.bottom()] for r in rects])
    assert box[:, 2].max() <= view.width() and box[:, 3].max() <= view.height()
    assert (box[:, 2] - box[:, 0]).min() > 1.0  # still visible
    apart_x = (box[:, None, 2] <= box[None, :, 0]) | (box[None, :, 2] <= box[:, None, 0])
    apart_y = (box[:, None, 3] <= box[None, :, 1]) | (box[None, :, 3] <= box[:, None, 1])
    overlap = ~(apart_x | apart_y)
    np.fill_diagonal(overlap, False)
    assert not overlap.any()


def test_tooltip_names_the_state_and_the_numbers(relu_view, leaky_view):
    dead = relu_view.tooltip_text(*DEAD_UNIT)
    assert "State: dead" in dead
    assert dead.endswith("Gradient norm of its incoming weights: 0")  # no gradient at all
    assert "Bias: −100" in dead
    assert "fires (z > 0) on 0% of training inputs" in dead
    alive = relu_view.tooltip_text(*ALIVE_UNIT)
    assert "State: alive" in alive
    inactive = leaky_view.tooltip_text(*INACTIVE_UNIT)
    assert "State: inactive but alive" in inactive and "slope α = 0.01" in inactive
    assert not inactive.endswith(": 0")  # the leak carries gradient
    t = leaky_view.trainer()
    layer, unit = INACTIVE_UNIT
    z = t.model.pre_activations(t.X_train)[layer][0, :, unit]
    assert f"Mean z over training inputs: {np.mean(z):.3g}".replace("-", "−") in inactive
    assert "Output neuron" in relu_view.tooltip_text(2, 0)


def test_hovering_shows_the_tooltip(qtbot, relu_view):
    view = relu_view
    pos = view.neuron_rect(*DEAD_UNIT).center().toPoint()
    view.event(QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    assert "State: dead" in QToolTip.text()
    QToolTip.hideText()


def test_set_trainer_rebuilds_and_drops_a_selection_that_no_longer_fits(qtbot, relu_view):
    view = relu_view
    old = view.trainer().evaluate()
    view.select(1, 2)
    with qtbot.waitSignal(view.selectionCleared):
        view.set_trainer(Trainer(Config(hidden=(5,), seed=1)))
    assert view.selected() is None
    assert view.neuron_rect(0, 4).isValid()
    states = [view.unit_state(0, u) for u in range(5)]
    view.refresh(old)  # a snapshot from before the rebuild: ignored, not a crash
    assert [view.unit_state(0, u) for u in range(5)] == states


def changed_pixels(a: QImage, b: QImage) -> int:
    """How many pixels of two same-sized grabs differ by more than a rounding error."""
    return int(np.count_nonzero(np.abs(as_array(a) - as_array(b)) > 8))


def test_weight_lines_are_paced_while_training_and_exact_when_asked(relu_view, monkeypatch):
    view = relu_view
    clock = [1000.0]  # the view's own clock, so pacing does not depend on this machine's speed
    monkeypatch.setattr(network_view, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    snap = view.trainer().evaluate()
    view.refresh(snap, weights=True)
    # the lines from the inputs to hidden layer 1 (states come from snap: they stay as they are)
    left, right = view.neuron_rect(-1, 0), view.neuron_rect(0, 0)
    gap = QRectF(left.right() + 2, 0, right.left() - left.right() - 4, view.height()).toRect()
    before = view.grab(gap).toImage()
    view.trainer().model.weights[0][0] *= -1.0  # every one of them swaps blue and orange
    view.refresh(snap)  # the next tick: the lines wait for their round
    assert changed_pixels(before, view.grab(gap).toImage()) == 0
    clock[0] += network_view.WEIGHTS_EVERY_S
    view.refresh(snap)  # ... which comes a few times a second
    flipped = view.grab(gap).toImage()
    assert changed_pixels(before, flipped) > 300
    view.trainer().model.weights[0][0] *= -1.0
    view.refresh(snap, weights=True)  # a single step (paused): at once
    assert changed_pixels(before, view.grab(gap).toImage()) == 0


def test_repainting_an_unchanged_view_draws_the_same_picture(relu_view):
    view = relu_view
    view.select(1, 2)
    first = view.grab().toImage()
    view.refresh(view.trainer().evaluate())
    assert changed_pixels(first, view.grab().toImage()) == 0
    view.clear_selection()  # the selection ring is painted live, over the cached picture
    assert changed_pixels(first, view.grab().toImage()) > 0


def test_drawn_shares_move_in_steps_and_do_not_flicker():
    # a neuron is painted again only when its bar moves a visible step (pixmaps.SHARE_LEVELS)
    first = snap_shares([np.array([0.51, 0.0])], [])
    assert first[0].tolist() == [0.5, 0.0]
    # 0.53 is nearer 0.55, but hovering on that edge must not flip the bar every frame
    assert snap_shares([np.array([0.53, 0.0])], first)[0][0] == 0.5
    assert snap_shares([np.array([0.6, 0.0])], first)[0][0] == pytest.approx(0.6)
    assert snap_shares([np.array([0.53, 0.0])], [])[0][0] == pytest.approx(0.55)  # at rest
