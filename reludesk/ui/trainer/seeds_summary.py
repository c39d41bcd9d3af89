"""A 32-seed run's result as numbers and words: the histogram's bins and the summary sentence.

Plain numpy and strings, so the result a class reads can be tested without painting. Shares are
in [0, 1], one per network; NaN marks a network that diverged, which is reported, not counted.
"""

from __future__ import annotations

import numpy as np

from reludesk.core.health import SATURATED_GRADIENT
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

PER_UNIT_BINS_UP_TO = 32  # up to this many hidden units, one bar per possible dead count
COARSE_BINS = 16


def histogram(values: np.ndarray, units: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Bar centres (percent, (bins,)), counts ((bins,)) and bar width (percent) for the finite
    shares among ``values`` (networks,) of a network with ``units`` hidden units.

    A small network can only lose whole units, so it gets one bar per possible count (0 of 16,
    1 of 16, ...); a big one gets 16 equal bins.
    """
    finite = values[np.isfinite(values)]
    if units == 0:  # no hidden layer: nothing can die, one bar at 0 %
        return np.zeros(1), np.array([finite.size]), 100.0 / COARSE_BINS
    if units <= PER_UNIT_BINS_UP_TO:
        counts = np.bincount(np.rint(finite * units).astype(int), minlength=units + 1)
        return 100.0 * np.arange(units + 1) / units, counts, 100.0 / units
    counts, edges = np.histogram(finite, bins=COARSE_BINS, range=(0.0, 1.0))
    return 50.0 * (edges[:-1] + edges[1:]), counts, 100.0 / COARSE_BINS


def _percent(x: float) -> str:
    return f"{100.0 * x:.0f} %"


def _spread(q1: float, q3: float) -> str:
    if _percent(q1) == _percent(q3):
        return translate("SeedsSummary", "(the middle half all at {share})").format(
            share=_percent(q1))
    return translate("SeedsSummary", "(the middle half between {low} and {high})").format(
        low=_percent(q1), high=_percent(q3))


# translated where shown, the floor filled in after: translate("SeedsSummary", ...)
SECOND_WORDS = {
    "inactive": QT_TRANSLATE_NOOP(
        "SeedsSummary", "Inactive but still learning (gradient leaks through, so they can revive)"),
    "saturated": QT_TRANSLATE_NOOP(
        "SeedsSummary", "Saturated (|f′| below {floor} on every input: mathematically alive, "
        "numerically silent)"),
}


def describe(
    title: str,
    dead: np.ndarray,
    inactive: np.ndarray | None,
    steps_text: str,
    second: str = "inactive",
) -> str:
    """The result in words: median and quartiles of the finite networks' dead shares ``dead``
    (networks,), and of their shares ``inactive`` of the ``second`` state if given ("inactive"
    for a leaky activation, "saturated" for a smooth one), diverged ones named. ``title`` names
    the activation, ``steps_text`` the training ("after 2000 steps ..."). In the language chosen
    now (ask again after a change of language)."""
    finite = np.isfinite(dead)
    n, n_bad = int(finite.sum()), int((~finite).sum())
    if n == 0:
        return translate(
            "SeedsSummary", "{title}: all {n} networks diverged, so there is nothing to count. "
            "Lower the learning rate and run again.").format(title=title, n=dead.size)
    q1, med, q3 = np.percentile(dead[finite], [25, 50, 75])
    text = translate(
        "SeedsSummary", "{title}: median {median} dead over {n} seeds {spread}, {steps}.").format(
            title=title, median=_percent(med), n=n, spread=_spread(q1, q3), steps=steps_text)
    if inactive is not None:
        i1, imed, i3 = np.percentile(inactive[finite], [25, 50, 75])
        words = translate("SeedsSummary", SECOND_WORDS[second]).format(
            floor=f"{SATURATED_GRADIENT:g}")
        text += " " + translate("SeedsSummary", "{words}: median {median} {spread}.").format(
            words=words, median=_percent(imed), spread=_spread(i1, i3))
    if n_bad:
        said = (translate("SeedsSummary", "{n} diverged and is not counted.") if n_bad == 1
                else translate("SeedsSummary", "{n} diverged and are not counted."))
        text += " " + said.format(n=n_bad)
    return text
