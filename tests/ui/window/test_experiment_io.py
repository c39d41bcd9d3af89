"""Experiments on disk through the window: save / open, hostile files, failing writes, recent
files, and every export (history CSV, each plot as PNG and SVG, the window screenshot)."""

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reludesk.core import files
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.ui import MainWindow
from reludesk.ui.window import experiment_io

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def params(win: MainWindow) -> list[np.ndarray]:
    """Copies of every parameter array of the running network."""
    return [p.copy() for p in win.panels.driver.trainer.model.parameters()]


def same_arrays(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def problem_boxes(win: MainWindow) -> list[QMessageBox]:
    return [b for b in win.findChildren(QMessageBox, "problemBox") if b.isVisible()]


def close_boxes(win: MainWindow) -> None:
    for box in win.findChildren(QMessageBox):
        box.close()


# --- save and open ---------------------------------------------------------------------------
def test_round_trip_with_weights(window, tmp_path):
    window.network_panel.set_config(Config(dataset="xor", hidden=(6, 4), activation="leaky_relu",
                                           alpha=0.2, learning_rate=0.05, seed=3))
    window.panels.driver.step_once(40)
    saved_config, saved_params = window.network_panel.config(), params(window)
    path = tmp_path / "trained.reludesk.json"
    assert window.save_experiment(path, with_weights=True)
    assert json.loads(path.read_text("utf-8"))["weights"]["weights"]

    window.open_lesson("relu")  # something else entirely
    assert window.network_panel.config() != saved_config
    assert window.open_experiment(path)
    assert window.network_panel.config() == saved_config
    assert window.panels.driver.trainer.config == saved_config
    assert same_arrays(params(window), saved_params)
    assert window.panels.driver.trainer.steps_done == 0
    # the views were told: the network view and the controls show the loaded network
    assert window.network_panel.controls.activation.currentText() == "leaky_relu"
    assert window.current_lesson() is None and window.lesson_dock.isHidden()
    assert "trained.reludesk.json" in window.statusBar().currentMessage()


def test_loaded_weights_are_what_the_first_record_and_snapshot_show(window, tmp_path):
    window.panels.driver.step_once(200)
    trained_loss = float(window.panels.driver.trainer.evaluate().train_loss[0])
    path = tmp_path / "w.reludesk.json"
    window.save_experiment(path, with_weights=True)
    window.network_panel.reset_button.click()
    assert window.open_experiment(path)
    trainer = window.panels.driver.trainer
    assert float(trainer.evaluate().train_loss[0]) == pytest.approx(trained_loss)
    assert float(trainer.history.train_loss[0, 0]) == pytest.approx(trained_loss)


def test_round_trip_without_weights_builds_a_fresh_network(window, tmp_path):
    config = Config(dataset="gauss", hidden=(5,), activation="tanh", seed=7)
    window.network_panel.set_config(config)
    window.panels.driver.step_once(30)
    path = tmp_path / "plain.reludesk.json"
    assert window.save_experiment(path)
    assert "weights" not in json.loads(path.read_text("utf-8"))
    window.open_lesson("step")
    assert window.open_experiment(path)
    assert window.network_panel.config() == config
    fresh = [p.copy() for p in Trainer(config).model.parameters()]
    assert same_arrays(params(window), fresh)


def test_saved_file_is_one_reludesk_reads_elsewhere(window, tmp_path):
    path = tmp_path / "x.reludesk.json"
    window.save_experiment(path, with_weights=True)
    experiment = files.read_experiment(path)
    assert experiment.config == window.network_panel.config()
    assert experiment.weights is not None


def _valid_text(with_weights: bool = True) -> str:
    trainer = Trainer(Config())
    return files.experiment_json(trainer.config, trainer.model if with_weights else None)


def _doc() -> dict:
    return json.loads(_valid_text())


def _with(path: tuple, value) -> bytes:
    doc = _doc()
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(doc).encode()


HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "truncated": _valid_text().encode()[: len(_valid_text()) // 2],
    "not JSON": b"this is not an experiment",
    "not UTF-8": b'{"format": "reludesk-experiment", "config": {"dataset": "\xff\xfe"}}',
    "a list": b"[1, 2, 3]",
    "nested deeply": b"[" * 100_000 + b"]" * 100_000,
    "wrong format": _with(("format",), "something-else"),
    "unknown version": _with(("version",), 99),
    "version as text": _with(("version",), "1"),
    "hidden as text": _with(("config", "hidden"), "eight"),
    "rate as text": _with(("config", "learning_rate"), "fast"),
    "NaN rate": _valid_text().replace('"learning_rate": 0.03', '"learning_rate": NaN').encode(),
    "infinite rate": _valid_text().replace('"learning_rate": 0.03',
                                           '"learning_rate": Infinity').encode(),
    "rate beyond 10": _with(("config", "learning_rate"), 1e6),
    "too wide": _with(("config", "hidden"), [100_000]),
    "too deep": _with(("config", "hidden"), [8] * 50),
    "too many samples": _with(("config", "n_samples"), 10**9),
    "too many replicas": _with(("config", "replicas"), 10**6),
    "unknown activation": _with(("config", "activation"), "os.system"),
    "weights wrong shape": _with(("weights", "weights", 0), [[1.0, 2.0]]),
    "weights missing a layer": _with(("weights", "biases"), []),
    "weights as text": _with(("weights",), "lots"),
    "weights with null": _with(("weights", "biases", 0), [None] * 8),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_file_is_refused_and_the_session_is_untouched(window, tmp_path, kind):
    window.panels.driver.step_once(25)
    trainer = window.panels.driver.trainer
    before = (window.network_panel.config(), params(window), trainer.steps_done)
    path = tmp_path / "hostile.reludesk.json"
    path.write_bytes(HOSTILE[kind])

    assert window.open_experiment(path) is False

    assert window.panels.driver.trainer is trainer
    assert window.network_panel.config() == before[0]
    assert same_arrays(params(window), before[1])
    assert trainer.steps_done == before[2] == 25
    boxes = problem_boxes(window)
    assert len(boxes) == 1
    assert "hostile.reludesk.json" in boxes[0].text() and "unchanged" in boxes[0].text()
    assert boxes[0].text() in window.statusBar().currentMessage()
    assert path.name not in experiment_io.recent_files()
    close_boxes(window)


def test_nan_in_weights_is_refused(window, tmp_path):
    doc = _doc()
    doc["weights"]["biases"][0][0] = 12345.5
    path = tmp_path / "nan.reludesk.json"
    path.write_text(json.dumps(doc).replace("12345.5", "NaN"), "utf-8")
    before = params(window)
    assert not window.open_experiment(path)
    assert same_arrays(params(window), before)
    assert "finite" in problem_boxes(window)[0].text()
    close_boxes(window)


@pytest.mark.parametrize("kind", ["missing", "folder", "too large"])
def test_unreadable_paths_are_refused(window, tmp_path, kind):
    path = tmp_path / "x.reludesk.json"
    if kind == "folder":
        path.mkdir()
    elif kind == "too large":
        path.write_bytes(b" " * (files.MAX_FILE_BYTES + 1))
    before = (window.network_panel.config(), params(window))
    assert not window.open_experiment(path)
    assert window.network_panel.config() == before[0]
    assert same_arrays(params(window), before[1])
    assert len(problem_boxes(window)) == 1
    close_boxes(window)


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_write_that_fails_half_way_leaves_the_old_file(window, tmp_path, monkeypatch, failing):
    path = tmp_path / "keep.reludesk.json"
    assert window.save_experiment(path)
    old = path.read_bytes()
    window.open_lesson("dying_relu")  # a different experiment to save over it

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, failing, broken)
    assert window.save_experiment(path, with_weights=True) is False
    monkeypatch.undo()

    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.reludesk.json"]  # no debris
    boxes = problem_boxes(window)
    assert len(boxes) == 1 and "the disk is full" in boxes[0].text()
    assert "keep.reludesk.json" in window.statusBar().currentMessage()
    close_boxes(window)


def test_save_into_a_missing_folder_says_so(window, tmp_path):
    assert not window.save_experiment(tmp_path / "nowhere" / "x.reludesk.json")
    assert len(problem_boxes(window)) == 1
    close_boxes(window)


# --- recent files ----------------------------------------------------------------------------
def test_recent_files_newest_first_at_most_eight(window, tmp_path):
    paths = [tmp_path / f"e{k}.reludesk.json" for k in range(10)]
    for path in paths:
        assert window.save_experiment(path)
    window.open_experiment(paths[3])
    recent = window.recent_files()
    assert len(recent) == experiment_io.MAX_RECENT == 8
    assert recent[0] == str(paths[3])
    assert recent[1:4] == [str(paths[9]), str(paths[8]), str(paths[7])]
    entries = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == recent
    assert entries[0].text() == "&1 e3.reludesk.json"


def test_a_recent_file_that_is_gone_is_removed_with_a_message(window, tmp_path):
    keep, gone = tmp_path / "keep.reludesk.json", tmp_path / "gone.reludesk.json"
    window.save_experiment(keep)
    window.save_experiment(gone)
    gone.unlink()
    entry = next(a for a in window.recent_menu.actions() if a.data() == str(gone))
    entry.trigger()
    assert window.recent_files() == [str(keep)]
    assert [a.data() for a in window.recent_menu.actions() if a.data()] == [str(keep)]
    boxes = problem_boxes(window)
    assert len(boxes) == 1 and "gone.reludesk.json" in boxes[0].text()
    close_boxes(window)
    assert window.open_recent(str(keep))


def test_recent_list_survives_garbage_in_the_settings(window):
    from PySide6.QtCore import QSettings

    QSettings().setValue("session/recent", 42)
    assert window.recent_files() == []
    QSettings().setValue("session/recent", "/one/file.reludesk.json")
    assert window.recent_files() == ["/one/file.reludesk.json"]


# --- dialogs ---------------------------------------------------------------------------------
def test_save_dialog_adds_the_suffix(window, tmp_path, monkeypatch):
    chosen = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(chosen), experiment_io.EXPERIMENT_FILTER))
    window.actions_by_name["save_weights"].trigger()
    saved = tmp_path / "mine.reludesk.json"
    assert saved.exists() and files.read_experiment(saved).weights is not None
    window.actions_by_name["save"].trigger()
    assert files.read_experiment(saved).weights is None


