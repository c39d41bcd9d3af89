"""The numeric core: pure numpy and the standard library, importable with no display.

Nothing in this package may import Qt, pyqtgraph or ``reludesk.ui``; tests/core/test_wall.py
proves it.
"""
