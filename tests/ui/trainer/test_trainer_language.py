"""The trainer's controls and status words follow a change of language at once, and come back
to English: tooltips and item tips of the combos, the speed names, "none", the "(all)" of the
batch, the Inputs title, the empty-layers label, a spin's note on a value below its range, and
the dead counter, loss line and burst lines built after the switch. Registry names shown in the
combos and every item's data stay as they are. The seed statistics say their result again, the
network view's legend is painted again, and the neuron inspector names its unit again.

The catalogue is a small German one built here with Qt's own pyside6-lrelease, so the test does
not depend on the shipped translations."""


import pytest
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui import theme
from reludesk.ui.trainer import status
from reludesk.ui.trainer.controls import DATASET_TIPS, REGULARIZATION_TIPS, TrainerControls
from reludesk.ui.trainer.driver import TrainingDriver
from reludesk.ui.trainer.inspector import NeuronInspector
from reludesk.ui.trainer.netview import text as view_text
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.trainer.seeds import SeedStatsPanel
from reludesk.ui.widgets import language

GERMAN = {
    "TrainerControls": {
        "Noise in the data, 0 to 50 % (as in TF Playground)":
            "Rauschen in den Daten, 0 bis 50 % (wie im TF Playground)",
        DATASET_TIPS["circle"]: "Kreis: eine Klasse in einem Ring der anderen (Klassifikation)",
        "none": "keine",
        REGULARIZATION_TIPS["none"]: "Keine Strafe: die Gewichte folgen nur den Daten",
        " (all)": " (alle)",
        "no hidden layer": "keine verborgene Schicht",
        "{value} is below the usual {usual}: it runs as shown":
            "{value} liegt unter dem üblichen {usual}: es läuft wie gezeigt",
        "Learning rate, 0.00001 to 10; changing it keeps the network (try a burst and back)":
            "Lernrate, 0,00001 bis 10; eine Änderung behält das Netz",
    },
    "FeatureToggles": {"Inputs": "Eingaben"},
    "SeedStatsPanel": {
        "Train {seeds} seeds": "{seeds} Startwerte trainieren",
        "after {calm} steps at learning rate {rate}": "nach {calm} Schritten mit Lernrate {rate}",
    },
    "SeedsSummary": {
        "{title}: median {median} dead over {n} seeds {spread}, {steps}.":
            "{title}: Median {median} tot über {n} Startwerte {spread}, {steps}.",
    },
    "SeedHistogram": {"dead (no gradient)": "tot (kein Gradient)"},
    "NetworkView": {
        "Alive: bar = share of inputs it fires on": "Lebendig: Balken = Anteil feuernder Eingaben",
        "Hidden {n}": "Verborgen {n}",
        "dead": "tot",
        "alive": "lebendig",
    },
    "NeuronInspector": {
        "Kill": "Töten",
        "Neuron {unit} of hidden layer {layer}: {state}":
            "Neuron {unit} der verborgenen Schicht {layer}: {state}",
    },
    "TrainerStatus": {
        "Full speed": "Volle Geschwindigkeit",
        "{speed} steps/s": "{speed} Schritte/s",
        "Dead {dead} / {total} ({share})": "Tot {dead} / {total} ({share})",
        "Step {step}": "Schritt {step}",
        "loss: train {train}, test {test}": "Verlust: Training {train}, Test {test}",
        "Burst: {taken} / {total} steps at rate {rate}":
            "Stoß: {taken} / {total} Schritte mit Rate {rate}",
    },
}




@pytest.fixture
def german(fake_catalogue):
    fake_catalogue(GERMAN)


@pytest.fixture
def controls(qtbot) -> TrainerControls:
    parent = QWidget()
    qtbot.addWidget(parent)
    made = TrainerControls(parent)
    made.show_config(Config(hidden=(), learning_rate=1e-9))  # a rate below the usual range
    yield made  # while the test runs, this frame keeps the parent (and so the widgets) alive


def _texts(c: TrainerControls) -> dict[str, object]:
    """What the controls show where the German catalogue has words."""
    tip = Qt.ItemDataRole.ToolTipRole
    circle = c.dataset.findText("circle")
    none = c.regularization.findData("none")
    return {
        "noise": c.noise.toolTip(),
        "circle": c.dataset.itemData(circle, tip),
        "none": (c.regularization.itemText(none), c.regularization.itemData(none, tip)),
        "speeds": [c.speed.itemText(i) for i in (c.speed.count() - 2, c.speed.count() - 1)],
        "batch": c.batch_size.text(),
        "layers": c.hidden._none.text(),
        "inputs": [label.text() for label in c.features.findChildren(type(c.hidden._none))],
        "rate": c.learning_rate.toolTip(),
    }


def test_the_controls_switch_to_german_and_back(controls, german):
    c = controls
    c.batch_size.setRange(1, 250)
    c.batch_size.setValue(250)
    english = _texts(c)
    assert english["speeds"] == ["1,000 steps/s", "Full speed"]
    assert english["batch"] == "250 (all)" and english["inputs"] == ["Inputs"]
    assert english["rate"].endswith("\n1e-09 is below the usual 0.00001: it runs as shown")
    assert language.set_language("de")
    assert _texts(c) == {
        "noise": "Rauschen in den Daten, 0 bis 50 % (wie im TF Playground)",
        "circle": "Kreis: eine Klasse in einem Ring der anderen (Klassifikation)",
        "none": ("keine", "Keine Strafe: die Gewichte folgen nur den Daten"),
        "speeds": ["1,000 Schritte/s", "Volle Geschwindigkeit"],
        "batch": "250 (alle)",
        "layers": "keine verborgene Schicht",
        "inputs": ["Eingaben"],
        "rate": "Lernrate, 0,00001 bis 10; eine Änderung behält das Netz"
                "\n1e-09 liegt unter dem üblichen 0.00001: es läuft wie gezeigt",
    }
    assert language.set_language("en")
    assert _texts(c) == english


