"""Where the trainer panel's parts go, and how they follow the panel's size.

Buttons, learning rate, speed and the dead counter on top, the loss line below them; under them a
narrow settings column, then the network beside its output plot (a square) with the three
history plots underneath (TF Playground's reading order: the network, and to its right what it
computes). In a dock smaller than all that the contents scroll (so that the panel never holds
the window at a large minimum size), and a dock too narrow for the counter in the button bar
gets it on the loss line instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reludesk.ui.trainer.boundary_plot import BoundaryPlot
from reludesk.ui.trainer.controls import TrainerControls
from reludesk.ui.trainer.history_plots import HistoryPlots
from reludesk.ui.trainer.parts import SettingsColumn, TrainerButtons, TrainerLabels
from reludesk.ui.widgets.scroll_frame import ScrollFrame, scrolling
from reludesk.ui.widgets.splitters import Splitter

HISTORY_MINIMUM = (130, 100)  # px: below this a history plot is all axes
HISTORY_SHARE = 0.36  # of the height right of the settings, for the history plots
# the output plot: a square plane plus its axis and title, at most a share of the width
OUTPUT_ASPECT, OUTPUT_SHARE = 0.92, 0.38
COUNTER_MARGIN = 8  # px beside the counter when it shares the button bar


class PanelLayout:
    """Lays the parts out in ``panel`` (a scroll frame filling it, ``scroll``); the panel calls
    ``place_counter()`` when it is resized."""

    def __init__(
        self,
        panel: QWidget,
        controls: TrainerControls,
        buttons: TrainerButtons,
        labels: TrainerLabels,
        view: QWidget,
        boundary: BoundaryPlot,
        history: HistoryPlots,
    ) -> None:
        self._panel, self._counter = panel, labels.dead
        self._bar = QHBoxLayout()
        self._bar.setSpacing(6)
        for button in buttons.widgets():
            self._bar.addWidget(button)
        self._bar.addSpacing(8)
        rate_label = QLabel("Learning rate", panel)
        rate_label.setToolTip(controls.learning_rate.toolTip())
        self._bar.addWidget(rate_label)
        self._bar.addWidget(controls.learning_rate)
        self._bar.addWidget(controls.quick_rate)
        self._bar.addSpacing(8)
        self._bar.addWidget(controls.speed)  # steps per second (a combo's text says it)
        self._bar.addStretch(1)
        self._bar.addWidget(labels.dead)
        # the inactive count (leaky activations only) beside the loss line: the bar is full;
        # in a narrow dock the dead counter joins them (see place_counter)
        self._status = QHBoxLayout()
        self._status.addWidget(labels.metrics, 1)
        self._status.addWidget(labels.inactive)
        self._status.addWidget(labels.saturated)
        self._counter_in_bar = True

        # made in reading order (settings, network, output, history): the focus chain follows
        settings = SettingsColumn(self._settings(controls), controls.hidden, panel)
        self._top = Splitter(Qt.Orientation.Horizontal, panel)
        self._top.addWidget(view)
        self._top.addWidget(boundary.plot)
        history_row = self._history_row(history)
        self._right = Splitter(Qt.Orientation.Vertical, panel)
        self._right.addWidget(self._top)
        self._right.addWidget(history_row)
        for splitter in (self._top, self._right):
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setChildrenCollapsible(False)
        body = QHBoxLayout()
        body.setSpacing(6)
        body.addWidget(settings)
        body.addWidget(self._right, 1)

        content = QWidget(panel)
        content.setObjectName("trainerContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        outer.addLayout(self._bar)
        outer.addWidget(labels.banner)
        outer.addWidget(labels.error)
        outer.addLayout(self._status)
        outer.addLayout(body, stretch=1)
        self.scroll: ScrollFrame = scrolling(panel, content)
        self._splitting = False
        for splitter in (self._top, self._right):
            splitter.on_resized = self._split

    def _settings(self, c: TrainerControls) -> QWidget:
        """The settings form: a label beside each control, the layer editor under its own."""
        form = QFormLayout()
        form.setContentsMargins(6, 4, 6, 4)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(5)
        # fields at their natural width: the network and the plots need the room more
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rows = [
            ("Data", c.dataset),
            ("Noise", c.noise),
            ("Train share", c.train_share),
            ("Hidden layers", None),  # the editor grows with the layers: under its label
            ("", c.hidden),
            ("Activation", c.activation),
            ("Slope α", c.alpha),
            ("Batch size", c.batch_size),
            ("Init weights", c.init),
            ("Optimizer", c.optimizer),
            ("Seed", c.seed),
        ]
        for text, widget in rows:
            if widget is None or not text:
                row = widget or QLabel(text, self._panel)
                row.setToolTip(c.hidden.toolTip())
                form.addRow(row)
                continue
            label = QLabel(text, self._panel)
            label.setToolTip(widget.toolTip())
            form.addRow(label, widget)
        settings = QWidget(self._panel)
        settings.setObjectName("trainerSettings")
        settings.setLayout(form)
        return settings

    def _history_row(self, history: HistoryPlots) -> QWidget:
        row_widget = QWidget(self._panel)
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for plot in history.plots():
            plot.setMinimumSize(*HISTORY_MINIMUM)
            row.addWidget(plot)
        return row_widget

    def place_counter(self) -> None:
        """The dead counter at the end of the button bar when it fits there, else at the end
        of the line below (the bar is then too narrow for it; scrolling sideways would hide
        the number the class is watching)."""
        spacing = self._bar.spacing()
        needed = sum(
            item.sizeHint().width() + spacing
            for item in (self._bar.itemAt(i) for i in range(self._bar.count()))
            if item.widget() is not self._counter
        )
        needed += self._counter.sizeHint().width() + COUNTER_MARGIN + 2 * spacing
        in_bar = self._panel.width() >= needed
        if in_bar == self._counter_in_bar:
            return
        self._counter_in_bar = in_bar
        (self._status if in_bar else self._bar).removeWidget(self._counter)
        (self._bar if in_bar else self._status).addWidget(self._counter)

    def _split(self) -> None:
        """The history plots get HISTORY_SHARE of the height, the output plot a square."""
        if self._splitting or self._top.dragged() or self._right.dragged():
            return  # setSizes resizes the children, which lands here again; a drag stands
        self._splitting = True
        try:
            total = sum(self._right.sizes())
            height = self._top.height()
            if total > 0:
                below = max(round(HISTORY_SHARE * total), HISTORY_MINIMUM[1])
                height = total - below  # what the top gets, before it has been resized to it
                self._right.set_sizes([height, below])
            width = sum(self._top.sizes())
            if width > 0 and height > 0:
                side = min(round(height * OUTPUT_ASPECT), round(width * OUTPUT_SHARE))
                self._top.set_sizes([width - side, side])
        finally:
            self._splitting = False
