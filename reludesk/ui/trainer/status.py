"""The words of the trainer room: the Train tab's dead counter, loss line, divergence banner and
status line, the burst, and compare mode's counters and stories.

Kept apart from the widgets so every sentence can be tested, and so one rule holds everywhere:
a number that is not finite is shown as "—", never as "nan" or "inf".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reludesk.core import activations, health
from reludesk.core.config import Config
from reludesk.core.experiment import BURST_LR, BURST_STEPS, RUNAWAY_FACTOR, Snapshot, Trainer
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

# every sentence here is translated when it is made (context "TrainerStatus"), so a text built
# after a change of language is in the new one

MISSING = "—"
FLOOR = f"{health.SATURATED_GRADIENT:g}"  # the saturated state's threshold, as the texts say it
# the core flags a loss RUNAWAY_FACTOR (10^6) times its start, still finite, as running away
_FOLD = "a million-fold" if RUNAWAY_FACTOR == 1e6 else f"{RUNAWAY_FACTOR:g}-fold"
RUNAWAY = (
    f"The loss has grown {_FOLD} since the start: training is running away and will soon "
    "overflow. Lower the learning rate, or press Reset."
)
"""The runaway banner in English (``runaway_text``: in the language chosen)."""


def runaway_text() -> str:
    """The banner for a loss running away (``RUNAWAY``), in the language now chosen."""
    if RUNAWAY_FACTOR == 1e6:
        fold = translate("TrainerStatus", "a million-fold")
    else:
        fold = translate("TrainerStatus", "{factor}-fold").format(factor=f"{RUNAWAY_FACTOR:g}")
    return translate(
        "TrainerStatus",
        "The loss has grown {fold} since the start: training is running away and will soon "
        "overflow. Lower the learning rate, or press Reset.").format(fold=fold)


def rate_text(lr: float) -> str:
    """A learning rate as a student writes it: 0.00001, 0.03, 1, 10."""
    return f"{lr:.5f}".rstrip("0").rstrip(".")


def number_text(x: float, digits: int = 3) -> str:
    """``x`` to ``digits`` significant digits, or "—" when it is not a finite number."""
    x = float(x)
    return f"{x:.{digits}g}" if math.isfinite(x) else MISSING


def percent_text(share: float) -> str:
    """A share in [0, 1] as "31 %", or "—"."""
    share = float(share)
    return f"{round(100 * share)} %" if math.isfinite(share) else MISSING


def speed_text(speed: float | None) -> str:
    """A training speed as the speed control names it: "1 step/s", "1,000 steps/s", or "Full
    speed" for None (as fast as the machine trains)."""
    if speed is None:
        return translate("TrainerStatus", "Full speed")
    said = (translate("TrainerStatus", "{speed} step/s") if speed == 1
            else translate("TrainerStatus", "{speed} steps/s"))
    return said.format(speed=f"{speed:,.0f}")


def burst_text() -> str:
    """The burst as buttons and sentences name it: "100 steps at learning rate 1"."""
    return translate("TrainerStatus", "{steps} steps at learning rate {rate}").format(
        steps=BURST_STEPS, rate=rate_text(BURST_LR))


def burst_progress_text(taken: int, total: int, lr: float = BURST_LR) -> str:
    """A paced burst under way, for the status line: "Burst: 37 / 100 steps at rate 1"."""
    return translate("TrainerStatus", "Burst: {taken} / {total} steps at rate {rate}").format(
        taken=f"{taken:,}", total=f"{total:,}", rate=rate_text(lr))


def burst_ended_text(taken: int, total: int, back_to: float, lr: float = BURST_LR) -> str:
    """A paced burst that is over, with the rate it went back to: all its steps ("Burst: 100
    steps at learning rate 1; back to 0.03"), or cut short by a pause or a new network."""
    back = rate_text(back_to)
    if taken >= total:
        return translate("TrainerStatus",
                         "Burst: {total} steps at learning rate {rate}; back to {back}").format(
            total=f"{total:,}", rate=rate_text(lr), back=back)
    return translate("TrainerStatus",
                     "Burst stopped after {taken} / {total} steps; back to rate {back}").format(
        taken=f"{taken:,}", total=f"{total:,}", back=back)


def activation_title(config: Config) -> str:
    """The hidden activation in words, with its slope if it has one: "Leaky ReLU (α 0.01)"."""
    title = activations.label(config.activation)
    alpha = config.effective_alpha
    return title if alpha is None else translate("TrainerStatus", "{title} (α {alpha})").format(
        title=title, alpha=f"{alpha:g}")


