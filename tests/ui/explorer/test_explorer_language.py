"""The explorer follows a change of language at once, and comes back to English: tabs, the guide,
the properties table, the plots' titles and labels, the controls and the read-out hint.

The catalogue is a small German one built here with Qt's own pyside6-lrelease, so the test does
not depend on the shipped translations (the lead fills those in)."""


import pytest
from PySide6.QtCore import Qt

from reludesk.ui.explorer.model import ExplorerModel
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.explorer.texts import FORMULAS
from reludesk.ui.widgets import language

GERMAN = {
    "ExplorerPanel": {"Properties": "Eigenschaften"},
    "ExplorerProperties": {
        "Peak f′ through depth": "Spitzen-f′ über die Tiefe",
        "Can die": "Kann sterben",
        "Yes: dead, f′ = 0 for z ≤ {z}": "Ja: tot, f′ = 0 für z ≤ {z}",
    },
    "ExplorerTexts": {
        "What to look for": "Worauf achten",
        "Tick an activation on the left to plot it.":
            "Links eine Aktivierung ankreuzen, um sie zu zeichnen.",
        FORMULAS["relu"]: "max(0, z). Eine Einheit mit z ≤ 0 für jede Eingabe ist tot.",
    },
    "ExplorerFigure": {"f(z): what the unit passes on": "f(z): was die Einheit weitergibt"},
    "ControlColumn": {"z range": "z-Bereich"},
    "DepthView": {"layers n": "Schichten n"},
}




@pytest.fixture
def german(fake_catalogue):
    fake_catalogue(GERMAN)


def _texts(panel: ExplorerPanel) -> dict[str, str]:
    """What the panel shows where the German catalogue has words."""
    tabs = panel.tabs
    table = panel.properties_table
    relu = table.column_of("relu")
    row = next(r for r in range(table.rowCount())
               if table.verticalHeaderItem(r).text() in ("Can die", "Kann sterben"))
    return {
        "tabs": " | ".join(tabs.tabText(i) for i in range(tabs.count())),
        "guide": panel.controls.guide.text(),
        "row": table.verticalHeaderItem(row).text(),
        "cell": table.item(row, relu).text(),
        "title": panel.activation_plot.getPlotItem().titleLabel.text,
        "range": panel.controls._range_label.text(),
        "depth": panel.depth_plot.getPlotItem().getAxis("bottom").labelText,
        "hint": panel.crosshair_text(),
    }


def test_the_explorer_switches_to_german_and_back(qtbot, german):
    panel = ExplorerPanel(ExplorerModel())
    qtbot.addWidget(panel)
    panel.resize(600, 800)  # compact: the guide is a tab too
    panel.set_shown(["relu", "leaky_relu"])
    english = _texts(panel)
    assert english["tabs"] == "Properties | Peak f′ through depth | What to look for"
    assert english["cell"] == "Yes: dead, f′ = 0 for z ≤ 0"
    assert language.set_language("de")
    german_texts = _texts(panel)
    assert german_texts == {
        "tabs": "Eigenschaften | Spitzen-f′ über die Tiefe | Worauf achten",
        # the guide names the depth tab by its German title
        "guide": german_texts["guide"],
        "row": "Kann sterben",
        "cell": "Ja: tot, f′ = 0 für z ≤ 0",
        "title": "f(z): was die Einheit weitergibt",
        "range": "z-Bereich",
        "depth": "Schichten n",
        "hint": english["hint"],  # activations are shown: the hover hint has no German here
    }
    assert german_texts["guide"].startswith("<b>Worauf achten</b>")
    assert "Spitzen-f′ über die Tiefe" in german_texts["guide"]
    assert language.set_language("en")
    assert _texts(panel) == english


def test_the_read_out_hint_is_said_again_at_once(qtbot, german):
    panel = ExplorerPanel(ExplorerModel())
    qtbot.addWidget(panel)
    panel.set_shown([])
    assert panel.crosshair_text() == "Tick an activation on the left to plot it."
    # no mouse move, no change of the model: the switch itself says it again
    assert language.set_language("de")
    assert panel.crosshair_text() == "Links eine Aktivierung ankreuzen, um sie zu zeichnen."


def test_a_switch_keeps_the_ticks_and_the_item_data(qtbot, german):
    panel = ExplorerPanel(ExplorerModel())
    qtbot.addWidget(panel)
    panel.set_shown(["relu", "gelu"])
    seen: list[list[str]] = []
    panel.activation_list.shownChanged.connect(seen.append)  # new texts are no new ticks
    assert language.set_language("de")
    names = [panel.activation_list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(panel.activation_list.count())]
    assert names == panel.model.names()
    relu = panel.activation_list.item(names.index("relu"))
    assert relu.toolTip() == "<b>ReLU</b> (relu): max(0, z). Eine Einheit mit z ≤ 0 für jede " \
        "Eingabe ist tot."
    assert panel.activation_list.checked() == ["relu", "gelu"] and seen == []
