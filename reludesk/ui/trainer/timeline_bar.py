"""``timelineBar``: go back through the run of the Train tab's network.

A slider (``timelineSlider``) spans the run from its first kept state to its end
(``Trainer.head_step``), with a tick for each burst, edit and change of data; a label says
"Step 1,230 of 3,000", or "now" at the end. Dragging it, or the Earlier / Later keys (comma and
period: the kept states before and after the step shown), pauses training and shows that
step: the driver's ``seek`` announces it as every change of the network is announced
(``stepped``, and ``trainerChanged`` when the step's data or rate differ), so the network view,
the output plot, the counters, the inspector and the tap follow with no call of their own.
"Back to now" (End) shows the end again. Training from an earlier step goes on from it (the
driver sets the later steps aside, and the window's Undo brings them back); "Branch into
Compare" (``branchButton``) asks for the step shown to go on in the Compare tab
(``branchRequested``; the trainer tabs do it).
"""

from __future__ import annotations

import bisect
import time

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from reludesk.core.experiment import Snapshot, Trainer
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.timeline_slider import MarkedSlider
from reludesk.ui.widgets.language import live

SLIDER_MINIMUM = 120  # px: narrower, a pixel of the slider would pass over dozens of states
# while training at the end of the run, how often the slider's span follows (seconds)
AT_END_EVERY_S = 0.5
BUTTON_MARGIN = 4  # px above the text's line: the bar no taller than the loss line it may join


# in English; translated where it is said: translate("TimelineBar", TOO_LARGE)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "TimelineBar", "This network is too large to keep its past steps: one state of it passes "
    "the timeline's memory budget")


def step_label(shown: int, head: int) -> str:
    """What the bar says: "now" at the end of the run, else "Step 1,230 of 3,000"."""
    if shown >= head:
        return translate("TimelineBar", "now")
    return translate("TimelineBar", "Step {shown} of {head}").format(
        shown=f"{shown:,}", head=f"{head:,}")


def continued_text(step: int, later: int) -> str:
    """The status line when training goes on from an earlier step."""
    # one whole sentence each for one later step and for several, so a translator sees both
    said = (translate("TimelineBar", "Training on from step {step}; the {later} later step is "
                      "set aside: Undo (Ctrl+Z) brings it back") if later == 1
            else translate("TimelineBar", "Training on from step {step}; the {later} later "
                           "steps are set aside: Undo (Ctrl+Z) brings them back"))
    return said.format(step=f"{step:,}", later=f"{later:,}")