def test_open_dialog_opens_and_cancel_does_nothing(window, tmp_path, monkeypatch):
    path = tmp_path / "o.reludesk.json"
    files.write_experiment(path, Config(activation="elu", seed=5))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.actions_by_name["open"].trigger()
    assert window.network_panel.config().activation == "relu"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_name["open"].trigger()
    assert window.network_panel.config() == Config(activation="elu", seed=5)


def test_file_actions_are_enabled_with_standard_keys(window):
    from PySide6.QtGui import QKeySequence

    acts = window.actions_by_name
    for name in ("open", "save", "save_weights", "export_csv", "screenshot"):
        assert acts[name].isEnabled(), name
    assert acts["open"].shortcut() == QKeySequence("Ctrl+O")
    assert acts["save"].shortcut() == QKeySequence("Ctrl+S")
    assert acts["screenshot"].shortcut() == QKeySequence("Ctrl+Shift+S")


# --- exports ---------------------------------------------------------------------------------
def test_history_csv_dialog(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "h"), "CSV table (*.csv)"))
    window.actions_by_name["export_csv"].trigger()
    assert (tmp_path / "h.csv").read_text("utf-8").startswith("step,")


@pytest.mark.parametrize("which", list(experiment_io.PLOT_TITLES))
@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_every_plot_exports(window, qtbot, tmp_path, which, suffix):
    window.show()
    qtbot.waitExposed(window)
    window.panels.driver.step_once(50)
    path = window.export_plot(which, tmp_path / f"{which}.{suffix}")
    data = path.read_bytes()
    assert len(data) > 500
    if suffix == "png":
        assert data.startswith(PNG_MAGIC)
        assert not QImage(str(path)).isNull()
    else:
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")
        assert len(list(root.iter())) > 10  # axes, curves: more than an empty document
    assert path.name in window.statusBar().currentMessage()


