"""The words of the explorer's properties table, derived from an activation and its parameters
(never fixed per name), so a new alpha changes them: Leaky ReLU at alpha 1 is the identity,
smooth and zero-centred. Plain functions of a core :class:`Activation`, tested without widgets.

The "Can die" row speaks the network view's words for the states of :mod:`reludesk.core.health`:
dead (ReLU, step: f' exactly 0), inactive but alive (Leaky ReLU, PReLU: the leak still flows),
saturated (smooth ones: |f'| below ``health.SATURATED_GRADIENT`` far from 0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reludesk.core import health
from reludesk.core.activations import Activation
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.widgets.plots import fmt

DEPTH_TAB = QT_TRANSLATE_NOOP("ExplorerProperties", "Peak f′ through depth")

# One row per property: (row title, tooltip), as the translators get them: a tooltip's {depth_tab}
# and {bound} are filled in where it is shown (``row_texts``). The cost rows are filled in by the
# table.
_ROW_SOURCES: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Output range"),
        QT_TRANSLATE_NOOP("ExplorerProperties", "The values f(z) can take."),
    ),
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Monotonic"),
        QT_TRANSLATE_NOOP("ExplorerProperties", "Does f only ever go up as z grows?"),
    ),
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Mean f, z ~ N(0, 1)"),
        QT_TRANSLATE_NOOP(
            "ExplorerProperties",
            "The mean output when z is standard normal. 0 means zero-centred (tanh, SELU, "
            "linear, Leaky ReLU at α = 1): the next layer's inputs take both signs alike. The "
            "further from 0, the more they all lean one way, and the more that layer's weights "
            "move together.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Smooth at 0"),
        QT_TRANSLATE_NOOP("ExplorerProperties", "Is f′ continuous at z = 0 (no kink)?"),
    ),
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Peak |f′|"),
        QT_TRANSLATE_NOOP(
            "ExplorerProperties",
            "The largest |f′|, reached at one z only. Raised to the power n it is the "
            "activation's own share of a gradient after n layers if every unit sat at that z; "
            "the weights multiply in too, so it bounds nothing in a real network (see "
            "“{depth_tab}”).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Can die"),
        QT_TRANSLATE_NOOP(
            "ExplorerProperties",
            "Dead: f′ is exactly 0 for every training input, so no gradient reaches the unit's "
            "weights; only ReLU and step have such a flat half-line. Leaky ReLU and PReLU units "
            "can be inactive but alive (the leak still flows); smooth ones can be saturated "
            "(|f′| below {bound} on every input). The network view uses the same words.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Cost of f (ns)"),
        QT_TRANSLATE_NOOP(
            "ExplorerProperties",
            "Nanoseconds per element to compute f(z), measured on this machine (the best "
            "of 3 calls on 100,000 values).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ExplorerProperties", "Cost of f′ (ns)"),
        QT_TRANSLATE_NOOP(
            "ExplorerProperties", "Nanoseconds per element to compute f′(z), measured like f."
        ),
    ),
)
_FILLED = {"depth_tab": DEPTH_TAB, "bound": f"{health.SATURATED_GRADIENT:g}"}
ROWS: tuple[tuple[str, str], ...] = tuple(
    (title, tip.format(**_FILLED)) for title, tip in _ROW_SOURCES
)
"""The rows in English, placeholders filled in."""
COST_ROWS = (6, 7)


@dataclass(frozen=True)
class Cell:
    """One cell's text, its tooltip ("" for none) and whether it stands out (a unit can die)."""

    text: str
    tip: str = ""
    strong: bool = False


def row_texts() -> list[tuple[str, str]]:
    """Every row's (title, tooltip) in the language in use, placeholders filled in."""
    filled = {**_FILLED, "depth_tab": translate("ExplorerProperties", DEPTH_TAB)}
    return [
        (translate("ExplorerProperties", title),
         translate("ExplorerProperties", tip).format(**filled))
        for title, tip in _ROW_SOURCES
    ]


def yes_no(value: bool) -> str:
    return translate("ExplorerProperties", "Yes") if value else translate(
        "ExplorerProperties", "No")


