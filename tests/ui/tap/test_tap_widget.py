"""The tap widget paints its models: clogged and flowing taps look different, painting is
deterministic with the animation off, linked mode shows a dead neuron as a dead tap."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QPushButton, QSlider

from reludesk.core import activations
from reludesk.core.tap import TapModel
from reludesk.ui.tap.drawing import DEAD_RED, MUTED, Z_LIMIT
from reludesk.ui.tap.panel import TapPanel
from reludesk.ui.tap.widget import TapWidget

SIZE = (600, 400)


def models(alpha: float = 0.01) -> tuple[TapModel, TapModel]:
    return TapModel(activations.get("relu")), TapModel(activations.get("leaky_relu", alpha=alpha))


@pytest.fixture
def make_widget(qtbot):
    """A still (not animated) tap widget at a fixed size."""

    def make(alpha: float = 0.01) -> TapWidget:
        widget = TapWidget(*models(alpha))
        qtbot.addWidget(widget)
        widget.set_animated(False)
        widget.resize(*SIZE)
        return widget

    return make


def pixels(widget: TapWidget) -> np.ndarray:
    """The widget painted into an image, as an (h, w, 4) uint8 array."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = raw.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
    return rows.reshape(image.height(), image.width(), 4).copy()


def run(widget: TapWidget, seconds: float, hz: int = 60) -> None:
    for _ in range(round(seconds * hz)):
        widget.advance(1.0 / hz)


def changed_share(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(np.any(a != b, axis=2)))


def test_object_name_and_size_are_what_the_window_looks_for(make_widget):
    widget = make_widget()
    assert widget.objectName() == "tapWidget"
    assert widget.size().width() == SIZE[0]


def test_clogged_and_flowing_taps_paint_visibly_different_images(make_widget):
    clogged, flowing = make_widget(), make_widget()
    clogged.set_z(-2.0)
    flowing.set_z(2.0)
    run(clogged, 6.0)
    run(flowing, 6.0)
    assert clogged.relu_model.clogged and not flowing.relu_model.clogged
    assert changed_share(pixels(clogged), pixels(flowing)) > 0.03


def test_same_state_paints_identical_images(make_widget):
    first, second = make_widget(), make_widget()
    for widget in (first, second):
        widget.set_z(-1.3)
        run(widget, 2.0)
    image = pixels(first)
    assert np.array_equal(image, pixels(first))  # painting twice changes nothing
    assert np.array_equal(image, pixels(second))  # nor does painting another, same widget
    run(first, 0.5)
    assert not np.array_equal(image, pixels(first))  # time moved the clog and the drip


def test_droplets_fall_while_the_state_stays_the_same(make_widget):
    widget = make_widget()
    widget.set_z(2.0)
    run(widget, 1.0)
    before, clog = pixels(widget), widget.relu_model.clog
    widget.advance(0.07)
    assert widget.relu_model.clog == clog == 0.0
    assert not np.array_equal(before, pixels(widget))


