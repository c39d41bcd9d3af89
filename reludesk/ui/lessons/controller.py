"""Guided lessons in the window: the Lessons menu entries, the lesson dock, which lesson is open.

The controller changes nothing outside its own dock and actions. Opening a lesson emits
``lessonOpened`` with the core :class:`~reludesk.core.lessons.Lesson`, and the window sets
itself up for it: the trainer on the lesson's Config (paused, so the student presses Play),
its activations in the explorer, the panels it names brought forward. The lessons themselves
are data in ``reludesk.core.lessons``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from reludesk.core import lessons
from reludesk.core.i18n import translate
from reludesk.core.lessons import Lesson
from reludesk.ui.lessons.dock import LessonPanel
from reludesk.ui.widgets.language import live

PREVIOUS_KEY = "Alt+Left"
NEXT_KEY = "Alt+Right"


class Classroom(QObject):
    """The lessons: which one is open, and the dock and menu entries that show them.

    ``parent`` (the window) owns the dock and the actions. Signals, all emitted synchronously
    from the call that causes them:

    * ``lessonOpened(object)``: a Lesson is being opened; whoever shows the lesson's network,
      explorer and panels sets them up now, before its text appears in the dock;
    * ``lessonChanged(str)``: the name of the lesson now open, "" when an experiment of the
      user's own replaced it;
    * ``statusMessage(str)``: a line for the status bar (what to press next);
    * ``burstRequested()``: the lesson's Burst button was pressed;
    * ``fitRequested()``: the dock was shown or its text outgrew or outsized it: it wants the
      height its text needs.
    """

    lessonOpened = Signal(object)
    lessonChanged = Signal(str)
    statusMessage = Signal(str)
    burstRequested = Signal()
    fitRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._current: str | None = None
        self.panel = LessonPanel()
        self.dock = QDockWidget(parent)
        live(self.dock, lambda d: d.setWindowTitle(translate("Classroom", "Guided lesson")))
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
        self.panel.burstRequested.connect(self.burstRequested)
        # the strip keeps to the height of its text as the window changes size
        self.panel.tooTall.connect(self.fitRequested)
        self.panel.foldChanged.connect(lambda _folded: self.fitRequested.emit())

    # --- menu -----------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu) -> dict[str, QAction]:
        """One checkable entry per lesson, then Previous / Next and the dock's toggle.

        Returns the actions by name: ``lesson_<name>`` per lesson, ``lesson_previous``,
        ``lesson_next`` and ``lesson_panel``.
        """
        w = self._parent
        for lesson in lessons.LESSONS:
            action = QAction(w)
            action.setCheckable(True)
            action.setData(lesson.name)  # the identity: the text changes with the language
            action.triggered.connect(lambda _=False, n=lesson.name: self.open(n))
            self._group.addAction(action)
            menu.addAction(action)
            self.actions[f"lesson_{lesson.name}"] = action
        menu.addSeparator()
        previous = QAction(w)
        previous.setShortcut(QKeySequence(PREVIOUS_KEY))
        previous.triggered.connect(self.previous)
        nxt = QAction(w)
        nxt.setShortcut(QKeySequence(NEXT_KEY))
        nxt.triggered.connect(self.next)
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+4"))
        fold = QAction(w)
        fold.setShortcut(QKeySequence("T"))
        fold.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # only where the text can fold (the button shows then); elsewhere T does nothing
        fold.triggered.connect(
            lambda: None if self.panel.text_button.isHidden() else self.panel.text_button.toggle()
        )
        menu.addActions([previous, nxt])
        menu.addSeparator()
        menu.addActions([toggle, fold])
        self.actions.update(lesson_previous=previous, lesson_next=nxt, lesson_panel=toggle,
                            lesson_text=fold)
        # owned by the dock and registered after its title: a new title resets the toggle's
        # text (Qt copies the dock's title into it), and one owner's texts run in order
        live(self.dock, lambda _dock: self._retranslate())
        self._update_actions()
        return dict(self.actions)

    # --- public ---------------------------------------------------------------------------
    def current(self) -> str | None:
        """The name of the open lesson, or None."""
        return self._current

    def open(self, name: str) -> Lesson:
        """Open lesson ``name`` (ValueError listing the names if there is none such): emit
        ``lessonOpened``, show its text in the dock, check its menu entry, say what to press."""
        lesson = lessons.get(name)
        self.lessonOpened.emit(lesson)
        index = lessons.names().index(name)
        self.panel.show_lesson(lesson, index, len(lessons.LESSONS))
        self._current = name
        self._update_actions()
        self.show_dock()
        title = translate("Lessons", lesson.title)
        if lesson.burst:
            line = translate("Classroom", "{title}. Press B for a burst.").format(title=title)
        else:
            line = translate("Classroom", "{title}. Press Space to train.").format(title=title)
        self.statusMessage.emit(line)
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
        """Show the lesson dock and ask (``fitRequested``) for the height its text needs."""
        self.dock.show()
        self.dock.raise_()
        self.fitRequested.emit()

    # --- helpers --------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._name_actions()
        if not self.dock.isHidden():
            # the text in the new language is longer or shorter: once every live text has
            # changed (the panel's among them), ask for the height it needs
            QTimer.singleShot(0, self, self.fitRequested.emit)

    def _name_actions(self) -> None:
        """The menu entries' texts in the language now chosen (the lessons' are data)."""
        for lesson in lessons.LESSONS:
            action = self.actions[f"lesson_{lesson.name}"]
            action.setText(translate("Lessons", lesson.title))
            action.setStatusTip(translate("Lessons", lesson.watch))
        self.actions[f"lesson_{lessons.LESSONS[0].name}"].setToolTip(
            translate("Classroom", "The first lesson"))
        texts = {
            "lesson_previous": (translate("Classroom", "&Previous lesson"),
                                translate("Classroom", "Go back one lesson")),
            "lesson_next": (translate("Classroom", "&Next lesson"),
                            translate("Classroom", "Go on to the next lesson")),
            "lesson_panel": (translate("Classroom", "Lesson &panel"),
                             translate("Classroom", "Show or hide the lesson text")),
            "lesson_text": (translate("Classroom", "Fold / unfold the lesson &text"),
                            translate("Classroom", "On a small screen or the stage: show the "
                                      "lesson's whole text, or only its title and what to "
                                      "watch")),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setStatusTip(tip)

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
