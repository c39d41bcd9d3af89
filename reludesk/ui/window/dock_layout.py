"""Where the window's docks go and how much room each gets.

Explorer on the left, trainer above the tap on the right, the lesson strip (when a lesson is
open) across the top at the height of its text. The window keeps one :class:`DockLayout` and
asks it again whenever its size or the lesson's text changes.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reludesk.ui.lessons.dock import LessonPanel

DEFAULT_SIZE = (1400, 900)
# a window this small or smaller (a projector or a laptop, maximised) folds the explorer into a
# tab behind the trainer, so the network keeps room; larger ones keep the three side by side
COMPACT = (1366, 768)
EXPLORER_SHARE = 0.30  # of the width, beside the trainer, when there is room for both
TAP_SHARE = (0.36, 0.27)
# the lesson's text stays unfolded while its strip takes at most this share of the screen's
# height; on a smaller screen (compact, or the stage) it folds to its title and what to watch
LESSON_SHARE = 0.18  # of the height under the trainer: side by side, compact


def is_compact(width: int, height: int) -> bool:
    """True for a window of ``width`` x ``height`` that folds the explorer away."""
    return width <= COMPACT[0] or height <= COMPACT[1]


class DockLayout:
    """Lays out ``docks`` ("explorer", "trainer", "tap") and ``lesson_dock`` (which holds
    ``lesson_panel``) in ``window``."""

    def __init__(
        self,
        window: QMainWindow,
        docks: Mapping[str, QDockWidget],
        lesson_dock: QDockWidget,
        lesson_panel: LessonPanel,
    ) -> None:
        self._window = window
        self._docks = docks
        self._lesson_dock = lesson_dock
        self._lesson_panel = lesson_panel
        self._compact = False

    def compact(self) -> bool:
        """True while the explorer is folded into a tab behind the trainer."""
        return self._compact

    def reset(self) -> None:
        """Dock every panel in its starting place and size for the window's size (compact:
        the explorer in a tab behind the trainer); the lesson dock stays shown or hidden as it
        was."""
        w, docks = self._window, self._docks
        explorer, trainer, tap = (docks[k] for k in ("explorer", "trainer", "tap"))
        lesson_shown = not self._lesson_dock.isHidden()
        # addDockWidget moves a dock that is already in: removing it first made Qt free a
        # layout item twice after a saved state was restored (a crash on Reset layout when
        # the last session had ended in presentation mode)
        for dock in (*docks.values(), self._lesson_dock):
            dock.setFloating(False)
        w.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self._lesson_dock)
        self._compact = is_compact(w.width(), w.height())
        if not self._compact:
            w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, explorer)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, trainer)
        w.splitDockWidget(trainer, tap, Qt.Orientation.Vertical)
        if self._compact:
            # (after the split: a dock split from a tabbed one would become a tab itself)
            w.tabifyDockWidget(trainer, explorer)
        for dock in docks.values():
            dock.show()
        trainer.raise_()
        self._lesson_dock.setVisible(lesson_shown)
        self.share_out()

    def share_out(self) -> None:
        """Size the lesson strip to its text and share the rest of the window between the
        explorer, the trainer and the tap in their starting proportions."""
        w, lesson = self._window, self._lesson_dock
        explorer, trainer, tap = (self._docks[k] for k in ("explorer", "trainer", "tap"))
        if is_compact(w.width(), w.height()) != self._compact:
            self.reset()  # shown at another size than it was laid out for (maximised)
            return
        self.fold_lesson_text(self._compact)
        self.fit_lesson_dock()
        width, height = w.width(), w.height()
        if not lesson.isHidden():
            height -= self._lesson_height(width)  # what it is about to be, not what it was
        # The trainer is the heart of the lesson and has the most to show; the tap below it
        # needs a strip wide enough for two taps side by side.
        if not self._compact:
            w.resizeDocks([explorer, trainer],
                          [int(width * EXPLORER_SHARE), int(width * (1 - EXPLORER_SHARE))],
                          Qt.Orientation.Horizontal)
        below = TAP_SHARE[self._compact]
        w.resizeDocks([trainer, tap], [int(height * (1 - below)), int(height * below)],
                      Qt.Orientation.Vertical)

    def fold_lesson_text(self, may_fold: bool) -> None:
        """Fold the lesson's text to its title and what to watch when it ``may_fold`` (a
        compact window, the stage) and its strip would take more than LESSON_SHARE of the
        screen's height; otherwise show it whole, without the fold button."""
        panel, w = self._lesson_panel, self._window
        if not may_fold:
            panel.set_text_folded(None)
            return
        panel.set_text_folded(False)
        screen = w.screen().geometry().height() if w.screen() is not None else w.height()
        panel.set_text_folded(self._lesson_height(w.width()) > LESSON_SHARE * screen)

    def _lesson_height(self, width: int) -> int:
        """The lesson dock's height for all its text at the window's ``width``, title bar
        included."""
        lesson, panel = self._lesson_dock, self._lesson_panel
        title_bar = max(0, lesson.minimumSizeHint().height() - panel.minimumSizeHint().height())
        return panel.height_for(max(width - 20, 400)) + title_bar

    def fit_lesson_dock(self) -> None:
        """Give the lesson dock the height its text needs at the window's width (nothing if it
        is hidden or floating)."""
        w, lesson = self._window, self._lesson_dock
        if lesson.isHidden() or lesson.isFloating():
            return
        height = self._lesson_height(w.width())
        excess = lesson.height() - height
        vertical = Qt.Orientation.Vertical
        w.resizeDocks([lesson], [height], vertical)
        if excess > 0 and w.isVisible():
            # Qt does not hand the room a shrinking top dock frees to the docks below unless
            # they ask for it: each column below grows by what the strip gives up
            for column in (("explorer",), ("trainer", "tap")):
                docks = [d for k in column if (d := self._docks[k]).isVisible()
                         and not d.isFloating()]
                total = sum(d.height() for d in docks)
                if total > 0:
                    sizes = [round(d.height() + excess * d.height() / total) for d in docks]
                    w.resizeDocks(docks, sizes, vertical)


def resize_to_default(window: QMainWindow) -> None:
    """Resize ``window`` to its starting size: most of a big screen (a projector at 1920 x
    1080), at least DEFAULT_SIZE, but never more than the screen, so it fits a small laptop."""
    width, height = DEFAULT_SIZE
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(room.width(), max(width, int(room.width() * 0.85)))
        height = min(room.height(), max(height, int(room.height() * 0.85)))
    window.resize(width, height)
