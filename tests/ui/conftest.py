"""Fixtures shared by the UI tests (tests/conftest.py already keeps QSettings in a temp folder)."""

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
