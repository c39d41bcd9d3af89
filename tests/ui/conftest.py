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


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Collect garbage between UI tests only, never in the middle of one. Left to the
    collector's own timing, cycles of Python wrappers around Qt objects (closed windows, their
    plots and crosshairs) were freed in the middle of a later test's event processing, and a
    pyqtgraph item that asked for its gone view box crashed the whole run (seen in the explorer
    tests and the stage tests, with some sets of test files only). Set up before and torn down
    after every other fixture of the test, so its windows are closed when it collects."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()
