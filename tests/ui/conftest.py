"""Fixtures shared by the UI tests (tests/conftest.py already keeps QSettings in a temp folder)."""

import gc

import pytest

from reludesk.ui import MainWindow


@pytest.fixture
def window(qtbot):
    """A built, unshown MainWindow; a test module may override it with its own."""
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    # The theme changes the whole application's palette: leave it as the next test expects.
    win.set_theme("system")


_FROZEN: list[bool] = []


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Collect garbage between UI tests only, never in the middle of one. Left to the
    collector's own timing, cycles of Python wrappers around Qt objects (closed windows, their
    plots and crosshairs) were freed in the middle of a later test's event processing, and a
    pyqtgraph item that asked for its gone view box crashed the whole run (seen in the explorer
    tests and the stage tests, with some sets of test files only; tests/ui/explorer with
    test_slope_rule.py crashed every time without this). The first collection freezes what
    exists then (modules, Qt and numpy classes, which are never garbage), so each later one
    only walks what the tests made (tests/ui/trainer: 219 tests in 21 s, as fast as without
    collecting, against 34 s with full collections before and after each test)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    # the last test's widgets closed with deleteLater: delete them now, at a known point,
    # before their wrappers are collected (not in the middle of this test's events)
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    if not _FROZEN:
        gc.freeze()
        _FROZEN.append(True)
    gc.disable()
    yield
    gc.enable()


@pytest.fixture
def fake_catalogue(tmp_path, monkeypatch):
    """Install a small catalogue made here: ``fake_catalogue({"Context": {"source":
    "translation"}}, code="de")`` writes it as a .ts, compiles it with Qt's pyside6-lrelease and
    makes ``language.catalogue`` hand it out for ``code`` (no other language has one), so a test
    does not depend on the shipped translations. English again afterwards."""
    import subprocess
    import sys
    from pathlib import Path
    from xml.sax.saxutils import escape

    from reludesk.ui.widgets import language

    def install(contexts: dict[str, dict[str, str]], code: str = "de") -> None:
        body = "".join(
            f"<context><name>{name}</name>" + "".join(
                f"<message><source>{escape(s)}</source><translation>{escape(t)}"
                "</translation></message>" for s, t in texts.items()) + "</context>"
            for name, texts in contexts.items())
        ts = tmp_path / f"reludesk_{code}.ts"
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      f'<TS version="2.1" language="{code}">{body}</TS>\n', encoding="utf-8")
        qm = ts.with_suffix(".qm")
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        monkeypatch.setattr(language, "catalogue",
                            lambda wanted: qm.read_bytes() if wanted == code else None)

    yield install
    language.set_language("en")
