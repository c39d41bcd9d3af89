"""The explorer's words: formulas for the tooltips, labels for the legend, the crosshair read-out
and the short guide. Plain functions of names and numbers, so they are tested without widgets."""

from __future__ import annotations

from collections.abc import Sequence

from reludesk.core import activations
from reludesk.core.activations import Activation
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.explorer.properties import DEPTH_TAB
from reludesk.ui.theme import activation_colour
from reludesk.ui.widgets.plots import fmt

# One-line formulas for tooltips, in the notation of the plots; translated where they are shown
# (``formula``), as are the guide and the key below.
FORMULAS: dict[str, str] = {
    "step": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "1 if z ≥ 0, else 0. f′ = 0 everywhere: no gradient reaches the weights into a "
        "step unit, so they never learn (the layer after it still does).",
    ),
    "linear": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "f(z) = z. Stacked linear layers collapse into one: no non-linearity at all.",
    ),
    "sigmoid": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "1 / (1 + e^−z). f′ is at most 0.25, and below 1 % of that beyond |z| ≈ 6 "
        "(saturation).",
    ),
    "tanh": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "tanh(z). Zero-centred, but saturates like the sigmoid: f′ < 0.01 beyond |z| ≈ 3.",
    ),
    "relu": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "max(0, z). f′ = 1 for z > 0 and 0 for z ≤ 0: a unit whose z is ≤ 0 for every "
        "input gets no gradient: it is dead.",
    ),
    "leaky_relu": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "z if z > 0, else α·z. The small slope α keeps a gradient flowing below 0.",
    ),
    "prelu": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "Like Leaky ReLU, but the network learns α (it may go below 0); shown here at its "
        "starting slope.",
    ),
    "elu": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "z if z > 0, else α·(e^z − 1). Smooth negative side that saturates at −α: α is that "
        "level, and the slope there is α·e^z, not α.",
    ),
    "selu": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "λ·ELU with fixed λ ≈ 1.0507, α ≈ 1.6733. Self-normalising (mean 0, variance 1 "
        "layer after layer) only with LeCun-normal weights, Var(w) = 1/fan_in: here that is "
        "Xavier between layers of equal width; with He init (the default) the variance grows.",
    ),
    "gelu": QT_TRANSLATE_NOOP(
        "ExplorerTexts",
        "z·Φ(z), Φ the normal CDF. Used in transformers; dips slightly below 0.",
    ),
    "silu": QT_TRANSLATE_NOOP("ExplorerTexts", "z·σ(z) (swish). Smooth, dips slightly below 0."),
    "softplus": QT_TRANSLATE_NOOP(
        "ExplorerTexts", "log(1 + e^z): a smooth ReLU whose f′ is the sigmoid."
    ),
    "mish": QT_TRANSLATE_NOOP(
        "ExplorerTexts", "z·tanh(softplus(z)). Smooth, dips slightly below 0."
    ),
}

# {depth_tab} is the depth tab's title, filled in where the guide is shown (guide_html)
GUIDE = QT_TRANSLATE_NOOP(
    "ExplorerTexts",
    "<p>A unit computes z = w·x + b and passes on f(z). Training changes w in proportion "
    "to f′(z).</p>"
    "<p><b>Strong tint</b> in the f′ plot (dashed edges): f′ = 0 exactly, the unit learns "
    "nothing there (ReLU, step). A ReLU unit whose z is ≤ 0 for every training input is "
    "<b>dead</b>.</p>"
    "<p><b>Light tint</b>: the far tails where |f′| stays below 1 % of its peak. The unit is "
    "saturated and its gradient all but vanishes: tanh beyond |z| ≈ 3, sigmoid beyond "
    "|z| ≈ 6 (widen the z range to see it).</p>"
    "<p>Leaky ReLU keeps a slope α below 0: a trickle of gradient, so the unit can recover. "
    "ELU's α is different: the level its negative side saturates at.</p>"
    "<p>Sigmoid's f′ is at most 0.25, one reason its gradient fades through many layers; the "
    "weights count too (tab <i>{depth_tab}</i>).</p>",
)
GUIDE_TITLE = QT_TRANSLATE_NOOP("ExplorerTexts", "What to look for")

BAND_KEY = QT_TRANSLATE_NOOP(
    "ExplorerTexts",
    "Tint in the f′ plot: strong (dashed edges) where f′ = 0 exactly, a ReLU or step unit can "
    "die; light on the far tails where |f′| stays below 1 % of its peak, saturated.",
)


def formula(name: str) -> str:
    """The tooltip formula of activation ``name`` in the language in use ("" if it has none)."""
    return translate("ExplorerTexts", FORMULAS[name]) if name in FORMULAS else ""


def guide_title() -> str:
    """GUIDE_TITLE in the language in use."""
    return translate("ExplorerTexts", GUIDE_TITLE)


def guide_html() -> str:
    """The guide (title and paragraphs, rich text) in the language in use."""
    depth_tab = translate("ExplorerProperties", DEPTH_TAB)
    return f"<b>{guide_title()}</b>" + translate("ExplorerTexts", GUIDE).format(
        depth_tab=depth_tab)


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
            translate("ExplorerTexts", "Hover over a plot to read f(z) and f′(z).")
            if acts
            else translate("ExplorerTexts", "Tick an activation on the left to plot it.")
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
