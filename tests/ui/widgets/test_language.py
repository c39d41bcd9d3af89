"""The language machinery: live texts follow a switch at once, English needs no catalogue, the
system's language picks the closest one, and the core's door reaches Qt's translator."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from reludesk.core.i18n import translate
from reludesk.ui.widgets import language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Demo</name>
<message><source>Noise</source><translation>Rauschen</translation></message>
<message><source>{n} points</source><translation>{n} Punkte</translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path, monkeypatch):
    ts = tmp_path / "reludesk_de.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = tmp_path / "reludesk_de.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(language, "catalogue",
                        lambda code: qm.read_bytes() if code == "de" else None)
    yield
    language.set_language("en")


def test_live_texts_follow_a_switch_and_come_back(qtbot, german):
    label = QLabel()
    qtbot.addWidget(label)
    language.live(label, lambda w: w.setText(translate("Demo", "Noise")))
    count = QLabel()
    qtbot.addWidget(count)
    language.live(count, lambda w: w.setText(translate("Demo", "{n} points").format(n=7)))
    assert (label.text(), count.text()) == ("Noise", "7 points")
    assert language.set_language("de") and language.current() == "de"
    assert (label.text(), count.text()) == ("Rauschen", "7 Punkte")
    assert translate("Demo", "Noise") == "Rauschen"  # the core's door too
    assert language.set_language("en")
    assert (label.text(), count.text()) == ("Noise", "7 points")
    assert translate("Demo", "Noise") == "Noise"


def test_a_language_without_a_catalogue_changes_nothing(qtbot, german):
    label = QLabel()
    qtbot.addWidget(label)
    language.live(label, lambda w: w.setText(translate("Demo", "Noise")))
    assert not language.set_language("es")
    assert language.current() == "en" and label.text() == "Noise"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        language.set_language("fr")


def test_a_deleted_widget_is_forgotten(qtbot, german):
    label = QLabel()
    language.live(label, lambda w: w.setText(translate("Demo", "Noise")))
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    language.set_language("de")  # no RuntimeError reaches us
    assert label not in language._owners


def _alive(widget):
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


@pytest.mark.parametrize(("locale", "code"), [
    ("de_AT", "de"), ("es_MX", "es"), ("zh_TW", "zh_CN"), ("zh_CN", "zh_CN"), ("fr_FR", "en"),
    ("en_GB", "en"),
])
def test_the_systems_language_picks_the_closest(locale, code):
    assert language.system_choice(QLocale(locale)) == code


def test_english_plural_placeholder_without_a_translator():
    assert translate("Demo", "%n point(s)", None, 3) == "3 point(s)"