def test_stream_width_follows_outflow(make_widget):
    weak, strong = make_widget(), make_widget()
    weak.set_z(0.5)
    strong.set_z(4.5)
    # count water-blue pixels below the spout: a wider stream covers more of them
    water = np.array([0xE0, 0x8F, 0x3D])  # BGRA order of #3d8fe0

    def blue(widget: TapWidget) -> int:
        img = pixels(widget)[SIZE[1] // 2 :, : SIZE[0] // 2, :3]
        return int(np.sum(np.all(img == water, axis=2)))

    assert blue(strong) > 2 * blue(weak) > 0


def test_linked_dead_neuron_shows_a_dead_relu_tap_with_badge(make_widget, qtbot):
    widget = make_widget()
    before = pixels(widget)
    with qtbot.waitSignal(widget.modeChanged, timeout=1000) as blocker:
        widget.set_linked_source(np.full(50, -1.0), dead=True, label="neuron L1·3")
    assert blocker.args == ["Linked to neuron L1·3"]
    assert widget.is_linked()
    assert widget.relu_model.dead and widget.relu_model.clog == 1.0
    assert widget.badge_visible()
    # the badge is painted: its red fills the edge of its rectangle
    badge = widget.badge_rect()
    probe = QPoint(round(badge.left() + badge.height() * 0.25), round(badge.center().y()))
    image = widget.grab().toImage()
    assert image.pixelColor(probe) == QColor(DEAD_RED)
    red = (DEAD_RED.red(), DEAD_RED.green(), DEAD_RED.blue())
    assert tuple(int(v) for v in before[probe.y(), probe.x(), 2::-1]) != red  # BGRA -> RGB
    assert widget.badge_texts() == ("DEAD", None)
    assert widget.caption_texts()[0].startswith("Dead: the network finds it shut")
    # the inactive leaky neuron drips and stays alive while the dead one stays dead
    run(widget, 3.0)
    assert widget.relu_model.clogged and widget.badge_visible()
    assert widget.leaky_model.leak == pytest.approx(0.01)
    assert not widget.leaky_model.clogged
    widget.set_z(1.0)  # back to manual: the network's verdict goes with the link
    widget.set_z(-1.0)
    assert not widget.badge_visible()


def test_a_unit_firing_on_12_percent_of_inputs_held_shut_is_never_dead(make_widget):
    # the network calls it alive: z > 0 on 12 of 100 inputs. Cycled through them, its valve
    # stays shut for 4.4 s at a time, long enough to clog the ReLU pipe (the old tap then
    # showed DEAD); only the network's own test may say dead, so the badge reads CLOGGED
    widget = make_widget()
    z = np.where(np.arange(100) < 12, 1.0, -2.0)
    widget.set_linked_source(z, dead=False, label="layer 2, neuron 3")
    seen = set()
    for _ in range(10 * 60):
        widget.advance(1 / 60)
        assert not widget.badge_visible()
        seen.add(widget.badge_texts()[0])
        assert not widget.caption_texts()[0].startswith("Dead")
    assert "CLOGGED" in seen  # the pipe did clog fully: the test saw what used to read DEAD


def test_a_clog_turned_by_hand_says_clogged_not_dead(make_widget):
    widget = make_widget()
    widget.set_z(-2.0)
    run(widget, 6.0)
    assert widget.relu_model.clogged
    assert widget.badge_texts() == ("CLOGGED", None)
    assert not widget.badge_visible()
    assert widget.caption_texts()[0].startswith("Clogged: shut for this input")
    # and the picture says it: the badge is painted, in grey, not in DEAD's red
    badge, h = widget.badge_rect(), widget.badge_rect().height()
    probe = QPoint(round(badge.left() + 0.3 * h), round(badge.top() + 0.15 * h))  # above the word
    assert widget.grab().toImage().pixelColor(probe) == QColor(MUTED)


def test_linked_mode_cycles_through_the_given_values(make_widget):
    widget = make_widget()
    values = np.array([-1.0, 2.0, -3.0, math.nan, 0.5])
    widget.set_linked_source(values, label="neuron L2·1")
    seen = [widget.z()]
    for _ in range(8):
        widget.advance(0.05)
        seen.append(widget.z())
    assert seen[:5] == [-1.0, 2.0, -3.0, 0.5, -1.0]  # NaN skipped, then round again
    widget.set_linked_source(None)
    assert not widget.is_linked() and widget.mode_text() == "Manual"


def test_alpha_sets_the_hole_size(make_widget, qtbot):
    widget = make_widget(alpha=0.01)
    widget.set_z(-2.0)
    small = widget.hole_rect().width()
    with qtbot.waitSignal(widget.alphaChanged, timeout=1000):
        widget.set_alpha(0.3)
    assert widget.alpha() == 0.3
    assert widget.leaky_model.leak == pytest.approx(0.3)  # the gradient alpha, not alpha * |z|
    assert widget.hole_rect().width() > 2 * small


def test_set_z_is_clamped_and_refuses_nan(make_widget, qtbot):
    widget = make_widget()
    with qtbot.waitSignal(widget.zChanged, timeout=1000) as blocker:
        widget.set_z(9.0)
    assert blocker.args == [5.0]
    assert widget.relu_model.outflow == 5.0
    with pytest.raises(ValueError):
        widget.set_z(math.nan)
    with pytest.raises(ValueError):
        widget.advance(-0.1)


@pytest.fixture
def panel(qtbot):
    panel = TapPanel(*models())
    qtbot.addWidget(panel)
    panel.resize(700, 520)
    return panel


def test_slider_moves_z(panel):
    slider = panel.findChild(QSlider, "tapZSlider")
    panel.tap_widget.set_animated(False)
    slider.setValue(250)
    assert panel.tap_widget.z() == 2.5
    assert panel.tap_widget.relu_model.outflow == 2.5
    panel.tap_widget.set_z(-1.0)
    assert slider.value() == -100  # and the slider follows z set elsewhere


def test_sweep_swings_z_over_time(panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    button = panel.findChild(QPushButton, "tapSweepButton")
    widget = panel.tap_widget
    start = widget.z()
    button.click()
    assert widget.is_sweeping()
    qtbot.waitUntil(lambda: abs(widget.z() - start) > 0.3, timeout=3000)
    # moving the slider by hand takes over from the sweep
    panel.findChild(QSlider, "tapZSlider").setValue(-300)
    assert not widget.is_sweeping() and not button.isChecked()
    assert widget.z() == -3.0


def test_linked_mode_disables_manual_controls_until_manual_is_pressed(panel):
    widget = panel.tap_widget
    widget.set_linked_source(np.array([-0.5, 0.5]), label="neuron L1·2")
    slider = panel.findChild(QSlider, "tapZSlider")
    manual = panel.findChild(QPushButton, "tapManualButton")
    assert not slider.isEnabled()
    assert "L1·2" in panel.findChild(QLabel, "tapModeLabel").text()
    manual.click()
    assert not widget.is_linked() and slider.isEnabled()
    assert panel.findChild(QLabel, "tapModeLabel").text() == "Mode: Manual"


def test_timer_stops_while_hidden_and_restarts_when_shown(panel, qtbot):
    widget = panel.tap_widget
    panel.show()
    qtbot.waitExposed(panel)
    assert widget.is_animating()
    panel.hide()
    assert not widget.is_animating()
    panel.show()
    qtbot.waitUntil(widget.is_animating, timeout=1000)
    widget.set_animated(False)
    assert not widget.is_animating()


def test_animation_moves_the_water_by_itself(panel, qtbot):
    widget = panel.tap_widget
    widget.set_z(-2.0)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: widget.relu_model.clog > 0.2, timeout=3000)


def test_panel_starts_with_the_water_flowing(panel, qtbot):
    from reludesk.ui.tap.panel import START_Z

    widget = panel.tap_widget
    assert START_Z > 0 and widget.z() == START_Z
    assert panel.findChild(QSlider, "tapZSlider").value() == round(START_Z * 100)
    widget.set_animated(False)
    run(widget, 3.0)
    # a first look shows two taps that flow; turning the valve below zero shows the clog
    assert widget.relu_model.outflow == START_Z and widget.relu_model.clog == 0.0
    assert not widget.badge_visible()
    widget.set_z(-2.0)
    run(widget, 3.0)
    assert widget.relu_model.clog > 0.9 > widget.leaky_model.clog


def test_dial_and_pipe_labels_grow_with_the_widget(make_widget):
    widget = make_widget()
    widget.resize(400, 180)
    small = widget.label_font().pixelSize()
    widget.resize(1200, 520)
    large = widget.label_font().pixelSize()
    assert small >= 11  # readable at the smallest size
    assert large >= 1.5 * small


def test_readouts_go_beside_a_wide_short_picture(make_widget):
    widget = make_widget()
    widget.resize(900, 240)  # a dock across the bottom of the window
    beside = widget._cell(0).readout_rect()
    scene = widget._cell(0).scene_rect()
    assert beside.left() >= scene.right() - 1  # a column right of the picture
    widget.resize(600, 500)  # tall cells: the values go below the picture
    below = widget._cell(0).readout_rect()
    assert below.top() >= widget._cell(0).scene_rect().bottom() - 1
    # the picture is bigger beside than it would be with the values under it
    assert scene.height() > 0.6 * (240 - 2 * widget._cell(0).unit)


def test_a_huge_linked_z_keeps_the_taps_on_their_scale_and_memory_flat(qtbot):
    # found by the monkey: a neuron's z of 1e100 after a burst asked the stream for 6e100
    # droplets a second, and the process ran out of memory
    widget = TapWidget(TapModel(activations.get("relu")), TapModel(activations.get("leaky_relu")))
    qtbot.addWidget(widget)
    widget.set_animated(False)
    widget.set_linked_source(np.array([1e100, -1e100, 3.0]))
    assert widget.z() == Z_LIMIT
    for _ in range(20):
        widget.advance(0.05)
    drops = sum(len(d.y) for d in (*widget._streams, *widget._drips))
    assert drops < 200
    assert abs(widget.z()) <= Z_LIMIT


def test_a_neuron_the_window_chose_says_why_the_tap_follows_it(panel):
    widget = panel.tap_widget
    label = panel.findChild(QLabel, "tapModeLabel")
    follow = panel.findChild(QLabel, "tapFollowLabel")
    assert follow.isHidden() and widget.follow_text() == ""
    widget.set_linked_source(np.array([-0.5, -0.2]), dead=True, label="layer 1, neuron 5",
                             reason="the first to die")
    assert widget.follow_text() == "Following layer 1, neuron 5: the first to die"
    assert follow.text() == widget.follow_text() and not follow.isHidden()
    assert label.text() == "Mode: Following"  # short: the line above names the unit
    # fed again without a reason (the user clicked it): plainly linked, the reason gone
    widget.set_linked_source(np.array([-0.5, -0.2]), label="layer 1, neuron 5")
    assert widget.mode_text() == "Linked to layer 1, neuron 5" and widget.follow_text() == ""
    assert label.text() == "Mode: Linked to layer 1, neuron 5" and follow.isHidden()
    widget.set_linked_source(np.array([-0.5]), label="layer 1, neuron 2", reason="why")
    widget.set_linked_source(None)
    assert follow.isHidden() and label.text() == "Mode: Manual"
