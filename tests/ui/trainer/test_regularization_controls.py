"""Regularisation in the trainer's settings: none / L1 / L2 and its rate (greyed for none, the
arrows stepping through TF Playground's rates), shown from a Config without a signal; the
inputs' buttons are shown from it alike."""

import pytest
from PySide6.QtWidgets import QWidget

from reludesk.core.config import REGULARIZATION_RATES
from reludesk.core.experiment import Config
from reludesk.ui.trainer.controls import TrainerControls, unusual_values


@pytest.fixture
def controls(qtbot):
    parent = QWidget()  # held here until the test ends: the controls die with it
    qtbot.addWidget(parent)
    made = TrainerControls(parent)
    made.show_config(Config())
    yield made


def test_the_combo_offers_none_l1_l2_with_what_each_does(controls):
    combo = controls.regularization
    assert combo.objectName() == "regularizationCombo"
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items == [("none", "none"), ("L1", "l1"), ("L2", "l2")]
    tips = [combo.itemData(i, 3) for i in range(combo.count())]  # 3: Qt's ToolTipRole
    assert "to 0" in tips[1] and "|w|" in tips[1]
    assert "in proportion" in tips[2]


def test_show_config_sets_regularisation_and_inputs_without_a_signal(controls):
    seen: list = []
    controls.regularization.currentIndexChanged.connect(seen.append)
    controls.regularization_rate.valueChanged.connect(seen.append)
    controls.features.featuresChanged.connect(seen.append)
    config = Config(regularization="l1", regularization_rate=0.03, features=("x1sq", "x2sq"))
    controls.show_config(config)
    assert controls.regularization.currentText() == "L1"
    assert controls.regularization_name() == "l1"
    assert controls.regularization_rate.value() == 0.03
    assert controls.regularization_rate.text() == "0.03"
    assert controls.regularization_rate.isEnabled()
    assert controls.features.chosen() == ("x1sq", "x2sq")
    assert seen == []


def test_the_rate_is_greyed_for_none_at_once(controls, qtbot):
    spin = controls.regularization_rate
    assert spin.objectName() == "regularizationRateSpin"
    assert (spin.minimum(), spin.maximum()) == (0.0, 10.0)
    assert not spin.keyboardTracking()  # one valueChanged per typed number, not per key
    assert not spin.isEnabled()  # the default Config: none
    controls.show_config(Config(regularization="l2", regularization_rate=0.1))
    assert spin.isEnabled()
    controls.regularization.setCurrentIndex(0)  # as the user's pick does: greyed before the
    assert not spin.isEnabled()  # panel hears of it, and the rate is kept for later
    assert spin.value() == 0.1
    controls.regularization.setCurrentIndex(2)
    assert spin.isEnabled()


@pytest.mark.parametrize(
    "start,steps,end",
    [(0.0, 1, 0.001), (0.003, 2, 0.03), (0.02, -1, 0.01), (0.02, 1, 0.03), (3.0, 5, 10.0),
     (0.001, -4, 0.0)],
)
def test_the_arrows_step_through_playgrounds_rates(controls, start, steps, end):
    spin = controls.regularization_rate
    spin.setValue(start)
    spin.stepBy(steps)
    assert spin.value() == pytest.approx(end)
    assert end in REGULARIZATION_RATES


def test_a_file_with_a_large_rate_is_remarked_on(controls):
    notes = unusual_values(Config(regularization="l2", regularization_rate=3.0))
    assert len(notes) == 1 and notes[0].startswith("L2 rate 3 is unusually large")
    assert unusual_values(Config(regularization="l1", regularization_rate=0.1)) == []
    # without a penalty the rate does nothing: nothing to say
    assert unusual_values(Config(regularization="none", regularization_rate=10.0)) == []


def test_the_rate_spin_is_wide_enough_for_every_pick(controls, qtbot):
    spin = controls.regularization_rate
    parent = spin.parentWidget()  # a form lays it out at its size hint, as here
    parent.resize(300, 100)
    spin.setGeometry(0, 0, spin.sizeHint().width(), spin.sizeHint().height())
    parent.show()
    qtbot.waitExposed(parent)
    room = spin.lineEdit().width()
    # Qt sizes a spin box for "0" and "10": "0.003" was cut to "0.0"
    widest = max(spin.fontMetrics().horizontalAdvance(spin.textFromValue(r))
                 for r in REGULARIZATION_RATES)
    assert room >= widest
