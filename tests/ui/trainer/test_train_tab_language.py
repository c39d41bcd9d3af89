"""The Train tab follows a change of language at once, and comes back to English: the bar's
buttons, the tabs, the timeline bar's label, the history plots' titles and legends, the dead
counter; compare mode's buttons and status line too.

The catalogue is a small German one built here with Qt's own pyside6-lrelease, so the test does
not depend on the shipped translations (the lead fills those in)."""


import pytest
from PySide6.QtWidgets import QLabel

from reludesk.core.config import Config
from reludesk.ui.trainer.compare import SAME_START
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.history_plots import (
    DEAD_TITLES,
    GRAD_TITLES,
    LOSS_TITLES,
    SECOND_TITLES,
)
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.tabs import TrainerTabs
from reludesk.ui.widgets import language

TITLES = {
    "Loss (log scale)": "Verlust (log. Skala)", "Loss (log)": "Verlust (log)", "Loss": "Verlust",
    "Dead % per layer": "Tot % je Schicht", "Dead %": "Tot %",
    "Dead % (- - inactive)": "Tot % (- - inaktiv)",
    "Dead % (- - saturated)": "Tot % (- - gesättigt)",
    "Gradient size (log)": "Gradientengröße (log)", "Gradient (log)": "Gradient (log)",
    "Gradient": "Gradient",
}
GERMAN = {
    "TrainerButtons": {"Play": "Abspielen", "Pause": "Anhalten", "Step": "Schritt",
                       "Reset": "Zurücksetzen", "Burst": "Stoß",
                       "{burst}, then back": "{burst}, dann zurück"},
    "TrainerTabs": {"Train": "Trainieren", "Compare ReLU vs Leaky": "ReLU gegen Leaky",
                    "32 seeds": "32 Startwerte"},
    "TimelineBar": {"now": "jetzt", "Step {shown} of {head}": "Schritt {shown} von {head}"},
    "HistoryPlots": {**TITLES, "layer {n}": "Schicht {n}", "output": "Ausgabe"},
    "TrainerStatus": {"Dead {dead} / {total} ({share})": "Tot {dead} / {total} ({share})"},
    "ComparePanel": {SAME_START: "Gleiche Daten, Startgewichte und Stapel: nur die Aktivierung "
                                 "ist anders.",
                     "Burst ({steps} steps at rate {rate})":
                         "Stoß ({steps} Schritte, Rate {rate})"},
}




@pytest.fixture
def german(fake_catalogue):
    fake_catalogue(GERMAN)


@pytest.fixture
def tabs(qtbot) -> TrainerTabs:
    driver = TrainingDriver.from_config(Config(hidden=(4, 4)))
    panel = NetworkPanel(driver)
    driver.setParent(panel)  # the driver's timer dies with the panel
    tabs = TrainerTabs(panel)
    qtbot.addWidget(tabs)
    tabs.resize(1200, 800)
    tabs.show()
    panel.show_speed(None)
    return tabs


def _texts(tabs: TrainerTabs) -> dict[str, str]:
    """What the Train tab shows where the German catalogue has words."""
    panel = tabs.network()
    plots = panel.history_plots
    grad_legend = plots.grad_plot.getPlotItem().legend
    return {
        "buttons": " | ".join(b.text() for b in panel.buttons.widgets()),
        "burst tip": panel.burst_button.toolTip(),
        "tabs": " | ".join(tabs.tabText(i) for i in range(tabs.count())),
        "timeline": panel.timeline_bar.label.text(),
        "loss": plots.loss_plot.getPlotItem().titleLabel.text,
        "dead": plots.dead_plot.getPlotItem().titleLabel.text,
        "grad": plots.grad_plot.getPlotItem().titleLabel.text,
        "legend": " | ".join(label.text for _sample, label in grad_legend.items),
        "counter": panel.dead_label.text(),
    }


