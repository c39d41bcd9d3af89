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
from reludesk.ui.widgets.plots import fmt

DEPTH_TAB = "Peak f′ through depth"

# One row per property: (row title, tooltip). The cost rows are filled in by the table.
ROWS: tuple[tuple[str, str], ...] = (
    ("Output range", "The values f(z) can take."),
    ("Monotonic", "Does f only ever go up as z grows?"),
    (
        "Mean f, z ~ N(0, 1)",
        "The mean output when z is standard normal. 0 means zero-centred (tanh, SELU, linear, "
        "Leaky ReLU at α = 1): the next layer's inputs take both signs alike. The further from "
        "0, the more they all lean one way, and the more that layer's weights move together.",
    ),
    ("Smooth at 0", "Is f′ continuous at z = 0 (no kink)?"),
    (
        "Peak |f′|",
        "The largest |f′|, reached at one z only. Raised to the power n it is the "
        "activation's own share of a gradient after n layers if every unit sat at that z; the "
        f"weights multiply in too, so it bounds nothing in a real network (see “{DEPTH_TAB}”).",
    ),
    (
        "Can die",
        "Dead: f′ is exactly 0 for every training input, so no gradient reaches the unit's "
        "weights; only ReLU and step have such a flat half-line. Leaky ReLU and PReLU units can "
        "be inactive but alive (the leak still flows); smooth ones can be saturated (|f′| "
        f"below {health.SATURATED_GRADIENT:g} on every input). The network view uses the "
        "same words.",
    ),
    (
        "Cost of f (ns)",
        "Nanoseconds per element to compute f(z), measured on this machine (the best "
        "of 3 calls on 100,000 values).",
    ),
    ("Cost of f′ (ns)", "Nanoseconds per element to compute f′(z), measured like f."),
)
COST_ROWS = (6, 7)


@dataclass(frozen=True)
class Cell:
    """One cell's text, its tooltip ("" for none) and whether it stands out (a unit can die)."""

    text: str
    tip: str = ""
    strong: bool = False


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def monotonic(act: Activation) -> Cell:
    """Yes / No; for a learned slope, Yes only while it stays >= 0."""
    if act.learns_slope:
        return Cell("Yes while α ≥ 0", "The network learns α, and training often pushes it "
                    "below 0: then f falls as z grows below 0.")
    return Cell(yes_no(act.monotonic))


def mean(act: Activation) -> Cell:
    """The mean output for z ~ N(0, 1), three decimals (never "−0.000")."""
    m = act.mean_output
    text = f"{abs(m) if act.zero_centred else m:.3f}".replace("-", "−")
    tip = "Zero-centred." if act.zero_centred else f"Leans positive: {m:.3f} on average."
    return Cell(text, tip)


def can_die(act: Activation) -> Cell:
    """Yes only where the network can find a unit dead; otherwise which state it can be in."""
    kind = health.family(act.name)
    if kind == "flat":
        low, _ = act.quiet_tails(0.0)
        where = "everywhere" if low == math.inf else f"for z ≤ {fmt(low)}"
        tip = ("A unit whose f′ is 0 on every training input gets no gradient at all: dead. "
               "The layers after it still learn.")
        return Cell(f"Yes: dead, f′ = 0 {where}", tip, strong=True)
    if kind == "sloped":
        alpha = "learned α" if act.learns_slope else f"α = {act.params['alpha']:g}"
        return Cell(f"No: inactive, leaks at {alpha}",
                    "A unit with z ≤ 0 on every input is inactive but alive: the gradient still "
                    "flows at slope α, so it can revive.")
    if kind == "linear":
        return Cell("No: f′ = 1 everywhere")
    return _saturates(act)


def _saturates(act: Activation) -> Cell:
    """A smooth activation: alive in the maths, but its gradient fades far from 0."""
    bound = health.SATURATED_GRADIENT
    low, high = act.quiet_tails(bound)
    zero_low, zero_high = act.quiet_tails(0.0)
    if math.isfinite(high) and math.isclose(high, -low, rel_tol=1e-3):  # sigmoid, tanh
        where, text = f"beyond |z| ≈ {fmt(high)}", f"No: saturates beyond |z| ≈ {fmt(high)}"
    else:
        where, text = f"below z ≈ {fmt(low)}", f"No: saturates below z ≈ {fmt(low)}"
    exact = [f"below z ≈ {fmt(zero_low)}" if math.isfinite(zero_low) else "",
             f"above z ≈ {fmt(zero_high)}" if math.isfinite(zero_high) else ""]
    exact_text = " and ".join(e for e in exact if e)
    tip = (f"Never dead, but far from 0 its gradient fades: |f′| < {bound:g} {where}, where the "
           "network calls a unit saturated (alive in the maths, silent in the numbers).")
    if exact_text:
        tip += f" In float64 f′ is exactly 0 {exact_text}."
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
