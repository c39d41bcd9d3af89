"""The lesson controller on its own: it needs no window, only a parent widget, and tells the
window what happened through signals instead of reaching into the trainer or the explorer."""

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QWidget

import reludesk.ui.lessons.controller as controller_module
from reludesk.core import lessons
from reludesk.ui.lessons.controller import Classroom


@pytest.fixture
def classroom(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    room = Classroom(parent)
    room.fill_menu(QMenu(parent))
    return room


def record(room: Classroom) -> list[tuple]:
    """Every signal ``room`` emits, in order, as (name, *arguments)."""
    seen: list[tuple] = []
    for name in ("lessonOpened", "lessonChanged", "statusMessage", "burstRequested",
                 "fitRequested"):
        getattr(room, name).connect(lambda *args, n=name: seen.append((n, *args)))
    return seen


def test_opening_a_lesson_tells_the_window_with_signals(classroom):
    seen = record(classroom)
    lesson = classroom.open("dying_relu")
    assert lesson == lessons.get("dying_relu")
    names = [s[0] for s in seen]
    # the window sets itself up before the text shows, and hears the name last
    assert names == ["lessonOpened", "fitRequested", "statusMessage", "lessonChanged"]
    assert seen[0] == ("lessonOpened", lesson)
    assert seen[2] == ("statusMessage", f"{lesson.title}. Press B for a burst.")
    assert seen[3] == ("lessonChanged", "dying_relu")
    assert classroom.current() == "dying_relu"
    assert classroom.panel.title.text() == lesson.title
    assert not classroom.dock.isHidden()
    assert classroom.actions["lesson_dying_relu"].isChecked()


def test_a_lesson_without_burst_says_space(classroom):
    seen = record(classroom)
    classroom.open("relu")
    assert ("statusMessage", f"{lessons.get('relu').title}. Press Space to train.") in seen


def test_buttons_walk_and_ask_for_a_burst(classroom, qtbot):
    classroom.open("step")
    with qtbot.waitSignal(classroom.lessonOpened) as opened:
        classroom.panel.next_button.click()
    assert opened.args == [lessons.get("vanishing")]
    with qtbot.waitSignal(classroom.burstRequested):
        classroom.panel.burst_button.click()
    with qtbot.waitSignal(classroom.fitRequested):
        classroom.panel.tooTall.emit()  # the strip got more height than its text needs


def test_clearing_hides_the_dock_and_says_no_lesson(classroom, qtbot):
    classroom.open("relu")
    with qtbot.waitSignal(classroom.lessonChanged) as changed:
        classroom.clear()
    assert changed.args == [""]
    assert classroom.current() is None and classroom.dock.isHidden()
    assert not any(a.isChecked() for a in classroom.actions.values())


def test_an_unknown_lesson_emits_nothing(classroom):
    seen = record(classroom)
    with pytest.raises(ValueError, match="dying_relu"):
        classroom.open("nope")
    assert seen == []


def test_the_controller_names_no_window():
    # test_rooms checks the imports; this checks that no attribute reach into a window is left
    # (``self._window.panels``, ``w.docks``, ``w.statusBar()``) even without an import
    tree = ast.parse(Path(controller_module.__file__).read_text(encoding="utf-8"))
    reached = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert reached.isdisjoint({"_window", "panels", "docks", "explorer", "statusBar",
                               "network", "driver", "fit_lesson_dock"})
