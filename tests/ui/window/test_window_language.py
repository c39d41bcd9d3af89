"""The window's own words follow a change of language at once: the stage's keys (on and off),
the training actions of the tab in front, the tap link's caption words and the keyboard box's
gestures; boxes keep their objectName whatever the title says.

The catalogue is a small German one built here with pyside6-lrelease."""


import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from reludesk.ui.widgets import language
from reludesk.ui.window import messages, stage
from reludesk.ui.window.front_tab import FrontTab
from reludesk.ui.window.tap_link import FIRST_TO_DIE, MOST_INACTIVE, reason_text

GERMAN = {
    "Stage": {
        "&Explorer alone": "&Nur der Explorer",
        "Presentation mode: put the explorer alone on the stage":
            "Präsentationsmodus: nur den Explorer auf die Bühne",
        "{tip} (press F11 first)": "{tip} (zuerst F11 drücken)",
    },
    "FrontTab": {
        "&Step": "&Schritt",
        "Train one step (one batch)": "Einen Schritt trainieren (ein Batch)",
        "Off in the 32 seeds tab: a run trains all its steps at once":
            "Im Tab 32 Seeds aus: ein Lauf trainiert alle Schritte auf einmal",
    },
    "TapLink": {
        "the most inactive ({percent} % of inputs below zero)":
            "die inaktivste ({percent} % der Eingaben unter null)",
    },
    "Messages": {"Hide that activation": "Diese Aktivierung ausblenden"},
}




@pytest.fixture
def german(fake_catalogue):
    fake_catalogue(GERMAN)


def test_the_stage_keys_switch_language_on_and_off(qtbot, german):
    window = QMainWindow()
    qtbot.addWidget(window)
    action = stage.make_actions(window, lambda _what: None)["stage_explorer"]
    english_off = action.toolTip()
    assert english_off == ("Presentation mode: put the explorer alone on the stage "
                           "(press F11 first) (1)")
    assert language.set_language("de")
    assert action.text() == "&Nur der Explorer"
    assert action.toolTip() == ("Präsentationsmodus: nur den Explorer auf die Bühne "
                                "(zuerst F11 drücken) (1)")
    stage.enable_actions({"stage_explorer": action}, True)
    assert action.statusTip() == "Präsentationsmodus: nur den Explorer auf die Bühne"
    stage.enable_actions({"stage_explorer": action}, False)
    assert language.set_language("en")
    assert (action.text(), action.toolTip()) == ("&Explorer alone", english_off)


def test_the_training_actions_speak_for_the_tab_in_front(qtbot, german):
    parent = QWidget()
    qtbot.addWidget(parent)
    tabs = QTabWidget(parent)
    for title in ("Train", "Compare", "32 seeds"):
        tabs.addTab(QLabel(title), title)
    front = FrontTab(tabs, parent)  # only the tab widget's index and signal are read
    step = front.actions["step"]
    assert (step.text(), step.statusTip()) == ("&Step", "Train one step (one batch)")
    assert language.set_language("de")
    assert (step.text(), step.statusTip()) == ("&Schritt", "Einen Schritt trainieren (ein Batch)")
    tabs.setCurrentIndex(2)  # the 32 seeds: Step is off, and says why in German
    assert not step.isEnabled()
    assert step.toolTip() == "Im Tab 32 Seeds aus: ein Lauf trainiert alle Schritte auf einmal"
    assert language.set_language("en")
    assert step.toolTip() == "Off in the 32 seeds tab: a run trains all its steps at once"


def test_caption_words_and_gestures_are_translated_when_made(qtbot, german):
    assert language.set_language("de")
    assert reason_text(MOST_INACTIVE, 0.879) == "die inaktivste (87 % der Eingaben unter null)"
    assert reason_text(FIRST_TO_DIE) == "the first to die"  # not in this catalogue
    assert "Diese Aktivierung ausblenden" in messages.shortcuts_html([])


def test_a_box_keeps_its_name_whatever_its_title(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    box = messages.show_text_box(window, "Tastenkürzel", "<p>F11</p>", name="keyboardBox")
    assert box.objectName() == "keyboardBox"
    box.close()
    assert messages.show_text_box(window, "About reludesk", "x").objectName() == "aboutBox"
