"""Compare mode's plot: each network's dead share over the steps, and the share of the state its
activation's family reaches instead (``status.second_state``).

Four curves made once (dead and dashed, left and right) and moved with ``setData``; a dashed one
is shown only where there is a second state: inactive for Leaky ReLU and PReLU, whose units can
sleep without dying (for ReLU they are the dead ones), saturated for the smooth activations. A
shaded band marks the last burst, so the jump in the curves has a visible cause.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt

from reludesk.core import health
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.core.i18n import translate
from reludesk.ui.trainer.status import FLOOR, activation_title, second_name, second_state
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.legend_place import legend_below
from reludesk.ui.widgets.plots import set_plot_texts
from reludesk.ui.widgets.step_axis import make_step_plot, show_curve, step_axis_end

SIDES = ("left", "right")


class CompareDeadPlot:
    """``compareDeadPlot``: curves ``compare_<side>_dead`` and ``compare_<side>_inactive`` (the
    dashed one, also for a saturated share: its ``name()`` says which)."""

    def __init__(self) -> None:
        # as in the trainer's own plots: labels that fit, steps from 0 to a round number
        # made with its title (presentation mode scales titles as they are made), then live
        self.plot = make_step_plot(
            "compareDeadPlot", tooltip="",
            title=translate("CompareDeadPlot", "Dead hidden units over training"),
            left=translate("CompareDeadPlot", "hidden units (%)"))
        live(self.plot, lambda plot: set_plot_texts(
            plot, title=translate("CompareDeadPlot", "Dead hidden units over training"),
            left=translate("CompareDeadPlot", "hidden units (%)"),
            tooltip=translate(
                "CompareDeadPlot", "Solid: dead units (no gradient). Dashed: inactive units of "
                "a leaky activation, still learning at slope α, or saturated units of a smooth "
                "one (|f′| < {floor} on every input)").format(floor=FLOOR)))
        self.plot.setYRange(0, 20, padding=0.02)
        legend_below(self.plot, columns=2)  # inside, it hid the burst's curves
        self.plot.getPlotItem().setLimits(yMin=-5, yMax=105)
        self._burst_region = pg.LinearRegionItem(movable=False, brush=(128, 128, 128, 50))
        self._burst_region.setZValue(-10)
        self._burst_region.setVisible(False)
        self.plot.addItem(self._burst_region)
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._second: dict[str, str | None] = dict.fromkeys(SIDES)
        self._configs: list[Config] = []  # the pair's, whose names the legend shows
        for side in SIDES:
            for kind in ("dead", "inactive"):
                curve = self.plot.plot([], [])
                curve.setObjectName(f"compare_{side}_{kind}")
                self._curves[f"{side}_{kind}"] = curve
        # the legend's words follow a change of language (activation_title translates)
        live(self._burst_region, lambda _region: self._label())

    def show_pair(self, pair: Sequence[Trainer], colours: Sequence[str]) -> None:
        """Pens, legend and which curves show for a new (left, right) pair; no burst marked."""
        self._burst_region.setVisible(False)
        self._configs = [t.config for t in pair]
        for side, trainer, colour in zip(SIDES, pair, colours, strict=True):
            dead, inactive = self._curves[f"{side}_dead"], self._curves[f"{side}_inactive"]
            dead.setPen(pg.mkPen(colour, width=3))
            second = self._second[side] = second_state(trainer.config.activation)
            inactive.setVisible(second is not None)
            if second is not None:
                inactive.setPen(pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
        self._label()

    def _label(self) -> None:
        """Name the pair's curves in the legend, in the language chosen."""
        if not self._configs:  # no pair shown yet
            return
        legend = self.plot.getPlotItem().legend
        legend.clear()
        for side, config in zip(SIDES, self._configs, strict=True):
            title = activation_title(config)
            _name(self._curves[f"{side}_dead"], legend,
                  translate("CompareDeadPlot", "{title}: dead").format(title=title))
            second = self._second[side]
            if second is not None:
                _name(self._curves[f"{side}_inactive"], legend,
                      translate("CompareDeadPlot", "{title}: {state}").format(
                          title=title, state=second_name(second)))

    def mark_burst(self, start: int, end: int) -> None:
        """Shade the steps from ``start`` to ``end``: the burst just taken."""
        self._burst_region.setRegion((start, end))
        self._burst_region.setVisible(True)

    def update(self, pair: Sequence[Trainer]) -> None:
        """Redraw every curve from the (left, right) trainers' histories (a few times a second:
        a redraw costs about 10 ms)."""
        top, last = 0.0, 0.0
        for side, trainer in zip(SIDES, pair, strict=True):
            h, widths = trainer.history, trainer.config.hidden
            steps = h.steps.astype(float)
            last = max(last, steps.max(initial=0.0))
            kinds = [("dead", h.dead_share)]
            second = self._second[side]
            if second is not None:
                kinds.append(("inactive", getattr(h, f"{second}_share")))
            for kind, shares in kinds:
                # (records, layers, 1) -> (records,) percent of all hidden units, replica 0
                share = 100.0 * health.share_of_units(shares, widths)[:, 0]
                # dots while there are few records: the lone first one would show as nothing
                show_curve(self._curves[f"{side}_{kind}"], steps, share)
                top = max(top, share.max(initial=0.0))
        # an auto-range around the lone first record read "-0.4 ... 0.4" steps
        self.plot.setXRange(0.0, step_axis_end(last), padding=0.0)
        # a few dead units out of 16 must not hug the floor of a 0-100 axis, yet the axis
        # should not jump on every record: round the top up to a multiple of 20 %
        self.plot.setYRange(0, min(100.0, 20.0 * (top // 20.0 + 1)), padding=0.02)


def _name(curve: pg.PlotDataItem, legend: pg.LegendItem, text: str) -> None:
    """Name ``curve`` (its ``name()``, which pyqtgraph's exporters write too) in the legend."""
    curve.opts["name"] = text
    legend.addItem(curve, text)