class TimelineBar(QWidget):
    """The timeline of ``driver``'s trainer (the driver must keep one: ``keep_timeline``).

    Actions for the window's keys: ``earlier_action``, ``later_action``, ``now_action`` and
    ``branch_action``. Signals: ``statusMessage(str)``, what a scrub or a continuation did;
    ``branchRequested()``, the Branch button or action.
    """

    statusMessage = Signal(str)
    branchRequested = Signal()

    def __init__(self, driver: TrainingDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineBar")
        self._driver = driver
        self._events_key: tuple = ()  # (id of the history, its events, the last) drawn
        self._shown_at = 0.0  # time.monotonic() of the last _show
        self.label = QLabel(self)
        self.label.setObjectName("timelineLabel")
        # its text changes only while the run is scrubbed ("now" while it trains), so its
        # width may follow the text without a relayout every frame
        self.slider = MarkedSlider(self)
        self.slider.setObjectName("timelineSlider")
        self.slider.setMinimumWidth(SLIDER_MINIMUM)
        # tool buttons: a few pixels lower than push buttons, and every pixel of this row's
        # height is taken from the network above
        self.now_button = QToolButton(self)
        self.now_button.setObjectName("timelineNowButton")
        self.branch_button = QToolButton(self)
        self.branch_button.setObjectName("branchButton")
        self.earlier_action = QAction(self)
        self.later_action = QAction(self)
        self.now_action = QAction(self)
        self.branch_action = QAction(self)
        self._lay_out()
        self._fit_buttons()
        self._connect()
        live(self, TimelineBar._name_texts)  # shows the trainer's run too

    def _name_texts(self) -> None:
        """The bar's words in the language chosen: buttons, actions, tips, the step label, and
        the markers' words (the history words its events when they are read)."""
        self.slider.setToolTip(translate(
            "TimelineBar",
            "Drag back through the run: the network as it was at that step (training pauses). "
            "Red ticks: bursts, edits, new data. Play from an earlier step trains on from it"))
        self.now_button.setText(translate("TimelineBar", "Now"))
        self.branch_button.setText(translate("TimelineBar", "Branch into Compare"))
        self.earlier_action.setText(translate("TimelineBar", "&Earlier"))
        self.earlier_action.setStatusTip(
            translate("TimelineBar", "Show the run one kept state earlier"))
        self.later_action.setText(translate("TimelineBar", "&Later"))
        self.later_action.setStatusTip(
            translate("TimelineBar", "Show the run one kept state later"))
        self.now_action.setText(translate("TimelineBar", "Back to &now"))
        self.now_action.setStatusTip(translate("TimelineBar", "Show the end of the run again"))
        self.branch_action.setText(translate("TimelineBar", "&Branch into Compare"))
        self.branch_action.setStatusTip(translate(
            "TimelineBar",
            "Train on from the step shown in the Compare tab: this activation against another "
            "(ReLU against Leaky ReLU at α 0.1; any other against ReLU), the very same network"))
        self.now_button.setToolTip(self.now_action.statusTip())
        self.branch_button.setToolTip(self.branch_action.statusTip())
        self._on_trainer_changed(self._trainer())  # the label and the markers worded again

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.now_button)
        row.addWidget(self.branch_button)

    def _fit_buttons(self) -> None:
        """Buttons one text line (and a margin) tall: a tool button's own height is a few
        pixels more than the loss line's, which the network would pay for."""
        height = self.fontMetrics().height() + BUTTON_MARGIN
        for button in (self.now_button, self.branch_button):
            button.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode's larger text
            self._fit_buttons()

    def _connect(self) -> None:
        d = self._driver
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.earlier_action.triggered.connect(lambda _checked=False: self.earlier())
        self.later_action.triggered.connect(lambda _checked=False: self.later())
        self.now_action.triggered.connect(lambda _checked=False: self.back_to_now())
        self.now_button.clicked.connect(self.now_action.trigger)
        self.branch_action.triggered.connect(lambda _checked=False: self.branchRequested.emit())
        self.branch_button.clicked.connect(self.branch_action.trigger)
        d.stepped.connect(self._on_stepped)
        d.trainerChanged.connect(self._on_trainer_changed)
        d.continued.connect(self._on_continued)
        # training stopped: the span exactly as it is (it followed only twice a second)
        d.runningChanged.connect(lambda running: running or self._show(self._trainer()))

    # --- public -------------------------------------------------------------------------------
    def show_step(self, step: int) -> int:
        """Show ``step`` of the run (clamped to what the timeline reaches), training paused;
        returns the step shown."""
        trainer = self._trainer()
        if trainer.timeline is None or not len(trainer.timeline):
            self.statusMessage.emit(translate("TimelineBar", TOO_LARGE))
            self._show(trainer)  # the handle back where the network is
            return trainer.steps_done
        reached = self._driver.seek(step)
        if reached < self._trainer().head_step:
            self.statusMessage.emit(translate(
                "TimelineBar",
                "Step {shown} of {head}: Play trains on from here, Now (End) shows the end again"
            ).format(shown=f"{reached:,}", head=f"{self._trainer().head_step:,}"))
        return reached

    def earlier(self) -> int:
        """The kept state before the step shown (comma); the step shown after."""
        trainer = self._trainer()
        steps = self._steps(trainer)
        i = bisect.bisect_left(steps, trainer.steps_done) - 1
        return self.show_step(steps[max(i, 0)])

    def later(self) -> int:
        """The kept state after the step shown, or the end (period); the step shown after."""
        trainer = self._trainer()
        steps = self._steps(trainer)
        i = bisect.bisect_right(steps, trainer.steps_done)
        return self.show_step(steps[i] if i < len(steps) else trainer.head_step)

    def back_to_now(self) -> int:
        """The end of the run again (End); the step shown."""
        reached = self.show_step(self._trainer().head_step)
        self.statusMessage.emit(translate("TimelineBar", "Now: step {step}, the end of the run")
                                .format(step=f"{reached:,}"))
        return reached

    # --- internals ----------------------------------------------------------------------------
    def _trainer(self) -> Trainer:
        return self._driver.trainer

    @staticmethod
    def _steps(trainer: Trainer) -> list[int]:
        """The kept steps (just the step shown when none is kept: nowhere to go back to)."""
        steps = trainer.timeline.steps if trainer.timeline is not None else []
        return steps or [trainer.steps_done]

    def _on_slider_moved(self, value: int) -> None:
        if value != self._trainer().steps_done:  # a drag, a click or a key on the slider
            self.show_step(value)

    def _on_stepped(self, _snapshot: Snapshot) -> None:
        """Every frame: the slider's span and place, the label, the markers if they changed.
        While training runs at the end of the run the handle stays at the slider's end
        whatever the span, so the span is brought up to date twice a second there (and when
        training stops), not every frame:
        each change repainted the slider and the panel behind it (measured: the window
        trained 6-9 % slower with the bar than without)."""
        if self._driver.settle_edit():
            self.statusMessage.emit(translate(
                "TimelineBar",
                "Edited at an earlier step: the run goes on from here (the later steps are gone)"))
        trainer = self._trainer()
        at_end = trainer.steps_done >= trainer.head_step and self.slider.value() == \
            self.slider.maximum()
        now = time.monotonic()
        running = self._driver.is_running()
        if running and at_end and now - self._shown_at < AT_END_EVERY_S \
                and not self._new_events(trainer):
            return
        self._show(trainer)

    def _on_trainer_changed(self, trainer: Trainer) -> None:
        self._events_key = ()  # another network, or another history after an undo
        self._show(trainer)

    def _on_continued(self, step: int, later: int) -> None:
        self.statusMessage.emit(continued_text(step, later))

    def _new_events(self, trainer: Trainer) -> bool:
        events = trainer.history._events  # the count is enough: no wording needed to compare
        return (id(trainer.history), len(events)) != self._events_key[:2]

    def _show(self, trainer: Trainer) -> None:
        self._shown_at = time.monotonic()
        timeline = trainer.timeline
        first = timeline.first_step if timeline is not None and len(timeline) else \
            trainer.steps_done
        head = max(trainer.head_step, trainer.steps_done)
        blocked = self.slider.blockSignals(True)  # only the user's moves seek
        self.slider.setRange(first, head)
        self.slider.setValue(trainer.steps_done)
        self.slider.blockSignals(blocked)
        # a page of the slider (a click beside the handle): a tenth of the run
        self.slider.setPageStep(max((head - first) // 10, 1))
        self.label.setText(step_label(trainer.steps_done, head))
        events = trainer.history.events
        key = (id(trainer.history), len(events), events[-1] if events else None)
        if key != self._events_key:
            self._events_key = key
            self.slider.set_markers(events)
