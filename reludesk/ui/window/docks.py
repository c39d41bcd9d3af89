"""Builds the trainer and tap panels around their core objects and connects them.

The main window calls :func:`build_panels` once; it is the only place that knows how the
network trainer, compare mode, seed statistics and the water tap talk to each other:

* the tap's Leaky ReLU hole follows ``alphaSpin`` while the network uses leaky_relu or prelu;
* clicking a neuron links the taps to it (its z over the training inputs), refreshed as it trains;
* compare mode and seed statistics start from the trainer's current Config, and compare mode
  pauses whenever its tab is not shown.

Compare mode and seed statistics are made (and their modules imported) when their tab is first
shown or they are first asked for: the first frame of the window does not show them, and
building them would add about 0.1 s to the start-up (``tests/benchmarks/bench_window.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from reludesk.core import activations
from reludesk.core.config import Config
from reludesk.core.tap import TapModel
from reludesk.ui import theme
from reludesk.ui.tap.panel import TapPanel
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.widgets.scroll_frame import ScrollFrame

if TYPE_CHECKING:
    from reludesk.ui.trainer.compare import ComparePanel
    from reludesk.ui.trainer.seeds import SeedStatsPanel

LINK_REFRESH_MS = 500  # how often a linked tap re-reads its neuron while the network trains

P = TypeVar("P", bound=QWidget)


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
        compare = self.trainer_tabs.compare_page.built()
        if compare is not None:
            compare.pause()
        seeds = self.trainer_tabs.seeds_page.built()
        if seeds is not None:
            seeds.cancel()
        self.link.stop()
        # the tap's animation timer stops by itself when the widget is hidden


class LazyPage(ScrollFrame, Generic[P]):
    """A tab page (a :class:`ScrollFrame`) whose panel is made by ``make`` when first needed.

    Until then it holds an empty placeholder, so the tab costs nothing at start-up.
    """

    def __init__(self, make: Callable[[], P], on_built: Callable[[P], None]) -> None:
        super().__init__(QWidget())
        self._make, self._on_built = make, on_built
        self._panel: P | None = None

    def built(self) -> P | None:
        """The panel if it has been made, else None (and nothing is made)."""
        return self._panel

    def panel(self) -> P:
        """The panel, made now if this is the first time it is asked for."""
        if self._panel is None:
            panel = self._make()
            self._panel = panel
            self.setWidget(panel)  # QScrollArea deletes the placeholder and shows the panel
            # as ScrollFrame does with the content it is handed
            panel.setAutoFillBackground(False)
            panel.installEventFilter(self)
            self._fit()
            self._on_built(panel)
        return self._panel


class TrainerTabs(QTabWidget):
    """The trainer dock: Train, Compare and 32 seeds, one tab each; styles all three.

    Compare and 32 seeds scroll inside their tabs when the dock is small (the Train panel
    scrolls by itself), so that none of them holds the window at a large minimum size. They
    are built from the trainer's Config of the moment when first shown or asked for
    (``compare()``, ``seeds()``).
    """

    def __init__(self, network: NetworkPanel) -> None:
        super().__init__()
        self.setObjectName("trainerTabs")
        self.setDocumentMode(True)  # no frame around the pages: their room goes to the plots
        self._network = network
        self._colours: theme.PlotColours | None = None
        self.compare_page: LazyPage[ComparePanel] = LazyPage(self._make_compare, self._style)
        self.seeds_page: LazyPage[SeedStatsPanel] = LazyPage(self._make_seeds, self._style)
        self.addTab(network, "Train")
        self.addTab(self.compare_page, "Compare ReLU vs Leaky")
        self.addTab(self.seeds_page, "32 seeds")
        self.setTabToolTip(0, "Train one network and watch its neurons")
        self.setTabToolTip(1, "Two networks: same start, data and batches; one activation each")
        self.setTabToolTip(2, "Train 32 seeds at once and see how often the neurons die")
        # connected before anyone else's handler: they find the panel made
        self.currentChanged.connect(self._on_current_changed)

    def compare(self) -> ComparePanel:
        """Compare mode's panel (made now if it was not yet)."""
        return self.compare_page.panel()

    def seeds(self) -> SeedStatsPanel:
        """Seed statistics' panel (made now if it was not yet)."""
        return self.seeds_page.panel()

    def build_all(self) -> None:
        """Make every page's panel now (presentation mode restyles what exists when it starts)."""
        self.compare()
        self.seeds()

    def page_of(self, panel: QWidget) -> QWidget:
        """The tab page that holds ``panel`` (the panel itself, or a scroll frame around it)."""
        for page in (self.compare_page, self.seeds_page):
            if page.built() is panel:
                return page
        if panel is self._network:
            return self._network
        raise KeyError(f"{panel.objectName() or panel!r} is not a page of the trainer tabs")

    def apply_theme(self, colours: theme.PlotColours) -> None:
        self._colours = colours
        self._network.apply_theme(colours)
        for page in (self.compare_page, self.seeds_page):
            panel = page.built()
            if panel is not None:
                self._style(panel)

    # --- internals ------------------------------------------------------------------------
    def _make_compare(self) -> ComparePanel:
        from reludesk.ui.trainer.compare import ComparePanel

        return ComparePanel(self._network.config())

    def _make_seeds(self) -> SeedStatsPanel:
        from reludesk.ui.trainer.seeds import SeedStatsPanel

        return SeedStatsPanel(self._network.config())

    def _style(self, panel: QWidget) -> None:
        if self._colours is None:
            return
        for plot in panel.findChildren(pg.PlotWidget):
            theme.style_plot(plot, self._colours)

    def _on_current_changed(self, index: int) -> None:
        page = self.widget(index)
        if isinstance(page, LazyPage):
            page.panel()


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

    def stop(self) -> None:
        """Stop refreshing (the window closed); the selected neuron is kept."""
        self._timer.stop()

    def resume(self) -> None:
        """Refresh again if a neuron is selected (the window is shown again)."""
        if self._unit is not None and not self._timer.isActive():
            self._feed()
            self._timer.start()

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
        trainer = self._network.driver.trainer
        if layer >= trainer.model.n_hidden or unit >= trainer.model.hidden_sizes[layer]:
            self._on_selection_cleared()  # the network was rebuilt smaller
            return
        self._last_steps = trainer.steps_done
        # the neuron the view shows is replica 0's; a copy of it alone costs one small pass
        one = trainer.model.replica(0)
        with np.errstate(all="ignore"):  # a diverged network's z: the tap skips non-finite ones
            z = one.pre_activations(trainer.X_train)[layer][0, :, unit]  # (n,)
        self._tap.tap_widget.set_linked_source(
            z,
            dead=bool(trainer.evaluate().dead[layer][0, unit]),
            label=f"layer {layer + 1}, neuron {unit + 1}",
        )


