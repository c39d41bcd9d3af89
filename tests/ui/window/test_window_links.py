"""The window's Language menu (a switch at once, remembered, a language without its catalogue
refused in words) and File > Record… (the red dot while recording, Esc stops it, the file is a
GIF of the window's panel)."""


import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from reludesk.ui import MainWindow
from reludesk.ui.window.record_dialog import RecordChoice

GERMAN = {
    "MainWindow": {"reludesk: why ReLU, why it dies, how Leaky ReLU helps":
                   "reludesk: warum ReLU, warum es stirbt, wie Leaky ReLU hilft",
                   "Network trainer": "Netz-Trainer"},
    "Menus": {"&File": "&Datei", "&Quit": "&Beenden"},
}


@pytest.fixture
def german(fake_catalogue):
    fake_catalogue(GERMAN)


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    return win


def file_menu(window):
    return window.menuBar().actions()[0]


def test_the_language_menu_switches_at_once_and_is_remembered(window, german):
    window.actions_by_name["language_de"].trigger()
    assert window.windowTitle() == "reludesk: warum ReLU, warum es stirbt, wie Leaky ReLU hilft"
    assert window.docks["trainer"].windowTitle() == "Netz-Trainer"
    assert file_menu(window).text() == "&Datei"
    assert window.actions_by_name["quit"].text() == "&Beenden"
    assert window.actions_by_name["language_de"].isChecked()
    assert QSettings().value("window/language") == "de"
    # the next window starts in the language chosen
    again = MainWindow()
    try:
        assert again.docks["trainer"].windowTitle() == "Netz-Trainer"
    finally:
        again.deleteLater()
    window.actions_by_name["language_en"].trigger()
    assert file_menu(window).text() == "&File"
    assert window.docks["trainer"].windowTitle() == "Network trainer"


def test_a_language_without_its_catalogue_is_refused_in_words(window, german):
    window.actions_by_name["language_es"].trigger()
    assert "No translation into Español is installed" in window.statusBar().currentMessage()
    assert window.actions_by_name["language_en"].isChecked()
    assert file_menu(window).text() == "&File"


def test_record_shows_the_red_dot_and_esc_stops_it(window, qtbot, tmp_path):
    window.show()
    qtbot.waitExposed(window)
    assert "GIF" in window.actions_by_name["record"].statusTip()
    link = window.recording
    view = window.network_panel.network_view
    path = tmp_path / "net.gif"
    size = (view.width(), view.height())
    link.control.start(RecordChoice("Network", view, "gif", 15, 20, path))
    assert link.control.is_recording() and link.control.indicator.isVisible()
    assert link.escape.isEnabled() and not window.is_presenting()
    qtbot.waitUntil(lambda: link.control.recorder.frame_count() >= 3, timeout=10_000)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not link.control.is_recording()
    qtbot.waitUntil(lambda: path.exists() and not link.control.is_busy(), timeout=30_000)
    frames = link.control.recorder.frame_count()
    with Image.open(path) as gif:
        # a frame like the one before is held longer, not written again: the time adds up
        total = 0
        for i in range(gif.n_frames):
            gif.seek(i)
            total += gif.info["duration"]
        assert gif.size == size  # the view as it was when recording began
    assert frames >= 3 and abs(total - frames * 1000 / 15) <= 10 * frames
    assert not link.escape.isEnabled()
