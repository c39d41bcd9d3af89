"""The tap follows a change of language: its captions, badges and readouts are translated
when drawn, the words painted once into its still layer are painted again, and the panel's
controls and mode line change at once.

Stand-in translators wrap a text as «Context|source», so a test sees the context too (the one
lupdate files the text under: it must match the ``QT_TRANSLATE_NOOP`` marks).
"""

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton, QSlider

from reludesk.core import activations, i18n
from reludesk.core.tap import TapModel
from reludesk.ui.tap.panel import TapPanel
from reludesk.ui.tap.text import CAPTIONS, caption, readout_texts
from reludesk.ui.tap.widget import TapWidget
from reludesk.ui.widgets.language import retranslate_all


def marked(context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    return f"«{context}|{text}»"


def only_drawing(context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    """Marks the words of the dial and the pipe alone (the still layer's words)."""
    return f"«{text}»" if context == "TapDrawing" else text


@pytest.fixture(autouse=True)
def english_again():
    yield
    i18n.set_translator(None)
    retranslate_all()


def switch(translator) -> None:
    """What ``set_language`` does once its catalogue is installed."""
    i18n.set_translator(translator)
    retranslate_all()


def models(alpha: float = 0.03) -> tuple[TapModel, TapModel]:
    return TapModel(activations.get("relu")), TapModel(activations.get("leaky_relu", alpha=alpha))


def shut(model: TapModel) -> TapModel:
    for _ in range(120):
        model.advance(-4.0, 1 / 60)
    return model


def pixels(widget: TapWidget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    return raw.reshape(image.height(), image.bytesPerLine()).copy()


def test_the_leak_caption_is_translated_before_its_slope_is_filled_in():
    leaky = shut(models()[1])
    # a catalogue knows the source with its placeholder, as lupdate listed it
    german = {("TapText", CAPTIONS["leaking"]): "Zu, doch durch das Loch fließt {slope}."}

    def catalogue(context: str, text: str, _d: str | None = None, n: int = -1) -> str:
        return german.get((context, text), text)

    switch(catalogue)
    assert caption(leaky) == "Zu, doch durch das Loch fließt α = 0.03."
    switch(marked)
    assert readout_texts(leaky)[3].startswith("«TapText|clog ")


def test_the_still_layer_is_painted_again_in_the_new_language(qtbot):
    widget = TapWidget(*models())
    qtbot.addWidget(widget)
    widget.set_animated(False)
    widget.resize(600, 400)
    # shown: a hidden widget's grab() remakes its fonts, which drops the still layer anyway
    widget.show()
    qtbot.waitExposed(widget)
    before = pixels(widget)
    switch(only_drawing)  # nothing that moves changes: only the cached layer's words do
    after = pixels(widget)
    assert not np.array_equal(before, after)
    switch(None)
    assert np.array_equal(pixels(widget), before)


def test_the_panel_controls_and_mode_line_follow_the_language(qtbot):
    panel = TapPanel(*models())
    qtbot.addWidget(panel)
    sweep = panel.findChild(QPushButton, "tapSweepButton")
    manual = panel.findChild(QPushButton, "tapManualButton")
    mode = panel.findChild(QLabel, "tapModeLabel")
    switch(marked)
    assert sweep.text() == "«TapPanel|Sweep»"
    assert manual.toolTip() == "«TapPanel|Stop following the neuron and set z by hand»"
    # the mode is built of two translated parts, the inner one the widget's
    assert mode.text() == "«TapPanel|Mode: «TapWidget|Manual»»"
    panel.tap_widget.set_linked_source(np.array([1.0, -1.0]), label="L1·3")
    assert mode.text() == "«TapPanel|Mode: «TapWidget|Linked to L1·3»»"


def test_longer_words_put_the_controls_on_two_rows_at_once(qtbot):
    panel = TapPanel(*models())
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    slider = panel.findChild(QSlider, "tapZSlider")
    sweep = panel.findChild(QPushButton, "tapSweepButton")

    def rows() -> int:
        # the buttons stand beside the slider (one row) or under it (two)
        return 1 if sweep.geometry().top() < slider.geometry().bottom() else 2

    assert rows() == 1

    def wordy(context: str, text: str, _d: str | None = None, n: int = -1) -> str:
        return f"{text} " * 8 if context == "TapPanel" else text

    switch(wordy)
    qtbot.waitUntil(lambda: rows() == 2)
