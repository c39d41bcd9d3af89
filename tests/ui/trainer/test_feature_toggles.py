"""The input features' buttons: a click emits the whole choice in the canonical order, the last
one in use refuses to go, and showing a Config's choice says nothing."""

import pytest
from PySide6.QtCore import Qt

from reludesk.core import features
from reludesk.ui.trainer.feature_toggles import FeatureToggles


@pytest.fixture
def toggles(qtbot) -> FeatureToggles:
    widget = FeatureToggles()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, toggles: FeatureToggles, name: str) -> None:
    qtbot.mouseClick(toggles.button(name), Qt.MouseButton.LeftButton)


def test_buttons_are_labelled_as_the_core_writes_the_features(toggles):
    assert toggles.objectName() == "featureToggles"
    texts = [toggles.button(n).text() for n in features.FEATURES]
    assert texts == ["x1", "x2", "x1²", "x2²", "x1·x2", "sin x1", "sin x2"]
    assert toggles.button("sinx2").toolTip().startswith(features.tip("sinx2"))
    assert toggles.chosen() == features.DEFAULT


def test_a_click_emits_the_choice_in_canonical_order(qtbot, toggles):
    seen: list[tuple] = []
    toggles.featuresChanged.connect(seen.append)
    click(qtbot, toggles, "sinx2")
    click(qtbot, toggles, "x1x2")  # clicked after sin x2, listed before it
    click(qtbot, toggles, "x1")
    assert seen == [
        ("x1", "x2", "sinx2"),
        ("x1", "x2", "x1x2", "sinx2"),
        ("x2", "x1x2", "sinx2"),
    ]
    assert toggles.chosen() == seen[-1]


def test_the_last_feature_in_use_stays_checked(qtbot, toggles):
    toggles.show_features(("x1sq",))
    seen: list[tuple] = []
    toggles.featuresChanged.connect(seen.append)
    click(qtbot, toggles, "x1sq")
    assert toggles.button("x1sq").isChecked() and toggles.chosen() == ("x1sq",)
    assert seen == []  # nothing to rebuild: the choice did not change
    assert "stays on" in toggles.button("x1sq").toolTip()
    click(qtbot, toggles, "x2")  # with a second one in use, the first may go again
    click(qtbot, toggles, "x1sq")
    assert seen == [("x2", "x1sq"), ("x2",)]


def test_show_features_sets_every_button_without_a_signal(qtbot, toggles):
    seen: list[tuple] = []
    toggles.featuresChanged.connect(seen.append)
    toggles.show_features(["sinx1", "x2sq", "x1"])  # any order in, canonical order shown
    assert toggles.chosen() == ("x1", "x2sq", "sinx1")
    checked = [toggles.button(n).isChecked() for n in features.FEATURES]
    assert checked == [True, False, False, True, False, True, False]
    assert seen == []
    with pytest.raises(ValueError, match="at least one"):
        toggles.show_features(())
    assert toggles.chosen() == ("x1", "x2sq", "sinx1")  # a refused choice changes nothing
