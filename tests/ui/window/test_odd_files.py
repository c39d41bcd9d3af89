"""Odd files in the window: nothing hangs, every message is plain and names the file once, the
controls show the values that run (and say so when they are unusual), the CSV ends now."""

import contextlib
import errno
import json
import os
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reludesk import app
from reludesk.core import files
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer

LEAKS = ("Errno", ".tmp", "Is a directory", "sys.set_int", "Traceback")


def _boxes(win):
    return [b for b in win.findChildren(QMessageBox, "problemBox") if b.isVisible()]


def _one_box(win, name):
    """The single problem box's text, after checking it is plain and names ``name`` once."""
    boxes = _boxes(win)
    assert len(boxes) == 1
    text = boxes[0].text()
    assert text.count(name) == 1, text
    for leak in LEAKS:
        assert leak not in text, text
    for box in boxes:
        box.close()
    return text


def _unchanged(win):
    """A check that the running experiment is the one from before."""
    trainer, config = win.panels.driver.trainer, win.network_panel.config()
    params = [p.copy() for p in trainer.model.parameters()]

    def check():
        assert win.panels.driver.trainer is trainer and win.network_panel.config() == config
        now = trainer.model.parameters()
        assert all(np.array_equal(a, b) for a, b in zip(params, now, strict=True))

    return check


# --- what is not an experiment file ------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_opening_a_named_pipe_returns_at_once_with_a_plain_message(window, tmp_path):
    pipe = tmp_path / "x.reludesk.json"
    os.mkfifo(pipe)
    still = _unchanged(window)
    # had the window opened the pipe, it would wait for a writer: this one comes after 10 s,
    # so a regression fails the test instead of freezing the suite
    writer = threading.Timer(10, _release, [pipe])
    writer.daemon = True
    writer.start()
    try:
        assert window.open_experiment(pipe) is False
    finally:
        writer.cancel()
    text = _one_box(window, "x.reludesk.json")
    assert text == ("Could not open x.reludesk.json: it is not a regular file (a pipe, socket or "
                    "device), so it is not read. The current experiment is unchanged.")
    still()


def _release(pipe):
    with contextlib.suppress(OSError), open(pipe, "wb"):
        pass


def test_opening_a_folder_says_so_in_words(window, tmp_path):
    folder = tmp_path / "runs.reludesk.json"
    folder.mkdir()
    assert not window.open_experiment(folder)
    assert "runs.reludesk.json: it is a folder, not an experiment file." in _one_box(
        window, "runs.reludesk.json")


def test_a_huge_file_is_named_once(window, tmp_path):
    path = tmp_path / "big.reludesk.json"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)
    assert not window.open_experiment(path)
    text = _one_box(window, "big.reludesk.json")
    assert "it is 50.0 MB; an experiment file is at most 8.0 MB" in text


def test_a_file_with_a_byte_order_mark_opens(window, tmp_path):
    path = tmp_path / "notepad.reludesk.json"
    config = Config(activation="tanh", hidden=(5,), seed=8)
    path.write_bytes(b"\xef\xbb\xbf" + files.experiment_json(config).encode())
    assert window.open_experiment(path)
    assert window.network_panel.config() == config


@pytest.mark.parametrize(("key", "activation"), [("weights", "relu"), ("slopes", "prelu")])
def test_weights_of_1e300_are_refused_in_plain_words(window, tmp_path, key, activation):
    config = Config(hidden=(3,), activation=activation)
    doc = json.loads(files.experiment_json(config, Trainer(config).model))
    doc["weights"][key][0] = np.full(np.shape(doc["weights"][key][0]), 1e300).tolist()
    path = tmp_path / "huge.reludesk.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    still = _unchanged(window)
    assert not window.open_experiment(path)
    text = _one_box(window, "huge.reludesk.json")
    assert "overflow 64-bit numbers" in text and "learning rate" not in text
    still()


# --- values shown as what runs ---------------------------------------------------------------
def test_unusual_values_from_a_file_are_shown_as_they_run_and_said(window, tmp_path):
    config = Config(activation="leaky_relu", alpha=1e-6, learning_rate=1e-9, seed=2**32 - 1)
    path = tmp_path / "tiny.reludesk.json"
    files.write_experiment(path, config)
    assert window.open_experiment(path)
    c = window.network_panel.controls
    assert window.panels.driver.trainer.config == config  # showing them changed nothing
    assert (c.learning_rate.text(), c.learning_rate.value()) == ("1e-09", 1e-9)
    assert (c.alpha.text(), c.alpha.value()) == ("1e-06", 1e-6)
    assert (c.seed.text(), c.seed.value()) == ("4294967295", 2**32 - 1)
    assert "1e-09 is below the usual 0.00001: it runs as shown" in c.learning_rate.toolTip()
    assert "1e-06 is below the usual 0.001: it runs as shown" in c.alpha.toolTip()
    status = window.statusBar().currentMessage()
    assert "learning rate 1e-09 is below the usual 0.00001 and runs as saved" in status
    assert "alpha 1e-06 is below the usual 0.001 and runs as saved" in status