def monotonic(act: Activation) -> Cell:
    """Yes / No; for a learned slope, Yes only while it stays >= 0."""
    if act.learns_slope:
        return Cell(translate("ExplorerProperties", "Yes while α ≥ 0"),
                    translate("ExplorerProperties", "The network learns α, and training often "
                              "pushes it below 0: then f falls as z grows below 0."))
    return Cell(yes_no(act.monotonic))


def mean(act: Activation) -> Cell:
    """The mean output for z ~ N(0, 1), three decimals (never "−0.000")."""
    m = act.mean_output
    text = f"{abs(m) if act.zero_centred else m:.3f}".replace("-", "−")
    tip = (translate("ExplorerProperties", "Zero-centred.") if act.zero_centred
           else translate("ExplorerProperties", "Leans positive: {mean} on average.").format(
               mean=f"{m:.3f}"))
    return Cell(text, tip)


def can_die(act: Activation) -> Cell:
    """Yes only where the network can find a unit dead; otherwise which state it can be in."""
    kind = health.family(act.name)
    if kind == "flat":
        low, _ = act.quiet_tails(0.0)
        text = (translate("ExplorerProperties", "Yes: dead, f′ = 0 everywhere")
                if low == math.inf
                else translate("ExplorerProperties", "Yes: dead, f′ = 0 for z ≤ {z}").format(
                    z=fmt(low)))
        tip = translate("ExplorerProperties",
                        "A unit whose f′ is 0 on every training input gets no gradient at all: "
                        "dead. The layers after it still learn.")
        return Cell(text, tip, strong=True)
    if kind == "sloped":
        text = (translate("ExplorerProperties", "No: inactive, leaks at learned α")
                if act.learns_slope
                else translate("ExplorerProperties", "No: inactive, leaks at α = {alpha}").format(
                    alpha=f"{act.params['alpha']:g}"))
        return Cell(text,
                    translate("ExplorerProperties",
                              "A unit with z ≤ 0 on every input is inactive but alive: the "
                              "gradient still flows at slope α, so it can revive."))
    if kind == "linear":
        return Cell(translate("ExplorerProperties", "No: f′ = 1 everywhere"))
    return _saturates(act)


def _saturates(act: Activation) -> Cell:
    """A smooth activation: alive in the maths, but its gradient fades far from 0."""
    bound = health.SATURATED_GRADIENT
    low, high = act.quiet_tails(bound)
    zero_low, zero_high = act.quiet_tails(0.0)
    if math.isfinite(high) and math.isclose(high, -low, rel_tol=1e-3):  # sigmoid, tanh
        where = translate("ExplorerProperties", "beyond |z| ≈ {z}").format(z=fmt(high))
        text = translate("ExplorerProperties", "No: saturates beyond |z| ≈ {z}").format(
            z=fmt(high))
    else:
        where = translate("ExplorerProperties", "below z ≈ {z}").format(z=fmt(low))
        text = translate("ExplorerProperties", "No: saturates below z ≈ {z}").format(z=fmt(low))
    below = translate("ExplorerProperties", "below z ≈ {z}").format(z=fmt(zero_low))
    above = translate("ExplorerProperties", "above z ≈ {z}").format(z=fmt(zero_high))
    if math.isfinite(zero_low) and math.isfinite(zero_high):
        exact_text = translate("ExplorerProperties", "{below} and {above}").format(
            below=below, above=above)
    else:
        exact_text = below if math.isfinite(zero_low) else above if math.isfinite(
            zero_high) else ""
    tip = translate("ExplorerProperties",
                    "Never dead, but far from 0 its gradient fades: |f′| < {bound} {where}, "
                    "where the network calls a unit saturated (alive in the maths, silent in "
                    "the numbers).").format(bound=f"{bound:g}", where=where)
    if exact_text:
        tip += " " + translate("ExplorerProperties", "In float64 f′ is exactly 0 {where}.").format(
            where=exact_text)
    return Cell(text, tip)


def cells(act: Activation) -> list[Cell]:
    """Every row's cell for ``act`` except the costs, in the order of ROWS."""
    return [
        Cell(act.output_range),
        monotonic(act),
        mean(act),
        Cell(yes_no(act.smooth_at_0)),
        Cell(fmt(act.peak_derivative)),
        can_die(act),
    ]