def test_a_switch_keeps_the_names_and_the_choices(controls, german):
    c = controls
    c.regularization.setCurrentIndex(c.regularization.findData("none"))
    names = [c.activation.itemText(i) for i in range(c.activation.count())]
    speeds = [c.speed.itemData(i) for i in range(c.speed.count())]
    picked: list[object] = []
    for combo in (c.dataset, c.activation, c.init, c.optimizer):
        combo.currentIndexChanged.connect(picked.append)
    assert language.set_language("de")
    # registry names are names in every language; item data stays the identity code uses
    assert [c.activation.itemText(i) for i in range(c.activation.count())] == names
    assert [c.speed.itemData(i) for i in range(c.speed.count())] == speeds
    assert c.regularization_name() == "none" and c.regularization.currentText() == "keine"
    assert c.batch_size.valueFromText(c.batch_size.text()) == c.batch_size.value()
    assert picked == []


def test_status_words_are_built_in_the_language_chosen(german):
    trainer = Trainer(Config(hidden=(4, 4), seed=1))
    snap, config = trainer.evaluate(), trainer.config
    dead = snap.dead_count(0)
    english = (status.dead_text(snap, config), status.metrics_text(snap, "classification"),
               status.burst_progress_text(1234, 2000), status.speed_text(None))
    assert english[0] == f"Dead {dead} / 8 ({status.percent_text(dead / 8)})"
    assert english[2] == "Burst: 1,234 / 2,000 steps at rate 1"
    assert language.set_language("de")
    assert status.dead_text(snap, config) == f"Tot {dead} / 8 ({status.percent_text(dead / 8)})"
    metrics = status.metrics_text(snap, "classification")
    assert metrics.startswith("Schritt 0   ·   Verlust: Training ")
    assert metrics.split("   ·   ")[2] == english[1].split("   ·   ")[2]  # not in the catalogue
    assert status.burst_progress_text(1234, 2000) == "Stoß: 1,234 / 2,000 Schritte mit Rate 1"
    assert status.speed_text(None) == "Volle Geschwindigkeit"
    assert language.set_language("en")
    assert (status.dead_text(snap, config), status.metrics_text(snap, "classification"),
            status.burst_progress_text(1234, 2000), status.speed_text(None)) == english


def test_the_seed_result_is_said_again_in_the_new_words(qtbot, german):
    panel = SeedStatsPanel(Config(hidden=(4,), seed=3))
    qtbot.addWidget(panel)
    panel.set_burst(False, 20)
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        panel.run()
    english = panel.summary()
    assert ": median " in english and ", after 20 steps at learning rate 0.03." in english
    button = panel._button
    assert language.set_language("de")
    # no new run: the result is made again from what the run found
    said = panel.summary()
    assert ": Median " in said and said.endswith(", nach 20 Schritten mit Lernrate 0.03.")
    assert said.split(": Median ")[1].split(" tot")[0] == english.split(": median ")[1].split(
        " dead")[0]
    assert button.text() == "32 Startwerte trainieren"
    legend = panel._histogram.plot.getPlotItem().legend
    assert [label.text for _sample, label in legend.items] == ["tot (kein Gradient)"]
    assert language.set_language("en")
    assert panel.summary() == english


def test_the_network_view_legend_is_painted_again_after_a_switch(german):
    strip = view_text.LegendStrip()
    args = (QFont(), QSizeF(900, 60), 1.0, False, "relu", theme.current_page())
    before = strip.pixmap(*args).cacheKey()
    assert strip.pixmap(*args).cacheKey() == before  # unchanged words: the same picture
    assert language.set_language("de")
    assert strip.pixmap(*args).cacheKey() != before
    assert view_text.legend_items(False)[0][1] == "Lebendig: Balken = Anteil feuernder Eingaben"
    assert view_text.column_names(1, 3)[0] == "Verborgen 1"


def test_the_inspector_names_its_unit_again(qtbot, german):
    driver = TrainingDriver.from_config(Config(hidden=(4,), seed=2))
    panel = NetworkPanel(driver)
    driver.setParent(panel)
    qtbot.addWidget(panel)
    inspector = NeuronInspector(panel)
    qtbot.addWidget(inspector)
    inspector.show_unit(0, 1)
    english = inspector.title.text()
    state = english.split(": ")[1]
    assert english.startswith("Neuron 2 of hidden layer 1: ") and state in ("alive", "dead")
    assert language.set_language("de")
    assert inspector.title.text() == "Neuron 2 der verborgenen Schicht 1: " + {
        "alive": "lebendig", "dead": "tot"}[state]
    assert inspector.kill_button.text() == "Töten"
    assert language.set_language("en")
    assert (inspector.title.text(), inspector.kill_button.text()) == (english, "Kill")
