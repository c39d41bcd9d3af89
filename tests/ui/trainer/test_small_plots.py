"""The trainer's small plots stay readable beside a deep network: titles that fit, legends
that do not bury the curves, and a layer editor that wraps instead of widening its column."""

from itertools import pairwise

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui.trainer.controls import SPINS_PER_ROW, HiddenLayersEdit
from reludesk.ui.trainer.history_plots import GRAD_TITLES, LEGEND_ALL_UP_TO, HistoryPlots
from reludesk.ui.widgets.plots import TITLE_SIZE, make_plot
from reludesk.ui.widgets.step_axis import StepAxis
from reludesk.ui.widgets.titles import TitleFitter, points

TITLES = ("Gradient size (log)", "Gradient (log)", "Gradient")


def _title_width(text: str) -> float:
    font = QFont()
    font.setPointSizeF(points(TITLE_SIZE))
    return QFontMetricsF(font).horizontalAdvance(text)


@pytest.mark.parametrize(("width", "expected"), [(700, TITLES[0]), (175, TITLES[1])])
def test_a_plot_shows_the_longest_title_that_fits(qtbot, width, expected):
    plot = make_plot("fitted", title=TITLES[0], left="norm")
    qtbot.addWidget(plot)
    fitter = TitleFitter(plot, TITLES)
    plot.resize(width, 200)
    plot.show()
    qtbot.waitExposed(plot)
    label = plot.getPlotItem().titleLabel
    qtbot.waitUntil(lambda: label.text == expected)
    room = plot.getPlotItem().getViewBox().width()
    assert _title_width(expected) <= room
    longer = TITLES[: TITLES.index(expected)]
    assert all(_title_width(t) > room - 12 for t in longer)  # nothing longer would have fitted
    others = ("Something else entirely, and longer still", "Else")
    fitter.set_titles(others)
    fits = [t for t in others if _title_width(t) <= room - 12]
    assert label.text == (fits[0] if fits else others[-1])


def test_the_title_keeps_its_size_and_colour(qtbot):
    plot = make_plot("styled", title=TITLES[0])
    qtbot.addWidget(plot)
    label = plot.getPlotItem().titleLabel
    label.setText(label.text, size="20pt", color="#ff0000")  # as presentation mode and a theme
    fitter = TitleFitter(plot, TITLES)
    fitter.set_titles(("Wide", "W"))
    assert label.opts["size"] == "20pt"
    assert label.opts["color"] == "#ff0000"


def test_points_reads_css_sizes():
    assert points("15.6pt") == 15.6
    assert points("large") == points(TITLE_SIZE) == 12.0


@pytest.mark.parametrize("layers", [(8,), (8, 8, 8), (8,) * 6])
def test_the_legend_names_every_layer_or_the_two_ends(qtbot, layers):
    plots = HistoryPlots()
    for plot in plots.plots():
        qtbot.addWidget(plot)
    plots.set_trainer(Trainer(Config(hidden=layers)))
    grad_legend = plots.grad_plot.getPlotItem().legend
    named = [label.text for _sample, label in grad_legend.items]
    weight_layers = len(layers) + 1
    if weight_layers <= LEGEND_ALL_UP_TO:
        assert named == [f"layer {l + 1}" for l in range(len(layers))] + ["output"]
    else:
        assert named == ["layer 1", "output"]
    dead_named = [label.text for _sample, label in plots.dead_plot.getPlotItem().legend.items]
    if len(layers) <= LEGEND_ALL_UP_TO:
        assert dead_named == [f"layer {l + 1}" for l in range(len(layers))]
    else:
        assert dead_named == ["layer 1", f"layer {len(layers)}"]
    # every layer is still drawn: only the legend is shorter
    visible = [c for c in plots.grad_plot.getPlotItem().listDataItems() if c.isVisible()]
    assert len(visible) == weight_layers


def test_grad_titles_run_from_long_to_short():
    widths = [_title_width(t) for t in GRAD_TITLES]
    assert widths == sorted(widths, reverse=True)


def test_deep_networks_wrap_the_layer_editor_instead_of_widening_it(qtbot):
    edit = HiddenLayersEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.set_layers((8,) * SPINS_PER_ROW)
    one_row = edit.sizeHint()
    edit.set_layers((8,) * (2 * SPINS_PER_ROW))
    qtbot.waitUntil(lambda: edit.sizeHint().height() != one_row.height())
    two_rows = edit.sizeHint()
    assert two_rows.width() == one_row.width()
    assert two_rows.height() > one_row.height()
    assert edit.layers() == (8,) * (2 * SPINS_PER_ROW)


@pytest.mark.parametrize("font_points", [11.0, 14.3])  # the plots' ticks; presentation mode's
def test_step_labels_never_run_together(qapp, font_points):
    font = QFont()
    font.setPointSizeF(font_points)
    axis = StepAxis(orientation="bottom")
    axis.setStyle(tickFont=font)
    metrics = QFontMetricsF(font)
    digit = metrics.horizontalAdvance("0")
    for size in (100.0, 120.0, 150.0, 200.0, 400.0):
        for end in (100.0, 800.0, 1500.0, 20_000.0, 150_000.0):
            major = axis.tickSpacing(0.0, end, size)[0][0]
            values = list(np.arange(0.0, end * (1 + 1e-9), major))
            widths = [metrics.horizontalAdvance(t) for t in axis.tickStrings(values, 1.0, major)]
            apart = size * major / end  # pixels between neighbouring labels' centres
            for a, b in pairwise(widths):
                assert (a + b) / 2 + digit <= apart, (font_points, size, end, major)


def test_step_ticks_stay_as_pyqtgraph_sets_them_where_labels_fit(qapp):
    axis = StepAxis(orientation="bottom")
    for end in (100.0, 800.0, 20_000.0):
        assert axis.tickSpacing(0.0, end, 600.0) == pg.AxisItem.tickSpacing(axis, 0.0, end, 600.0)
