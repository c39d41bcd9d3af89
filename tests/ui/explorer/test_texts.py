"""The explorer's words, without any widget: legend labels and the crosshair read-out."""

from reludesk.core import activations
from reludesk.ui.explorer.texts import FORMULAS, legend_label, readout, short_label


def test_every_activation_has_a_formula():
    assert set(FORMULAS) == set(activations.names())


def test_legend_labels_are_short_and_name_the_slope():
    assert short_label("prelu") == "PReLU"
    assert legend_label(activations.get("prelu")) == "PReLU (α = 0.25)"
    assert legend_label(activations.get("leaky_relu", alpha=0.001)) == "Leaky ReLU (α = 0.001)"
    assert legend_label(activations.get("relu")) == "ReLU"


def test_without_a_crosshair_or_curves_the_readout_is_a_hint():
    relu = activations.get("relu")
    assert readout(None, [relu]) == ("Hover over a plot to read f(z) and f′(z).",) * 2
    plain, rich = readout(1.0, [])
    assert plain == rich and "Tick an activation" in plain


def test_the_readout_reads_every_activation_at_z():
    acts = [activations.get("relu"), activations.get("leaky_relu", alpha=0.1)]
    plain, rich = readout(-2.0, acts)
    assert plain == "z = −2 | ReLU: f = 0, f′ = 0 | Leaky ReLU: f = −0.2, f′ = 0.1"
    # one entry per activation in the rich text, each unbroken, in the activation's colour
    entries = rich.split(" &nbsp; ")
    assert len(entries) == 3 and all(" " not in e.split("</span>")[-1] for e in entries[1:])
    assert "#D55E00" in entries[1]  # ReLU's vermillion