def _make_tap(config: Config) -> TapPanel:
    # only a leak below zero is the size of the tap's hole: ELU's alpha shapes a curve
    alpha = config.effective_alpha if activations.has_slope_below_zero(config.activation) else None
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
    tabs = TrainerTabs(network)
    tap = _make_tap(config)
    panels = Panels(driver, network, tabs, tap, TapLink(network, tap))

    def on_tab_changed(index: int) -> None:
        current = network.config()
        page = tabs.widget(index)
        if page is tabs.compare_page:
            compare = tabs.compare()
            network.driver.pause()
            if compare.trainers()[0].config.replace(activation="relu", alpha=None) != (
                current.replace(activation="relu", alpha=None)
            ):
                compare.set_config(current)
        elif (compare := tabs.compare_page.built()) is not None:
            compare.pause()
        if page is tabs.seeds_page and not (seeds := tabs.seeds()).is_running():
            seeds.set_config(current)

    def on_trainer_changed(_trainer: object) -> None:
        cfg = network.config()
        if activations.has_slope_below_zero(cfg.activation) and cfg.effective_alpha is not None:
            tap.tap_widget.set_alpha(cfg.effective_alpha)

    tabs.currentChanged.connect(on_tab_changed)
    driver.trainerChanged.connect(on_trainer_changed)
    return panels