def test_export_plot_refuses_unknown_names_and_suffixes(window, tmp_path):
    with pytest.raises(ValueError, match="boundary"):
        window.export_plot("weather", tmp_path / "x.png")
    with pytest.raises(ValueError, match=r"\.svg"):
        window.export_plot("loss", tmp_path / "x.jpg")


def test_export_plot_menu_has_every_plot_and_takes_the_filter_suffix(window, tmp_path,
                                                                       monkeypatch, qtbot):
    window.show()
    qtbot.waitExposed(window)
    names = {f"export_plot_{k}" for k in experiment_io.PLOT_TITLES}
    assert names <= set(window.actions_by_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "loss"), "SVG drawing (*.svg)"))
    window.actions_by_name["export_plot_loss"].trigger()
    ET.parse(tmp_path / "loss.svg")


def test_screenshot_of_the_window(window, qtbot, tmp_path, monkeypatch):
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    path = window.save_screenshot(tmp_path / "shot.png")
    assert path.read_bytes().startswith(PNG_MAGIC)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (window.width(), window.height())
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "menu"), "PNG image (*.png)"))
    window.actions_by_name["screenshot"].trigger()
    assert (tmp_path / "menu.png").read_bytes().startswith(PNG_MAGIC)


def test_screenshot_that_cannot_be_written_says_so(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "no" / "such" / "x.png"), ""))
    window.actions_by_name["screenshot"].trigger()
    assert len(problem_boxes(window)) == 1
    close_boxes(window)


