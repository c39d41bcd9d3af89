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


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Collect the last test's garbage now, between tests. Left to the collector's own timing,
    cycles of Python wrappers around Qt objects (closed windows, their plots and crosshairs)
    were freed in the middle of a later test's event processing, and a pyqtgraph item asked for
    its view box after the box was gone crashed the whole run (seen in the explorer tests, with
    some sets of test files only)."""
    gc.collect()
