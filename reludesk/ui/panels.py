"""Builds the trainer and tap panels around their core objects and connects them.

The main window calls :func:`build_panels` once; it is the only place that knows how the
network trainer, compare mode, seed statistics and the water tap talk to each other:

* the tap's Leaky ReLU hole follows ``alphaSpin`` while the network uses leaky_relu or prelu;
* clicking a neuron links the taps to it (its z over the training inputs), refreshed as it trains;
* compare mode and seed statistics start from the trainer's current Config, and compare mode
  pauses whenever its tab is not shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from reludesk.core import activations
from reludesk.core.config import Config
from reludesk.core.tap import TapModel
from reludesk.ui import theme
from reludesk.ui.compare_panel import ComparePanel
from reludesk.ui.network_panel import NetworkPanel
from reludesk.ui.scroll_frame import ScrollFrame
from reludesk.ui.seed_stats import SeedStatsPanel
from reludesk.ui.tap_panel import TapPanel
from reludesk.ui.training_driver import TrainingDriver

LINK_REFRESH_MS = 500  # how often a linked tap re-reads its neuron while the network trains
_SLOPED = ("leaky_relu", "prelu")  # activations whose alpha is the size of the tap's hole


@dataclass
class Panels:
    """What :func:`build_panels` made: the widgets for the docks and the objects behind them."""

    driver: TrainingDriver
    network: NetworkPanel
    compare: ComparePanel
    seeds: SeedStatsPanel
    trainer_tabs: TrainerTabs
    tap: TapPanel
    link: TapLink


class TrainerTabs(QTabWidget):
    """The trainer dock: Train, Compare and 32 seeds, one tab each; styles all three.

    Compare and 32 seeds scroll inside their tabs when the dock is small (the Train panel
    scrolls by itself), so that none of them holds the window at a large minimum size.
    """

    def __init__(self, network: NetworkPanel, compare: ComparePanel, seeds: SeedStatsPanel):
        super().__init__()
        self.setObjectName("trainerTabs")
        self.setDocumentMode(True)  # no frame around the pages: their room goes to the plots
        self._network, self._compare, self._seeds = network, compare, seeds
        self._pages: dict[int, QWidget] = {
            id(network): network,
            id(compare): ScrollFrame(compare),
            id(seeds): ScrollFrame(seeds),
        }
        self.addTab(network, "Train")
        self.addTab(self.page_of(compare), "Compare ReLU vs Leaky")
        self.addTab(self.page_of(seeds), "32 seeds")
        self.setTabToolTip(0, "Train one network and watch its neurons")
        self.setTabToolTip(1, "Two networks: same start, data and batches; one activation each")
        self.setTabToolTip(2, "Train 32 seeds at once and see how often the neurons die")

    def page_of(self, panel: QWidget) -> QWidget:
        """The tab page that holds ``panel`` (the panel itself, or a scroll frame around it)."""
        return self._pages[id(panel)]

    def apply_theme(self, colours: theme.PlotColours) -> None:
        self._network.apply_theme(colours)
        for panel in (self._compare, self._seeds):
            for plot in panel.findChildren(pg.PlotWidget):
                theme.style_plot(plot, colours)


class TapLink(QObject):
    """Feeds the taps from the neuron selected in the network view (linked mode)."""

    def __init__(self, network: NetworkPanel, tap: TapPanel) -> None:
        super().__init__(tap)
        self._network, self._tap = network, tap
        self._unit: tuple[int, int] | None = None
        self._last_steps = -1
        self._timer = QTimer(self)
        self._timer.setInterval(LINK_REFRESH_MS)
        self._timer.timeout.connect(self._on_refresh)
        view = network.network_view
        view.neuronSelected.connect(self._on_neuron_selected)
        view.selectionCleared.connect(self._on_selection_cleared)

    def selected(self) -> tuple[int, int] | None:
        return self._unit

    def _on_neuron_selected(self, layer: int, unit: int) -> None:
        self._unit = (layer, unit)
        self._feed()
        self._timer.start()

    def _on_selection_cleared(self) -> None:
        self._unit = None
        self._timer.stop()
        self._tap.tap_widget.set_linked_source(None)

    def _on_refresh(self) -> None:
        if self._network.driver.trainer.steps_done != self._last_steps:
            self._feed()

    def _feed(self) -> None:
        if self._unit is None:
            return
        layer, unit = self._unit
        view = self._network.network_view
        trainer = self._network.driver.trainer
        if layer >= trainer.model.n_hidden or unit >= trainer.model.hidden_sizes[layer]:
            self._on_selection_cleared()  # the network was rebuilt smaller
            return
        self._last_steps = trainer.steps_done
        dead = bool(trainer.evaluate().dead[layer][0, unit])
        self._tap.tap_widget.set_linked_source(
            view.unit_pre_activations(layer, unit),
            dead=dead,
            label=f"layer {layer + 1}, neuron {unit + 1}",
        )


def _make_tap(config: Config) -> TapPanel:
    alpha = config.effective_alpha if config.activation in _SLOPED else None
    leaky = (
        activations.get("leaky_relu", alpha=alpha)
        if alpha is not None
        else activations.get("leaky_relu")
    )
    return TapPanel(TapModel(activations.get("relu")), TapModel(leaky))


def build_panels(config: Config, parent: QWidget) -> Panels:
    """Every panel of the trainer and tap docks for ``config``, connected to each other."""
    driver = TrainingDriver.from_config(config, parent=parent)
    network = NetworkPanel(driver)
    compare = ComparePanel(config)
    seeds = SeedStatsPanel(config)
    tabs = TrainerTabs(network, compare, seeds)
    tap = _make_tap(config)
    panels = Panels(driver, network, compare, seeds, tabs, tap, TapLink(network, tap))

    def on_tab_changed(index: int) -> None:
        current = network.config()
        if tabs.widget(index) is tabs.page_of(compare):
            network.driver.pause()
            if compare.trainers()[0].config.replace(activation="relu", alpha=None) != (
                current.replace(activation="relu", alpha=None)
            ):
                compare.set_config(current)
        else:
            compare.pause()
        if tabs.widget(index) is tabs.page_of(seeds) and not seeds.is_running():
            seeds.set_config(current)

    def on_trainer_changed(_trainer: object) -> None:
        cfg = network.config()
        if cfg.activation in _SLOPED and cfg.effective_alpha is not None:
            tap.tap_widget.set_alpha(cfg.effective_alpha)

    tabs.currentChanged.connect(on_tab_changed)
    driver.trainerChanged.connect(on_trainer_changed)
    return panels
