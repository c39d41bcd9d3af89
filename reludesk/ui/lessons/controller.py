"""Guided lessons in the window: the Lessons menu, the lesson dock, opening a lesson.

Opening a lesson sets the trainer to the lesson's Config (one rebuild, paused, so the student
presses Play), shows its activations in the explorer, brings forward the panels it names and
shows its text in the lesson dock across the top of the window. The lessons themselves are
data in ``reludesk.core.lessons``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from reludesk.core import activations, lessons
from reludesk.core.lessons import Lesson
from reludesk.ui.lessons.dock import LessonPanel
from reludesk.ui.window import experiment_io

if TYPE_CHECKING:
    from reludesk.ui.window.main_window import MainWindow

PREVIOUS_KEY = "Alt+Left"
NEXT_KEY = "Alt+Right"


class Classroom(QObject):
    """The lessons of ``window``: which one is open, and the dock and menu that show them.

    Signal ``lessonChanged(str)``: the name of the lesson opened, "" when an experiment of the
    user's own replaced it.
    """

    lessonChanged = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._current: str | None = None
        self.panel = LessonPanel()
        self.dock = QDockWidget("Guided lesson", window)
        self.dock.setObjectName("lessonDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.TopDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.dock.hide()  # until a lesson is opened
        self.actions: dict[str, QAction] = {}
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.panel.previousRequested.connect(self.previous)
        self.panel.nextRequested.connect(self.next)
        self.panel.burstRequested.connect(self._on_burst_requested)

    # --- menu -----------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu) -> dict[str, QAction]:
        """One checkable entry per lesson, then Previous / Next and the dock's toggle.

        Returns the actions by name: ``lesson_<name>`` per lesson, ``lesson_previous``,
        ``lesson_next`` and ``lesson_panel``.
        """
        w = self._window
        for k, lesson in enumerate(lessons.LESSONS):
            action = QAction(lesson.title, w)
            action.setCheckable(True)
            action.setData(lesson.name)
            action.setStatusTip(lesson.watch)
            action.triggered.connect(lambda _=False, n=lesson.name: self.open(n))
            self._group.addAction(action)
            menu.addAction(action)
            self.actions[f"lesson_{lesson.name}"] = action
            if k == 0:
                action.setToolTip("The first lesson")
        menu.addSeparator()
        previous = QAction("&Previous lesson", w)
        previous.setShortcut(QKeySequence(PREVIOUS_KEY))
        previous.setStatusTip("Go back one lesson")
        previous.triggered.connect(self.previous)
        nxt = QAction("&Next lesson", w)
        nxt.setShortcut(QKeySequence(NEXT_KEY))
        nxt.setStatusTip("Go on to the next lesson")
        nxt.triggered.connect(self.next)
        toggle = self.dock.toggleViewAction()
        toggle.setText("Lesson &panel")
        toggle.setShortcut(QKeySequence("Ctrl+4"))
        toggle.setStatusTip("Show or hide the lesson text")
        menu.addActions([previous, nxt])
        menu.addSeparator()
        menu.addAction(toggle)
        self.actions.update(lesson_previous=previous, lesson_next=nxt, lesson_panel=toggle)
        self._update_actions()
        return dict(self.actions)

    # --- public ---------------------------------------------------------------------------
    def current(self) -> str | None:
        """The name of the open lesson, or None."""
        return self._current

    def open(self, name: str) -> Lesson:
        """Open lesson ``name`` (ValueError listing the names if there is none such)."""
        lesson = lessons.get(name)
        w = self._window
        panels = w.panels
        panels.driver.pause()
        panels.network.set_config(lesson.config)
        self._show_in_explorer(lesson)
        if "trainer" in lesson.panels:
            panels.trainer_tabs.setCurrentIndex(0)  # the Train tab: the lesson's network
        for key in lesson.panels:
            dock = w.docks.get(key)
            if dock is not None:
                dock.show()
                dock.raise_()
        index = lessons.names().index(name)
        self.panel.show_lesson(lesson, index, len(lessons.LESSONS))
        self._current = name
        self._update_actions()
        self.show_dock()
        experiment_io.remember("lesson", name)
        hint = " Press B for a burst." if lesson.burst else " Press Space to train."
        w.statusBar().showMessage(f"{lesson.title}.{hint}", 15000)
        self.lessonChanged.emit(name)
        return lesson

    def next(self) -> Lesson | None:
        """Open the lesson after the current one (the first if none is open); None at the end."""
        names = lessons.names()
        if self._current is None:
            return self.open(names[0])
        index = names.index(self._current)
        return self.open(names[index + 1]) if index + 1 < len(names) else None

    def previous(self) -> Lesson | None:
        """Open the lesson before the current one; None at the first (or with none open)."""
        names = lessons.names()
        if self._current is None:
            return None
        index = names.index(self._current)
        return self.open(names[index - 1]) if index > 0 else None

    def clear(self) -> None:
        """No lesson is open any more (the user opened an experiment of their own)."""
        self._current = None
        self.dock.hide()
        self._update_actions()
        self.lessonChanged.emit("")

    def show_dock(self) -> None:
        """Show the lesson dock across the top, tall enough for its text."""
        self.dock.show()
        self.dock.raise_()
        self._window.fit_lesson_dock()

    # --- helpers --------------------------------------------------------------------------
    def _update_actions(self) -> None:
        names = lessons.names()
        for name in names:
            action = self.actions.get(f"lesson_{name}")
            if action is not None:
                action.setChecked(name == self._current)
        if self._current is None:
            checked = self._group.checkedAction()
            if checked is not None:  # an exclusive group keeps one checked: lift that
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)
        index = names.index(self._current) if self._current is not None else -1
        if "lesson_previous" in self.actions:
            self.actions["lesson_previous"].setEnabled(index > 0)
            self.actions["lesson_next"].setEnabled(index < len(names) - 1)

    def _show_in_explorer(self, lesson: Lesson) -> None:
        """The lesson's activations, each slope at the lesson's alpha where the network uses
        it and at its own default elsewhere (not at what an earlier lesson left)."""
        explorer = self._window.explorer
        explorer.set_shown(lesson.explorer)
        config = lesson.config
        for name in getattr(explorer, "param_sliders", {}):
            ours = name == config.activation and config.alpha is not None
            value = config.alpha if ours else activations.get(name).params.get("alpha")
            if value is not None:
                explorer.set_param(name, value)

    def _on_burst_requested(self) -> None:
        self._window.panels.network.burst_action.trigger()
