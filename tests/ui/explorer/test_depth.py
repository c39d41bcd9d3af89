"""The depth tab says what its curves are, (peak |f'|)^n, the activation's own share at its best z,
and never that they bound a real gradient; the tooltip's measured cases are measured here, with
the core, on 16 starting weights."""

import numpy as np
import pytest

from reludesk.core import health
from reludesk.core.experiment import Config, Trainer
from reludesk.ui.explorer.depth import NOTE, TOOLTIP
from reludesk.ui.explorer.model import ExplorerModel
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.explorer.properties import DEPTH_TAB


@pytest.fixture
def panel(qtbot):
    widget = ExplorerPanel(ExplorerModel.from_settings())
    qtbot.addWidget(widget)
    return widget


def test_the_depth_tab_claims_no_bound(panel):
    # it read "Gradient through depth: at most (peak |f′|)ⁿ"
    tabs = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert DEPTH_TAB in tabs and "Gradient through depth" not in tabs
    left = panel.depth_plot.getPlotItem().getAxis("left").labelText
    words = [TOOLTIP, NOTE, left, panel.depth_plot.toolTip(), panel.depth.caption.text(),
             panel.tabs.tabToolTip(tabs.index(DEPTH_TAB))]
    for text in words:
        assert "at most" not in text and "survive" not in text
    assert "not a bound" in TOOLTIP and "no bound" in NOTE
    assert "share" in left


def first_over_last(activation: str) -> tuple[np.ndarray, float]:
    """(16,) first layer's weight-gradient norm over the last's at the first step of six layers of
    8 units on the circle, and the curve's value at n = 6, (peak |f'|)^6."""
    trainer = Trainer(Config(dataset="circle", hidden=(8,) * 6, activation=activation,
                             learning_rate=0.03, replicas=16))
    norms = health.layer_gradient_norms(trainer.model, trainer.X_train, trainer.y_train)
    return norms[:, 0] / norms[:, -1], trainer.model.activation.peak_derivative ** 6


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_real_networks_go_above_the_curve(activation):
    ratio, curve = first_over_last(activation)
    assert curve == pytest.approx({"sigmoid": 0.25**6}.get(activation, 1.0))
    assert ratio.max() > curve  # on some of the 16: the "at most" was false


def test_selus_curve_reads_30_but_its_first_layer_gets_less_than_its_last():
    ratio, curve = first_over_last("selu")
    assert round(curve) == 30 and "1.76⁶ ≈ 30" in TOOLTIP
    assert np.median(ratio) < 1.0
