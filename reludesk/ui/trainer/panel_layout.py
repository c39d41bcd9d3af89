"""Where the trainer panel's parts go, and how they follow the panel's size.

Buttons, learning rate, speed and the dead counter on top, the loss line below them; under them a
narrow settings column, then the network beside its output plot (a square) with the three
history plots underneath (TF Playground's reading order: the network, and to its right what it
computes), the timeline bar under those (on the stage, under the network and its plots; a dock
too short for it hides it, and its keys still work).
In a dock smaller than all that the contents scroll (so that the panel never holds
the window at a large minimum size), and a dock too narrow for the counter in the button bar
gets it on the loss line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.trainer.boundary_plot import BoundaryPlot
from reludesk.ui.trainer.controls import TrainerControls
from reludesk.ui.trainer.history_plots import HistoryPlots
from reludesk.ui.trainer.parts import SettingsColumn, TrainerButtons, TrainerLabels
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.scroll_frame import ScrollFrame, scrolling
from reludesk.ui.widgets.splitters import Splitter

HISTORY_MINIMUM = (130, 100)  # px: below this a history plot is all axes
HISTORY_SHARE = 0.36  # of the height right of the settings, for the history plots
# the timeline bar under them takes its height half from the plots, half from the network: all
# from the network cost it 17 px of 283 in a 1400x900 window (now 12), all from the plots would
# cost them 26 of 159 (now 14)
BAR_FROM_PLOTS = 0.5
# a panel shorter than this (a lesson on a 768-line projector: 362 px) hides the timeline bar:
# every row there is full, and under the plots its 22 px came from a network already at its
# minimum height (192 px of 1024x768 fell to 185); comma, period and End still scrub
BAR_UNDER_FROM = 440
# the output plot: a square plane plus its axis and title, at most a share of the width
OUTPUT_ASPECT, OUTPUT_SHARE = 0.92, 0.38
COUNTER_MARGIN = 8  # px beside the counter when it shares the button bar
WIDEST_COUNT = "Dead 00 / 00 (100 %)"  # the widest reading of a net of up to 99 units
# on the stage (presentation mode) the network takes this share of the room along the split,
# the lesson's plots the rest, beside it in a wide panel, under it in a tall one
STAGE_VIEW_SHARE = 0.68
SUPPORT_VIEW_SHARE = 0.55  # when the trainer supports another star: its plots matter as much
STAGE_PLOT_WIDTH = 220  # px: a narrower column of plots cuts their titles and ticks at
# presentation mode's text size, so they go under the network instead
WIDE = 1.5  # the network diagram's width for its height, about (three columns of neurons)


STAGE_KEYS = ("loss", "dead_share", "gradient", "slope", "output")


def widest_count() -> str:
    """``WIDEST_COUNT`` in the language chosen: the dead counter's own words, widest numbers."""
    return translate("TrainerStatus", "Dead {dead} / {total} ({share})").format(
        dead="00", total="00", share="100 %")


class _ToolTipMirror(QObject):
    """Gives ``label`` the tooltip of ``source`` whenever that changes (a change of language,
    a tip that follows the value): the label names the control, so it explains it alike."""

    def __init__(self, source: QWidget, label: QWidget) -> None:
        super().__init__(label)
        self._label = label
        label.setToolTip(source.toolTip())
        source.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTipChange and isinstance(watched, QWidget):
            self._label.setToolTip(watched.toolTip())
        return False