def dead_text(snapshot: Snapshot, config: Config) -> str:
    """Replica 0's dead hidden units out of all hidden units, e.g. "Dead 5 / 16 (31 %)"."""
    total = sum(config.hidden)
    dead = snapshot.dead_count(0)
    if total == 0:
        return translate("TrainerStatus", "Dead 0 / 0 (no hidden layer)")
    return translate("TrainerStatus", "Dead {dead} / {total} ({share})").format(
        dead=dead, total=total, share=percent_text(dead / total))


def inactive_text(snapshot: Snapshot, config: Config) -> str:
    """Replica 0's units asleep but alive (dead ones not counted), e.g. "· 3 inactive but
    alive", for the family that can sleep (``health.family`` "sloped": Leaky ReLU, PReLU); ""
    for the rest, where inactive and dead coincide (ReLU) or "inactive" means nothing."""
    if health.family(config.activation) != "sloped" or not snapshot.inactive:
        return ""
    return translate("TrainerStatus", "· {n} inactive but alive").format(
        n=snapshot.inactive_count(0))


def second_state(activation: str) -> str | None:
    """The state counted beside "dead" for ``activation``, by its family (``health.family``):
    "inactive" (Leaky ReLU, PReLU: asleep, yet the leak carries gradient), "saturated" (smooth
    activations, which cannot die), or None (ReLU and step, whose inactive units are the dead
    ones; linear, which has neither)."""
    return {"sloped": "inactive", "smooth": "saturated"}.get(health.family(activation))


# a legend's words for the second state's curve or bars, translated by second_name()
SECOND_NAMES = {
    "inactive": QT_TRANSLATE_NOOP("TrainerStatus", "inactive, can revive"),
    "saturated": QT_TRANSLATE_NOOP("TrainerStatus", "saturated (|f′| < {floor})"),
}


def second_name(second: str) -> str:
    """A legend's words for ``second`` ("inactive" or "saturated"), in the language chosen."""
    return translate("TrainerStatus", SECOND_NAMES[second]).format(floor=FLOOR)


def saturated_text(snapshot: Snapshot) -> str:
    """Replica 0's saturated units, e.g. "· 3 saturated (|f′| < 1e-12 on every input)"; ""
    when there are none (the count is shown only where it is not zero)."""
    n = snapshot.saturated_count(0)
    if not n:
        return ""
    return translate("TrainerStatus", "· {n} saturated (|f′| < {floor} on every input)").format(
        n=n, floor=FLOOR)


def counter_text(snapshot: Snapshot, config: Config, diverged_at: int | None = None) -> str:
    """Replica 0's dead, inactive-but-alive and saturated units on one line, e.g. "Dead 2 / 16
    (13 %) · 3 inactive but alive". A network that diverged (at step ``diverged_at``) is not
    counted: its units are neither dead nor alive ("Dead — / 16 · diverged at step 9, not
    counted")."""
    if diverged_at is not None:
        total = sum(config.hidden)
        return translate("TrainerStatus",
                         "Dead {missing} / {total} · diverged at step {step}, not counted").format(
            missing=MISSING, total=total, step=f"{diverged_at:,}")
    texts = (
        dead_text(snapshot, config), inactive_text(snapshot, config), saturated_text(snapshot)
    )
    return " ".join(t for t in texts if t)


def _burst_result(trainer: Trainer) -> str:
    """One network's units after a burst, in the words of its family."""
    snap, title = trainer.evaluate(), activation_title(trainer.config)
    family = health.family(trainer.config.activation)
    if family == "sloped":
        return translate("TrainerStatus", "{title}: {n} inactive but still learning").format(
            title=title, n=snap.inactive_count(0))
    if family == "smooth":
        return translate("TrainerStatus",
                         "{title}: {n} saturated (|f′| < {floor}), none can die").format(
            title=title, n=snap.saturated_count(0), floor=FLOOR)
    if family == "linear":
        return translate("TrainerStatus", "{title}: no unit can die or sleep").format(title=title)
    # not "for good": a dead unit of a later layer comes back if the layers before it move its
    # inputs above zero (only a first-layer unit is dead for good)
    return translate("TrainerStatus", "{title}: {n} dead (no gradient reaches them)").format(
        title=title, n=snap.dead_count(0))


def compare_burst_text(pair: Sequence[Trainer]) -> str:
    """What a burst did to compare mode's (left, right) networks, in one sentence."""
    parts = [
        translate("TrainerStatus", "{title} diverged").format(title=activation_title(t.config))
        if t.diverged else _burst_result(t) for t in pair
    ]
    rate = rate_text(pair[0].config.learning_rate)
    return translate("TrainerStatus", "After the burst (back at rate {rate}): {results}.").format(
        rate=rate, results="; ".join(parts))


