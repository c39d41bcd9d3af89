"""build_menus on its own: a plain window, a handlers object, and the actions it hands back."""

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
)

from reludesk.ui import theme
from reludesk.ui.window import experiment_io
from reludesk.ui.window.menus import MenuHandlers, TrainingControls, build_menus

NO_ARGUMENT = ("open", "save", "save_weights", "export_figure", "export_history", "screenshot",
               "quit", "reset_layout", "shortcuts", "about", "refresh_recent")
# handler -> the action that calls it, where the names differ
ACTION_OF = {"export_history": "export_csv"}


class Recorder:
    """Handlers that write down each call as (handler, arguments)."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def handlers(self) -> MenuHandlers:
        def record(name):
            return lambda *args: self.calls.append((name, *args))

        return MenuHandlers(**{name: record(name) for name in (
            *NO_ARGUMENT, "export_plot", "presentation", "set_theme")})


@pytest.fixture
def built(qtbot):
    win = QMainWindow()
    qtbot.addWidget(win)
    docks = [QDockWidget(title, win) for title in ("First panel", "Second panel")]
    clicks = []
    names = ("play", "step", "reset", "burst", "slower", "faster")
    training = TrainingControls(*(QAction(name, win) for name in names))
    for action in (training.step, training.reset):
        action.setStatusTip(f"{action.text()} the network")
        action.triggered.connect(lambda _=False, a=action: clicks.append(a.text()))
    filled = []

    def fill_lessons(menu: QMenu) -> dict[str, QAction]:
        filled.append(menu)
        return {"lesson_one": menu.addAction("One")}

    recorder = Recorder()
    menus = build_menus(win, recorder.handlers(), docks, training, fill_lessons)
    return win, menus, recorder, clicks, filled, docks


def test_each_entry_calls_its_handler(built):
    _win, menus, recorder, _clicks, _filled, _docks = built
    for name in NO_ARGUMENT:
        if name == "refresh_recent":
            continue  # not an action: File > Open recent calls it as it opens
        recorder.calls.clear()
        menus.actions[ACTION_OF.get(name, name)].trigger()
        assert recorder.calls == [(name,)], name


def test_entries_with_an_argument_pass_it(built):
    _win, menus, recorder, _clicks, _filled, _docks = built
    menus.actions["export_plot_loss"].trigger()
    menus.actions["presentation"].trigger()
    menus.actions["presentation"].trigger()
    menus.actions["theme_dark"].trigger()
    assert recorder.calls == [("export_plot", "loss"), ("presentation", True),
                              ("presentation", False), ("set_theme", "dark")]
    assert {f"export_plot_{k}" for k in experiment_io.PLOT_TITLES} <= set(menus.actions)
    assert {f"theme_{name}" for name in theme.THEMES} <= set(menus.actions)


def test_it_hands_back_the_menus_it_made(built):
    win, menus, recorder, _clicks, filled, _docks = built
    assert menus.recent.objectName() == "recentMenu"
    assert menus.lessons.objectName() == "lessonsMenu"
    assert filled == [menus.lessons]
    assert menus.actions["lesson_one"] in menus.lessons.actions()
    assert not hasattr(win, "recent_menu") and not hasattr(win, "lessons_menu")
    menus.recent.aboutToShow.emit()
    assert recorder.calls == [("refresh_recent",)]


def test_training_keys_and_dock_toggles(built):
    win, menus, _recorder, clicks, _filled, docks = built
    acts = menus.actions
    assert {k: acts[k].shortcut() for k in ("play", "step", "reset", "burst")} == {
        "play": QKeySequence("Space"), "step": QKeySequence("Right"),
        "reset": QKeySequence("R"), "burst": QKeySequence("B")}
    # the owner's words, with the key
    assert acts["step"].toolTip() == "step the network (Right)"
    acts["step"].trigger()
    acts["reset"].trigger()
    assert clicks == ["step", "reset"]
    assert [d.toggleViewAction().shortcut() for d in docks] == [
        QKeySequence("Ctrl+1"), QKeySequence("Ctrl+2")]
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles == ["File", "View", "Training", "Lessons", "Help"]
