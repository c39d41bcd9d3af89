"""Shared test set-up: headless Qt and settings kept away from the user's home."""

import os

# Must happen before anything imports Qt: the suite runs anywhere, without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