def _mirror_tooltip(source: QWidget, label: QWidget) -> None:
    _ToolTipMirror(source, label)  # parented to the label: it lives as long as the label


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
        timeline: QWidget,
    ) -> None:
        self._panel, self._counter = panel, labels.dead
        self._bar = QHBoxLayout()
        self._bar.setSpacing(6)
        for button in buttons.widgets():
            self._bar.addWidget(button)
        self._n_buttons = self._bar.count()
        # the rate and the speed: beside the buttons when the bar is wide enough, else on a
        # row of their own under it (see place_counter)
        self._rates = QWidget(panel)
        self._rates.setObjectName("trainerRates")
        rates = QHBoxLayout(self._rates)
        rates.setContentsMargins(8, 0, 0, 0)
        rates.setSpacing(6)
        rate_label = QLabel(panel)
        live(rate_label, lambda label: label.setText(translate("PanelLayout", "Learning rate")))
        _mirror_tooltip(controls.learning_rate, rate_label)
        rates.addWidget(rate_label)
        rates.addWidget(controls.learning_rate)
        rates.addWidget(controls.quick_rate)
        rates.addSpacing(8)
        rates.addWidget(controls.speed)  # steps per second (a combo's text says it)
        self._bar.addWidget(self._rates)
        self._bar.addStretch(1)
        self._bar.addWidget(labels.dead)
        self._rates_row = QHBoxLayout()
        self._rates_row.addStretch(1)
        self._rates_in_bar = True
        # the inactive count (leaky activations only) beside the loss line: the bar is full;
        # in a narrow dock the dead counter joins them (see place_counter)
        self._status = QHBoxLayout()
        self._status.addWidget(labels.metrics, 1)
        self._status.addWidget(labels.inactive)
        self._status.addWidget(labels.saturated)
        self._status_labels = (labels.metrics, labels.inactive, labels.saturated)
        # the counter alone, when no line has room for it (a widget, hidden while empty: an
        # empty layout would still take a spacing's height from the network)
        self._counter_line = QWidget(panel)
        self._counter_row = QHBoxLayout(self._counter_line)
        self._counter_row.setContentsMargins(0, 0, 0, 0)
        self._counter_row.addStretch(1)
        self._counter_line.hide()
        self._counter_place = "bar"

        # made in reading order (settings, network, output, history): the focus chain follows
        settings = SettingsColumn(self._settings(controls), controls.hidden, panel)
        self._top = Splitter(Qt.Orientation.Horizontal, panel)
        self._top.addWidget(view)
        self._top.addWidget(boundary.plot)
        self._timeline = timeline
        history_row = self._history_row(history)
        self._settings_column, self._history_widget = settings, history_row
        self._boundary = boundary.plot
        self._history = history.plots()
        self._stage_plots: dict[str, QWidget] = {
            "loss": history.loss_plot,
            "dead_share": history.dead_plot,
            "gradient": history.grad_plot,
            "slope": history.slope_plot,
            "output": boundary.plot,
        }
        self._stage_box: QWidget | None = None  # the stage's plots, made on first use
        self._staged: tuple[str, ...] | None = None
        self._star = True
        self._was_visible: dict[str, bool] = {}
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
        self._column = QVBoxLayout()  # on the stage the timeline bar goes under the split
        self._column.setSpacing(2)
        self._column.addWidget(self._right, 1)
        body.addLayout(self._column, 1)

        content = QWidget(panel)
        self._timeline_shown = True  # the full form shows it: the panel is tall enough
        content.setObjectName("trainerContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(4, 2, 4, 2)  # every pixel of height goes to the network
        outer.setSpacing(3)
        outer.addLayout(self._bar)
        outer.addLayout(self._rates_row)
        outer.addWidget(labels.banner)
        outer.addWidget(labels.error)
        outer.addLayout(self._status)
        outer.addWidget(self._counter_line)
        outer.addLayout(body, stretch=1)
        self.scroll: ScrollFrame = scrolling(panel, content)
        self._splitting = False
        for splitter in (self._top, self._right):
            splitter.on_resized = self._split
        # new words change the bar's widths without resizing the panel: once every text has
        # changed, arrange it again (a panel not shown yet is arranged when it is resized)
        live(self._rates, lambda _w: self._panel.isVisible()
             and QTimer.singleShot(0, self._rates, self.place_counter))

    def _settings(self, c: TrainerControls) -> QWidget:
        """The settings form: a label beside each control, the layer editor under its own, the
        inputs' buttons on rows of their own."""
        form = QFormLayout()
        form.setContentsMargins(6, 4, 6, 4)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)  # 14 rows: a row's height saved in all, for the network
        # fields at their natural width: the network and the plots need the room more
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # (label, control, under its label): the layer editor grows with the layers and the
        # inputs' two rows of buttons are wider than a field, so both go under their labels.
        # Short labels and fields: none may be wider than "Init weights" and its combo, or
        # the column would widen before the layer editor asks it to
        rows = [
            (QT_TRANSLATE_NOOP("PanelLayout", "Data"), c.dataset, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Noise"), c.noise, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Train share"), c.train_share, False),
            ("", c.features, True),  # it heads its first row of buttons "Inputs" itself
            (QT_TRANSLATE_NOOP("PanelLayout", "Hidden layers"), c.hidden, True),
            (QT_TRANSLATE_NOOP("PanelLayout", "Activation"), c.activation, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Slope α"), c.alpha, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Batch size"), c.batch_size, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Init weights"), c.init, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Optimizer"), c.optimizer, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Regularize"), c.regularization, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Reg. rate"), c.regularization_rate, False),
            (QT_TRANSLATE_NOOP("PanelLayout", "Seed"), c.seed, False),
        ]
        for text, widget, under in rows:
            label = QLabel(self._panel) if text else None
            if label is not None:
                live(label, lambda w, t=text: w.setText(translate("PanelLayout", t)))
                _mirror_tooltip(widget, label)
            if not under:
                form.addRow(label, widget)
                continue
            if label is not None:
                form.addRow(label)
            form.addRow(widget)
        settings = QWidget(self._panel)
        settings.setObjectName("trainerSettings")
        settings.setLayout(form)
        return settings

    def _history_row(self, history: HistoryPlots) -> QWidget:
        """The history plots in a row, the timeline bar under them."""
        pane = QWidget(self._panel)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self._plots_row = QHBoxLayout()
        self._plots_row.setSpacing(4)
        for plot in history.plots():
            plot.setMinimumSize(*HISTORY_MINIMUM)
            self._plots_row.addWidget(plot)
        column.addLayout(self._plots_row, 1)
        column.addWidget(self._timeline)
        return pane

    # --- the stage (presentation mode) --------------------------------------------------------
    def staged(self) -> tuple[str, ...] | None:
        """The plots kept on the stage, or None in the full form."""
        return self._staged

    def set_stage(self, plots: tuple[str, ...] | None, star: bool = True) -> None:
        """The stage form, keeping only ``plots`` (keys of ``STAGE_KEYS``) beside or under the
        network, the settings folded away; None: the full form again, each plot back in its
        place and as visible as it was. Unknown keys are ignored (ValueError if none is left).
        A trainer that only supports another view (``star`` False) shows its plots under the
        network, at the panel's full width: they are what it is on the stage for."""
        if plots is None:
            self._leave_stage()
            return
        keys = tuple(k for k in dict.fromkeys(plots) if k in self._stage_plots)
        if not keys:
            raise ValueError(f"no known plot in {plots!r}; choose from: {', '.join(STAGE_KEYS)}")
        self._leave_stage()
        self._was_visible = {k: not w.isHidden() for k, w in self._stage_plots.items()}
        box = self._stage_box or self._make_stage_box()
        layout = box.layout()
        assert isinstance(layout, QBoxLayout)
        for key in keys:
            plot = self._stage_plots[key]
            layout.addWidget(plot, 1)
            plot.show()
        self._boundary.setVisible("output" in keys)
        self._settings_column.hide()
        self._column.addWidget(self._timeline)  # out of the history pane, which hides
        self._timeline.show()  # a widget handed to another parent is hidden until shown
        self._history_widget.hide()
        self._top.addWidget(box)
        box.show()
        self._staged = keys
        self._star = star
        self._split()

    def _make_stage_box(self) -> QWidget:
        box = QWidget(self._panel)
        box.setObjectName("trainerStagePlots")
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._stage_box = box
        return box

    def _leave_stage(self) -> None:
        if self._staged is None:
            return
        self._staged = None
        assert self._stage_box is not None
        self._stage_box.hide()
        self._stage_box.setParent(self._panel)  # out of the splitter, kept for next time
        self._top.setOrientation(Qt.Orientation.Horizontal)
        self._top.insertWidget(1, self._boundary)
        for plot in self._history:
            self._plots_row.addWidget(plot)  # in their first order again
        pane = self._history_widget.layout()
        assert isinstance(pane, QBoxLayout)
        pane.addWidget(self._timeline)  # under the plots again
        self._timeline.setVisible(self._timeline_shown)
        for key, plot in self._stage_plots.items():
            plot.setVisible(self._was_visible.get(key, True))
        self._settings_column.show()
        self._history_widget.show()
        self._split()

    def place_timeline(self) -> None:
        """Show the timeline bar in a panel at least ``BAR_UNDER_FROM`` px tall, hide it in a
        shorter one (on the stage it always shows, under the network and its plots)."""
        fits = self._panel.height() >= BAR_UNDER_FROM
        self._timeline.setVisible(fits or self._staged is not None)
        if fits != self._timeline_shown:
            self._timeline_shown = fits
            self._split()

    def place_counter(self) -> None:
        """Everything on the button bar when it fits; else the dead counter at the end of the
        loss line (or on a line of its own when that is full too); narrower still, the rate and
        speed on a row of their own under the buttons, and the counter back at the end of the
        bar when it fits there (scrolling sideways would hide the number the class watches)."""
        # as wide as its widest reading, so a burst that takes the count from "0 / 16 (0 %)"
        # to "14 / 16 (88 %)" does not push the bar wider than the panel (the font may have
        # changed since: presentation mode)
        widest = self._counter.fontMetrics().horizontalAdvance(widest_count())
        self._counter.setMinimumWidth(widest + 2 * self._counter.margin() + 4)
        spacing = self._bar.spacing()
        buttons = sum(
            item.sizeHint().width() + spacing
            for item in (self._bar.itemAt(i) for i in range(self._bar.count()))
            if item.widget() not in (self._counter, self._rates)
        )
        counter = (max(self._counter.sizeHint().width(), self._counter.minimumWidth())
                   + COUNTER_MARGIN + 2 * spacing)
        rates = self._rates.sizeHint().width() + spacing
        room = self._panel.width() - 8  # the content's margins
        # a row saved is height for the network: the counter goes down to the loss line (which
        # has room) before the rate and speed take a row of their own
        rates_in_bar = room >= buttons + rates
        in_bar = room >= buttons + counter + (rates if rates_in_bar else 0)
        if rates_in_bar != self._rates_in_bar:
            self._rates_in_bar = rates_in_bar
            (self._rates_row if rates_in_bar else self._bar).removeWidget(self._rates)
            if rates_in_bar:
                self._bar.insertWidget(self._n_buttons, self._rates)
            else:
                self._rates_row.insertWidget(0, self._rates)
        # the counter: at the end of the bar, else of the loss line, else on a line of its own
        status = sum(w.minimumSizeHint().width() + spacing for w in self._status_labels
                     if not w.isHidden()) + counter
        place = "bar" if in_bar else "status" if room >= status else "row"
        if place == self._counter_place:
            return
        self._counter_place = place
        for layout in (self._bar, self._status, self._counter_row):
            layout.removeWidget(self._counter)
        {"bar": self._bar, "status": self._status, "row": self._counter_row}[place].addWidget(
            self._counter)
        self._counter_line.setVisible(place == "row")

    def _split(self) -> None:
        """The history plots get HISTORY_SHARE of the height, the output plot a square; on
        the stage the network STAGE_VIEW_SHARE of the room, its plots the rest."""
        if self._splitting or self._top.dragged() or self._right.dragged():
            return  # setSizes resizes the children, which lands here again; a drag stands
        self._splitting = True
        try:
            if self._staged is not None:
                self._split_stage()
                return
            total = sum(self._right.sizes())
            height = self._top.height()
            if total > 0:
                bar = self._timeline.sizeHint().height() if self._timeline_shown else 0
                below = max(round(HISTORY_SHARE * total + BAR_FROM_PLOTS * bar),
                            HISTORY_MINIMUM[1] + bar)
                height = total - below  # what the top gets, before it has been resized to it
                self._right.set_sizes([height, below])
            width = sum(self._top.sizes())
            if width > 0 and height > 0:
                side = min(round(height * OUTPUT_ASPECT), round(width * OUTPUT_SHARE))
                self._top.set_sizes([width - side, side])
        finally:
            self._splitting = False

    def _split_stage(self) -> None:
        """Plots beside the network in a wide panel (stacked), under it in a tall one (in a
        row), so the network is as large as the panel's shape allows."""
        box = self._stage_box
        assert box is not None
        width, height = self._right.width(), self._right.height()
        # the side that leaves the network's diagram (about WIDE times wider than tall)
        # larger: beside it the plots keep at least STAGE_PLOT_WIDTH, under it a share
        plots_beside = max(STAGE_PLOT_WIDTH, round((1 - STAGE_VIEW_SHARE) * width))
        beside = min(width - plots_beside, WIDE * height)
        under = min(width, WIDE * STAGE_VIEW_SHARE * height)
        # a near tie: beside, where the plots keep their height
        wide = self._star and beside >= 0.95 * under
        self._top.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        layout = box.layout()
        assert isinstance(layout, QBoxLayout)
        layout.setDirection(
            QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight
        )
        room = width if wide else height
        if room > 0:
            share = STAGE_VIEW_SHARE if self._star else SUPPORT_VIEW_SHARE
            view = room - plots_beside if wide else round(room * share)
            # the output plot stays in the splitter, hidden, when the stage leaves it out
            sizes = {0: view, self._top.indexOf(box): room - view}
            self._top.set_sizes([sizes.get(i, 0) for i in range(self._top.count())])
