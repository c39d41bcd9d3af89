"""The trainer dock's tabs: Train, Compare and 32 seeds.

Compare mode and seed statistics are made (and their modules imported) when their tab is first
shown or they are first asked for: the first frame of the window does not show them, and
building them would add about 0.1 s to the start-up (``tests/benchmarks/bench_window.py``).
Both work on the Train tab's Config of the moment: each reads it when its tab is shown, when the
Config changes while it is in front (File > Open, a lesson, a new learning rate) and, for the 32
seeds, when a run ends; so no tab ever trains an old experiment. Compare mode pauses whenever its
tab is not shown (and the Train tab's network while it is: one trainer plays at a time).

Branch (the timeline bar's ``branchRequested``): the Train tab's network, at the step it shows,
goes on in the Compare tab as two branches (``Trainer.branch``): its own activation on the left,
another on the right (``branch_configs``), and the Compare tab comes to the front.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import pyqtgraph as pg
from PySide6.QtWidgets import QTabWidget, QWidget

from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.status import activation_title
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.scroll_frame import ScrollFrame

if TYPE_CHECKING:
    from reludesk.ui.trainer.compare import ComparePanel
    from reludesk.ui.trainer.seeds import SeedStatsPanel

P = TypeVar("P", bound=QWidget)
PAGES = ("train", "compare", "seeds")  # the tabs, in their order
BRANCH_ALPHA = 0.1  # a ReLU network branches against Leaky ReLU at a slope that revives quickly


def branch_configs(config: Config) -> tuple[Config, Config]:
    """The two sides a branch of a ``config`` network goes on as: its own activation, and
    Leaky ReLU at ``BRANCH_ALPHA`` against ReLU (ReLU against anything else)."""
    if config.activation == "relu":
        return config, config.replace(activation="leaky_relu", alpha=BRANCH_ALPHA)
    return config, config.replace(activation="relu", alpha=None)


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

    def __init__(self, network: NetworkPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerTabs")
        self.setDocumentMode(True)  # no frame around the pages: their room goes to the plots
        self._network = network
        self._colours: theme.PlotColours | None = None
        self.compare_page: LazyPage[ComparePanel] = LazyPage(self._make_compare, self._style)
        self.seeds_page: LazyPage[SeedStatsPanel] = LazyPage(self._make_seeds, self._style)
        self.addTab(network, "")
        self.addTab(self.compare_page, "")
        self.addTab(self.seeds_page, "")
        live(self, TrainerTabs._name_tabs)
        # connected before anyone else's handler: they find the panel made and up to date
        self.currentChanged.connect(self._on_current_changed)
        network.configChanged.connect(self._follow)
        network.timeline_bar.branchRequested.connect(self.branch)

    def _name_tabs(self) -> None:
        """The tabs' texts and tooltips in the language chosen (in English each starts as the
        contract says: "Train", "Compare ReLU vs Leaky", "32 seeds")."""
        texts = (
            (translate("TrainerTabs", "Train"),
             translate("TrainerTabs", "Train one network and watch its neurons")),
            (translate("TrainerTabs", "Compare ReLU vs Leaky"),
             translate("TrainerTabs",
                       "Two networks: same start, data and batches; one activation each")),
            (translate("TrainerTabs", "32 seeds"),
             translate("TrainerTabs", "Train 32 seeds at once and see how often the neurons die")),
        )
        for index, (text, tip) in enumerate(texts):
            self.setTabText(index, text)
            self.setTabToolTip(index, tip)

    def network(self) -> NetworkPanel:
        """The Train tab's panel."""
        return self._network

    def compare(self) -> ComparePanel:
        """Compare mode's panel (made now if it was not yet)."""
        return self.compare_page.panel()

    def seeds(self) -> SeedStatsPanel:
        """Seed statistics' panel (made now if it was not yet)."""
        return self.seeds_page.panel()

    def branch(self) -> tuple[Trainer, Trainer] | None:
        """The Train tab's network at the step it shows goes on in the Compare tab, as two
        branches (``branch_configs``), and that tab comes to the front; returns them. A
        network that has stopped (diverged) is not branched: None, and the status line says
        why."""
        network = self._network
        network.driver.pause()
        trainer = network.driver.trainer
        if trainer.diverged:
            network.statusMessage.emit(translate(
                "TrainerTabs",
                "A network that has stopped cannot be branched: drag back to before it diverged"))
            return None
        left, right = (trainer.branch(c) for c in branch_configs(trainer.config))
        self.compare().start_from(left, right)
        self.setCurrentWidget(self.compare_page)
        network.statusMessage.emit(translate(
            "TrainerTabs", "Branched at step {step} into Compare: {left} against {right}").format(
                step=f"{trainer.steps_done:,}", left=activation_title(left.config),
                right=activation_title(right.config)))
        return left, right

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

    def stop(self) -> None:
        """Pause compare mode and cancel a seed run, if they were made (the window closes)."""
        compare = self.compare_page.built()
        if compare is not None:
            compare.pause()
        seeds = self.seeds_page.built()
        if seeds is not None:
            seeds.cancel()

    # --- internals ------------------------------------------------------------------------
    def _make_compare(self) -> ComparePanel:
        from reludesk.ui.trainer.compare import ComparePanel

        return ComparePanel(self._network.config())

    def _make_seeds(self) -> SeedStatsPanel:
        from reludesk.ui.trainer.seeds import SeedStatsPanel

        seeds = SeedStatsPanel(self._network.config())
        # a Config that changed during a run is taken up for the next one
        seeds.finished.connect(self._follow)
        seeds.cancelled.connect(self._follow)
        return seeds

    def _style(self, panel: QWidget) -> None:
        if self._colours is None:
            return
        for plot in panel.findChildren(pg.PlotWidget):
            theme.style_plot(plot, self._colours)

    def _on_current_changed(self, index: int) -> None:
        page = self.widget(index)
        if page is self.compare_page:
            self.compare()  # made now, on the Config of the moment
            self._network.driver.pause()
        elif (compare := self.compare_page.built()) is not None:
            compare.pause()
        self._follow()

    def _follow(self, *_: object) -> None:
        """The tab in front takes the Train tab's Config now, if it works on an older one: the
        same experiment, whatever activations compare mode picked; a seed run that is going
        keeps its own (the next run takes the new one)."""
        current: Config = self._network.config()
        page = self.currentWidget()
        if page is self.compare_page:
            compare = self.compare()
            if not compare.shows(current):
                compare.set_config(current)
        elif page is self.seeds_page and not (seeds := self.seeds()).is_running():
            seeds.set_config(current)
