"""The stage: presentation mode shows the lesson's star large and its supports, keys 1/2/3/0
change what is on it, leaving gives every panel back; small windows fold the explorer away.

The projector-sized checks run the window in a process of its own per screen
(``stage_probe``): the offscreen platform takes its screen size when Qt starts.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reludesk.core import lessons
from reludesk.ui.window import stage

ROOT = Path(__file__).resolve().parents[3]


def present(window, qtbot, lesson: str | None = None):
    if lesson:
        window.open_lesson(lesson)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.set_presentation(True)
    return window


def shown_plots(window) -> set[str]:
    names = {"lossPlot": "loss", "deadSharePlot": "dead_share", "gradNormPlot": "gradient",
             "slopePlot": "slope", "boundaryPlot": "output"}
    return {key for name, key in names.items()
            if (p := window.findChild(pg.PlotWidget, name)) is not None and p.isVisible()}


@pytest.mark.parametrize("lesson", lessons.LESSONS, ids=lambda lesson: lesson.name)
def test_presentation_stages_each_lessons_star_with_its_supports(window, qtbot, lesson):
    present(window, qtbot, lesson.name)
    assert window.stage.views() == lesson.stage
    assert window.staged() == lesson.stage[0]
    for key, dock in window.docks.items():
        assert dock.isHidden(), key  # every panel is on the stage or out of sight
    star = window.stage.panel(lesson.stage[0])
    assert star.isVisible() and star.parentWidget().objectName() == "stage"
    for view in set(lessons.VIEWS) - set(lesson.stage):
        assert not window.stage.panel(view).isVisible(), view
    # the trainer keeps the plots the lesson points at, and only those, and no settings
    assert shown_plots(window) == set(lesson.stage_plots) - ({"slope"} - {
        "slope" if lesson.config.activation == "prelu" else ""})
    assert not window.findChild(QWidget, "trainerSettings").isVisible()


def test_star_is_larger_than_its_support(window, qtbot):
    present(window, qtbot, "dying_relu")
    qtbot.waitUntil(lambda: window.stage.panel("trainer").width()
                    > window.stage.panel("tap").width())


def test_keys_1_2_3_0_change_the_stage_and_leaving_gives_every_panel_back(window, qtbot):
    for name in stage.ACTIONS:
        assert not window.actions_by_name[name].isEnabled()  # off outside presentation
    present(window, qtbot, "dying_relu")
    acts = window.actions_by_name
    for name, view in (("stage_explorer", "explorer"), ("stage_tap", "tap"),
                       ("stage_trainer", "trainer")):
        assert acts[name].shortcut().toString() == stage.ACTIONS[name][0]
        acts[name].trigger()
        assert window.stage.views() == (view,)
        assert window.stage.panel(view).isVisible()
    # the trainer alone is all there: its settings too
    assert window.findChild(QWidget, "trainerSettings").isVisible()
    acts["stage_lesson"].trigger()
    assert window.stage.views() == ("trainer", "tap")
    assert not window.findChild(QWidget, "trainerSettings").isVisible()
    window.set_presentation(False)
    assert window.stage.views() is None and window.staged() is None
    for key, dock in window.docks.items():
        assert dock.widget() is window.stage.panel(key) and dock.isVisible(), key
    assert window.findChild(QWidget, "trainerSettings").isVisible()
    assert {"loss", "dead_share", "gradient", "output"} <= shown_plots(window)
    assert not window.centralWidget().isVisible()
    assert not acts["stage_tap"].isEnabled()


def test_any_other_dock_leaves_the_stage_and_comes_back_as_it_was(window, qtbot):
    from PySide6.QtWidgets import QDockWidget, QLabel

    extra = QDockWidget("Another panel", window)
    extra.setWidget(QLabel("something else"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, extra)
    present(window, qtbot, "dying_relu")
    assert extra.isHidden()
    window.set_presentation(False)
    assert not extra.isHidden()


def test_outside_lessons_the_view_with_focus_goes_on_stage(window, qtbot):
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.tap_panel.setFocus()
    qtbot.waitUntil(lambda: window.stage.view_with_focus() == "tap")
    window.set_presentation(True)
    assert window.stage.views() == ("tap",)


def test_a_lesson_opened_on_stage_brings_its_own_stage(window, qtbot):
    present(window, qtbot, "dying_relu")
    window.open_lesson("vanishing")
    qtbot.waitUntil(lambda: window.stage.views() == ("explorer", "trainer"))


def test_lesson_text_folds_on_a_short_stage_and_t_unfolds_it(window, qtbot):
    panel = window.classroom.panel
    present(window, qtbot, "dying_relu")
    window.resize(1024, 600)  # a short screen: the text would take more than its share
    window._dock_layout.fold_lesson_text(True)
    assert panel.text_folded() and not panel.text.isVisible()
    assert panel.watch.isVisible()  # what to watch stays
    panel.text_button.click()
    assert not panel.text_folded() and panel.text.isVisible()
    window.set_presentation(False)
    window._dock_layout.fold_lesson_text(False)
    assert not panel.text_button.isVisible() and panel.text.isVisible()


def test_a_small_window_folds_the_explorer_into_a_tab_behind_the_trainer(window, qtbot):
    window.resize(1280, 720)
    window.reset_layout()
    explorer, trainer = window.docks["explorer"], window.docks["trainer"]
    assert explorer in window.tabifiedDockWidgets(trainer)
    window.resize(1600, 1000)
    window.reset_layout()
    assert explorer not in window.tabifiedDockWidgets(trainer)
    assert window.dockWidgetArea(explorer) == Qt.DockWidgetArea.LeftDockWidgetArea


# --- projector-sized screens, each in a process of its own ----------------------------------
BURST_LESSONS = ("dying_relu", "leaky_relu")
OTHER_LESSONS = ("step", "vanishing", "relu", "beyond")
SCREENS = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080)]
RUNS = [(*screen, BURST_LESSONS) for screen in SCREENS] + [(1280, 720, OTHER_LESSONS)]


@pytest.fixture(scope="module")
def measured() -> dict[tuple[int, int, str, str], dict]:
    """Every probe's figures by (width, height, lesson, mode): one process per screen (the
    offscreen screen is fixed when Qt starts), all of them at once."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.ui.window.stage_probe", str(w), str(h), *names],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for w, h, names in RUNS
    ]
    out: dict[tuple[int, int, str, str], dict] = {}
    for (w, h, _names), run in zip(RUNS, runs, strict=True):
        stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr[-2000:]
        for line in stdout.splitlines():
            if line.startswith("{"):
                m = json.loads(line)
                out[(w, h, m["lesson"], m["mode"])] = m
    return out