def test_the_train_tab_switches_to_german_and_back(qtbot, german, tabs):
    panel = tabs.network()
    panel.driver.step_once(30)
    head = panel.driver.trainer.head_step
    shown = panel.timeline_bar.earlier()  # back along the run: the label names the step
    assert 0 <= shown < head
    english = _texts(tabs)
    assert english["buttons"] == "Play | Step | Reset | Burst"
    assert english["tabs"] == "Train | Compare ReLU vs Leaky | 32 seeds"
    assert english["timeline"] == f"Step {shown:,} of {head:,}"
    assert english["legend"] == "layer 1 | layer 2 | output"
    assert english["burst tip"].endswith(", then back")
    assert english["counter"].startswith("Dead ")
    for key, table in (("loss", LOSS_TITLES), ("dead", DEAD_TITLES), ("grad", GRAD_TITLES)):
        assert english[key] in table

    assert language.set_language("de")
    german_texts = _texts(tabs)
    assert german_texts["buttons"] == "Abspielen | Schritt | Zurücksetzen | Stoß"
    assert german_texts["tabs"] == "Trainieren | ReLU gegen Leaky | 32 Startwerte"
    assert german_texts["timeline"] == f"Schritt {shown:,} von {head:,}"
    assert german_texts["legend"] == "Schicht 1 | Schicht 2 | Ausgabe"
    assert german_texts["burst tip"] == english["burst tip"].replace(", then back", ", dann zurück")
    assert german_texts["counter"] == "Tot " + english["counter"].removeprefix("Dead ")
    assert german_texts["loss"] in {TITLES[t] for t in LOSS_TITLES}
    assert german_texts["dead"] in {TITLES[t] for t in DEAD_TITLES}
    assert german_texts["grad"] in {TITLES[t] for t in GRAD_TITLES}
    # a text made after the switch is German too: Play checked reads Pause
    panel.buttons.show_running(True)
    assert panel.play_button.text() == "Anhalten"
    panel.buttons.show_running(False)
    # the end of the run: "now"
    panel.timeline_bar.back_to_now()
    assert panel.timeline_bar.label.text() == "jetzt"
    panel.timeline_bar.show_step(shown)

    assert language.set_language("en")
    assert _texts(tabs) == english


def test_a_new_network_keeps_the_titles_of_the_language_chosen(qtbot, german, tabs):
    panel = tabs.network()
    assert language.set_language("de")
    # a leaky network's dead plot names its dashed curves: its titles are chosen after the switch
    panel.set_config(panel.config().replace(activation="leaky_relu"))
    dead = panel.history_plots.dead_plot.getPlotItem().titleLabel.text
    assert dead in {TITLES[t] for t in SECOND_TITLES["inactive"]}
    legend = panel.history_plots.dead_plot.getPlotItem().legend
    assert [label.text for _s, label in legend.items] == ["Schicht 1", "Schicht 2"]


def test_compare_mode_switches_its_buttons_and_story(qtbot, german, tabs):
    compare = tabs.compare()
    status = compare.findChild(type(tabs.network().dead_label), "compareStatusLabel")
    burst = compare._burst
    assert status.text() == SAME_START
    english_burst = burst.text()
    assert english_burst.startswith("Burst (100 steps at rate ")
    assert language.set_language("de")
    assert status.text().startswith("Gleiche Daten")
    assert burst.text().startswith("Stoß (100 Schritte, Rate ")
    assert language.set_language("en")
    assert status.text() == SAME_START and burst.text() == english_burst


def test_compare_counts_are_said_again_while_paused(qtbot, german, tabs):
    compare = tabs.compare()
    compare.step(3)  # the counters are said; then nothing trains
    labels = [compare.findChild(QLabel, f"compare{k}DeadLabel") for k in ("Left", "Right")]
    english = [label.text() for label in labels]
    assert all(text.startswith("Dead ") for text in english)
    assert language.set_language("de")
    assert all(label.text().startswith("Tot ") for label in labels)
    assert language.set_language("en")
    assert [label.text() for label in labels] == english