def test_a_usual_value_typed_after_an_unusual_one_runs_and_the_note_goes(window, qtbot, tmp_path):
    path = tmp_path / "tiny.reludesk.json"
    files.write_experiment(path, Config(learning_rate=1e-9))
    window.open_experiment(path)
    spin = window.network_panel.controls.learning_rate
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.3")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert window.panels.driver.trainer.config.learning_rate == 0.3
    assert spin.text() == "0.3" and spin.minimum() == pytest.approx(1e-5)
    assert "below the usual" not in spin.toolTip()


def test_a_file_batch_beyond_its_data_runs_as_all_of_it_and_says_so(window, tmp_path):
    doc = json.loads(Config().to_json())
    doc["config"]["batch_size"] = 10_000
    path = tmp_path / "batch.reludesk.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert window.open_experiment(path)
    assert window.panels.driver.trainer.config.batch_size == 250
    assert window.network_panel.controls.batch_size.text() == "250 (all)"
    assert "batch size 10,000 is more than the 250 training points, so it runs as 250" in (
        window.statusBar().currentMessage())


def test_a_full_batch_stays_full_when_the_train_share_shrinks(window):
    window.network_panel.set_config(Config(batch_size=250))
    window.network_panel.controls.train_share.setValue(10)
    assert window.panels.driver.trainer.config.batch_size == 50
    assert window.network_panel.controls.batch_size.text() == "50 (all)"


def test_the_command_line_file_says_what_runs_too(qtbot, tmp_path):
    doc = json.loads(Config().to_json())
    doc["config"]["batch_size"] = 400
    path = tmp_path / "cli.reludesk.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    win = app.build_window(config_path=str(path))
    qtbot.addWidget(win)
    assert "batch size 400 is more than the 250 training points" in win.statusBar().currentMessage()


# --- saving and exporting ------------------------------------------------------------------------
def test_export_into_a_folder_without_write_permission_names_the_file_once(window, tmp_path,
                                                                         monkeypatch):
    def refuse(*_args, **kwargs):  # what mkstemp raises there, naming its temporary file
        raise PermissionError(errno.EACCES, "Permission denied",
                              f"{kwargs['dir']}/.h.csv.9e0n7j81.tmp")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "h"), "CSV table (*.csv)"))
    window.actions_by_name["export_csv"].trigger()
    assert _one_box(window, "h.csv") == (
        "Could not save h.csv: you may not write in that folder (permission denied).")


def test_saving_over_a_folder_says_so(window, tmp_path):
    (tmp_path / "x.reludesk.json").mkdir()
    assert not window.save_experiment(tmp_path / "x.reludesk.json")
    assert _one_box(window, "x.reludesk.json") == (
        "Could not save x.reludesk.json: a folder has that name. Any earlier file of that name "
        "is unchanged.")


def test_a_screenshot_into_a_missing_folder_says_which_part_is_missing(window, tmp_path,
                                                                       monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "no" / "shot.png"), ""))
    window.actions_by_name["screenshot"].trigger()
    assert _one_box(window, "shot.png") == "Could not save shot.png: its folder does not exist."


def test_the_history_csv_ends_at_the_current_step(window, tmp_path):
    driver = window.panels.driver
    driver.step_once(137)
    assert driver.trainer.history.steps[-1] == 100  # the records stop short of now
    lines = window.export_history_csv(tmp_path / "h.csv").read_text("utf-8").splitlines()
    assert lines[0].startswith("step,train_loss,test_loss")
    assert lines[-1].split(",")[0] == "137"
    loss = float(driver.trainer.evaluate().train_loss[0])
    assert float(lines[-1].split(",")[1]) == pytest.approx(loss, rel=1e-9)
    assert [int(r.split(",")[0]) for r in lines[1:]] == [0, 50, 100, 137]


def test_the_history_csvs_last_row_has_the_networks_z_quantiles_now(window, tmp_path):
    import numpy as np

    driver = window.panels.driver
    driver.step_once(137)  # between two records: the last row is the network now
    lines = window.export_history_csv(tmp_path / "h.csv").read_text("utf-8").splitlines()
    header, last = lines[0].split(","), lines[-1].split(",")
    columns = [i for i, name in enumerate(header) if name.startswith("z_q")]
    assert len(columns) == 5 * driver.trainer.model.n_hidden
    now = driver.trainer.z_quantiles()[0]  # replica 0: (hidden layers, 5)
    written = np.array([float(last[i]) for i in columns])
    assert np.all(np.isfinite(written))  # it was NaN: the export did not pass them
    assert sorted(written.tolist()) == pytest.approx(sorted(now.ravel().tolist()))
