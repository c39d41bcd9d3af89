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

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.trainer import status
from reludesk.ui.trainer.tabs import PAGES, TrainerTabs
from reludesk.ui.widgets.language import live
from reludesk.ui.window.menus import TrainingControls

TRAIN, COMPARE, SEEDS = PAGES

# Every text here is translated where it is shown; {burst} is filled in there too (the burst's
# words come from the trainer's status line, status.burst_text()).
SLOWER_TIP = QT_TRANSLATE_NOOP(
    "FrontTab", "Train more slowly: the next lower speed (down to 1 step/s)")
FASTER_TIP = QT_TRANSLATE_NOOP("FrontTab", "Train faster: the next higher speed (up to full speed)")
SEEDS_SPEED_OFF = QT_TRANSLATE_NOOP(
    "FrontTab", "Off in the 32 seeds tab: a run trains every network at full speed")

# per tab in front, per action: (status tip, or None where the action means nothing, and then
# the tooltip saying why it is off)
TIPS: dict[str, dict[str, tuple[str | None, str]]] = {
    TRAIN: {
        "play": (QT_TRANSLATE_NOOP("FrontTab", "Start or pause training"), ""),
        "step": (QT_TRANSLATE_NOOP("FrontTab", "Train one step (one batch)"), ""),
        "reset": (QT_TRANSLATE_NOOP(
            "FrontTab", "Build the network again from the settings: a new start"), ""),
        "burst": (QT_TRANSLATE_NOOP(
            "FrontTab", "{burst}, then back to the rate set: kills ReLUs"), ""),
        "slower": (SLOWER_TIP, ""),
        "faster": (FASTER_TIP, ""),
    },
    COMPARE: {
        "play": (QT_TRANSLATE_NOOP(
            "FrontTab", "Start or pause both Compare networks, in lockstep"), ""),
        "step": (QT_TRANSLATE_NOOP("FrontTab", "Both Compare networks take one step"), ""),
        "reset": (QT_TRANSLATE_NOOP(
            "FrontTab", "Start both Compare networks again from the same weights"), ""),
        "burst": (QT_TRANSLATE_NOOP(
            "FrontTab", "Both Compare networks take {burst}, then go back to their rate"), ""),
        "slower": (SLOWER_TIP, ""),
        "faster": (FASTER_TIP, ""),
    },
    SEEDS: {
        "play": (QT_TRANSLATE_NOOP("FrontTab", "Train the 32 seeds, or cancel the run"), ""),
        "step": (None, QT_TRANSLATE_NOOP(
            "FrontTab", "Off in the 32 seeds tab: a run trains all its steps at once")),
        "reset": (None, QT_TRANSLATE_NOOP(
            "FrontTab", "Off in the 32 seeds tab: each run starts from new networks")),
        "burst": (None, QT_TRANSLATE_NOOP(
            "FrontTab", "Off in the 32 seeds tab: tick “Burst first” before a run instead")),
        "slower": (None, SEEDS_SPEED_OFF),
        "faster": (None, SEEDS_SPEED_OFF),
    },
}
TEXTS = {
    "play": QT_TRANSLATE_NOOP("FrontTab", "&Play / pause"),
    "step": QT_TRANSLATE_NOOP("FrontTab", "&Step"),
    "reset": QT_TRANSLATE_NOOP("FrontTab", "&Reset network"),
    "burst": QT_TRANSLATE_NOOP("FrontTab", "&Burst"),
    "slower": QT_TRANSLATE_NOOP("FrontTab", "S&lower"),
    "faster": QT_TRANSLATE_NOOP("FrontTab", "&Faster"),
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
            action = QAction(parent)
            live(action, lambda a, t=text: a.setText(translate("FrontTab", t)))
            action.triggered.connect(lambda _checked=False, n=name: self._on_triggered(n))
            self.actions[name] = action
        self.play, self.step = self.actions["play"], self.actions["step"]
        self.reset, self.burst = self.actions["reset"], self.actions["burst"]
        self.slower, self.faster = self.actions["slower"], self.actions["faster"]
        tabs.currentChanged.connect(self._on_front_changed)
        # the tips are set for the tab in front: a new language says them again
        live(self, lambda front: front._on_front_changed(front._tabs.currentIndex()))

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
        burst = status.burst_text()
        for name, action in self.actions.items():
            tip, why_off = TIPS[front][name]
            action.setEnabled(tip is not None)
            said = translate("FrontTab", tip or why_off).format(burst=burst)
            action.setStatusTip(said)
            key = action.shortcut().toString()
            action.setToolTip(f"{said} ({key})" if key else said)
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
            said = self._tabs.compare().change_speed(by)
            self.statusMessage.emit(translate("FrontTab", "Compare: {said}").format(said=said))

    def _on_compare(self, name: str) -> str:
        """Do ``name`` to the Compare pair; what to say about it ("" if the pair says it)."""
        compare = self._tabs.compare()
        if name == "play":
            compare.toggle_play()
            return ""
        if name == "reset":
            compare.reset()
            return translate("FrontTab", "Compare: both networks start again from the same weights")
        # refused once a side has stopped: the pair's own status line says why
        moved = compare.step() if name == "step" else compare.burst()
        if not moved:
            return ""
        steps = status.compare_steps_text(compare.trainers())
        said = (translate("FrontTab", "Compare, step: {steps}") if name == "step"
                else translate("FrontTab", "Compare, burst: {steps}"))
        return said.format(steps=steps)

    def _run_or_cancel_seeds(self) -> None:
        seeds = self._tabs.seeds()
        if seeds.is_running():
            seeds.cancel()
            self.statusMessage.emit(translate("FrontTab", "32 seeds: run cancelled"))
        else:
            seeds.run()
            self.statusMessage.emit(
                translate("FrontTab", "32 seeds: training every network of the run"))
