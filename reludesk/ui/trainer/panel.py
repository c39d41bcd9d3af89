"""The network trainer panel: controls, the live network, the dead counter and the plots.

Everything a user sets lives in one Config (``config()`` / ``set_config()``). A change to the
learning rate goes to the running trainer (``driver.set_learning_rate``: the weights stay, so a
teacher can burst the rate and bring it back); any other change builds a new network
(``driver.rebuild``) and keeps playing if it was. A Config that fails validation leaves the
network alone and says why.

Redraw pacing: on every ``stepped`` (about 35 a second while playing) only the cheap parts move
(counters, the network view's colours); the loss line, whose digits change every frame and whose
new text makes Qt lay the panel out again, at most ``METRICS_EVERY_S`` apart while playing (at
once after a step, a burst or a pause, so what stands still is exact). A pyqtgraph plot costs
several ms to redraw, so a timer redraws one of the plots or the view's heatmaps every
60 ms, round robin, and only if training moved on: each is fresh about 3 times a second, and no
frame pays for two.

Slow motion: the speed control (``speedCombo``, the keys - and +) sets the driver's steps per
second, kept in QSettings and so shared with compare mode (each tab reads it when shown). At 100
steps/s or slower the counters, the loss line and the weights follow every step, and at 10 steps/s
or slower every plot too; a paced burst says how far it has got on the status line.

Your own data: points drawn on the output plot (``draw_tool``) or read from a file go to the
running network with ``driver.set_data`` (dataset "own"; the weights stay), as does N's new
data; W's new weights are a rebuild on the same data. Fewer than two points cannot be trained
on: they are shown, training waits, and the status line says to draw more.

The timeline: the driver keeps the network's past states (``driver.keep_timeline``), and the
bar under the history plots (``timeline_bar``) goes back through them; every view follows a
step shown there as it follows a step trained (``stepped``), the history plots with a cursor.

Where the parts go, and how they follow the panel's size: ``panel_layout``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from reludesk.core import features as input_features
from reludesk.core.config import Config, ConfigError
from reludesk.core.datasets import OWN
from reludesk.core.experiment import BURST_LR, Snapshot, Trainer
from reludesk.core.i18n import translate
from reludesk.core.points import Points
from reludesk.ui import theme
from reludesk.ui.trainer import status as network_status
from reludesk.ui.trainer.boundary_plot import BoundaryPlot
from reludesk.ui.trainer.controls import (
    QUICK_RATES,
    SPEEDS,
    TrainerControls,
    moved_speed,
    store_speed,
    stored_speed,
)
from reludesk.ui.trainer.draw_tool import MIN_POINTS, TOO_FEW, DrawTool, show_dataset
from reludesk.ui.trainer.driver import ONE_BY_ONE, TrainingDriver
from reludesk.ui.trainer.history_plots import HistoryPlots
from reludesk.ui.trainer.netview.view import NetworkView
from reludesk.ui.trainer.panel_layout import PanelLayout
from reludesk.ui.trainer.parts import TrainerButtons, TrainerLabels
from reludesk.ui.trainer.timeline_bar import TimelineBar
from reludesk.ui.widgets.language import live

SLOW_REFRESH_MS = 60  # one slow job (a plot, or the heatmaps) per tick: each about 3 Hz
METRICS_EVERY_S = 0.1  # the loss line while playing: ten a second is more than anyone reads
FONT_SCALE = 1.15
PLOTS_EVERY_STEP = 10.0  # steps/s: this slow, every plot is redrawn after every step


class NetworkPanel(QWidget):
    """The trainer dock's contents, driven by ``driver`` (which owns the Trainer).

    Signals: ``statusMessage(str)``, a line for the window's status bar (steps and steps/s
    while training, what a button did, why a setting was refused); ``configChanged(Config)``
    whenever the experiment changes (a new network, a new learning rate), so that other views
    of it never work on an old one.
    """

    statusMessage = Signal(str)
    configChanged = Signal(object)

    def __init__(self, driver: TrainingDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPanel")
        font = self.font()  # a little larger than the app's: read from the back of the room
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)
        self._driver = driver
        self._config: Config = driver.trainer.config
        self._snapshot: Snapshot | None = None
        self._metrics_at = -1.0  # when the loss line was last written (perf_counter)
        self._bursting = False
        self._banner_kind = ""  # what the banner says: "", "runaway" or "diverged"
        # its words, made again after a change of language (so is the refusal's frame)
        self._banner_words: Callable[[], str] = str
        self._refusal = ""
        self.controls = TrainerControls(self)
        self.network_view = NetworkView(driver.trainer, self)
        self.history_plots = HistoryPlots()
        driver.keep_timeline()  # the Train tab's network can go back: the bar under the plots
        self.timeline_bar = TimelineBar(driver, self)
        self.boundary = BoundaryPlot()
        self.buttons = TrainerButtons(self)
        self.labels = TrainerLabels(self)
        self.play_button, self.step_button = self.buttons.play, self.buttons.step
        self.reset_button, self.burst_button = self.buttons.reset, self.buttons.burst
        self.play_action, self.burst_action = self.buttons.play_action, self.buttons.burst_action
        self.new_data_action = self.buttons.new_data_action
        self.new_weights_action = self.buttons.new_weights_action
        self._pending: Points | None = None  # drawn, but too few to train on
        self._page_index = -1  # this panel's tab, once ``follow_tabs`` was called
        self.draw = DrawTool(self.boundary, self.points_in_use)
        self.dead_label, self.banner = self.labels.dead, self.labels.banner
        self.error_label = self.labels.error
        self._layout = PanelLayout(
            self,
            self.controls,
            self.buttons,
            self.labels,
            self.network_view,
            self.boundary,
            self.history_plots,
            self.timeline_bar,
        )
        self.scroll = self._layout.scroll
        self._slow_jobs: list[Callable[[], bool]] = [
            lambda: self.history_plots.refresh_loss(self._snapshot),
            self._refresh_boundary,
            lambda: self.history_plots.refresh_dead(self._snapshot),
            self._refresh_heatmaps,
            lambda: self.history_plots.refresh_grad(self._snapshot),
            lambda: self.history_plots.refresh_slope(self._snapshot),
        ]
        self._next_job = 0
        self._heatmap_steps = -1
        self._slow_timer = QTimer(self)
        self._slow_timer.setInterval(SLOW_REFRESH_MS)
        self._slow_timer.timeout.connect(self._on_slow_tick)
        self._connect()
        self._show_config(self._config)
        self.show_speed(stored_speed())
        self._on_trainer_changed(driver.trainer)
        live(self, NetworkPanel._say_again)

    # --- public ---------------------------------------------------------------------------
    @property
    def driver(self) -> TrainingDriver:
        return self._driver

    def config(self) -> Config:
        """The experiment the controls describe (and the network was built from)."""
        return self._config

    def set_config(self, config: Config) -> None:
        """Show ``config`` in every control and build its network: one rebuild, however many
        controls change. Keeps playing if it was."""
        self._config = config
        self._show_config(config)
        self._rebuild()

    def points_in_use(self) -> Points:
        """The points shown: those drawn but too few to train on, else every point (train and
        test) of the data the network trains on (your own in the order drawn)."""
        if self._pending is not None:
            return self._pending
        if self._config.dataset == OWN and self._config.points is not None:
            return self._config.points  # in the order drawn, which all_points() does not keep
        return self._driver.trainer.all_points()

    def set_points(self, points: Points) -> bool:
        """Train on ``points`` from now on (dataset "own"), the network's weights kept. Fewer
        than two are shown and training waits (False, and the status line says so); points the
        Config refuses change nothing (False, with the reason)."""
        if len(points) < MIN_POINTS:
            self._driver.pause()
            self._pending = points
            X, y = points.X, points.y
            self.boundary.show_points(X, y, X[:0], y[:0])
            show_dataset(self.controls.dataset, OWN)
            self.statusMessage.emit(translate("DrawTool", TOO_FEW))
            return False
        try:
            config = self._config.replace(dataset=OWN, points=points)
            self._driver.set_data(config)  # trainerChanged shows the new data
        except ValueError as exc:  # ConfigError too: e.g. points of the other task
            self._refuse(str(exc))
            return False
        trainer = self._driver.trainer
        self.statusMessage.emit(translate(
            "NetworkPanel", "Your own data: {points} points ({train} train, {test} test); the "
            "network trains on with its weights").format(
                points=f"{len(points):,}", train=f"{len(trainer.X_train):,}",
                test=f"{len(trainer.X_test):,}"))
        return True

    def new_data(self) -> None:
        """New data from the next data seed, the network's weights kept (the N key)."""
        if self._refuse_too_few():
            return
        try:
            self._driver.set_data(self._config.with_new_data())
        except ValueError as exc:
            self._refuse(str(exc))
            return
        self.statusMessage.emit(translate(
            "NetworkPanel", "New data (data seed {seed}): the network keeps its weights").format(
                seed=self._config.data_seed_used))

    def new_weights(self) -> None:
        """A new network from the next seed on the same data (the W key)."""
        if self._refuse_too_few():
            return
        self._config = self._config.with_new_weights()
        self._rebuild()
        self.statusMessage.emit(translate(
            "NetworkPanel", "New weights (seed {seed}) on the same data").format(
                seed=self._config.seed))

    def follow_tabs(self, tabs: QTabWidget) -> None:
        """New data and new weights (N, W) act on this panel's network: on only while it is
        the page of ``tabs`` in front."""
        self._page_index = tabs.indexOf(self)
        tabs.currentChanged.connect(self._on_front_changed)
        self._on_front_changed(tabs.currentIndex())

    def timeline_actions(self) -> list[QAction]:
        """Earlier, Later, Back to now and Branch: on while this panel is in front (see
        ``follow_tabs``)."""
        bar = self.timeline_bar
        return [bar.earlier_action, bar.later_action, bar.now_action, bar.branch_action]

    def set_stage(self, plots: tuple[str, ...] | None, star: bool = True) -> None:
        """Presentation mode's stage form: the bar, the network and only ``plots`` ("loss",
        "dead_share", "gradient", "slope", "output"), the settings folded away, the plots
        under the network when the trainer only supports another view (``star`` False);
        None: the full panel again, as it was."""
        self._layout.set_stage(plots, star)

    def staged_plots(self) -> tuple[str, ...] | None:
        """The plots the stage form keeps, or None in the full form."""
        return self._layout.staged()

    def speed(self) -> float | None:
        """Steps per second of training and the burst, or None for full speed."""
        return self._driver.speed

    def show_speed(self, speed: float | None) -> None:
        """Train at ``speed`` (one of ``SPEEDS``) and show it, without a status message."""
        combo = self.controls.speed
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(SPEEDS.index(speed))
        combo.blockSignals(blocked)
        self._driver.set_speed(speed)

    def change_speed(self, by: int) -> str:
        """The speed ``by`` entries up (faster) or down (slower), held at the ends; says and
        returns the speed it is now (the - and + keys)."""
        self.controls.speed.setCurrentIndex(SPEEDS.index(moved_speed(self.speed(), by)))
        text = translate("NetworkPanel", "Speed: {speed}").format(
            speed=network_status.speed_text(self.speed()))
        self.statusMessage.emit(text)
        return text

    def refresh_plots_now(self) -> None:
        """Redraw every plot and the heatmaps at once (exports and tests; not per frame)."""
        for job in self._slow_jobs:
            job()

    def apply_theme(self, colours: theme.PlotColours) -> None:
        """Restyle the plots for a light or dark background (the window calls this)."""
        self.history_plots.apply_theme(colours)
        self.boundary.apply_theme(colours)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._slow_timer.start()  # plots are redrawn only while someone can see them
        self.show_speed(stored_speed())  # compare mode may have changed it meanwhile

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._slow_timer.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # presentation mode's larger text widens the bar without resizing the panel: once the
        # children have their new fonts, arrange the bar again (the first comes from __init__)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_layout"):
            QTimer.singleShot(0, self._layout.place_counter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout.place_counter()
        self._layout.place_timeline()

    def _connect(self) -> None:
        c, d = self.controls, self._driver
        c.dataset.currentTextChanged.connect(self._on_dataset_changed)
        c.noise.valueChanged.connect(self._on_noise_changed)
        c.train_share.valueChanged.connect(self._on_train_share_changed)
        c.hidden.layersChanged.connect(self._on_hidden_changed)
        c.activation.currentTextChanged.connect(self._on_activation_changed)
        c.alpha.valueChanged.connect(self._on_alpha_changed)
        c.learning_rate.valueChanged.connect(self._on_learning_rate_changed)
        c.quick_rate.activated.connect(self._on_quick_rate_changed)
        c.batch_size.valueChanged.connect(self._on_batch_size_changed)
        c.init.currentTextChanged.connect(self._on_init_changed)
        c.optimizer.currentTextChanged.connect(self._on_optimizer_changed)
        c.seed.valueChanged.connect(self._on_seed_changed)
        c.speed.currentIndexChanged.connect(self._on_speed_changed)
        self.play_button.toggled.connect(self._on_play_changed)
        self.play_action.triggered.connect(self.play_button.toggle)
        self.step_button.clicked.connect(self._on_step_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.burst_button.clicked.connect(self.burst_action.trigger)
        self.burst_action.triggered.connect(self._on_burst_triggered)
        self.new_data_action.triggered.connect(lambda _checked=False: self.new_data())
        self.new_weights_action.triggered.connect(lambda _checked=False: self.new_weights())
        self.timeline_bar.statusMessage.connect(self.statusMessage)
        self.draw.pointsDrawn.connect(self.set_points)
        self.draw.refused.connect(self.statusMessage)
        self._connect_inputs()
        d.stepped.connect(self._on_stepped)
        d.runningChanged.connect(self._on_running_changed)
        d.diverged.connect(self._on_diverged)
        d.trainerChanged.connect(self._on_trainer_changed)
        d.rateChanged.connect(self._on_rate_changed)
        d.burstProgress.connect(self._on_burst_progress)
        d.burstEnded.connect(self._on_burst_ended)

    def _connect_inputs(self) -> None:
        """The input features and the regularization: each change builds a new network."""
        c = self.controls
        c.features.featuresChanged.connect(lambda names: self._apply(features=tuple(names)))
        c.regularization.currentIndexChanged.connect(self._on_regularization_changed)
        c.regularization_rate.valueChanged.connect(
            lambda rate: self._apply(regularization_rate=rate))
        self.network_view.featureClicked.connect(self._on_feature_clicked)

    # --- applying settings ----------------------------------------------------------------
    def _apply(self, **changes: object) -> None:
        """Rebuild with ``changes``, or keep the network and say why they do not fit."""
        try:
            config = self._config.replace(**changes)
        except ConfigError as exc:
            self._refuse(str(exc))
            return
        self._config = config
        self._rebuild()

    def _rebuild(self) -> None:
        try:
            self._driver.rebuild(self._config)  # trainerChanged shows the new network
        except ConfigError as exc:  # e.g. a batch larger than the training set of a new file
            self._config = self._driver.trainer.config
            self._refuse(str(exc))

    def _refuse(self, message: str) -> None:
        self._show_config(self._config)  # put the controls back on what is running
        self._refusal = message  # the Config's words: in the language they were made in
        text = _refusal_text(message)
        self.error_label.setText(text)
        self.error_label.show()
        self.statusMessage.emit(text)

    def _show_config(self, config: Config) -> None:
        """``config`` in every control, "your own" in the data set combo for dataset "own"."""
        self.controls.show_config(config)
        show_dataset(self.controls.dataset, config.dataset)

    def _on_dataset_changed(self, _text: str) -> None:
        combo = self.controls.dataset
        if combo.currentData() != OWN:  # "your own" is chosen only by drawing or a file
            self._apply(dataset=combo.currentText())

    def _on_regularization_changed(self, index: int) -> None:
        combo = self.controls.regularization
        name = combo.itemData(index)
        self._apply(regularization=name if isinstance(name, str) else combo.itemText(index))

    def _on_feature_clicked(self, name: str) -> None:
        """A click on an input of the network view: that feature on or off."""
        try:
            chosen = input_features.toggled(self._config.features, name)
        except ValueError as exc:  # it was the last input
            self._refuse(str(exc))
            return
        self._apply(features=chosen)

    def _on_front_changed(self, index: int) -> None:
        # reads only the index: a tab widget being deleted still emits while its pages go
        for action in (self.new_data_action, self.new_weights_action, *self.timeline_actions()):
            action.setEnabled(index == self._page_index)

    def _refuse_too_few(self) -> bool:
        """True, with the reason on the status line, while too few points are drawn."""
        if self._pending is None:
            return False
        self.statusMessage.emit(translate("DrawTool", TOO_FEW))
        return True

    def _on_noise_changed(self, percent: int) -> None:
        self._apply(noise=percent / 100.0)

    def _on_train_share_changed(self, percent: int) -> None:
        self._apply(train_fraction=percent / 100.0)

    def _on_hidden_changed(self, widths: tuple) -> None:
        self._apply(hidden=tuple(widths))

    def _on_activation_changed(self, name: str) -> None:
        # alpha None: the new activation's own default slope, which show_config then displays
        self._apply(activation=name, alpha=None)

    def _on_alpha_changed(self, value: float) -> None:
        self._apply(alpha=value)

    def _on_batch_size_changed(self, value: int) -> None:
        self._apply(batch_size=value)

    def _on_init_changed(self, name: str) -> None:
        self._apply(init=name)

    def _on_optimizer_changed(self, name: str) -> None:
        self._apply(optimizer=name)

    def _on_seed_changed(self, value: int) -> None:
        self._apply(seed=value)

    def _on_learning_rate_changed(self, lr: float) -> None:
        """A new rate for the running network: weights and optimiser state stay."""
        try:
            config = self._config.replace(learning_rate=lr)
        except ConfigError as exc:
            self._refuse(str(exc))
            return
        self._config = config
        self._driver.set_learning_rate(config.learning_rate)
        self.controls.show_rate(config.learning_rate)
        self.configChanged.emit(config)
        self.statusMessage.emit(translate(
            "NetworkPanel", "Learning rate {rate}: the network trains on from here").format(
                rate=network_status.rate_text(lr)))

    def _on_speed_changed(self, index: int) -> None:
        speed = SPEEDS[index] if 0 <= index < len(SPEEDS) else None
        self._driver.set_speed(speed)
        store_speed(speed)
        self.statusMessage.emit(translate("NetworkPanel", "Speed: {speed}").format(
            speed=network_status.speed_text(speed)))

    def _on_quick_rate_changed(self, index: int) -> None:
        if 0 <= index < len(QUICK_RATES):
            self._on_learning_rate_changed(QUICK_RATES[index])

    # --- buttons --------------------------------------------------------------------------
    def _on_play_changed(self, checked: bool) -> None:
        if checked and self._refuse_too_few():
            self._show_running(False)
            return
        self._driver.set_running(checked)
        if checked and not self._driver.is_running():
            # the trainer refused: it has diverged, and only a new network can train again
            self._show_running(False)
            self.statusMessage.emit(_stopped_text())

    def _on_step_clicked(self) -> None:
        if self._refuse_too_few():
            return
        if self._driver.trainer.diverged:  # no step can be taken: say so, not "Step 9"
            self.statusMessage.emit(_stopped_text())
            return
        snapshot = self._driver.step_once()
        self.statusMessage.emit(
            translate("NetworkPanel", "Step {step}").format(step=f"{snapshot.steps:,}"))

    def _on_reset_clicked(self) -> None:
        self._rebuild()
        self.statusMessage.emit(
            translate("NetworkPanel", "A new network from the current settings"))

    def _on_burst_triggered(self) -> None:
        if self._refuse_too_few():
            return
        trainer = self._driver.trainer
        if trainer.diverged:
            # it would take 0 steps; the banner must not blame the burst for the divergence
            steps = trainer.steps_done
            self._show_banner("diverged", lambda: network_status.burst_refused_text(steps))
            return
        self._bursting = True
        try:
            self._driver.burst()
        finally:
            self._bursting = False
        if self._driver.is_bursting():  # paced: it has only begun, burstProgress follows it
            self._on_burst_progress(*self._driver.burst_progress())
        elif not self._driver.trainer.diverged:
            said = translate("NetworkPanel", "Burst: {burst}; back to {rate}")
            self.statusMessage.emit(said.format(
                burst=network_status.burst_text(),
                rate=network_status.rate_text(self._config.learning_rate)))

    def _on_burst_progress(self, taken: int, total: int) -> None:
        self.statusMessage.emit(network_status.burst_progress_text(taken, total))

    def _on_burst_ended(self, taken: int, total: int) -> None:
        if not self._driver.trainer.diverged:  # the banner says what a divergence did
            back = self._config.learning_rate
            self.statusMessage.emit(network_status.burst_ended_text(taken, total, back))

    # --- driver signals -------------------------------------------------------------------
    def _on_stepped(self, snapshot: Snapshot) -> None:
        """Every tick: the cheap parts only (counters, neuron colours)."""
        self._snapshot = snapshot
        self._show_counters(snapshot)
        self._check_runaway(snapshot)
        trainer = self._driver.trainer
        if self._banner_kind == "diverged" and not trainer.diverged:
            self._show_banner("", str)  # gone back to before the divergence
        # a line on each history plot at the step shown, while it is not the end of the run
        self.history_plots.show_cursor(
            snapshot.steps if snapshot.steps < trainer.head_step else None)
        at_rest = not self._driver.is_running()  # a step, a burst, a pause: show it exactly
        speed = self._driver.speed
        # slow motion: every step is shown as it is, the step number and the weights too
        exact = at_rest or (speed is not None and speed <= ONE_BY_ONE)
        if exact or time.perf_counter() - self._metrics_at >= METRICS_EVERY_S:
            self._show_metrics(snapshot)
        self.network_view.refresh(snapshot, weights=exact)
        if speed is not None and speed <= PLOTS_EVERY_STEP and self.isVisible():
            self.refresh_plots_now()  # a step a tenth of a second or more: time to draw all

    def _show_counters(self, snapshot: Snapshot) -> None:
        self.dead_label.setText(network_status.dead_text(snapshot, self._config))
        inactive = network_status.inactive_text(snapshot, self._config)
        self.labels.inactive.setText(inactive)
        self.labels.inactive.setVisible(bool(inactive))
        saturated = network_status.saturated_text(snapshot)
        self.labels.saturated.setText(saturated)
        self.labels.saturated.setVisible(bool(saturated))

    def _say_again(self) -> None:
        """After a change of language: the counters, the loss line, the banner and the
        refusal worded again for what they show (no status message: nothing happened)."""
        if self._snapshot is not None:
            self._show_counters(self._snapshot)
            self._show_metrics(self._snapshot)
        if self._banner_kind:
            self.banner.setText(self._banner_words())
        if self._refusal:
            self.error_label.setText(_refusal_text(self._refusal))

    def _check_runaway(self, snapshot: Snapshot) -> None:
        """Warn while replica 0's loss has grown a million-fold but is still finite: the banner
        says so before anything overflows, and goes once the loss has come down again."""
        runaway = bool(snapshot.runaway[0]) and not snapshot.diverged[0]
        if runaway and not self._banner_kind:
            self._show_banner("runaway", network_status.runaway_text)
        elif not runaway and self._banner_kind == "runaway":
            self._show_banner("", str)

    def _show_banner(self, kind: str, words: Callable[[], str]) -> None:
        """Show the text ``words()`` makes in the banner as ``kind`` ("runaway", "diverged"),
        or hide it ("", with ``str``: it makes ""); ``words`` makes it again after a change
        of language."""
        self._banner_kind, self._banner_words = kind, words
        text = words()
        self.banner.setText(text)
        self.banner.setVisible(bool(kind))
        if kind:
            self.statusMessage.emit(text)

    def _show_metrics(self, snapshot: Snapshot) -> None:
        self._metrics_at = time.perf_counter()
        metrics = network_status.metrics_text(snapshot, self._config.task)
        self.labels.metrics.setText(_wrap_between_parts(metrics))

    def _on_running_changed(self, running: bool) -> None:
        self._show_running(running)
        if not running and self._snapshot is not None:
            # the last frame's loss line and weight lines may lag (METRICS_EVERY_S, the view's
            # pacing): at rest they show the network as it is
            self._show_metrics(self._snapshot)
            self.network_view.refresh(self._snapshot, weights=True)
            self.statusMessage.emit(translate("NetworkPanel", "Paused at step {step}").format(
                step=f"{self._snapshot.steps:,}"))

    def _show_running(self, running: bool) -> None:
        self.buttons.show_running(running)

    def _on_diverged(self) -> None:
        self._show_running(False)
        if self._driver.is_bursting():  # paced: reported while its rate still runs
            lr, bursting = self._driver.trainer.config.learning_rate, True
        else:
            lr = BURST_LR if self._bursting else self._config.learning_rate
            bursting = self._bursting
        self._show_banner("diverged", lambda: network_status.diverged_text(lr, burst=bursting))
        self.history_plots.mark_divergence(self._driver.trainer.steps_done)

    def _on_trainer_changed(self, trainer: Trainer) -> None:
        """A new network (rebuild, reset, a lesson) or new data: everything is read again."""
        config = trainer.config
        if self._driver.is_bursting():  # new data during a paced burst (a rebuild ends it):
            # the trainer runs at the burst's rate for now, the rate set is still the panel's
            config = config.replace(learning_rate=self._config.learning_rate)
        self._config = config
        self._pending = None  # the trainer's own data is what shows now
        self._show_config(self._config)
        self._show_banner("", str)
        self.error_label.hide()
        self._refusal = ""
        self.network_view.set_trainer(trainer)
        self.history_plots.set_trainer(trainer)
        self.boundary.set_trainer(trainer)
        self._heatmap_steps = -1
        self._on_stepped(trainer.evaluate())
        self.configChanged.emit(self._config)

    def _on_rate_changed(self, steps_per_s: float) -> None:
        if self._driver.is_bursting():
            return  # the status line follows the burst's steps instead
        steps = self._snapshot.steps if self._snapshot is not None else 0
        self.statusMessage.emit(network_status.rate_status(steps, steps_per_s))

    # --- slow redraws ---------------------------------------------------------------------
    def _on_slow_tick(self) -> None:
        """Redraw at most one stale plot: the next in turn that has something new."""
        for _ in range(len(self._slow_jobs)):
            job = self._slow_jobs[self._next_job]
            self._next_job = (self._next_job + 1) % len(self._slow_jobs)
            if job():
                return

    def _refresh_boundary(self) -> bool:
        return self.boundary.refresh(self._snapshot.steps if self._snapshot else 0)

    def _refresh_heatmaps(self) -> bool:
        steps = self._snapshot.steps if self._snapshot else 0
        if steps == self._heatmap_steps:
            return False
        self._heatmap_steps = steps
        self.network_view.refresh_heatmaps()
        return True


def _stopped_text() -> str:
    """Why Play and Step do nothing once training has stopped (diverged)."""
    return translate("NetworkPanel", "Training has stopped; lower the learning rate, then Reset")


def _refusal_text(message: str) -> str:
    """The line that says a setting was refused: ``message`` is the Config's reason."""
    return translate(
        "NetworkPanel", "Not applied: {message}. The network keeps its previous settings.").format(
            message=message)


def _wrap_between_parts(text: str, separator: str = " · ") -> str:
    """``text`` that a narrow label wraps only between its parts, never inside "100 %"."""
    return separator.join(part.replace(" ", "\u00a0") for part in text.split(separator))
