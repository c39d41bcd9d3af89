"""The explorer's model: its checks, its signals, its settings, and the panel drawing whatever it
holds, however it was set."""

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from reludesk.core import activations
from reludesk.ui.explorer.model import GRID_POINTS, ExplorerModel, z_grid
from reludesk.ui.explorer.panel import ExplorerPanel


class Recorder:
    """Every emission of the model's signals, in order."""

    def __init__(self, model: ExplorerModel) -> None:
        self.calls: list[tuple] = []
        model.shownChanged.connect(lambda names: self.calls.append(("shown", names)))
        model.paramChanged.connect(lambda name, v: self.calls.append(("param", name, v)))
        model.zRangeChanged.connect(lambda z: self.calls.append(("z", z)))
        model.changed.connect(lambda: self.calls.append(("changed",)))


def plotted_names(plot: pg.PlotWidget) -> set[str]:
    return {c.name() for c in plot.getPlotItem().listDataItems() if c.isVisible()}


def test_a_new_model_is_the_first_start():
    model = ExplorerModel()
    assert model.names() == activations.names()
    assert model.shown() == ["relu", "leaky_relu"]
    assert model.params() == {"leaky_relu": 0.01, "prelu": 0.25, "elu": 1.0}
    assert model.activation("prelu") == activations.get("prelu")
    assert model.z_range() == 5
    np.testing.assert_array_equal(model.z(), z_grid(5))
    assert model.z().shape == (GRID_POINTS,)
    with pytest.raises(ValueError):
        model.z()[0] = 1.0  # the curves and the exports share it


def test_a_name_the_registry_lacks_is_refused():
    with pytest.raises(ValueError, match="unknown activation"):
        ExplorerModel(["relu", "swishy"])


def test_shown_names_come_in_list_order_with_one_signal_each():
    model = ExplorerModel()
    seen = Recorder(model)
    model.set_shown(["tanh", "relu", "tanh"])
    assert model.shown() == [n for n in activations.names() if n in ("relu", "tanh")]
    assert seen.calls == [("shown", model.shown()), ("changed",)]
    model.set_shown(["relu", "tanh"])  # the same set: nothing to tell
    assert len(seen.calls) == 2


def test_showing_a_name_not_offered_changes_nothing():
    model = ExplorerModel(["relu", "sigmoid"])
    seen = Recorder(model)
    with pytest.raises(ValueError, match="tanh"):
        model.set_shown(["relu", "tanh"])  # in the registry, but not offered here
    assert model.shown() == ["relu"]
    assert seen.calls == []


@pytest.mark.parametrize(
    "name, alpha, words",
    [
        ("relu", 0.1, "no alpha"),
        ("leaky_relu", 0.0, r"\(0, 1\]"),  # the registry's own range
        ("leaky_relu", 1.5, r"\(0, 1\]"),
        ("elu", math.nan, "elu"),
        ("leaky_relu", "lots", "number"),
        ("leaky_relu", 0.0005, "0.001 to 1"),  # allowed by the registry, below the slider
        ("elu", 0.005, "0.01 to 10"),
    ],
)
def test_a_bad_slope_is_refused_and_changes_nothing(name, alpha, words):
    model = ExplorerModel()
    before = model.params()
    seen = Recorder(model)
    with pytest.raises(ValueError, match=words):
        model.set_param(name, alpha)
    assert model.params() == before
    assert model.activation("leaky_relu").params == {"alpha": before["leaky_relu"]}
    assert seen.calls == []


def test_a_slope_changes_its_activation_only():
    model = ExplorerModel()
    seen = Recorder(model)
    model.set_param("leaky_relu", 0.1)
    assert model.activation("leaky_relu").params == {"alpha": 0.1}
    assert model.params()["prelu"] == 0.25
    assert seen.calls == [("param", "leaky_relu", 0.1), ("changed",)]
    model.set_param("leaky_relu", 0.1)
    assert len(seen.calls) == 2


@pytest.mark.parametrize("z_max", [1, 21, 3.5, True, "5", None])
def test_a_bad_z_range_is_refused(z_max):
    model = ExplorerModel()
    seen = Recorder(model)
    with pytest.raises(ValueError, match="2 to 20"):
        model.set_z_range(z_max)
    assert model.z_range() == 5 and seen.calls == []


