"""The timeline bar of the Train tab: scrubbing back shows the network exactly as it was at that
step (counter, neuron states, history cursor), Earlier / Later walk the kept states, Play from an
earlier step trains on from it and the later steps come back on undo, and the bar marks bursts
and edits on its groove."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSlider, QWidget

from reludesk.core import health, lessons
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui.trainer import status
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.inspector_pane import InspectorPane
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.timeline_bar import TimelineBar
from reludesk.ui.trainer.timeline_slider import MARKER_COLOUR

# the dying-ReLU lesson's network: no unit dead at step 290, half of them after the burst
LESSON = lessons.get("dying_relu").config
BURST_AT, SCRUB_TO, END = 300, 290, 600


@pytest.fixture
def panel(qtbot) -> NetworkPanel:
    driver = TrainingDriver.from_config(LESSON)
    panel = NetworkPanel(driver)
    driver.setParent(panel)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    panel.show_speed(None)  # full speed: the burst is over when the button returns
    return panel


def burst_run(panel: NetworkPanel) -> None:
    """300 steps, the Burst button's burst (100 steps at rate 1), 200 steps more."""
    panel.driver.step_once(BURST_AT)
    panel.burst_action.trigger()
    panel.driver.step_once(END - BURST_AT - 100)
    assert panel.driver.trainer.steps_done == END


def params(trainer: Trainer) -> list[np.ndarray]:
    return [p.copy() for p in trainer.model.parameters()]


def same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def view_states(panel: NetworkPanel) -> list[list[int]]:
    view = panel.network_view
    return [[view.unit_state(l, u) for u in range(w)] for l, w in enumerate(LESSON.hidden)]


def core_states(trainer: Trainer) -> list[list[int]]:
    snap = trainer.evaluate()
    return [health.unit_states(snap.dead[l][0], snap.inactive[l][0], snap.saturated[l][0])
            .tolist() for l in range(len(LESSON.hidden))]


def drag_to(slider: QSlider, step: int) -> None:
    """What a drag of the handle does: the slider held down, moved with tracking on."""
    slider.setSliderDown(True)
    slider.setSliderPosition(step)
    slider.setSliderDown(False)


def test_scrubbing_to_before_the_burst_shows_that_step_exactly(panel, qtbot):
    burst_run(panel)
    end_label, end_states = panel.dead_label.text(), view_states(panel)
    slider = panel.findChild(QSlider, "timelineSlider")
    bar = panel.findChild(QWidget, "timelineBar")
    assert isinstance(bar, TimelineBar) and slider is not None
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, END, END)
    assert bar.label.text() == "now"
    panel.play_button.click()  # dragging pauses training
    qtbot.waitUntil(lambda: panel.driver.trainer.steps_done > END, timeout=5000)
    head = panel.driver.trainer.steps_done
    drag_to(slider, SCRUB_TO)
    assert not panel.driver.is_running() and not panel.play_button.isChecked()

    trainer = panel.driver.trainer
    reference = Trainer(LESSON)  # the same run, stopped at step 290
    reference.step(SCRUB_TO)
    assert trainer.steps_done == SCRUB_TO
    assert same(params(trainer), params(reference))  # bit for bit
    assert panel.dead_label.text() == status.dead_text(reference.evaluate(), LESSON)
    assert view_states(panel) == core_states(reference)
    assert panel.dead_label.text() != end_label and view_states(panel) != end_states
    assert bar.label.text() == f"Step {SCRUB_TO:,} of {head:,}"
    plots = panel.history_plots
    assert plots.cursor_step() == SCRUB_TO
    assert all(line.isVisible() and line.value() == SCRUB_TO for line in plots._cursors)

    bar.back_to_now()  # the end again: its counter, and no cursor
    assert trainer.steps_done == head and bar.label.text() == "now"
    assert plots.cursor_step() is None and not any(c.isVisible() for c in plots._cursors)


def test_earlier_and_later_walk_the_kept_states(panel):
    burst_run(panel)
    bar = panel.timeline_bar
    trainer = panel.driver.trainer
    kept = trainer.timeline.steps
    before = [s for s in kept if s < END]
    assert bar.earlier() == before[-1]  # from the end: the last kept state before it
    assert bar.earlier() == before[-2]
    shown = trainer.seek(SCRUB_TO + 3)  # between two kept states
    assert bar.later() == min(s for s in kept if s > shown)
    assert bar.earlier() == max(s for s in kept if s < SCRUB_TO + 10)
    trainer.seek(before[-1] + 1)
    assert bar.later() == END  # past the last kept state: the end of the run
    assert bar.later() == END  # and it stays there
    trainer.seek(0)
    assert bar.earlier() == 0  # the first state is as far back as it goes


