"""Play, Step, Reset, Burst and the speed act on what is shown: the trainer tab in front.

The keys (Space, Right, R, B, - and +), the Training menu and the lesson's Burst button are one
set of actions whatever tab is in front, so they must not play, reset or burst the Train tab's
network while the Compare pair or the 32 seeds are on screen (they did: the pair stayed at step 0):

* **Train**: the Train tab's own buttons and actions;
* **Compare**: both networks, in lockstep (the pair refuses a step or a burst once a side has
  stopped, and says why);
* **32 seeds**: Play starts the run or cancels it; Step, Reset, Burst and the speed keys mean
  nothing there and are disabled, with a tooltip that says what to do instead.

Slower and Faster move the speed control of the tab in front one entry down or up; both tabs
keep the speed in one setting, so the other tab follows when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reludesk.ui.trainer import status
from reludesk.ui.trainer.tabs import PAGES, TrainerTabs
from reludesk.ui.window.menus import TrainingControls

TRAIN, COMPARE, SEEDS = PAGES

SLOWER_TIP = "Train more slowly: the next lower speed (down to 1 step/s)"
FASTER_TIP = "Train faster: the next higher speed (up to full speed)"
SEEDS_SPEED_OFF = "Off in the 32 seeds tab: a run trains every network at full speed"

# per tab in front, per action: (status tip, or None where the action means nothing, and then
# the tooltip saying why it is off)
TIPS: dict[str, dict[str, tuple[str | None, str]]] = {
    TRAIN: {
        "play": ("Start or pause training", ""),
        "step": ("Train one step (one batch)", ""),
        "reset": ("Build the network again from the settings: a new start", ""),
        "burst": (f"{status.burst_text()}, then back to the rate set: kills ReLUs", ""),
        "slower": (SLOWER_TIP, ""),
        "faster": (FASTER_TIP, ""),
    },
    COMPARE: {
        "play": ("Start or pause both Compare networks, in lockstep", ""),
        "step": ("Both Compare networks take one step", ""),
        "reset": ("Start both Compare networks again from the same weights", ""),
        "burst": (
            f"Both Compare networks take {status.burst_text()}, then go back to their rate", ""
        ),
        "slower": (SLOWER_TIP, ""),
        "faster": (FASTER_TIP, ""),
    },
    SEEDS: {
        "play": ("Train the 32 seeds, or cancel the run", ""),
        "step": (None, "Off in the 32 seeds tab: a run trains all its steps at once"),
        "reset": (None, "Off in the 32 seeds tab: each run starts from new networks"),
        "burst": (None, "Off in the 32 seeds tab: tick “Burst first” before a run instead"),
        "slower": (None, SEEDS_SPEED_OFF),
        "faster": (None, SEEDS_SPEED_OFF),
    },
}
TEXTS = {
    "play": "&Play / pause", "step": "&Step", "reset": "&Reset network", "burst": "&Burst",
    "slower": "S&lower", "faster": "&Faster",
}
SPEED_STEPS = {"slower": -1, "faster": 1}  # entries of the speed control each key moves


class FrontTab(QObject):
    """The training actions (``play``, ``step``, ``reset``, ``burst``, ``slower``, ``faster``:
    QActions owned by ``parent``), routed to the tab of ``tabs`` in front.

    Signals: ``statusMessage(str)``, what an action did to the Compare pair or the 32 seeds (the
    Train tab says its own); ``burstAvailable(bool, str)`` when Burst turns on or off, with the
    tooltip that says why (for the lesson's Burst button).
    """

    statusMessage = Signal(str)
    burstAvailable = Signal(bool, str)

    def __init__(self, tabs: TrainerTabs, parent: QWidget) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self.actions: dict[str, QAction] = {}
        for name, text in TEXTS.items():
            action = QAction(text, parent)
            action.triggered.connect(lambda _checked=False, n=name: self._on_triggered(n))
            self.actions[name] = action
        self.play, self.step = self.actions["play"], self.actions["step"]
        self.reset, self.burst = self.actions["reset"], self.actions["burst"]
        self.slower, self.faster = self.actions["slower"], self.actions["faster"]
        tabs.currentChanged.connect(self._on_front_changed)
        self._on_front_changed(tabs.currentIndex())

    def controls(self) -> TrainingControls:
        """The actions the Training menu gives window-wide keys."""
        return TrainingControls(
            self.play, self.step, self.reset, self.burst, self.slower, self.faster
        )

    def front(self) -> str:
        """The tab in front: "train", "compare" or "seeds"."""
        return PAGES[max(self._tabs.currentIndex(), 0)]

    def _on_front_changed(self, index: int) -> None:
        """Enable what means something for the tab in front, and say what each action does.

        Reads only ``index``: a tab widget being deleted (the window closing) still emits
        ``currentChanged`` while its pages go, and must not be asked anything then."""
        if not 0 <= index < len(PAGES):
            return
        front = PAGES[index]
        for name, action in self.actions.items():
            tip, why_off = TIPS[front][name]
            action.setEnabled(tip is not None)
            action.setStatusTip(tip or why_off)
            key = action.shortcut().toString()
            action.setToolTip(f"{tip or why_off} ({key})" if key else tip or why_off)
        self.burstAvailable.emit(self.burst.isEnabled(), self.burst.toolTip())

    # --- what each action does, by the tab in front ----------------------------------------
    def _on_triggered(self, name: str) -> None:
        front = self.front()
        if name in SPEED_STEPS and front != SEEDS:
            self._change_speed(front, SPEED_STEPS[name])
        elif front == TRAIN:
            network = self._tabs.network()
            own = {
                "play": network.play_action.trigger,
                "step": network.step_button.click,
                "reset": network.reset_button.click,
                "burst": network.burst_action.trigger,
            }
            own[name]()  # the Train tab says what it did itself
        elif front == COMPARE:
            said = self._on_compare(name)
            if said:
                self.statusMessage.emit(said)
        elif name == "play":  # the only action that means something for the 32 seeds
            self._run_or_cancel_seeds()

    def _change_speed(self, front: str, by: int) -> None:
        """The speed control of the Train or the Compare tab ``by`` entries on; the Train tab
        says so itself, the pair through this object's ``statusMessage``."""
        if front == TRAIN:
            self._tabs.network().change_speed(by)
        else:
            self.statusMessage.emit(f"Compare: {self._tabs.compare().change_speed(by)}")

    def _on_compare(self, name: str) -> str:
        """Do ``name`` to the Compare pair; what to say about it ("" if the pair says it)."""
        compare = self._tabs.compare()
        if name == "play":
            compare.toggle_play()
            return ""
        if name == "reset":
            compare.reset()
            return "Compare: both networks start again from the same weights"
        # refused once a side has stopped: the pair's own status line says why
        moved = compare.step() if name == "step" else compare.burst()
        return f"Compare, {name}: {status.compare_steps_text(compare.trainers())}" if moved else ""

    def _run_or_cancel_seeds(self) -> None:
        seeds = self._tabs.seeds()
        if seeds.is_running():
            seeds.cancel()
            self.statusMessage.emit("32 seeds: run cancelled")
        else:
            seeds.run()
            self.statusMessage.emit("32 seeds: training every network of the run")