@pytest.fixture(scope="module")
def measured_german(catalogues) -> dict[tuple[int, int, str, str], dict]:
    """The burst lessons' figures in German, whose words are the longest of the languages
    (one process per projector screen)."""
    screens = [(*screen, BURST_LESSONS) for screen in SCREENS[:3]]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.ui.window.stage_probe", "--lang", "de", str(w), str(h),
             *names],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for w, h, names in screens
    ]
    out: dict[tuple[int, int, str, str], dict] = {}
    for (w, h, _names), run in zip(screens, runs, strict=True):
        stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr[-2000:]
        for line in stdout.splitlines():
            if line.startswith("{"):
                m = json.loads(line)
                out[(w, h, m["lesson"], m["mode"])] = m
    return out


def check_presentation(m: dict) -> list[str]:
    """Every target the issue sets for presentation mode that ``m`` misses, in words."""
    (sw, sh), nv, tap = m["screen"], m["network_view"], m["tap"]
    missed = []
    if nv[0] < 0.40 * sw or nv[1] < 0.38 * sh:
        missed.append(f"network view {nv} below 40 % x 38 % of {sw}x{sh}")
    diagram = m["diagram"]
    if diagram[0] * diagram[1] < 0.5 * nv[0] * nv[1]:
        missed.append(f"the diagram {diagram} fills less than half the network view {nv}")
    if tap[0] < 0.25 * sw or tap[1] < 0.20 * sh:
        missed.append(f"tap {tap} below 25 % x 20 %")
    if m["clipped"]:
        missed.append(f"clipped labels: {m['clipped']}")
    if m["scrolling"]:
        missed.append(f"scrolling: {m['scrolling']}")
    if m["dead_count"] is None or m["dead_count"] in m["clipped"]:
        missed.append("dead count not whole")
    return missed