def test_the_z_range_makes_a_new_grid():
    model = ExplorerModel()
    seen = Recorder(model)
    model.set_z_range(np.int64(12))  # a whole number from numpy counts too
    z = model.z()
    assert (z[0], z[GRID_POINTS // 2], z[-1]) == (-12.0, 0.0, 12.0)
    assert seen.calls == [("z", 12), ("changed",)]


def test_settings_round_trip_only_from_settings(settings_dir):
    ExplorerModel().set_z_range(9)  # a model of its own keeps nothing
    assert ExplorerModel.from_settings().z_range() == 5
    first = ExplorerModel.from_settings()
    first.set_shown(["sigmoid", "elu"])
    first.set_param("elu", 2.5)
    first.set_z_range(15)
    second = ExplorerModel.from_settings()
    assert second.shown() == ["sigmoid", "elu"]
    assert second.params()["elu"] == 2.5
    assert second.z_range() == 15
    first.set_shown([])
    assert ExplorerModel.from_settings().shown() == []  # nothing shown is a choice too


def test_bad_settings_leave_the_defaults(settings_dir):
    s = QSettings()
    s.setValue("explorer/z_range", "lots")
    s.setValue("explorer/elu_alpha", -3)
    s.setValue("explorer/prelu_alpha", 0.5)
    s.setValue("explorer/shown", "relu,no_such_thing")
    s.sync()
    model = ExplorerModel.from_settings()
    assert model.z_range() == 5
    assert model.params() == {"leaky_relu": 0.01, "prelu": 0.5, "elu": 1.0}
    assert model.shown() == ["relu"]


@pytest.fixture
def model_panel(qtbot):
    model = ExplorerModel()
    panel = ExplorerPanel(model)
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    return model, panel


def test_the_panel_redraws_what_the_model_shows(model_panel):
    model, panel = model_panel
    model.set_shown(["sigmoid", "tanh"])
    assert plotted_names(panel.activation_plot) == {"sigmoid", "tanh"}
    assert plotted_names(panel.derivative_plot) == {"sigmoid", "tanh"}
    assert panel.activation_list.checked() == ["sigmoid", "tanh"]
    assert panel.legend_text("tanh") == "Tanh" and panel.legend_text("relu") is None
    table = panel.properties_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Sigmoid", "Tanh"]


def test_the_panel_follows_a_slope_set_on_the_model_without_rounding_it(model_panel):
    model, panel = model_panel
    model.set_param("leaky_relu", 0.123456)
    # the spin box shows four decimals; showing it must not send 0.1235 back to the model
    assert model.params()["leaky_relu"] == 0.123456
    assert panel.findChild(QDoubleSpinBox, "leakyReluAlphaSpin").value() == pytest.approx(0.1235)
    z, f = panel.curve("leaky_relu").getData()
    np.testing.assert_array_equal(f, activations.get("leaky_relu", alpha=0.123456).f(z))
    assert panel.legend_text("leaky_relu") == "Leaky ReLU (α = 0.123456)"


def test_the_panel_follows_the_z_range_of_the_model(model_panel):
    model, panel = model_panel
    model.set_z_range(8)
    assert panel.findChild(QSpinBox, "zRangeSpin").value() == 8
    assert panel.controls.z_range_slider.value() == 8
    z, _ = panel.derivative_curve("relu").getData()
    assert (z[0], z[-1]) == (-8.0, 8.0)


def test_two_panels_on_one_model_stay_in_step(qtbot):
    model = ExplorerModel()
    left, right = ExplorerPanel(model), ExplorerPanel(model)
    for panel in (left, right):
        qtbot.addWidget(panel)
    items = left.activation_list
    tanh = next(items.item(i) for i in range(items.count())
                if items.item(i).data(Qt.ItemDataRole.UserRole) == "tanh")
    with qtbot.waitSignal(model.shownChanged):
        tanh.setCheckState(Qt.CheckState.Checked)  # a tick in one panel's list
    assert "tanh" in plotted_names(right.activation_plot)
    left.param_sliders["elu"].setValue(3.0)
    assert right.activation("elu").params == {"alpha": 3.0}
    assert right.param_sliders["elu"].value() == 3.0


def test_a_panel_on_a_model_of_its_own_saves_nothing_but_its_tab(model_panel, settings_dir):
    model, panel = model_panel
    model.set_shown(["gelu"])
    panel.tabs.setCurrentIndex(1)
    s = QSettings()
    assert s.value("explorer/shown") is None
    assert int(s.value("explorer/tab")) == 1
