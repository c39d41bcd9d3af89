"""The activation explorer: curves, parameters, bands, crosshair, table, settings and exports."""

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDoubleSpinBox, QListWidget

from reludesk.core import activations
from reludesk.ui.explorer.model import GRID_POINTS, ExplorerModel, z_grid
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.explorer.properties import ROWS


def new_panel(qtbot) -> ExplorerPanel:
    """A panel as the window makes it: on a model restored from (and saving to) QSettings."""
    widget = ExplorerPanel(ExplorerModel.from_settings())
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def panel(qtbot):
    widget = new_panel(qtbot)
    widget.resize(1100, 800)
    return widget


@pytest.fixture
def shown_panel(panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def plotted_names(plot: pg.PlotWidget) -> set[str]:
    """Names of the visible curves of a plot."""
    return {c.name() for c in plot.getPlotItem().listDataItems() if c.isVisible()}


def row_of(title: str) -> int:
    """The properties-table row with ``title``."""
    return next(r for r, (t, _) in enumerate(ROWS) if t == title)


def test_first_start_shows_relu_and_leaky_relu(panel):
    assert panel.shown() == ["relu", "leaky_relu"]
    assert plotted_names(panel.activation_plot) == {"relu", "leaky_relu"}
    assert plotted_names(panel.derivative_plot) == {"relu", "leaky_relu"}
    ticked = panel.findChild(QListWidget, "activationList")
    assert [ticked.item(i).checkState() == Qt.CheckState.Checked
            for i in range(ticked.count())].count(True) == 2


def test_every_registry_activation_is_offered(panel):
    assert panel.names() == activations.names()
    assert "step" in panel.names()


@pytest.mark.parametrize("name", activations.names())
def test_curves_equal_the_registry(panel, name):
    panel.set_shown([name])
    act = activations.get(name)
    z, f = panel.curve(name).getData()
    z2, df = panel.derivative_curve(name).getData()
    assert panel.curve(name).name() == name
    assert panel.derivative_curve(name).name() == name
    np.testing.assert_array_equal(z, z_grid(5))
    np.testing.assert_array_equal(z2, z)
    np.testing.assert_allclose(f, act.f(z), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(df, act.df(z), rtol=1e-12, atol=1e-12)


def test_step_derivative_is_zero_everywhere_and_shaded_dead(panel):
    panel.set_shown(["step"])
    _, df = panel.derivative_curve("step").getData()
    assert not df.any()
    assert panel.bands("step", dead=True) == [(-5.0, 5.0)]
    assert panel.depth_curve("step").isVisible() is False


def test_changing_alpha_changes_the_leaky_curve(panel):
    z, before = panel.curve("leaky_relu").getData()
    panel.set_param("leaky_relu", 0.1)
    z, after = panel.curve("leaky_relu").getData()
    assert after[0] == pytest.approx(-0.5)  # z = -5
    assert before[0] == pytest.approx(-0.05)
    np.testing.assert_allclose(after, activations.get("leaky_relu", alpha=0.1).f(z))
    _, df = panel.derivative_curve("leaky_relu").getData()
    assert df[0] == pytest.approx(0.1)
    assert "0.1" in panel.legend_text("leaky_relu")


def test_alpha_spin_box_and_log_slider_drive_the_curve(panel):
    spin = panel.findChild(QDoubleSpinBox, "leakyReluAlphaSpin")
    slider = panel.param_sliders["leaky_relu"].slider
    assert spin.value() == pytest.approx(0.01)
    spin.setValue(0.001)  # the article's value is reachable
    assert panel.curve("leaky_relu").getData()[1][0] == pytest.approx(-0.005)
    assert slider.value() == slider.minimum()
    slider.setValue(slider.maximum())
    assert spin.value() == pytest.approx(1.0)
    assert panel.curve("leaky_relu").getData()[1][0] == pytest.approx(-5.0)
    # logarithmic: the middle of the slider is the geometric mean of 0.001 and 1
    slider.setValue((slider.minimum() + slider.maximum()) // 2)
    assert spin.value() == pytest.approx(10 ** -1.5, rel=1e-2)


def test_elu_and_prelu_parameters(panel):
    panel.set_shown(["elu", "prelu"])
    panel.set_param("elu", 2.0)
    panel.set_param("prelu", 0.5)
    assert panel.curve("elu").getData()[1][0] == pytest.approx(2.0 * np.expm1(-5.0))
    assert panel.curve("prelu").getData()[1][0] == pytest.approx(-2.5)
    assert panel.activation("elu").params == {"alpha": 2.0}


def test_parameter_rows_follow_the_shown_families(shown_panel):
    assert shown_panel.param_sliders["leaky_relu"].isVisible()
    assert not shown_panel.param_sliders["elu"].isVisible()
    shown_panel.set_shown(["elu"])
    assert shown_panel.param_sliders["elu"].isVisible()
    assert not shown_panel.param_sliders["leaky_relu"].isVisible()


def test_toggling_an_activation_shows_and_hides_its_curves(panel):
    items = panel.activation_list
    sigmoid = next(items.item(i) for i in range(items.count())
                   if items.item(i).data(Qt.ItemDataRole.UserRole) == "sigmoid")
    sigmoid.setCheckState(Qt.CheckState.Checked)
    assert "sigmoid" in plotted_names(panel.activation_plot)
    assert "sigmoid" in plotted_names(panel.derivative_plot)
    assert panel.legend_text("sigmoid") == "Sigmoid"
    curve = panel.curve("sigmoid")
    sigmoid.setCheckState(Qt.CheckState.Unchecked)
    assert "sigmoid" not in plotted_names(panel.activation_plot)
    assert panel.legend_text("sigmoid") is None
    # shown again: the same curve object, not a new one
    sigmoid.setCheckState(Qt.CheckState.Checked)
    assert panel.curve("sigmoid") is curve
    assert len([c for c in panel.activation_plot.getPlotItem().listDataItems()
                if c.name() == "sigmoid"]) == 1


def test_clicking_an_activation_name_toggles_it(shown_panel, qtbot):
    items = shown_panel.activation_list
    row = next(i for i in range(items.count())
               if items.item(i).data(Qt.ItemDataRole.UserRole) == "tanh")
    rect = items.visualItemRect(items.item(row))
    on_text = QPoint(rect.left() + 90, rect.center().y())  # past the check box and swatch
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=on_text)
    assert "tanh" in shown_panel.shown()
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=on_text)
    assert "tanh" not in shown_panel.shown()


def test_legend_names_in_plain_words(panel):
    assert panel.legend_text("relu") == "ReLU"
    assert panel.legend_text("leaky_relu") == "Leaky ReLU (α = 0.01)"


def test_a_two_column_legend_stays_inside_the_plot(panel, qtbot):
    # lesson 6's four curves: with "PReLU (learned slope) (α = 0.25)" the second column ran
    # past the plot's right edge at 1400 x 900
    panel.resize(500, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_shown(["prelu", "elu", "gelu", "silu"])
    assert panel.legend_text("prelu") == "PReLU (α = 0.25)"
    legend = panel._legend
    view = panel.activation_plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: legend.sceneBoundingRect().width() > 0)
    assert view.sceneBoundingRect().contains(legend.sceneBoundingRect())


def test_bands_mark_dead_and_saturated_regions(panel):
    assert panel.bands("relu", dead=True) == [(-5.0, 0.0)]
    assert panel.bands("leaky_relu", dead=True) == []
    assert panel.bands("leaky_relu", dead=False) == []
    panel.set_param("leaky_relu", 0.001)
    assert panel.bands("leaky_relu", dead=False) == []  # a leak, not a saturated tail
    panel.set_shown(["sigmoid"])
    panel.set_z_range(10)
    low, high = panel.bands("sigmoid", dead=False)
    # sigmoid'(z) < 0.0025 beyond |z| ≈ 5.99
    assert low[0] == -10.0 and low[1] == pytest.approx(-6.0, abs=0.05)
    assert high[1] == 10.0 and high[0] == pytest.approx(6.0, abs=0.05)
    assert panel.bands("relu", dead=True) == []  # hidden activations leave no bands


def test_z_range_redraws_the_curves(panel):
    panel.set_z_range(12)
    z, f = panel.curve("relu").getData()
    assert (z[0], z[-1], z.size) == (-12.0, 12.0, GRID_POINTS)
    np.testing.assert_array_equal(f, np.maximum(z, 0))
    view = panel.activation_plot.getPlotItem().vb.viewRange()[0]
    assert view[0] <= -12 and view[1] >= 12
    panel.set_z_range(50)  # clamped by the control
    assert panel.z_range() == 20


def test_crosshair_reads_every_shown_activation(panel):
    panel.set_crosshair(1.5)
    text = panel.crosshair_text()
    assert "z = 1.5" in text
    assert "ReLU: f = 1.5, f′ = 1" in text
    assert "Leaky ReLU: f = 1.5, f′ = 1" in text
    panel.set_crosshair(-2.0)
    text = panel.crosshair_text()
    assert "ReLU: f = 0, f′ = 0" in text
    assert "Leaky ReLU: f = −0.02, f′ = 0.01" in text


def test_hovering_a_plot_moves_the_crosshair(shown_panel):
    vb = shown_panel.derivative_plot.getPlotItem().vb
    scene_pos = vb.mapViewToScene(QPointF(-2.0, 0.5))
    shown_panel.derivative_plot.scene().sigMouseMoved.emit(scene_pos)
    assert "z = −2" in shown_panel.crosshair_text()
    assert "Leaky ReLU: f = −0.02" in shown_panel.crosshair_text()


def test_depth_plot_shows_peak_slope_to_the_power_n(panel):
    panel.set_shown(["sigmoid", "relu", "step"])
    # getData() gives log10 values on a log axis; the original data set holds the values drawn
    n, y = panel.depth_curve("sigmoid").getOriginalDataset()
    np.testing.assert_array_equal(n, np.arange(1, 21))
    np.testing.assert_allclose(y, 0.25 ** n)
    np.testing.assert_allclose(panel.depth_curve("relu").getOriginalDataset()[1], 1.0)
    assert panel.depth_plot.getPlotItem().ctrl.logYCheck.isChecked()
    assert "step" in panel.depth_plot.toolTip().lower()


def test_properties_table_lists_shown_activations(panel):
    panel.set_shown(["relu", "sigmoid"])
    table = panel.properties_table
    assert table.rowCount() == len(ROWS)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Sigmoid", "ReLU"]  # registry order
    can_die = row_of("Can die")
    assert table.item(can_die, table.column_of("relu")).text() == "Yes: dead, f′ = 0 for z ≤ 0"
    assert table.item(can_die, table.column_of("sigmoid")).text() == (
        "No: saturates beyond |z| ≈ 27.6")
    assert "exactly 0" in table.item(can_die, table.column_of("sigmoid")).toolTip()
    peak = row_of("Peak |f′|")
    assert table.item(peak, table.column_of("sigmoid")).text() == "0.25"


def test_properties_table_follows_alpha(panel):
    # Leaky ReLU at alpha 1 is the identity: smooth and zero-centred (the old table, fixed per
    # name, read "not smooth, not zero-centred" at every alpha)
    panel.set_shown(["leaky_relu", "elu"])
    table = panel.properties_table
    col = table.column_of("leaky_relu")

    def cell(title: str, name: str = "leaky_relu") -> str:
        return table.item(row_of(title), table.column_of(name)).text()

    assert (cell("Smooth at 0"), cell("Mean f, z ~ N(0, 1)")) == ("No", "0.395")
    assert cell("Can die") == "No: inactive, leaks at α = 0.01"
    panel.set_param("leaky_relu", 1.0)
    assert table.column_of("leaky_relu") == col
    assert (cell("Smooth at 0"), cell("Mean f, z ~ N(0, 1)")) == ("Yes", "0.000")
    assert cell("Can die") == "No: inactive, leaks at α = 1"
    assert cell("Mean f, z ~ N(0, 1)", "elu") == "0.161"
    panel.set_param("elu", 2.0)
    assert cell("Mean f, z ~ N(0, 1)", "elu") == "−0.078"  # alpha 2 pulls it below 0
    assert cell("Output range", "elu") == "(−2, ∞)"


def test_costs_are_measured_only_once_the_table_is_shown(panel, qtbot):
    table = panel.properties_table
    assert table.cost("relu") is None  # not at construction: start-up time matters
    assert not table.is_measuring()
    panel.tabs.setCurrentWidget(table)
    panel.show()
    qtbot.waitUntil(lambda: table.cost("relu") is not None
                    and table.cost("leaky_relu") is not None, timeout=10_000)
    f_ns, df_ns = table.cost("relu")
    assert 0 < f_ns < 1e5 and 0 < df_ns < 1e5
    cost_row = row_of("Cost of f (ns)")
    assert float(table.item(cost_row, table.column_of("relu")).text()) == pytest.approx(
        f_ns, abs=0.06)


def test_settings_round_trip(qtbot, settings_dir):
    first = new_panel(qtbot)
    first.set_shown(["sigmoid", "tanh"])
    first.set_param("leaky_relu", 0.2)
    first.set_z_range(12)
    first.tabs.setCurrentWidget(first.depth)
    assert QSettings().fileName().startswith(str(settings_dir))
    second = new_panel(qtbot)
    assert second.tabs.currentWidget() is second.depth
    assert second.shown() == ["sigmoid", "tanh"]
    assert second.activation("leaky_relu").params["alpha"] == pytest.approx(0.2)
    assert second.z_range() == 12


def test_bad_settings_fall_back_to_defaults(qtbot):
    s = QSettings()
    s.setValue("explorer/z_range", "lots")
    s.setValue("explorer/leaky_relu_alpha", 50)
    s.setValue("explorer/shown", "relu,no_such_thing")
    s.sync()
    panel = new_panel(qtbot)
    assert panel.z_range() == 5
    assert panel.activation("leaky_relu").params["alpha"] == pytest.approx(0.01)
    assert panel.shown() == ["relu"]


def test_export_png(shown_panel, tmp_path):
    path = tmp_path / "explorer.png"
    shown_panel.export_png(path)
    assert path.stat().st_size > 1000
    image = QImage(str(path))
    assert not image.isNull()
    # both plots, stacked: taller than either alone
    assert image.height() > shown_panel.activation_plot.height()


def test_export_svg(shown_panel, tmp_path):
    path = tmp_path / "explorer.svg"
    shown_panel.export_svg(path)
    root = ET.parse(path).getroot()  # well-formed XML
    assert root.tag.endswith("svg")
    plots = [child for child in root if child.tag.endswith("}g")]
    assert len(plots) == 2  # f(z) above f'(z)
    assert plots[1].get("transform").startswith("translate(0,")
    assert len(root.findall(".//{http://www.w3.org/2000/svg}polyline")) >= 4  # the curves
    renderer = QSvgRenderer(str(path))  # Qt reads it too (SVG Tiny)
    assert renderer.isValid()
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_export_csv(panel, tmp_path):
    panel.set_param("leaky_relu", 0.1)
    path = tmp_path / "curves.csv"
    panel.export_csv(path)
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["z", "relu_f", "relu_df", "leaky_relu_f", "leaky_relu_df"]
    data = np.array(rows[1:], dtype=float)
    assert data.shape == (GRID_POINTS, 5)
    z = data[:, 0]
    np.testing.assert_array_equal(z, z_grid(5))
    leaky = activations.get("leaky_relu", alpha=0.1)
    np.testing.assert_array_equal(data[:, 1], np.maximum(z, 0))
    np.testing.assert_array_equal(data[:, 3], leaky.f(z))
    np.testing.assert_array_equal(data[:, 4], leaky.df(z))
