"""Builds the trainer and tap panels around their core objects and connects them.

The main window calls :func:`build_panels` once; it is the only place that knows how the
network trainer and the water tap talk to each other:

* the tap's Leaky ReLU hole is the network's alpha while the network has a slope below zero
  (leaky_relu, prelu), and Leaky ReLU's default (0.01) otherwise, as the explorer shows it then;
* clicking a neuron links the taps to it (its z over the training inputs) with the network's own
  verdict on it (its dead mask), refreshed as it trains: the tap never decides death itself; in
  the burst lessons the link chooses the neuron itself (:mod:`reludesk.ui.window.tap_link`).

Clicking a neuron (a user's click, not the link's own choice) also opens the "Neuron inspector"
dock on it, tabbed with the explorer (the tap when the explorer is folded behind the trainer) and
raised (:func:`add_inspector_dock`); clicking a weight line
opens it on the unit the line enters, that weight's field ready to type in.

How the trainer dock's own tabs (Train, Compare, 32 seeds) keep to one experiment is theirs:
:mod:`reludesk.ui.trainer.tabs`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from reludesk.core import activations
from reludesk.core.config import Config
from reludesk.core.i18n import translate
from reludesk.core.tap import TapModel
from reludesk.ui.tap.panel import TapPanel
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.inspector_pane import InspectorPane
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.tabs import TrainerTabs
from reludesk.ui.widgets.language import live
from reludesk.ui.window.tap_link import TapLink

if TYPE_CHECKING:
    from reludesk.ui.trainer.compare import ComparePanel
    from reludesk.ui.trainer.seeds import SeedStatsPanel


@dataclass
class Panels:
    """What :func:`build_panels` made: the widgets for the docks and the objects behind them.

    ``compare`` and ``seeds`` are built on first use (see :class:`TrainerTabs`).
    """

    driver: TrainingDriver
    network: NetworkPanel
    trainer_tabs: TrainerTabs
    tap: TapPanel
    link: TapLink
    inspector: InspectorPane

    @property
    def compare(self) -> ComparePanel:
        return self.trainer_tabs.compare()

    @property
    def seeds(self) -> SeedStatsPanel:
        return self.trainer_tabs.seeds()

    def stop(self) -> None:
        """Stop everything that runs on a timer: training, compare mode, a seed run (cancelled),
        the linked tap's refresh. The window calls this when it closes."""
        self.driver.pause()
        self.trainer_tabs.stop()
        self.link.stop()
        # the tap's animation timer stops by itself when the widget is hidden


def tap_alpha(config: Config) -> float:
    """The size of the tap's hole for a network of ``config``: its alpha if it has a slope below
    zero (leaky_relu, prelu's starting slope), else Leaky ReLU's default. Never a slope left
    from an earlier network: after a Leaky ReLU at 0.1 a ReLU network's tap shows 0.01, as the
    explorer does (ELU's alpha is a level, not a leak, so it is no hole either)."""
    if activations.has_slope_below_zero(config.activation) and config.effective_alpha is not None:
        return config.effective_alpha
    return activations.get("leaky_relu").params["alpha"]


def _make_tap(config: Config) -> TapPanel:
    leaky = activations.get("leaky_relu", alpha=tap_alpha(config))
    return TapPanel(TapModel(activations.get("relu")), TapModel(leaky))


def build_panels(config: Config, parent: QWidget) -> Panels:
    """Every panel of the trainer and tap docks for ``config``, connected to each other."""
    driver = TrainingDriver.from_config(config, parent=parent)
    network = NetworkPanel(driver)
    # owned by ``parent`` (the window docks it later): a QTabWidget deleted by Python's garbage
    # collector emits currentChanged from its destructor into its own half-deleted slot
    tabs = TrainerTabs(network, parent)
    tap = _make_tap(config)
    inspector = InspectorPane(network, parent)
    panels = Panels(driver, network, tabs, tap, TapLink(network, tap), inspector)

    def on_trainer_changed(_trainer: object) -> None:
        alpha = tap_alpha(network.config())
        if alpha != tap.tap_widget.alpha():
            tap.tap_widget.set_alpha(alpha)

    driver.trainerChanged.connect(on_trainer_changed)
    return panels


def add_inspector_dock(
    window: QMainWindow, docks: dict[str, QDockWidget], panels: Panels
) -> QDockWidget:
    """The "Neuron inspector" dock (``inspectorDock``) holding ``panels.inspector``: hidden until
    a neuron or a weight line is clicked, then shown as a tab and raised beside the explorer
    (the window's full-height column: room for the unit and the z plot; the network stays in
    view), or beside the tap while the explorer is itself a tab behind the trainer (compact).
    The tap link's own choice of unit (burst lessons) never opens it: only a click does."""
    dock = QDockWidget(window)
    live(dock, lambda d: d.setWindowTitle(translate("Docks", "Neuron inspector")))
    dock.setObjectName("inspectorDock")
    dock.setWidget(panels.inspector)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    inspector = panels.inspector.inspector

    def open_on(layer: int, unit: int, focus: int | None = None) -> None:
        if dock.isHidden():
            # where the layout has put the docks now (a reset or a smaller window moves them)
            explorer, trainer = docks["explorer"], docks["trainer"]
            folded = trainer in window.tabifiedDockWidgets(explorer) or explorer.isHidden()
            window.tabifyDockWidget(docks["tap"] if folded else explorer, dock)
            dock.show()
        dock.raise_()
        inspector.show_unit(layer, unit, focus)

    view = panels.network.network_view
    view.neuronClicked.connect(lambda layer, unit: open_on(layer, unit))
    view.weightClicked.connect(open_on)
    return dock