def test_play_from_an_earlier_step_trains_on_from_it_and_undo_brings_back_the_end(panel, qtbot):
    burst_run(panel)
    driver, trainer = panel.driver, panel.driver.trainer
    end_params, end_events = params(trainer), list(trainer.history.events)
    end_records = trainer.history.steps.copy()
    said: list[str] = []
    panel.statusMessage.connect(said.append)
    drag_to(panel.timeline_bar.slider, SCRUB_TO)
    panel.play_button.click()
    assert said[-1].startswith(f"Training on from step {SCRUB_TO:,}; the {END - SCRUB_TO:,} "
                               "later steps are set aside")
    qtbot.waitUntil(lambda: trainer.steps_done >= SCRUB_TO + 50, timeout=5000)
    panel.play_button.click()
    reached = trainer.steps_done
    # it trained on from step 290, without the burst that came at 300 before
    reference = Trainer(LESSON)
    reference.step(reached)
    assert same(params(trainer), params(reference))
    assert trainer.head_step == reached
    assert all(step < BURST_AT for step, _ in trainer.history.events)  # the burst's event went
    assert trainer.history.steps[-1] <= reached
    assert panel.timeline_bar.slider.maximum() == reached

    assert driver.undo_continue()
    assert trainer.steps_done == trainer.head_step == END
    assert same(params(trainer), end_params)  # the old end, exactly
    assert trainer.history.events == end_events
    assert np.array_equal(trainer.history.steps, end_records)
    assert panel.timeline_bar.label.text() == "now"
    assert not driver.undo_continue()  # only one was set aside


def test_undo_of_a_continuation_shows_the_old_ends_rate_in_the_controls(panel):
    burst_run(panel)
    driver = panel.driver
    rate = panel.config().learning_rate
    driver.seek(SCRUB_TO)
    panel.controls.learning_rate.setValue(0.5)  # a new rate from step 290 continues from it
    driver.step_once(20)
    assert driver.trainer.config.learning_rate == panel.config().learning_rate == 0.5
    assert driver.undo_continue()
    assert driver.trainer.config.learning_rate == rate
    assert panel.config().learning_rate == rate
    assert panel.controls.learning_rate.value() == pytest.approx(rate)


def test_a_step_a_burst_or_a_new_rate_from_an_earlier_step_continue_from_it(panel):
    burst_run(panel)
    driver, trainer = panel.driver, panel.driver.trainer
    for act in (lambda: panel.step_button.click(), lambda: panel.burst_action.trigger(),
                lambda: panel.controls.learning_rate.setValue(0.05)):
        trainer.seek(SCRUB_TO)
        act()
        # the step shown became the end: nothing recorded beyond what was done from it
        assert trainer.head_step == trainer.steps_done >= SCRUB_TO
        assert trainer.timeline.steps[-1] <= trainer.steps_done
        assert max(trainer.history.steps) <= trainer.steps_done
    assert driver.can_undo_continue()