def compare_stopped_text(pair: Sequence[Trainer], action: str) -> str:
    """Why compare mode's ``action`` ("burst", "step") is refused: a side has stopped, and
    moving only the other would break the lockstep. "" if neither has stopped."""
    stopped = [t for t in pair if t.diverged]
    if not stopped:
        return ""
    which = translate("TrainerStatus", " and ").join(
        translate("TrainerStatus", "{title} stopped at step {step}").format(
            title=activation_title(t.config), step=f"{t.steps_done:,}") for t in stopped
    )
    # the action is named by a whole sentence each ("burst" or "step"), so a translator sees it
    said = (translate("TrainerStatus",
                      "No burst: {which} (training diverged), and moving only the other network "
                      "would leave the two at different steps. Press Reset, or lower the "
                      "learning rate.") if action == "burst"
            else translate("TrainerStatus",
                           "No step: {which} (training diverged), and moving only the other "
                           "network would leave the two at different steps. Press Reset, or "
                           "lower the learning rate."))
    return said.format(which=which)


def compare_steps_text(pair: Sequence[Trainer]) -> str:
    """The steps of compare mode's (left, right) networks: "Step 1,200" while in lockstep,
    each side's own step (and which stopped) once they differ."""
    left, right = pair
    if left.steps_done == right.steps_done:
        return translate("TrainerStatus", "Step {step}").format(step=f"{left.steps_done:,}")
    return " · ".join(
        (translate("TrainerStatus", "{title}: step {step} (stopped)") if t.diverged
         else translate("TrainerStatus", "{title}: step {step}")).format(
            title=activation_title(t.config), step=f"{t.steps_done:,}")
        for t in pair
    )


def compare_diverged_text(pair: Sequence[Trainer]) -> str:
    """Which of compare mode's networks diverged and where, and what to do; "" if none did."""
    # each names its own step: the other side may have run on within the same slice
    which = [
        translate("TrainerStatus", "{title} diverged at step {step}").format(
            title=activation_title(t.config), step=t.steps_done)
        for t in pair if t.diverged
    ]
    if not which:
        return ""
    return translate(
        "TrainerStatus",
        "{which}: a number overflowed, so training stopped and the last finite state is shown. "
        "Press Reset, or lower the learning rate.").format(
            which=translate("TrainerStatus", " and ").join(which))


def metrics_text(snapshot: Snapshot, task: str) -> str:
    """Step, loss and (for classification) accuracy of replica 0, with "—" for non-finite."""
    parts = [
        translate("TrainerStatus", "Step {step}").format(step=f"{snapshot.steps:,}"),
        translate("TrainerStatus", "loss: train {train}, test {test}").format(
            train=number_text(snapshot.train_loss[0]), test=number_text(snapshot.test_loss[0])),
    ]
    if task == "classification":
        parts.append(translate("TrainerStatus", "accuracy: train {train}, test {test}").format(
            train=percent_text(snapshot.train_accuracy[0]),
            test=percent_text(snapshot.test_accuracy[0])))
    return "   ·   ".join(parts)


def burst_refused_text(steps: int) -> str:
    """Why a burst did nothing: the network had stopped (diverged) at step ``steps`` already,
    so not one step was taken; the burst did not cause it."""
    return translate(
        "TrainerStatus",
        "The burst did nothing: training had already stopped at step {step} (a number "
        "overflowed before the burst), so no step was taken. Lower the learning rate, then "
        "press Reset.").format(step=f"{steps:,}")


def diverged_text(lr: float, *, burst: bool = False) -> str:
    """The banner shown when training stops on a non-finite value: what happened, what to do."""
    rate = rate_text(lr)
    said = (translate("TrainerStatus",
                      "Training stopped: the loss grew without limit, because the steps were too "
                      "big (the burst at learning rate {rate} is too large for this network). "
                      "The picture shows the last good state. Lower the learning rate, then "
                      "press Reset.") if burst
            else translate("TrainerStatus",
                           "Training stopped: the loss grew without limit, because the steps "
                           "were too big (the learning rate {rate} is too large for this "
                           "network). The picture shows the last good state. Lower the learning "
                           "rate, then press Reset."))
    return said.format(rate=rate)


def rate_status(steps: int, steps_per_s: float) -> str:
    """The status-bar line while training."""
    rate = f"{steps_per_s:,.0f}" if math.isfinite(steps_per_s) else MISSING
    return translate("TrainerStatus", "Training: step {step} · {rate} steps/s").format(
        step=f"{steps:,}", rate=rate)