@pytest.mark.parametrize("lesson", BURST_LESSONS)
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_presentation_and_maximised_targets_hold_on_a_projector(measured, screen, lesson):
    assert check_presentation(measured[(*screen, lesson, "presentation")]) == []
    maximised = measured[(*screen, lesson, "maximised")]
    assert maximised["network_view"][0] >= 0.30 * screen[0]
    assert maximised["too_small"] == []
    assert maximised["dead_count"] not in maximised["clipped"]
    assert maximised["network_view"][1] >= 0.25 * screen[1]


@pytest.mark.parametrize("lesson", OTHER_LESSONS)
def test_every_other_lessons_star_is_at_least_as_large_on_a_720p_projector(measured, lesson):
    """The explorer (lessons 1-2) or the network view (3 and 6) at least 40 % x 38 % of the
    screen in presentation mode, as the network view is in lessons 4 and 5."""
    m = measured[(1280, 720, lesson, "presentation")]
    star = lessons.get(lesson).stage[0]
    size = m["explorer"] if star == "explorer" else m["network_view"]
    assert size[0] >= 0.40 * 1280 and size[1] >= 0.38 * 720, (star, size)


def test_the_reporter_names_a_clipped_label_by_its_text(qtbot):
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from tests.ui.window.stage_probe import clipped_labels

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root)
    fits, cut = QLabel("fits", root), QLabel("a label far too long for its room", root)
    root.layout().addWidget(fits)
    root.layout().addWidget(cut)
    root.resize(300, 80)
    root.show()
    qtbot.waitExposed(root)
    cut.setFixedWidth(40)
    assert clipped_labels(root) == ["a label far too long for its room"]


def test_a_session_that_ended_on_stage_reopens_and_resets_without_a_crash(tmp_path):
    """Closing while presenting, then Reset layout on the next start, crashed Qt (a layout
    item freed twice) before the docks stopped being removed and added back."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from tests.ui.window.stage_probe import screen_config, _settle\n"
        f"os.environ['QT_QPA_PLATFORM'] = screen_config(1024, 768, Path({str(tmp_path)!r}))\n"
        "from PySide6.QtCore import QSettings\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "
        f"{str(tmp_path)!r})\n"
        "from reludesk.app import make_app\n"
        "from reludesk.ui.window.main_window import MainWindow\n"
        "app = make_app()\n"
        "w = MainWindow(); w.open_lesson('dying_relu'); w.showMaximized(); _settle(app)\n"
        "if sys.argv[1] == 'first':\n"
        "    w.set_presentation(True); _settle(app); w.close()\n"
        "else:\n"
        "    w.reset_layout(); _settle(app); w.set_presentation(True); _settle(app)\n"
        "    print('alive', w.staged())\n"
    )
    runs = [subprocess.run([sys.executable, "-c", script, step], cwd=ROOT, capture_output=True,
                           text=True, timeout=120) for step in ("first", "second")]
    assert [r.returncode for r in runs] == [0, 0], runs[1].stderr[-1500:]
    assert "alive trainer" in runs[1].stdout


def test_a_layout_saved_on_a_large_screen_folds_the_explorer_on_a_small_one(qtbot):
    from reludesk.ui import MainWindow

    big = MainWindow()
    qtbot.addWidget(big)
    big.resize(1600, 1000)
    big.reset_layout()
    big.close()  # saves the explorer beside the trainer
    small = MainWindow()
    qtbot.addWidget(small)
    small.resize(1280, 720)
    small.show()
    qtbot.waitExposed(small)
    explorer, trainer = small.docks["explorer"], small.docks["trainer"]
    assert explorer in small.tabifiedDockWidgets(trainer)


@pytest.mark.parametrize("lesson", BURST_LESSONS)
@pytest.mark.parametrize("screen", SCREENS[:3], ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_german_no_label_is_clipped_on_a_projector(measured_german, screen, lesson):
    # German words run longest: the stage's targets hold in it too (issue 20)
    m = measured_german[(*screen, lesson, "presentation")]
    assert m["dead_count"] is not None and not m["dead_count"].startswith("Dead")
    assert check_presentation(m) == []
