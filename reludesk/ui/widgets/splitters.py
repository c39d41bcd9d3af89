"""A splitter that keeps a computed split until the user drags it.

Panels give their plots a share of the room that depends on the room (a square for the output
plot, a share of the height for the tables): they recompute it in ``on_resized``, which runs once
the splitter has laid its children out at the new size. An event filter would run before that,
and the splitter's own resize would then scale the new sizes away again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class Splitter(QSplitter):
    """A QSplitter that calls ``on_resized()`` after each resize until the user drags it."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.on_resized: Callable[[], None] | None = None
        self._dragged = False
        self.splitterMoved.connect(self._on_moved)

    def dragged(self) -> bool:
        """True once the user has moved the handle: from then on the user's split stands."""
        return self._dragged

    def set_sizes(self, sizes: list[int]) -> None:
        """``setSizes`` unless the splitter has these sizes already (no resize for nothing)."""
        if self.sizes() != sizes:
            self.setSizes(sizes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.on_resized is not None and not self._dragged:
            self.on_resized()

    def _on_moved(self, _pos: int, _index: int) -> None:
        self._dragged = True
