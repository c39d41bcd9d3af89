"""The link between the network view and the water taps: which neuron the taps follow.

The taps follow the neuron selected in the network view: replica 0's z over the training
inputs (the network the view draws) and the network's own verdict on it (its dead mask),
refreshed every ``LINK_REFRESH_MS`` while it trains. The tap never decides death itself.

In the burst lessons the window chooses that neuron itself (``set_auto``), so the analogy and
the network tell the same story: the unit the burst hits hardest, selected in the view so the
class sees which one the tap follows, and the tap says which and why. The rules are the core's
(``health.first_to_die``, ``health.most_inactive``); this object only remembers, for replica 0,
when each unit was first seen dead, and whether any unit has been inactive yet.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QObject, QTimer

from reludesk.core import health
from reludesk.core.config import Config
from reludesk.core.experiment import Snapshot
from reludesk.core.i18n import translate
from reludesk.ui.tap.panel import TapPanel
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.widgets.language import live

LINK_REFRESH_MS = 500  # how often a linked tap re-reads its neuron while the network trains

FIRST_TO_DIE = "first_to_die"  # follow the unit dead longest (ReLU, step: units can die)
MOST_INACTIVE = "most_inactive"  # follow the unit most often below zero (Leaky ReLU, PReLU)
RULES = (FIRST_TO_DIE, MOST_INACTIVE)

# What the lesson invites the student to change without leaving it: another starting network
# (seed, Reset), lesson 5's alpha, the rate. Any other change makes an experiment of one's own.
_LESSON_KNOBS = ("seed", "alpha", "learning_rate", "replicas")


def same_lesson_network(a: Config, b: Config) -> bool:
    """True if ``a`` and ``b`` differ at most in what a lesson lets the student vary."""
    keep = {k: v for k, v in a.to_dict().items() if k not in _LESSON_KNOBS}
    return keep == {k: v for k, v in b.to_dict().items() if k not in _LESSON_KNOBS}


def reason_text(rule: str, share: float = 1.0) -> str:
    """Why the tap follows the unit ``rule`` chose, as its caption says it; ``share`` is the
    unit's share of inputs with z <= 0 (``MOST_INACTIVE``), floored, so that it reads "100 %"
    only when every input is below zero."""
    if rule == FIRST_TO_DIE:
        return translate("TapLink", "the first to die")
    return translate("TapLink", "the most inactive ({percent} % of inputs below zero)").format(
        percent=math.floor(100.0 * share))


class TapLink(QObject):
    """Feeds the taps from the neuron selected in the network view (linked mode).

    Auto mode (``set_auto(rule)``): on every refresh, and right after a burst, the link picks
    the unit by ``rule`` (``FIRST_TO_DIE`` or ``MOST_INACTIVE``), selects it in the view and
    tells the tap why it follows it. Until a unit qualifies nothing is linked. A click on a
    neuron, or clearing the selection, or the tap's Manual button turns auto mode off. A new
    network (Reset, another seed or alpha) forgets the deaths seen and the unit followed;
    any other new Config (another lesson, an experiment) turns auto mode off.
    """

    def __init__(self, network: NetworkPanel, tap: TapPanel) -> None:
        super().__init__(tap)
        self._network, self._tap = network, tap
        self._unit: tuple[int, int] | None = None
        self._last_steps = -1  # steps of the network when the tap was last fed
        self._looked_steps = -1  # ... and when auto mode last chose
        self._auto: str | None = None
        self._auto_config: Config | None = None  # the lesson's network auto mode chooses in
        # why the followed unit was chosen, as reason_text's (rule, share): worded when shown,
        # so a new language words it anew; None when the user clicked it
        self._reason: tuple[str, float] | None = None
        self._since: list[np.ndarray] | None = None  # replica 0's death steps (dead_since)
        self._hit = False  # a unit of this network has been inactive on every input
        self._choosing = False  # the selection changes now are the link's own, not a click
        self._trainer = network.driver.trainer  # the network the link last knew
        self._timer = QTimer(self)
        self._timer.setInterval(LINK_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        view = network.network_view
        view.neuronSelected.connect(self._on_neuron_selected)
        view.selectionCleared.connect(self._on_selection_cleared)
        network.driver.stepped.connect(self._on_stepped)
        network.driver.trainerChanged.connect(self._catch_up)
        # connected after the panel's own handler: this runs once the burst is taken
        network.burst_action.triggered.connect(self._on_burst)
        tap.tap_widget.modeChanged.connect(self._on_tap_mode_changed)
        # the tap's caption says which unit and why: in a new language, at once (not only at
        # the next refresh, which a paused network never takes)
        live(self, TapLink._feed)

    # --- public ---------------------------------------------------------------------------
    def selected(self) -> tuple[int, int] | None:
        return self._unit

    def auto(self) -> str | None:
        """The rule the link chooses its unit by (one of ``RULES``), or None: the user's."""
        return self._auto

    def reason(self) -> str:
        """Why the unit followed was chosen ("the first to die"); "" when the user chose it."""
        return reason_text(*self._reason) if self._reason is not None else ""

    def set_auto(self, rule: str | None) -> None:
        """Choose the unit by ``rule`` from now on, on the network trained now; None leaves it
        to the user (a unit auto mode chose is let go, one the user clicked is kept). A rule
        starts from an empty selection, an earlier click included: the tap follows nothing
        until a unit qualifies."""
        if rule is not None and rule not in RULES:
            raise ValueError(f"unknown rule {rule!r}; choose one of: {', '.join(RULES)}")
        self._catch_up()
        chosen_by_rule = self._reason is not None
        self._auto = rule
        self._auto_config = self._trainer.config if rule is not None else None
        self._since, self._hit, self._looked_steps = None, False, -1
        if rule is not None:
            self._timer.start()
            self._choose()  # selects what qualifies now, and clears the selection otherwise
        elif chosen_by_rule:
            self._clear_own()
        elif self._unit is None:
            self._timer.stop()  # nothing to feed and nothing to choose

    def stop(self) -> None:
        """Stop refreshing (the window closed); the selected neuron and the mode are kept."""
        self._timer.stop()

    def resume(self) -> None:
        """Refresh again if a neuron is selected or auto mode chooses (the window is shown
        again)."""
        if (self._unit is not None or self._auto) and not self._timer.isActive():
            self.refresh()
            self._timer.start()

    def refresh(self) -> None:
        """Re-read the network now, as the timer does every ``LINK_REFRESH_MS`` once it has
        taken steps: in auto mode choose the unit again, then feed the tap its z."""
        self._catch_up()
        steps = self._trainer.steps_done
        if self._auto and steps != self._looked_steps:
            self._choose()
        if steps != self._last_steps:
            self._feed()

    # --- the network ----------------------------------------------------------------------
    def _catch_up(self, _trainer: object = None) -> bool:
        """Take note of a new network, if there is one; True if there was. Its units have not
        died yet: the remembered deaths go, and so does a unit auto mode chose; a network that
        is no longer the lesson's ends auto mode."""
        trainer = self._network.driver.trainer
        if trainer is self._trainer:
            return False
        self._trainer = trainer
        self._since, self._hit, self._looked_steps = None, False, -1
        if self._auto and not same_lesson_network(trainer.config, self._auto_config):
            self._auto, self._auto_config = None, None
        if self._reason is not None:
            self._clear_own()
        return True

    def _on_stepped(self, snapshot: Snapshot) -> None:
        # every frame: a death is dated to the frame it was first seen on, not to a refresh
        self._catch_up()
        if self._auto and self._fits(snapshot):
            self._note(snapshot)

    def _fits(self, snapshot: Snapshot) -> bool:
        return [m.shape[1] for m in snapshot.dead] == list(self._trainer.model.hidden_sizes)

    def _note(self, snapshot: Snapshot) -> None:
        """Remember what replica 0's ``snapshot`` shows: new deaths, a first inactive unit."""
        self._since = health.dead_since(self._since, [d[0] for d in snapshot.dead], snapshot.steps)
        self._hit = self._hit or any(bool(m[0].any()) for m in snapshot.inactive)

    # --- choosing -------------------------------------------------------------------------
    def _on_burst(self) -> None:
        if self._auto:
            self.refresh()

    def _choose(self) -> None:
        """Select the unit ``self._auto`` picks now, with its reason; or nothing, if none
        qualifies."""
        trainer = self._trainer
        self._looked_steps = trainer.steps_done
        snapshot = trainer.evaluate()
        self._note(snapshot)
        with np.errstate(all="ignore"):  # a diverged network's z: the core skips NaN units
            zs = [z[0] for z in trainer.model.replica(0).pre_activations(trainer.X_train)]
        unit: tuple[int, int] | None = None
        if self._auto == FIRST_TO_DIE:
            unit, reason = health.first_to_die(self._since or [], zs), (FIRST_TO_DIE, 1.0)
        elif self._hit:
            found = health.most_inactive(zs)
            if found is not None:
                unit, reason = found[:2], (MOST_INACTIVE, found[2])
        if unit is None:
            self._clear_own()
            return
        self._reason = reason
        view = self._network.network_view
        self._choosing = True
        try:
            view.select(*unit)  # announces it (and the link follows) only if it changed
        finally:
            self._choosing = False

    def _clear_own(self) -> None:
        """Clear the selection as the link's own act (not the user's)."""
        self._reason = None
        self._choosing = True
        try:
            self._network.network_view.clear_selection()
        finally:
            self._choosing = False
        if self._unit is not None:  # the view had nothing selected, but the tap followed
            self._on_selection_cleared()

    # --- the view and the tap -------------------------------------------------------------
    def _on_neuron_selected(self, layer: int, unit: int) -> None:
        if self._catch_up() and self._network.network_view.selected() is None:
            return  # the view re-announced a unit of the old network, and it was dropped
        if not self._choosing:  # a click: the user chooses from now on
            self._auto, self._auto_config, self._reason = None, None, None
        self._unit = (layer, unit)
        self._feed()
        self._timer.start()

    def _on_selection_cleared(self) -> None:
        rebuilt = self._catch_up()  # a smaller network: the view dropped the unit itself
        if not (self._choosing or rebuilt):
            self._auto, self._auto_config = None, None
        self._unit, self._reason = None, None
        if not self._auto:
            self._timer.stop()
        self._tap.tap_widget.set_linked_source(None)

    def _on_tap_mode_changed(self, _text: str) -> None:
        if self._unit is not None and not self._tap.tap_widget.is_linked():
            # the tap's Manual button: the user takes the valve, so the link lets go
            self._network.network_view.clear_selection()
            if self._unit is not None:  # nothing was selected in the view
                self._on_selection_cleared()

    def _feed(self) -> None:
        if self._unit is None:
            return
        layer, unit = self._unit
        trainer = self._trainer
        if layer >= trainer.model.n_hidden or unit >= trainer.model.hidden_sizes[layer]:
            self._clear_own()  # a smaller network that the view has not been shown yet
            return
        self._last_steps = trainer.steps_done
        # the neuron the view shows is replica 0's; a copy of it alone costs one small pass
        one = trainer.model.replica(0)
        with np.errstate(all="ignore"):  # a diverged network's z: the tap skips non-finite ones
            z = one.pre_activations(trainer.X_train)[layer][0, :, unit]  # (n,)
        self._tap.tap_widget.set_linked_source(
            z,
            dead=bool(trainer.evaluate().dead[layer][0, unit]),
            label=translate("TapLink", "layer {layer}, neuron {unit}").format(
                layer=layer + 1, unit=unit + 1),
            reason=self.reason(),
        )
