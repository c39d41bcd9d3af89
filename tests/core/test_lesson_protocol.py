"""How each lesson's claims are measured: its own protocol, on 16 starting weights at once.

``measure(name)`` trains the lesson's Config with ``SEEDS`` replicas in one vectorised pass
(replica r of seed s is the network the window shows for seed s when r = 0) and returns every
figure the lesson's text states, as medians over the networks that stayed finite. The burst
lessons follow what a student does: train a moment (``WARM_UP`` steps), press B, train on.
``tests/core/test_lessons.py`` holds the texts against these figures; the tests at the end of
this file check the protocol itself. ``tests/benchmarks/measure_lessons.py`` prints the figures.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from reludesk.core import activations, health, lessons
from reludesk.core.experiment import BURST_LR, BURST_STEPS, Config, Snapshot, Trainer
from reludesk.core.lessons import Lesson

SEEDS = 16
WARM_UP = 200  # steps trained before the burst: "train for a moment, then press B"
LATER = 60_000  # lesson 4: steps after the burst that the burst's dead must survive
REVIVAL = 2_000  # lesson 5: steps after the burst in which inactive units may come back
GRADIENT_SPAN = 1_000  # lessons 2 and 3: the first steps over which gradient ratios are taken
RECORD = 10  # steps between history records: the trainer window's own pace
_QUIET = 10**9  # a record stride no protocol reaches: the history keeps step 0 only

Figures = dict[str, float]


def after_burst(config: Config, warm_up: int = WARM_UP) -> Trainer:
    """A Trainer on ``config`` (all its replicas) that trained ``warm_up`` steps at the
    config's rate, then took the Burst (BURST_STEPS at BURST_LR, then back to the rate)."""
    trainer = Trainer(config, record_every=_QUIET)
    trainer.step(warm_up)
    trainer.burst()
    return trainer


def finite_median(values: np.ndarray, diverged: np.ndarray) -> float:
    """The median of ``values`` (..., replicas) over the replicas that did not diverge: a
    network that blew up is no evidence of anything and never counts as a healthy one. NaN
    when every network diverged."""
    kept = np.asarray(values, dtype=float)[..., ~np.asarray(diverged, dtype=bool)]
    return float(np.median(kept)) if kept.size else float("nan")


def inactive_counts(snap: Snapshot) -> np.ndarray:
    """(replicas,) inactive-but-alive units per network, as the network view counts them."""
    return np.array([snap.inactive_count(r) for r in range(len(snap.diverged))], dtype=float)


def _units(masks: list[np.ndarray]) -> np.ndarray:
    """(replicas,) how many units are set in per-layer (replicas, width) masks."""
    return sum(m.sum(axis=1) for m in masks)


