"""The explorer's words: formulas for the tooltips, labels for the legend, the crosshair read-out
and the short guide. Plain functions of names and numbers, so they are tested without widgets."""

from __future__ import annotations

from collections.abc import Sequence

from reludesk.core import activations
from reludesk.core.activations import Activation
from reludesk.ui.theme import activation_colour
from reludesk.ui.widgets.plots import fmt

# One-line formulas for tooltips, in the notation of the plots.
FORMULAS: dict[str, str] = {
    "step": "1 if z ≥ 0, else 0. f′ = 0 everywhere: no gradient ever passes, a step cannot learn.",
    "linear": "f(z) = z. Stacked linear layers collapse into one: no non-linearity at all.",
    "sigmoid": "1 / (1 + e^−z). f′ is at most 0.25, and ≈ 0 for large |z| (saturation).",
    "tanh": "tanh(z). Zero-centred, but saturates like the sigmoid.",
    "relu": "max(0, z). f′ = 1 for z > 0 and 0 for z ≤ 0: a unit stuck below 0 dies.",
    "leaky_relu": "z if z > 0, else α·z. The small slope α keeps a gradient flowing below 0.",
    "prelu": "Like Leaky ReLU, but the network learns α; shown here at its starting slope.",
    "elu": "z if z > 0, else α·(e^z − 1). Smooth negative side that saturates at −α.",
    "selu": "λ·ELU with fixed λ ≈ 1.0507, α ≈ 1.6733: keeps activations normalised.",
    "gelu": "z·Φ(z), Φ the normal CDF. Used in transformers; dips slightly below 0.",
    "silu": "z·σ(z) (swish). Smooth, dips slightly below 0.",
    "softplus": "log(1 + e^z): a smooth ReLU whose f′ is the sigmoid.",
    "mish": "z·tanh(softplus(z)). Smooth, dips slightly below 0.",
}

GUIDE = (
    "<p>A unit computes z = w·x + b and passes on f(z). Training changes w in proportion "
    "to f′(z).</p>"
    "<p><b>Strong tint</b> in the f′ plot (dashed edges): f′ = 0, the unit learns nothing "
    "there. A ReLU unit whose z is below 0 for every input is <b>dead</b>.</p>"
    "<p><b>Light tint</b>: f′ is below 1 % of its peak. The unit is saturated and its "
    "gradient all but vanishes (sigmoid and tanh far from 0).</p>"
    "<p>Leaky ReLU keeps a slope α below 0: a trickle of gradient, so the unit can recover.</p>"
    "<p>Sigmoid's f′ is at most 0.25: through many layers the gradient fades "
    "(tab <i>Gradient through depth</i>).</p>"
)
GUIDE_TITLE = "What to look for"

BAND_KEY = (
    "Tint in the f′ plot: strong (dashed edges) where f′ = 0, the unit can die; light where "
    "f′ is below 1 % of its peak, saturated."
)


def short_label(name: str) -> str:
    """The label without its remark in brackets: "PReLU (learned slope)" -> "PReLU"."""
    return activations.label(name).split(" (")[0]


def legend_label(act: Activation) -> str:
    """The legend's words for ``act``: its short label, and its slope if it has one."""
    # short names ("PReLU", not "PReLU (learned slope)"): two columns of the long ones ran
    # past the plot's edge; the list and the table keep the full names
    if "alpha" in act.params:
        return f"{short_label(act.name)} (α = {act.params['alpha']:g})"
    return short_label(act.name)


def readout(z: float | None, acts: Sequence[Activation]) -> tuple[str, str]:
    """The crosshair read-out at ``z`` for ``acts``, as (plain text, rich text); a hint on how
    to get one while there is no crosshair (``z`` None) or nothing to read."""
    if z is None or not acts:
        hint = (
            "Hover over a plot to read f(z) and f′(z)."
            if acts
            else "Tick an activation on the left to plot it."
        )
        return hint, hint
    plain, rich = [f"z = {fmt(z)}"], [f"<b>z = {fmt(z)}</b>"]
    for act in acts:
        entry = f"{act.label}: f = {fmt(float(act.f(z)))}, f′ = {fmt(float(act.df(z)))}"
        plain.append(entry)
        # Non-breaking spaces inside an entry: lines may only wrap between activations.
        colour = activation_colour(act.name)
        rich.append(f"<span style='color:{colour}'>■</span>&nbsp;{entry.replace(' ', '&nbsp;')}")
    return " | ".join(plain), " &nbsp; ".join(rich)
