"""Your own points in and out of CSV files through the window (File menu, output plot's row)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox, QToolButton

from reludesk.core.experiment import Config
from reludesk.core.points import MAX_POINTS, Points
from reludesk.ui import MainWindow

HEADER = "x1,x2,label\n"


def problem_boxes(window: MainWindow) -> list[QMessageBox]:
    return window.findChildren(QMessageBox, "problemBox")


def drawn(task: str = "classification") -> Points:
    X = np.array([[-1.25, 2.5], [3.0, -0.125], [0.1, 0.2], [-5.5, -4.0]])
    y = np.array([0.0, 1.0, 1.0, 0.0]) if task == "classification" else [0.5, -1.0, 0.0, 0.3]
    return Points(X, np.asarray(y, dtype=float), task)


@pytest.mark.parametrize("task_config", [Config(), Config(dataset="plane")])
def test_export_then_import_gives_the_same_points(window, tmp_path, task_config):
    panel = window.network_panel
    panel.set_config(task_config)
    task = task_config.task
    assert panel.set_points(drawn(task))
    path = tmp_path / "mine.csv"
    window.files.export_points(path)
    assert path.read_text().splitlines()[0] == "x1,x2,label"
    panel.set_config(task_config)  # a generated data set again
    assert panel.config().dataset != "own"
    before = [w.copy() for w in panel.driver.trainer.model.weights]
    assert window.files.import_points(path)
    assert panel.config().dataset == "own" and panel.config().points == drawn(task)
    assert all(np.array_equal(a, b) for a, b in zip(before, panel.driver.trainer.model.weights,
                                                      strict=True))
    assert "Read 4 points from mine.csv" in window.statusBar().currentMessage()
    assert not problem_boxes(window)


def test_a_generated_data_set_is_exported_whole(window, tmp_path):
    path = tmp_path / "circle.csv"
    window.files.export_points(path)
    rows = path.read_text().splitlines()
    trainer = window.network_panel.driver.trainer
    assert len(rows) == 1 + len(trainer.X_train) + len(trainer.X_test)


BAD = {
    "missing column": (HEADER + "1,2,0\n3,4\n", ["line 3", "2 values"]),
    "no label column": ("x1,x2\n1,2\n", ["line 1", "no column label"]),
    "text in a number": (HEADER + "1,2,0\n1,abc,1\n", ["line 3", "'abc', not a number"]),
    "NaN": (HEADER + "1,nan,0\n", ["line 2", "finite"]),
    "label 2": (HEADER + "1,2,0\n0,0,1\n1,1,2\n", ["line 4", "label 2"]),
    "too many rows": (HEADER + "0.5,0.5,1\n" * (MAX_POINTS + 1), [f"{MAX_POINTS:,}"]),
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_file_gets_one_message_and_the_data_stays(window, tmp_path, name):
    text, said = BAD[name]
    path = tmp_path / "bad.csv"
    path.write_text(text)
    panel = window.network_panel
    before, config = panel.driver.trainer.all_points(), panel.config()
    assert not window.files.import_points(path)
    boxes = problem_boxes(window)
    assert len(boxes) == 1
    message = boxes[0].text()
    assert message.startswith("Could not open bad.csv") and "unchanged" in message
    for words in said:
        assert words in message, (words, message)
    assert "Traceback" not in message and message.count("bad.csv") == 1
    assert panel.config() == config and panel.driver.trainer.all_points() == before


def test_a_missing_file_is_said_plainly(window, tmp_path):
    assert not window.files.import_points(tmp_path / "gone.csv")
    message = problem_boxes(window)[0].text()
    assert message.startswith("Could not open gone.csv") and "Errno" not in message


def test_a_file_of_one_point_waits_for_more(window, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text(HEADER + "1,1,1\n")
    assert not window.files.import_points(path)
    assert not problem_boxes(window)
    assert "two points" in window.statusBar().currentMessage()
    assert len(window.network_panel.boundary.shown_points()[0]) == 1


def test_the_file_menu_and_the_plot_offer_both(window):
    acts = window.actions_by_name
    assert acts["import_points"].text().startswith("&Import points")
    assert acts["export_points"].text().startswith("Export p&oints")
    for name in ("importPointsButton", "exportPointsButton"):
        assert window.network_panel.findChild(QToolButton, name) is not None