def test_the_bar_marks_the_burst_and_an_edit_on_its_groove(panel, qtbot):
    pane = InspectorPane(panel)
    qtbot.addWidget(pane)
    driver = panel.driver
    driver.step_once(120)
    panel.burst_action.trigger()  # at step 120
    driver.step_once(80)
    pane.inspector.show_unit(0, 3)
    pane.inspector.kill()  # an edit at step 300
    driver.step_once(100)
    slider = panel.timeline_bar.slider
    marks = slider.markers()
    assert [step for step, _ in marks] == [120, 300]
    assert marks[0][1].startswith("burst") and "unit 4 of layer 1" in marks[1][1]
    # a tick at each, where the handle stands at that step; its words on hovering it
    x_burst, x_edit = slider.marker_x(120), slider.marker_x(300)
    assert x_burst < x_edit
    assert slider.marker_text_at(x_burst).startswith("Step 120: burst")
    assert slider.marker_text_at((x_burst + x_edit) // 2) == ""
    image = slider.grab().toImage()
    middle = slider.height() // 2
    tick = QColor(MARKER_COLOUR).rgb()
    assert image.pixel(QPoint(x_burst, middle)) == tick
    assert image.pixel(QPoint(x_edit, middle)) == tick
    assert image.pixel(QPoint((x_burst + x_edit) // 2, middle)) != tick


def test_an_edit_at_an_earlier_step_makes_it_the_end_of_the_run(panel, qtbot):
    pane = InspectorPane(panel)
    qtbot.addWidget(pane)
    said: list[str] = []
    panel.statusMessage.connect(said.append)
    burst_run(panel)
    trainer = panel.driver.trainer
    drag_to(panel.timeline_bar.slider, SCRUB_TO)
    pane.inspector.show_unit(0, 0)
    pane.inspector.kill()
    # the later states went with the edit: the run ends here, and the bar says so
    assert trainer.head_step == trainer.steps_done == SCRUB_TO
    assert panel.timeline_bar.label.text() == "now"
    assert said[-1].startswith("Edited at an earlier step")
    assert not panel.driver.can_undo_continue()


def test_the_bar_stays_under_the_network_on_the_stage(panel):
    panel.set_stage(("loss", "dead_share"))
    panel.resize(1280, 600)
    bar, view = panel.timeline_bar, panel.network_view
    assert bar.isVisible() and bar.slider.width() > 200
    top_of_bar = bar.mapTo(panel, QPoint(0, 0)).y()
    assert top_of_bar >= view.mapTo(panel, QPoint(0, view.height())).y()
    assert top_of_bar + bar.height() <= panel.height()
    panel.set_stage(None)
    history = panel.history_plots.loss_plot
    assert bar.isVisible()
    assert bar.mapTo(panel, QPoint(0, 0)).y() >= history.mapTo(
        panel, QPoint(0, history.height())).y()
    # a panel as short as a lesson's on a 768-line projector: every row is full and the
    # network at its minimum, so the bar hides (the keys still scrub); the stage shows it
    panel.resize(1020, 362)
    assert not bar.isVisible()
    panel.set_stage(("loss",))
    assert bar.isVisible()
    panel.set_stage(None)
    assert not bar.isVisible()
    panel.resize(1020, 600)
    assert bar.isVisible()


def test_only_the_train_tab_keeps_a_timeline_and_each_new_network_gets_its_own(panel):
    first = panel.driver.trainer
    assert first.timeline is not None
    panel.reset_button.click()
    rebuilt = panel.driver.trainer
    assert rebuilt is not first and rebuilt.timeline is not None
    assert rebuilt.timeline is not first.timeline and rebuilt.timeline.steps == [0]
    panel.new_weights()
    assert panel.driver.trainer.timeline is not None
    other = TrainingDriver.from_config(Config(hidden=(4,)))
    other.step_once(20)
    assert other.trainer.timeline is None  # compare's and others' drivers pay nothing


def test_weights_put_into_the_same_trainer_start_a_new_timeline(panel):
    driver = panel.driver
    trainer = driver.trainer
    for p in trainer.model.parameters():
        p *= 0.5  # as a file's weights are put in, then the trainer is handed in again
    loaded = params(trainer)
    driver.set_trainer(trainer)
    driver.step_once(30)
    driver.seek(0)
    assert same(params(trainer), loaded)  # the first state is the loaded one


def test_a_paced_burst_notes_its_event_once_at_its_start(panel):
    driver = panel.driver
    driver.step_once(40)
    panel.show_speed(10.0)
    panel.burst_action.trigger()
    events = driver.trainer.history.events
    assert [step for step, _ in events] == [40] and events[0][1].startswith("burst")
    driver.paced_tick()
    driver.pause()
    assert len(driver.trainer.history.events) == 1


def test_no_label_of_the_bar_is_cut(panel):
    bar = panel.timeline_bar
    for label in bar.findChildren(QLabel):
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_the_steps_set_aside_keep_to_one_budget_the_oldest_let_go(panel):
    driver = panel.driver
    trainer = driver.trainer
    driver.step_once(200)

    def back_and_on() -> None:  # 150 steps back and on again: 15 states set aside
        driver.seek(trainer.steps_done - 150)
        driver.step_once(150)

    back_and_on()
    back_and_on()
    assert len(driver._continuations) == 2  # within the budget of 64 MB, both are kept
    # a budget of 20 states: the third tail and the two before it would pass it
    trainer.timeline.budget = 20 * trainer.timeline.at(200).nbytes
    back_and_on()
    assert driver.undo_continue()  # the latest is kept
    assert not driver.undo_continue()  # the older ones went to keep within the budget


def test_the_bars_height_comes_half_from_the_plots_half_from_the_network(panel, monkeypatch):
    from reludesk.ui.trainer import panel_layout

    def heights() -> tuple[int, int]:
        panel.resize(1200, 700)
        panel.resize(1200, 701)  # a resize shares the height out again
        return panel.network_view.height(), panel.history_plots.loss_plot.height()

    view, plot = heights()
    bar = panel.timeline_bar.height() + 2  # and the spacing above it
    monkeypatch.setattr(panel_layout, "BAR_UNDER_FROM", 10_000)  # hidden at this size
    view_alone, plot_alone = heights()
    assert not panel.timeline_bar.isVisible()
    assert abs((view_alone - view) - bar / 2) <= 3
    assert abs((plot_alone - plot) - bar / 2) <= 3


def test_a_network_too_large_to_keep_says_so_and_stays_where_it_is(panel):
    from reludesk.core.timeline import Timeline

    driver = panel.driver
    driver.step_once(50)
    trainer = driver.trainer
    assert trainer.enable_timeline(Timeline(budget=64)).too_large  # as a huge network's
    driver.step_once(20)
    said: list[str] = []
    panel.statusMessage.connect(said.append)
    slider = panel.timeline_bar.slider
    drag_to(slider, 10)
    panel.timeline_bar.earlier()
    assert trainer.steps_done == 70 and slider.value() == 70
    assert said and said[-1].startswith("This network is too large to keep its past steps")