def test_settings_stay_in_the_test_folder(settings_dir):
    from PySide6.QtCore import QSettings

    # every test here writes settings: they must land in the test's folder, not the home
    assert QSettings().fileName().startswith(str(settings_dir))
    assert not Path(settings_dir).is_relative_to(Path(os.path.expanduser("~")) / ".config")


# --- ExperimentFiles without the window ---------------------------------------------------------
def test_experiment_files_need_only_a_main_window_and_the_panels(qtbot, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from reludesk.ui.window.docks import build_panels
    from reludesk.ui.window.experiment_files import ExperimentFiles

    win = QMainWindow()
    qtbot.addWidget(win)
    panels = build_panels(Config(activation="elu", seed=2), win)
    own = ExperimentFiles(win, panels, explorer=lambda: None, lesson=lambda: None)
    path = tmp_path / "plain.reludesk.json"
    assert own.save_experiment(path)
    assert experiment_io.recent_files() == [str(path)]
    panels.network.set_config(Config(activation="tanh"))
    with qtbot.waitSignal(own.experimentOpened) as opened:
        assert own.open_experiment(path)
    assert opened.args == [str(path.absolute())]
    assert panels.driver.trainer.config == Config(activation="elu", seed=2)
    assert win.statusBar().currentMessage() == "Opened plain.reludesk.json"
    # a file that cannot be read says so and is no experiment opened
    (tmp_path / "bad.reludesk.json").write_text("{", encoding="utf-8")
    with qtbot.assertNotEmitted(own.experimentOpened):
        assert not own.open_experiment(tmp_path / "bad.reludesk.json")
    assert len([b for b in win.findChildren(QMessageBox, "problemBox") if b.isVisible()]) == 1
    panels.stop()
