"""The trainer's controls and status words follow a change of language at once, and come back
to English: tooltips and item tips of the combos, the speed names, "none", the "(all)" of the
batch, the Inputs title, the empty-layers label, a spin's note on a value below its range, and
the dead counter, loss line and burst lines built after the switch. Registry names shown in the
combos and every item's data stay as they are.

The catalogue is a small German one built here with Qt's own pyside6-lrelease, so the test does
not depend on the shipped translations."""

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui.trainer import status
from reludesk.ui.trainer.controls import DATASET_TIPS, REGULARIZATION_TIPS, TrainerControls
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


def _ts(messages: dict[str, dict[str, str]]) -> str:
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(f"<message><source>{escape(s)}</source><translation>{escape(t)}"
                  "</translation></message>" for s, t in texts.items())
        + "</context>"
        for name, texts in messages.items()
    )
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="de">{contexts}</TS>\n')


@pytest.fixture
def german(tmp_path, monkeypatch):
    ts = tmp_path / "reludesk_de.ts"
    ts.write_text(_ts(GERMAN), encoding="utf-8")
    qm = tmp_path / "reludesk_de.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(language, "catalogue",
                        lambda code: qm.read_bytes() if code == "de" else None)
    yield
    language.set_language("en")


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