def _gradient_ratio(trainer: Trainer, span: int) -> float:
    """Train ``trainer`` ``span`` steps, looking every RECORD steps (as the window's gradient
    plot does) at how many times smaller the first weight layer's gradient norm is than the
    last one's; the median over those looks (step 0 included) and the finite replicas."""
    ratios = []
    for _ in range(span // RECORD + 1):
        g = trainer.evaluate().grad_norm  # (replicas, weight layers)
        ratios.append(g[:, -1] / g[:, 0])
        if trainer.steps_done < span:
            trainer.step(RECORD)
    return finite_median(np.stack(ratios), trainer.diverged_mask)


def _trainer(lesson: Lesson, seeds: int, record_every: int = _QUIET, **changes) -> Trainer:
    return Trainer(lesson.config.replace(replicas=seeds, **changes), record_every=record_every)


def _measure_step(lesson: Lesson, seeds: int) -> Figures:
    steps = 5_000
    t = _trainer(lesson, seeds)
    start = [W.copy() for W in t.model.weights]
    t.step(steps)
    snap = t.evaluate()
    # the largest change of any weight, per replica and weight layer
    moved = [np.abs(W - W0).reshape(seeds, -1).max(axis=1)
             for W, W0 in zip(t.model.weights, start, strict=True)]
    firing = np.concatenate([a.ravel() for a in snap.active_fraction])
    return {
        "steps": steps,
        "hidden_change": float(max(m.max() for m in moved[:-1])),
        "output_learns": float(np.median(moved[-1]) > 0.0),
        "dead": finite_median(_units(snap.dead), snap.diverged),
        "hidden_units": float(sum(lesson.config.hidden)),
        "firing_pct": 100.0 * float(np.median(firing)),
        "accuracy_pct": 100.0 * finite_median(snap.test_accuracy, snap.diverged),
    }


def _measure_vanishing(lesson: Lesson, seeds: int) -> Figures:
    steps = 3_000
    out: Figures = {
        "span": GRADIENT_SPAN, "steps": steps, "layers": float(len(lesson.config.hidden)),
        "sigmoid_peak": activations.get("sigmoid").peak_derivative,
        "tanh_peak": activations.get("tanh").peak_derivative,
    }
    for act in ("sigmoid", "tanh"):
        t = _trainer(lesson, seeds, activation=act)
        start = t.evaluate().grad_norm  # (replicas, weight layers) at step 0
        ratio = _gradient_ratio(t, GRADIENT_SPAN)
        t.step(steps - t.steps_done)
        accuracy = 100.0 * finite_median(t.evaluate().test_accuracy, t.diverged_mask)
        if act == "sigmoid":
            out.update(ratio=ratio, accuracy_pct=accuracy,
                       ratio_start=finite_median(start[:, -1] / start[:, 0], t.diverged_mask))
        else:
            out.update(tanh_ratio=ratio, tanh_first_not_smaller=float(ratio <= 1.0),
                       tanh_accuracy_pct=accuracy)
    return out


def _measure_relu(lesson: Lesson, seeds: int) -> Figures:
    steps = 1_000
    relu = _trainer(lesson, seeds, RECORD)
    relu.step(steps)
    accuracy = np.median(relu.history.test_accuracy, axis=1)  # (records,)
    reached = np.flatnonzero(accuracy >= 0.9)
    sigmoid = _trainer(lesson, seeds, activation="sigmoid")
    sigmoid.step(steps)
    # lesson 2's six-layer network with ReLU in place of sigmoid
    deep = _trainer(lessons.get("vanishing"), seeds, activation="relu")
    return {
        "span": GRADIENT_SPAN,
        "steps": steps,
        "relu_slope": float(activations.get("relu").df(np.array([1.0]))[0]),
        "steps_to_90": float(relu.history.steps[reached[0]]) if reached.size else np.inf,
        "sigmoid_accuracy_pct": 100.0 * finite_median(sigmoid.evaluate().test_accuracy,
                                                      sigmoid.diverged_mask),
        "deep_ratio": _gradient_ratio(deep, GRADIENT_SPAN),
        "sigmoid_deep_ratio": measure("vanishing", seeds)["ratio"],
    }


def measure_dying(lesson: Lesson, seeds: int = SEEDS, warm_up: int = WARM_UP,
                  later: int = LATER) -> Figures:
    """Lesson 4's protocol: ``warm_up`` steps, the burst, ``later`` steps more; the units the
    burst killed (dead after it, alive before), counted over every hidden layer."""
    t = _trainer(lesson, seeds)
    t.step(warm_up)
    before = [m.copy() for m in t.evaluate().dead]
    W0 = [W.copy() for W in t.model.weights[:-1]]  # (replicas, fan_in, width) per layer
    t.burst()
    killed = [m & ~b for m, b in zip(t.evaluate().dead, before, strict=True)]
    ok = ~t.diverged_mask
    # how far the killed units' weight vectors shrank (norm over fan_in), where biases went
    shrink = np.concatenate([
        (np.linalg.norm(w0, axis=1) / np.linalg.norm(w, axis=1))[k]
        for w0, w, k in zip(W0, t.model.weights, killed, strict=False)])
    bias = np.concatenate([b[k] for b, k in zip(t.model.biases, killed, strict=False)])
    t.step(later)
    snap = t.evaluate()
    kept = [(d & k).sum() for d, k in zip(snap.dead, killed, strict=True)]  # per layer
    per_net = _units(killed)
    return {
        "burst_steps": float(BURST_STEPS),
        "burst_lr": BURST_LR,
        "learning_rate": lesson.config.learning_rate,
        "units": float(sum(lesson.config.hidden)),
        "dead_before": finite_median(_units(before), ~ok),
        "killed": finite_median(per_net, ~ok),
        "killed_min": float(per_net[ok].min()),
        "killed_max": float(per_net[ok].max()),
        "weight_shrink": float(np.median(shrink)),
        "bias_negative": float(np.all(bias < 0.0)),
        "bias_after": float(np.median(bias)),
        "later_steps": float(later),
        "still_dead_pct": float(100.0 * sum(kept) / max(per_net.sum(), 1)),
        **{f"still_dead_pct_layer{l + 1}": float(100.0 * n / k.sum()) if k.any() else np.nan
           for l, (n, k) in enumerate(zip(kept, killed, strict=True))},
        "dead_later": finite_median(_units(snap.dead), snap.diverged),
    }


def measure_leaky(lesson: Lesson, seeds: int = SEEDS, warm_up: int = WARM_UP,
                  other_alpha: float = 0.01) -> Figures:
    """Lesson 5's protocol at the lesson's alpha and at ``other_alpha``: ``warm_up`` steps,
    the burst, REVIVAL steps more. Keys end in the alpha: inactive units right after the
    burst and REVIVAL steps later (medians), and the share of the burst's inactive units that
    came back (pooled over the networks)."""
    ours = lesson.config.alpha
    out: Figures = {"span": float(REVIVAL), "dead": 0.0, "diverged": 0.0, "alpha": ours,
                    "other_alpha": other_alpha, "units": float(sum(lesson.config.hidden))}
    for alpha in (ours, other_alpha):
        t = after_burst(lesson.config.replace(replicas=seeds, alpha=alpha), warm_up)
        burst = t.evaluate()
        t.step(REVIVAL)
        later = t.evaluate()
        gone = _units([i & ~j for i, j in zip(burst.inactive, later.inactive, strict=True)])
        ok = ~later.diverged
        out[f"inactive_{alpha:g}"] = finite_median(inactive_counts(burst), later.diverged)
        out[f"later_{alpha:g}"] = finite_median(inactive_counts(later), later.diverged)
        out[f"revived_pct_{alpha:g}"] = float(
            100.0 * gone[ok].sum() / max(_units(burst.inactive)[ok].sum(), 1))
        out["dead"] += float(_units(burst.dead).sum() + _units(later.dead).sum())
        out["diverged"] += float(later.diverged.sum())
    return out


def _measure_beyond(lesson: Lesson, seeds: int) -> Figures:
    steps = 5_000
    floor = health.SATURATED_GRADIENT
    acts = {name: activations.get(name) for name in ("elu", "gelu", "silu")}
    z = np.linspace(-10.0, 0.0, 100_001)
    t = _trainer(lesson, seeds)
    start = np.concatenate([s.ravel() for s in t.model.slopes])
    t.step(steps)
    snap = t.evaluate()
    slopes = np.concatenate([s[~snap.diverged].ravel() for s in snap.slopes])
    return {
        "steps": steps,
        "saturated_exponent": float(np.log10(floor)),
        "gelu_min": float(acts["gelu"].f(z).min()),
        "silu_min": float(acts["silu"].f(z).min()),
        **{f"{n}_zero": a.quiet_tails(0.0)[0] for n, a in acts.items()},
        **{f"{n}_quiet": a.quiet_tails(floor)[0] for n, a in acts.items()},
        "start_slope": float(np.median(start)) if np.ptp(start) == 0 else np.nan,
        **{f"slope_layer{l + 1}": finite_median(mean, snap.diverged)
           for l, mean in enumerate(snap.slope_mean())},
        "negative_pct": 100.0 * float(np.mean(slopes < 0.0)),
    }


_MEASURES = {
    "step": _measure_step,
    "vanishing": _measure_vanishing,
    "relu": _measure_relu,
    "dying_relu": measure_dying,
    "leaky_relu": measure_leaky,
    "beyond": _measure_beyond,
}


@cache
def _measured(name: str, seeds: int) -> tuple[tuple[str, float], ...]:
    figures = _MEASURES[name](lessons.get(name), seeds)
    return (("seeds", float(seeds)), *figures.items())


def measure(name: str, seeds: int = SEEDS) -> Figures:
    """Every figure lesson ``name`` states, measured with its own protocol on ``seeds``
    starting weights: deterministic, and kept after the first call (a few seconds each)."""
    lessons.get(name)  # ValueError naming the lessons for a wrong name
    return dict(_measured(name, seeds))


# --- the protocol itself ---------------------------------------------------------------------


def test_after_burst_trains_warm_up_plus_the_burst_and_restores_the_rate():
    config = lessons.get("dying_relu").config.replace(replicas=2)
    t = after_burst(config, warm_up=30)
    assert t.steps_done == 30 + BURST_STEPS
    assert t.config.learning_rate == config.learning_rate


def test_a_diverged_network_is_left_out_of_the_medians():
    # two leaky networks; network 1 is pushed far below zero (every unit inactive, all finite)
    # and then blown up, so the trainer stops it in that state
    t = Trainer(lessons.get("leaky_relu").config.replace(replicas=2), record_every=_QUIET)
    t.model.biases[0][1] = -1e3
    t.step(1)
    t.model.weights[-1][1] = np.nan
    t.step(1)
    snap = t.evaluate()
    assert snap.diverged.tolist() == [False, True]
    counts = inactive_counts(snap)
    assert counts[1] == 16 and counts[0] < 16
    assert finite_median(counts, snap.diverged) == counts[0]  # not (counts[0] + 16) / 2
    assert np.isnan(finite_median(counts, np.ones(2, dtype=bool)))


def test_a_nan_network_has_no_inactive_unit():
    # "never let a NaN unit pass for an inactive one": z is NaN, z <= 0 is False
    t = Trainer(lessons.get("leaky_relu").config.replace(replicas=2), record_every=_QUIET)
    t.model.weights[0][0] = np.nan
    t.invalidate()
    assert inactive_counts(t.evaluate())[0] == 0
